/**
 * Pages only a signed-in user may see; the proxy redirects anyone else to /login. One session's
 * pages (/interview/:id, /sessions/:id/…) are not listed: they answer a signed-out visitor 404,
 * like a stranger, and the 404 page offers to sign in (app/(app)/session-guard.tsx).
 */
const PROTECTED_PREFIXES = ["/home", "/practice", "/history", "/author", "/cohorts", "/join"];

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
