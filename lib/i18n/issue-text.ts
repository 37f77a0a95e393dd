import { isText, list, text, type Text } from "../simulator/text-tree.ts";

/**
 * The language-neutral text of one zod issue (a `problems.field.*` key and its numbers), so a
 * field problem can be said in the reader's language. The schemas keep their English sentences
 * (the API's `message`, read by consumers and by English readers); this reads the issue's kind
 * and limits instead of its words, so every schema is covered without a table of sentences.
 * A refinement names its own text with `params: { text }`. Catalogue-free: forms use it too.
 */
export type IssueLike = {
  code?: string;
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  expected?: string;
  format?: string;
  values?: unknown[];
  divisor?: number | bigint;
  input?: unknown;
  params?: Record<string, unknown>;
};

const num = (x: number | bigint | undefined): number => Number(x ?? 0);
const SIZED = new Set(["array", "set", "map", "file"]);

export function issueText(issue: IssueLike): Text {
  switch (issue.code) {
    case "unrecognized_keys":
      return text("problems.field.unknown");
    case "invalid_type":
      // zod keeps the input only when asked (reportInput); its default sentence names "undefined".
      return ("input" in issue ? issue.input === undefined : /received undefined$/.test(issue.message))
        ? text("problems.field.required")
        : text("problems.field.wrongType", { expected: issue.expected ?? "" });
    case "too_small":
      if (issue.origin === "string") return num(issue.minimum) <= 1 ? text("problems.field.required") : text("problems.field.tooShort", { minimum: num(issue.minimum) });
      if (SIZED.has(issue.origin ?? "")) return text("problems.field.tooFew", { minimum: num(issue.minimum) });
      return text("problems.field.tooSmall", { minimum: num(issue.minimum), inclusive: issue.inclusive === false ? "no" : "yes" });
    case "too_big":
      if (issue.origin === "string") return text("problems.field.tooLong", { maximum: num(issue.maximum) });
      if (SIZED.has(issue.origin ?? "")) return text("problems.field.tooMany", { maximum: num(issue.maximum) });
      return text("problems.field.tooBig", { maximum: num(issue.maximum), inclusive: issue.inclusive === false ? "no" : "yes" });
    case "invalid_format":
      if (issue.format === "email") return text("problems.field.email");
      if (issue.format === "url") return text("problems.field.url");
      return text("problems.field.format");
    case "invalid_value":
      return text("problems.field.oneOf", { values: list((issue.values ?? []).map((v) => String(v))) });
    case "not_multiple_of":
      return text("problems.field.notMultiple", { divisor: num(issue.divisor) });
    case "custom":
      return isText(issue.params?.text) ? issue.params.text : text("problems.field.invalid");
    default:
      return text("problems.field.invalid");
  }
}
