import { AppError, fieldProblem } from "@/lib/errors";
import { text } from "@/lib/simulator/text-tree";

/**
 * Cross-site request refusal for state-changing route handlers.
 *
 * A page on another site can make a browser send a "simple" request with the user's cookies:
 * a form post or a `fetch` with `text/plain`, both without a CORS preflight. SameSite=Lax
 * cookies stop most of that today, but not requests from a sibling subdomain, and not older
 * browsers. So a state-changing request must carry both:
 *  1. `Content-Type: application/json` — a cross-site page cannot send that without a preflight,
 *     which this app never answers; and
 *  2. a same-origin `Origin` header (browsers send it on every POST), or, when a client
 *     omits Origin, `Sec-Fetch-Site: same-origin`.
 * Anything else is answered 403 with a problem body that says which rule failed. GET and HEAD
 * change nothing and are not checked. A DELETE (or PUT, PATCH) with no body needs no content
 * type: a cross-site page can send those methods only after a preflight, and there is no body
 * to type. Server actions keep Next's own Origin check.
 */
export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origins this app is served from: the request's own and the configured public URL. */
export function allowedOrigins(req: Request, publicUrl?: string): Set<string> {
  const origins = new Set<string>();
  origins.add(new URL(req.url).origin);
  const host = req.headers.get("host");
  if (host) {
    const protocol = new URL(req.url).protocol;
    origins.add(`${protocol}//${host}`);
  }
  if (publicUrl) {
    try {
      origins.add(new URL(publicUrl).origin);
    } catch {
      // lib/env.ts validates it; a bad value adds nothing here.
    }
  }
  return origins;
}

function isJson(contentType: string | null): boolean {
  if (!contentType) return false;
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase();
  return mediaType === "application/json" || (mediaType?.startsWith("application/") === true && mediaType.endsWith("+json"));
}

export function assertSameOriginJson(req: Request, publicUrl?: string): void {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return;
  const origin = req.headers.get("origin");
  const fetchSite = req.headers.get("sec-fetch-site");
  const sameOrigin = origin !== null ? origin !== "null" && allowedOrigins(req, publicUrl).has(origin) : fetchSite === "same-origin";
  if (!sameOrigin) {
    throw new AppError("forbidden", text("problems.detail.crossSite"), {
      problems: [fieldProblem("headers.origin", origin === null ? text("problems.field.originMissing") : text("problems.field.originForeign", { origin }))],
    });
  }
  const hasBody = req.method.toUpperCase() === "POST" || Number(req.headers.get("content-length") ?? 0) > 0 || req.headers.has("transfer-encoding");
  if (hasBody && !isJson(req.headers.get("content-type"))) {
    throw new AppError("forbidden", text("problems.detail.jsonOnly"), { problems: [fieldProblem("headers.content-type", text("problems.field.jsonOnly"))] });
  }
}
