import { env } from "@/lib/env";
import { REQUEST_ID_HEADER } from "@/lib/observability/request-context";
import { apiSecurityHeaders, cameOverHttps } from "./security-headers";

/**
 * Stamps an API response with its request id and the API's security headers. API routes do
 * not pass through proxy.ts (see its matcher): running it sent every autosave through Next's
 * request handling a second time, only to add headers a route can set for itself (README
 * Performance).
 */
export function finishApiResponse(req: Request, response: Response, requestId: string): Response {
  const headers = { ...apiSecurityHeaders(cameOverHttps(req.url, req.headers.get("x-forwarded-proto"), env().TRUST_PROXY === "1")), [REQUEST_ID_HEADER]: requestId };
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  } catch {
    // A response whose headers are immutable (a fetched one): copy it.
    const copy = new Response(response.body, response);
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
}
