import { AppError, type FieldProblem } from "@/lib/errors";
import { logger } from "@/lib/observability/logger";

/** RFC 9457 problem details: the one error shape every route handler answers with. */
export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  problems?: FieldProblem[];
};

const TITLES: Record<number, string> = {
  400: "Invalid request",
  401: "Not signed in",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  413: "Payload too large",
  422: "Unprocessable content",
  429: "Too many requests",
  500: "Internal error",
  503: "Service unavailable",
};

export function problemResponse(status: number, detail: string, problems?: FieldProblem[], headers?: HeadersInit, extensions?: Record<string, unknown>): Response {
  const body: ProblemBody = { ...extensions, type: "about:blank", title: TITLES[status] ?? "Error", status, detail };
  if (problems && problems.length > 0) body.problems = problems;
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", ...Object.fromEntries(new Headers(headers).entries()) },
  });
}

/** Maps any thrown value to a response; unknown errors are logged and answered generically. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if (error.options.retryAfterSeconds) headers["retry-after"] = String(error.options.retryAfterSeconds);
    return problemResponse(error.status, error.userMessage, error.problems, headers);
  }
  logger().error({ err: error }, "unhandled error in route handler");
  return problemResponse(500, "Something went wrong on our side. Please try again.");
}
