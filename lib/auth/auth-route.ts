import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, fieldProblem } from "@/lib/errors";
import { errorResponse, problemResponse } from "@/lib/http/problem";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { formatText, text, type Text } from "@/lib/simulator/text";
import { bucketsForAttempt } from "./login-buckets";
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_SECONDS, knownDeviceToken, reserveLoginAttempt } from "./login-throttle";
import { authOptions } from "./options";
import { resolveAuthSecret } from "./secret";
import { EmailSchema } from "./validation";

/**
 * next-auth's route, with what it lacks in front of it:
 *  1. Its POST bodies are read here, strictly: invalid JSON, a body that is not an object of
 *     strings, or one too large is a 400/413 problem naming the body (next-auth itself answers
 *     invalid JSON with a 500). next-auth then gets the same fields as a form body.
 *  2. The credentials callback is throttled (./login-throttle.ts): an attempt that comes too
 *     early is answered 429 with Retry-After before any password is checked. The body also
 *     carries `url` (RFC 9457 allows extension members), which is what next-auth's client
 *     `signIn()` reads its error from, so the login form shows the wait.
 *  3. A successful sign-in marks the browser as a known device for that account.
 * next-auth's own CSRF token still guards every POST.
 */
type Context = { params: Promise<{ nextauth: string[] }> };

const MAX_AUTH_BODY_BYTES = 16 * 1024;
const SESSION_COOKIE = /(^|__Secure-)next-auth\.session-token=/;

function badBody(reason: Text): AppError {
  return new AppError("bad_request", text("problems.detail.signInInvalid", { reason }), { problems: [fieldProblem("body", reason)] });
}

/** The body as string fields, from JSON or a form; anything else is refused. */
async function readFields(req: Request): Promise<Record<string, string>> {
  const buffer = await req.arrayBuffer();
  if (buffer.byteLength > MAX_AUTH_BODY_BYTES) throw new AppError("payload_too_large", text("problems.detail.bodyTooLarge", { kib: MAX_AUTH_BODY_BYTES / 1024 }));
  const raw = new TextDecoder().decode(buffer);
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw badBody(text("problems.field.notJson"));
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw badBody(text("problems.field.notObject"));
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value === "string") fields[key] = value;
      else if (typeof value === "boolean" || typeof value === "number") fields[key] = String(value);
      else throw new AppError("bad_request", text("problems.detail.signInNotString", { field: key }), { problems: [fieldProblem(key, text("problems.field.notString"))] });
    }
    return fields;
  }
  if (type === "application/x-www-form-urlencoded" || raw === "") return Object.fromEntries(new URLSearchParams(raw));
  throw new AppError("bad_request", text("problems.detail.signInContentType"), { problems: [fieldProblem("headers.content-type", text("problems.field.formOrJson"))] });
}

async function tooManyAttempts(req: Request, retryAfterSeconds: number): Promise<Response> {
  const detail = text("problems.detail.tooManySignIns", { seconds: retryAfterSeconds });
  // The login form reads the English from `url` and says it in the reader's language itself.
  const login = new URL("/login", req.url);
  login.searchParams.set("error", formatText(detail, "en"));
  return problemResponse(429, detail, {
    problems: [{ path: "email", message: formatText(detail, "en"), text: detail }],
    headers: { "retry-after": String(retryAfterSeconds) },
    extensions: { url: login.toString() },
    locale: await localeOfRequest(req, null),
  });
}

export async function handleAuthRequest(req: NextRequest, context: Context): Promise<Response> {
  if (req.method !== "POST") return NextAuth(req as never, context as never, authOptions());
  try {
    const fields = await readFields(req);
    const [action, provider] = (await context.params).nextauth ?? [];
    let email: string | null = null;
    if (action === "callback" && provider === "credentials") {
      const parsed = EmailSchema.safeParse(fields.email);
      if (parsed.success) {
        email = parsed.data;
        const reservation = await reserveLoginAttempt(db(), bucketsForAttempt(email, req.headers));
        if (!reservation.allowed) return await tooManyAttempts(req, reservation.retryAfterSeconds);
      }
    }
    const headers = new Headers(req.headers);
    headers.set("content-type", "application/x-www-form-urlencoded");
    headers.delete("content-length");
    const forwarded = new NextRequest(req.url, { method: "POST", headers, body: new URLSearchParams(fields).toString() });
    const response: Response = await NextAuth(forwarded as never, context as never, authOptions());
    if (email && response.headers.getSetCookie().some((line) => SESSION_COOKIE.test(line))) {
      const secure = new URL(req.url).protocol === "https:" ? "; Secure" : "";
      response.headers.append(
        "set-cookie",
        `${KNOWN_DEVICE_COOKIE}=${knownDeviceToken(resolveAuthSecret(env()), email)}; Path=/api/auth; Max-Age=${KNOWN_DEVICE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`,
      );
    }
    return response;
  } catch (error) {
    return errorResponse(error, await localeOfRequest(req, null));
  }
}
