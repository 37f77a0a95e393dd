import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import type { UserRole } from "@/lib/auth/validation";
import { AppError } from "@/lib/errors";

/**
 * The single identity choke point: pages, server actions and route handlers all ask here.
 * proxy.ts only redirects anonymous visitors early; every caller still checks.
 */
export type SessionUser = { id: string; email: string; name: string; role: UserRole };

export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? user.email, role: user.role };
});

/** For route handlers and server actions: the signed-in user, or a 401. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSession();
  if (!user) throw new AppError("unauthorized", "Sign in to continue.");
  return user;
}

/** The signed-in user if they hold one of the roles (ADMIN holds them all), else a 403. */
export async function requireRole(...roles: UserRole[]): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "ADMIN" && !roles.includes(user.role)) {
    throw new AppError("forbidden", "Your account does not have access to this page.");
  }
  return user;
}

export function hasRole(user: SessionUser | null, ...roles: UserRole[]): boolean {
  return !!user && (user.role === "ADMIN" || roles.includes(user.role));
}

/** For pages: the signed-in user, or a redirect to the login page that comes back here. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
