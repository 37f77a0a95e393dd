/**
 * Every security header the app sends, in one place; proxy.ts applies them to every response.
 *
 * 1. Content-Security-Policy for pages: scripts only with this request's nonce (Next puts it
 *    on its own inline and chunk scripts when it finds the policy on the request), and what
 *    they load ('strict-dynamic'); no 'unsafe-eval' except in `next dev`, where React's
 *    debugging needs it. Styles allow inline style attributes, which React Flow and Tiptap set
 *    on elements; style attributes cannot run script. No plugins, no <base> hijack, forms post
 *    only here, and no framing (frame-ancestors 'none', with X-Frame-Options for old browsers).
 * 2. API responses are data, never documents: `default-src 'none'`.
 * 3. nosniff, Referrer-Policy strict-origin-when-cross-origin, a Permissions-Policy that turns
 *    off every powerful feature the app does not use, and HSTS (two years) only when the
 *    request came over https — on plain http it would be ignored, and on localhost harmful.
 */
export type PolicyOptions = { nonce: string; development: boolean; https: boolean };

export function pageContentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "display-capture=()",
  "browsing-topics=()",
].join(", ");

export function commonSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": PERMISSIONS_POLICY,
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    ...(https ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Whether the client came in over https: the request's own scheme, or behind a declared
 * TLS-terminating proxy (TRUST_PROXY=1) the first X-Forwarded-Proto it set.
 */
export function cameOverHttps(url: string, forwardedProto: string | null, trustProxy: boolean): boolean {
  if (url.startsWith("https:")) return true;
  return trustProxy && forwardedProto?.split(",")[0]?.trim() === "https";
}

/** The headers every API response carries: data, never a document. */
export function apiSecurityHeaders(https: boolean): Record<string, string> {
  return { "content-security-policy": API_CONTENT_SECURITY_POLICY, ...commonSecurityHeaders(https) };
}
