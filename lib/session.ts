import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { decodeSessionToken, sessionCookieName, sessionTokenFrom, userFromClaims } from "@/lib/auth/session-token";
import type { UserRole } from "@/lib/auth/validation";
import { AppError } from "@/lib/errors";
import { text } from "@/lib/simulator/text-tree";

/**
 * The single identity choke point: pages, server actions and route handlers all ask here.
 * proxy.ts only redirects anonymous visitors early; every caller still checks.
 */
export type SessionUser = { id: string; email: string; name: string; role: UserRole };

export const getSession = cache(async (): Promise<SessionUser | null> => {
  // The token is read directly (./auth/session-token.ts), not through getServerSession, which
  // runs next-auth's whole handler and derives its key twice per call.
  const token = sessionTokenFrom((await cookies()).getAll(), sessionCookieName(process.env.NEXTAUTH_URL));
  if (!token) return null;
  const secret = authOptions().secret;
  if (!secret) return null;
  return userFromClaims(await decodeSessionToken(token, secret));
});

/** For route handlers and server actions: the signed-in user, or a 401. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSession();
  if (!user) throw new AppError("unauthorized", text("problems.detail.signInRequired"));
  return user;
}

/**
 * For one session's routes (its log, events, feedback, exports, comments): the signed-in user,
 * or a 404 exactly like a stranger's. An anonymous caller learns nothing about which session
 * ids exist, not even from a different status code.
 */
export async function requireSessionReader(): Promise<SessionUser> {
  const user = await getSession();
  if (!user) throw new AppError("not_found", text("problems.detail.sessionNotFound"));
  return user;
}

/** The signed-in user if they hold one of the roles (ADMIN holds them all), else a 403. */
export async function requireRole(...roles: UserRole[]): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "ADMIN" && !roles.includes(user.role)) {
    throw new AppError("forbidden", text("problems.detail.pageForbidden"));
  }
  return user;
}

export function hasRole(user: SessionUser | null, ...roles: UserRole[]): boolean {
  return !!user && (user.role === "ADMIN" || roles.includes(user.role));
}

/**
 * For one session's pages (interview, report, replay): the signed-in user, or the 404 page a
 * stranger gets, which offers to sign in and come back (app/not-found.tsx).
 */
export async function requireSessionPageUser(): Promise<SessionUser> {
  const user = await getSession();
  if (!user) notFound();
  return user;
}

/** For pages: the signed-in user, or a redirect to the login page that comes back here. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
