import type { z } from "zod";
import type { UserRole } from "@/lib/auth/validation";
import { AppError, fieldProblem, problemsFromIssues } from "@/lib/errors";
import { isUnstorable } from "@/lib/content/unstorable";
import { env } from "@/lib/env";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { recordRequest } from "@/lib/observability/request-log";
import { REQUEST_ID_HEADER, requestIdFrom, runWithRequestContext } from "@/lib/observability/request-context";
import { beginRequest, isDraining } from "@/lib/server/lifecycle";
import { list, text } from "@/lib/simulator/text-tree";
import { requireRole, requireSessionReader, requireUser, type SessionUser } from "@/lib/session";
import { jsonDepthExceeds, MAX_JSON_DEPTH } from "./json-depth";
import { finishApiResponse } from "./api-response";
import { errorResponse, problemResponse } from "./problem";
import { assertSameOriginJson } from "./same-origin";

/**
 * The one wrapper for route handlers: checks who is calling, parses body, query and params
 * with zod, and answers every failure as problem+json naming the failing fields. Route files
 * stay a few lines long; the work happens in lib/. State-changing methods must come from this
 * site as JSON (./same-origin.ts), checked before anything else, so a cross-site form can
 * neither change state nor learn anything from the answer.
 *
 * It also observes: every request runs with its request id (the proxy's x-request-id) in
 * context, so each log line names it; the id goes back in the response; its duration goes into
 * the metrics by route and status; and it is counted in flight, so a shutting-down instance
 * finishes it before closing the database (lib/server/lifecycle.ts).
 */
type Auth = "public" | "user" | "session-reader" | UserRole[];

type Spec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType, A extends Auth> = {
  auth: A;
  body?: B;
  query?: Q;
  params?: P;
  /** Largest accepted body; larger bodies get 413 before they are parsed. Default 64 KiB. */
  maxBodyBytes?: number;
  /** The route's label in the metrics when its path must not be one (a catch-all: any path). */
  metricsLabel?: string;
};

type Input<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType, A extends Auth> = {
  req: Request;
  user: A extends "public" ? SessionUser | null : SessionUser;
  body: z.output<B>;
  query: z.output<Q>;
  params: z.output<P>;
};

type Context = { params: Promise<Record<string, string | string[]>> };

const DEFAULT_MAX_BODY = 64 * 1024;

async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const buffer = await req.arrayBuffer();
  if (buffer.byteLength > maxBytes) throw tooLarge(maxBytes);
  const body = new TextDecoder().decode(buffer);
  if (body.trim() === "") throw new AppError("bad_request", text("problems.detail.bodyEmpty"), { problems: [fieldProblem("body", text("problems.field.required"))] });
  if (jsonDepthExceeds(body)) {
    throw new AppError("bad_request", text("problems.detail.bodyTooDeep", { max: MAX_JSON_DEPTH }), {
      problems: [fieldProblem("body", text("problems.field.tooDeep", { max: MAX_JSON_DEPTH }))],
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body, rejectUnstorable);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("bad_request", text("problems.detail.bodyNotJson"), { problems: [fieldProblem("body", text("problems.field.notJson"))] });
  }
  return parsed;
}

// Refused here with a 400 naming the field, instead of failing at the database with a 500.
function rejectUnstorable(key: string, value: unknown): unknown {
  if ((typeof value === "string" && isUnstorable(value)) || isUnstorable(key)) {
    throw new AppError("bad_request", text("problems.detail.bodyUnstorable"), {
      problems: [fieldProblem(key || "body", text("problems.field.unstorable"))],
    });
  }
  return value;
}

/**
 * Answers below this size are sent as they are: Next gzips every compressible answer over 1 KB
 * on the event loop's thread pool, and for the few KB an autosave answers that cost more CPU
 * than the bytes it saves (`no-transform` is what Next's compression, and any proxy that honours
 * it, skips). Larger answers (a session's whole log) are still compressed.
 */
export const UNCOMPRESSED_JSON_CHARS = 16 * 1024;

function jsonResponse(value: unknown): Response {
  const body = JSON.stringify(value);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (body.length <= UNCOMPRESSED_JSON_CHARS) headers["cache-control"] = "no-store, no-transform";
  return new Response(body, { headers });
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", text("problems.detail.bodyTooLarge", { kib: Math.round(maxBytes / 1024) }));
}

function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  // The input in each issue tells a missing field from one of the wrong type (../i18n/issue-text.ts).
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) {
    const problems = problemsFromIssues(result.error.issues, where === "body" ? "" : where);
    throw new AppError("bad_request", text("problems.detail.invalidFields", { paths: list(problems.map((p) => p.path)) }), { problems });
  }
  return result.data;
}

export function route<
  A extends Auth,
  B extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  P extends z.ZodType = z.ZodUndefined,
>(spec: Spec<B, Q, P, A>, handler: (input: Input<B, Q, P, A>) => Promise<unknown>) {
  const handle = async (req: Request, context?: Context): Promise<Response> => {
    let user: SessionUser | null = null;
    try {
      if (isDraining()) {
        return problemResponse(503, text("problems.detail.shuttingDown"), { headers: { "retry-after": "1" }, locale: await localeOfRequest(req, null) });
      }
      assertSameOriginJson(req, env().NEXTAUTH_URL);
      if (spec.auth === "user") user = await requireUser();
      else if (spec.auth === "session-reader") user = await requireSessionReader();
      else if (Array.isArray(spec.auth)) user = await requireRole(...(spec.auth as UserRole[]));
      else user = await requireUser().catch(() => null);

      const params = spec.params ? parse(spec.params, await context?.params, "params") : undefined;
      const query = spec.query ? parse(spec.query, Object.fromEntries(new URL(req.url).searchParams), "query") : undefined;
      const body = spec.body ? parse(spec.body, await readJsonBody(req, spec.maxBodyBytes ?? DEFAULT_MAX_BODY), "body") : undefined;

      const result = await handler({ req, user, body, query, params } as Input<B, Q, P, A>);
      if (result instanceof Response) return result;
      return jsonResponse(result ?? null);
    } catch (error) {
      // Said in the caller's language (their account's, else the cookie's, else Accept-Language).
      return errorResponse(error, await localeOfRequest(req, user?.id ?? null));
    }
  };
  return async (req: Request, context?: Context): Promise<Response> => {
    const requestId = requestIdFrom(req.headers.get(REQUEST_ID_HEADER));
    const started = process.hrtime.bigint();
    const done = beginRequest();
    return runWithRequestContext({ requestId }, async () => {
      try {
        const withId = finishApiResponse(req, await handle(req, context), requestId);
        recordRequest(req.method, new URL(req.url).pathname, withId.status, Number(process.hrtime.bigint() - started) / 1e9, spec.metricsLabel);
        return withId;
      } finally {
        done();
      }
    });
  };
}
