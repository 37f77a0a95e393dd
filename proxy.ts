import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { isProtectedPath } from "@/lib/auth/protected-paths";

/**
 * Sends anonymous visitors of protected pages to the login page, which brings them back
 * afterwards. This is an early, optimistic check only: every page, action and route handler
 * checks the session again (lib/session.ts). Proxy runs on Node.js in Next 16, so it can read
 * the generated secret from the data folder.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isProtectedPath(pathname)) return NextResponse.next();
  const token = await getToken({ req: request, secret: resolveAuthSecret(process.env) });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
