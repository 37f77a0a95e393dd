import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, fieldProblem, problemsFromIssues } from "@/lib/errors";
import { errorResponse, problemResponse, type ProblemBody } from "@/lib/http/problem";
import { issueText } from "@/lib/i18n/issue-text";
import { RegistrationSchema } from "@/lib/auth/validation";
import { formatText, text } from "@/lib/simulator/text";

const body = async (response: Response) => (await response.json()) as ProblemBody & { text?: { key: string } };

describe("a zod issue's language-neutral text", () => {
  const schema = z.strictObject({
    name: z.string().min(1, "Name is required.").max(80, "Name is at most 80 characters."),
    password: z.string().min(10, "Password must be at least 10 characters."),
    email: z.email("Enter a valid email address."),
    tags: z.array(z.string()).max(2),
    size: z.number().gt(0),
    mode: z.enum(["fast", "slow"]),
    note: z.string().refine(() => false, { error: "Say why.", params: { text: text("problems.field.passwordBytes", { max: 72 }) } }),
  });
  const keys = (value: unknown) =>
    Object.fromEntries(schema.safeParse(value, { reportInput: true }).error!.issues.map((issue) => [issue.path.join(".") || issue.code, issueText(issue)]));

  it("reads the issue's kind and limits, not its words", () => {
    const found = keys({ name: "x".repeat(81), password: "short", email: "nope", tags: ["a", "b", "c"], size: 0, mode: "medium", note: "", extra: 1 });
    expect(found.name).toEqual(text("problems.field.tooLong", { maximum: 80 }));
    expect(found.password).toEqual(text("problems.field.tooShort", { minimum: 10 }));
    expect(found.email).toEqual(text("problems.field.email"));
    expect(found.tags).toEqual(text("problems.field.tooMany", { maximum: 2 }));
    expect(found.size).toEqual(text("problems.field.tooSmall", { minimum: 0, inclusive: "no" }));
    expect(found.mode.key).toBe("problems.field.oneOf");
    expect(formatText(found.mode, "en")).toBe("Must be one of: fast, slow.");
    expect(found.note).toEqual(text("problems.field.passwordBytes", { max: 72 }));
    expect(found.unrecognized_keys).toEqual(text("problems.field.unknown"));
  });

  it("tells a missing field (required) from one of the wrong type, with or without the input reported", () => {
    expect(keys({ name: "", password: 3 })).toMatchObject({ name: text("problems.field.required"), password: text("problems.field.wrongType", { expected: "string" }), email: text("problems.field.required") });
    const plain = z.object({ a: z.string() }).safeParse({}).error!.issues[0];
    expect(issueText(plain)).toEqual(text("problems.field.required"));
  });

  it("every text it makes says something in both languages", () => {
    const issues = RegistrationSchema.safeParse({ email: "x", name: "", password: "é".repeat(40), more: 1 }, { reportInput: true }).error!.issues;
    expect(problemsFromIssues(issues).find((p) => p.path === "password")?.text).toEqual(text("problems.field.passwordBytes", { max: 72 }));
    for (const problem of problemsFromIssues(issues)) {
      expect(formatText(problem.text!, "en")).not.toBe("");
      expect(formatText(problem.text!, "ko")).toMatch(/[가-힣]/);
    }
  });
});

describe("problem+json in the reader's language", () => {
  const error = new AppError("not_found", text("problems.detail.noVersion", { slug: "url-shortener", version: 4 }), {
    problems: [fieldProblem("version", text("problems.field.noSuchVersion")), { path: "design.nodes.0", message: "An English-only sentence." }],
  });

  it("keeps the English words for English readers and API consumers, with the text beside them", async () => {
    expect(error.userMessage).toBe('"url-shortener" has no version 4.');
    const response = errorResponse(error);
    expect(response.headers.get("content-language")).toBe("en");
    const problem = await body(response);
    expect(problem).toMatchObject({ status: 404, title: "Not found", detail: '"url-shortener" has no version 4.', text: { key: "problems.detail.noVersion" } });
    expect(problem.problems).toEqual([
      { path: "version", message: "no such version", text: { key: "problems.field.noSuchVersion" } },
      { path: "design.nodes.0", message: "An English-only sentence." },
    ]);
  });

  it("says title, detail and field problems in Korean for a Korean reader; a problem with no text keeps its English", async () => {
    const response = errorResponse(error, "ko");
    expect(response.headers.get("content-language")).toBe("ko");
    const problem = await body(response);
    expect(problem.title).toBe("찾을 수 없음");
    expect(problem.detail).toBe('"url-shortener"에는 버전 4이(가) 없습니다.');
    expect(problem.problems?.map((p) => p.message)).toEqual(["그런 버전이 없습니다", "An English-only sentence."]);
    expect(problem.problems?.[0].path).toBe("version");
  });

  it("an error given only English words says the generic sentence of its kind in another language", async () => {
    const problem = await body(errorResponse(new AppError("conflict", "Some English."), "ko"));
    expect(problem.detail).toBe(formatText(text("problems.generic.conflict"), "ko"));
    expect((await body(errorResponse(new AppError("conflict", "Some English.")))).detail).toBe("Some English.");
    // Server actions say an error the same way (AppError.saidIn).
    expect(new AppError("conflict", "Some English.").saidIn("en")).toBe("Some English.");
    expect(error.saidIn("ko")).toBe('"url-shortener"에는 버전 4이(가) 없습니다.');
  });

  it("an unexpected error is the internal-error sentence in either language", async () => {
    const en = await body(problemResponse(500, text("problems.detail.internal")));
    expect(en.detail).toBe("Something went wrong on our side. Please try again.");
    expect(en.title).toBe("Internal error");
    const ko = await body(problemResponse(500, text("problems.detail.internal"), { locale: "ko" }));
    expect(ko.title).toBe("내부 오류");
    expect(ko.detail).toMatch(/[가-힣]/);
  });

  it("keeps the exact English of sentences with numbers and optional clauses", () => {
    const conflict = (author: string | null) =>
      formatText(text("problems.detail.versionConflict", { theirs: 3, base: 2, hasAuthor: author ? "yes" : "no", author: author ?? "" }), "en");
    expect(conflict("Ada")).toBe("Version 3 was saved by Ada after you opened version 2. Your text was not saved; it is below, beside theirs.");
    expect(conflict(null)).toBe("Version 3 was saved after you opened version 2. Your text was not saved; it is below, beside theirs.");
    expect(formatText(text("problems.detail.noVersions", { slug: "x" }), "en")).toBe('"x" has no version.');
    expect(formatText(text("problems.detail.bodyTooLarge", { kib: 1024 }), "en")).toBe("The request body is larger than 1024 KiB.");
    expect(formatText(text("problems.detail.promptProblems", { count: 2, paths: { list: ["a", "b"], join: "comma" } }), "en")).toBe("The prompt has 2 problem(s): a, b.");
  });
});
