/**
 * The caller's address for per-address rate limits, or null when it cannot be known.
 *
 * X-Forwarded-For is written by whoever sends the request, so it is only believed behind a
 * proxy the operator has declared (TRUST_PROXY=1), and then only its last entry — the one that
 * proxy added. Without a trusted proxy a route handler cannot see the socket's address, so
 * per-address limits are skipped rather than lumping every user into one shared bucket.
 */
export function clientAddress(headers: { get(name: string): string | null }, trustProxy: boolean): string | null {
  if (!trustProxy) return null;
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last || headers.get("x-real-ip")?.trim() || null;
}
