/**
 * The app's one error type. `message` is for logs; `userMessage` is the only text a user ever
 * sees, so internals never leak into a page or an API response.
 */
export type FieldProblem = { path: string; message: string };

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

const STATUS: Record<AppErrorCode, number> = {
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
  constructor(
    readonly code: AppErrorCode,
    readonly userMessage: string,
    readonly options: { problems?: FieldProblem[]; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(userMessage, { cause: options.cause });
    this.name = "AppError";
    this.status = STATUS[code];
  }

  get problems(): FieldProblem[] {
    return this.options.problems ?? [];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

type IssueLike = { path: PropertyKey[]; message: string; code?: string; keys?: string[] };

/**
 * Turns zod issues into field problems with dotted paths (`design.edges.3.to`). An unknown
 * field is reported at its own path, so the message names the field rather than its parent.
 */
export function problemsFromIssues(issues: IssueLike[], prefix = ""): FieldProblem[] {
  const join = (parts: PropertyKey[]) => [prefix, ...parts.map(String)].filter(Boolean).join(".") || "(root)";
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" && issue.keys
      ? issue.keys.map((key) => ({ path: join([...issue.path, key]), message: "Unknown field." }))
      : [{ path: join(issue.path), message: issue.message }],
  );
}
