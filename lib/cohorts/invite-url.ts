import { env } from "@/lib/env";

/** The full invite link, on the app's public URL (NEXTAUTH_URL, as next-auth uses it). */
export function inviteUrl(token: string): string {
  const base = env().NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(`/join/${token}`, base).toString();
}
