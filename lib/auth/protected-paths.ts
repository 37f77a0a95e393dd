/** Pages only a signed-in user may see; the proxy redirects anyone else to /login. */
const PROTECTED_PREFIXES = ["/home", "/practice", "/history", "/author", "/interview", "/sessions", "/cohorts", "/join"];

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
