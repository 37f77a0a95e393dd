import { issueText, type IssueLike as ZodIssueLike } from "@/lib/i18n/issue-text";
import { formatText, type Text, type TextLocale } from "@/lib/simulator/text";

/**
 * The app's one error type. `message` is for logs; `userMessage` is the only text a user ever
 * sees, so internals never leak into a page or an API response.
 *
 * What the user sees is a text (a `problems.*` message key and its parameters, like the
 * simulator's findings): `userMessage` and each problem's `message` are its English, which API
 * consumers read; lib/http/problem.ts says the same text in the language of the request.
 */
export type FieldProblem = { path: string; message: string; text?: Text };

/** A field problem whose words come from the catalogue (English `message`, neutral `text`). */
export function fieldProblem(path: string, said: Text): FieldProblem {
  return { path, message: formatText(said, "en"), text: said };
}

export type AppErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unprocessable"
  | "rate_limited"
  | "unavailable";

export const STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
};

export class AppError extends Error {
  readonly status: number;
  readonly userMessage: string;
  /** The user's text; absent when a caller passed English words, which other languages replace with `problems.generic.<code>`. */
  readonly text: Text | undefined;
  constructor(
    readonly code: AppErrorCode,
    said: Text | string,
    readonly options: { problems?: FieldProblem[]; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    const english = typeof said === "string" ? said : formatText(said, "en");
    super(english, { cause: options.cause });
    this.name = "AppError";
    this.status = STATUS[code];
    this.userMessage = english;
    this.text = typeof said === "string" ? undefined : said;
  }

  /**
   * What the user reads in a language: English keeps the caller's exact words; another
   * language says the text, or, for words given without one, the generic sentence of the code.
   */
  saidIn(locale: TextLocale): string {
    return sayIn(this.text ?? this.userMessage, this.code, locale);
  }

  get problems(): FieldProblem[] {
    return this.options.problems ?? [];
  }
}

/**
 * Words for a user in a language: a text is said in it; plain English words stay as they are in
 * English and become the generic sentence of their error code in any other language.
 */
export function sayIn(said: Text | string, code: AppErrorCode | undefined, locale: TextLocale): string {
  if (typeof said !== "string") return formatText(said, locale);
  if (locale === "en") return said;
  return formatText({ key: code ? `problems.generic.${code}` : "problems.detail.internal" }, locale);
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

type IssueLike = ZodIssueLike & { path: PropertyKey[]; keys?: string[] };

/**
 * Turns zod issues into field problems with dotted paths (`design.edges.3.to`). An unknown
 * field is reported at its own path, so the message names the field rather than its parent.
 * The schema's sentence stays the English `message`; the text (../i18n/issue-text.ts) is what
 * other languages say.
 */
export function problemsFromIssues(issues: IssueLike[], prefix = ""): FieldProblem[] {
  const join = (parts: PropertyKey[]) => [prefix, ...parts.map(String)].filter(Boolean).join(".") || "(root)";
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" && issue.keys
      ? issue.keys.map((key) => fieldProblem(join([...issue.path, key]), issueText(issue)))
      : [{ path: join(issue.path), message: issue.message, text: issueText(issue) }],
  );
}
