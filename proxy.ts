import { NextResponse, type NextRequest } from "next/server";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { decodeSessionToken, sessionCookieName, sessionTokenFrom } from "@/lib/auth/session-token";
import { isProtectedPath } from "@/lib/auth/protected-paths";
import { env } from "@/lib/env";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/observability/request-context";
import { API_CONTENT_SECURITY_POLICY, cameOverHttps, commonSecurityHeaders, newNonce, pageContentSecurityPolicy } from "@/lib/http/security-headers";

/**
 * Runs before every page and next-auth's routes (Next 16's middleware), not before the app's
 * own API routes: those set their request id and headers themselves (lib/http/api-response.ts),
 * and running the proxy sent every API request through Next's request handling twice. Unknown
 * /api paths answer a problem+json 404 from app/api/[...missing].
 * 1. Security headers on every response (lib/http/security-headers.ts), with a fresh CSP nonce
 *    per page request. The nonce and the policy also go on the request, where Next finds them
 *    and stamps its own scripts; the root layout reads the nonce, which keeps pages dynamic.
 * 2. A request id (x-request-id) on the request and the response: see lib/observability.
 * 3. Anonymous visitors of protected pages go to the login page, which brings them back
 *    afterwards. This is an early, optimistic check only: every page, action and route handler
 *    checks the session again (lib/session.ts). Proxy runs on Node.js in Next 16, so it can read
 *    the generated secret from the data folder.
 */
/** Whether the request carries a session token that decrypts and has not expired (lib/auth/session-token.ts). */
async function hasSession(request: NextRequest): Promise<boolean> {
  const token = sessionTokenFrom(request.cookies.getAll(), sessionCookieName(process.env.NEXTAUTH_URL));
  return token !== null && (await decodeSessionToken(token, resolveAuthSecret(process.env))) !== null;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = cameOverHttps(request.url, request.headers.get("x-forwarded-proto"), env().TRUST_PROXY === "1");
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  const nonce = newNonce();
  // One id per request, the caller's own when it sent an acceptable one (a load balancer's),
  // passed on to the route (its log lines) and returned to the caller.
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const policy = isApi ? API_CONTENT_SECURITY_POLICY : pageContentSecurityPolicy({ nonce, development: env().NODE_ENV === "development", https });

  let response: NextResponse;
  if (!isApi && isProtectedPath(pathname) && !(await hasSession(request))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(login);
  } else if (isApi) {
    const headers = new Headers(request.headers);
    headers.set(REQUEST_ID_HEADER, requestId);
    response = NextResponse.next({ request: { headers } });
  } else {
    const headers = new Headers(request.headers);
    headers.set(REQUEST_ID_HEADER, requestId);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("content-security-policy", policy);
  for (const [name, value] of Object.entries(commonSecurityHeaders(https))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but static files and the API, except next-auth's /api/auth/*, whose responses
  // (sign-in, session, CSRF) come from next-auth and get their headers here.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/(?!auth/)).*)"],
};
