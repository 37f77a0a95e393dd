import "server-only";
import { cache } from "react";
import { db, type PrismaClient } from "@/lib/db";
import type { Locale } from "./locales";

/**
 * The language stored on an account, read once per request (React cache): one primary-key
 * lookup, so a setting changed in another browser applies on the next page here.
 */
export const accountLocale = cache(async (userId: string): Promise<string | null> => {
  try {
    const user = await db().user.findUnique({ where: { id: userId }, select: { locale: true } });
    return user?.locale ?? null;
  } catch (error) {
    // Pages (and the error page) must render when the database is down: the cookie decides then.
    console.error("reading the account's language failed", error);
    return null;
  }
});

export async function storeAccountLocale(client: PrismaClient, userId: string, locale: Locale): Promise<void> {
  await client.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}
