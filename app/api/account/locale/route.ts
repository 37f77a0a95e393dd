// PUT /api/account/locale – the language switch: remembers the choice on this browser (cookie)
// and, for a signed-in user, on the account, which wins on every browser they sign in to.
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { storeAccountLocale } from "@/lib/i18n/account-locale";
import { localeCookie } from "@/lib/i18n/locale-cookie";
import { locales } from "@/lib/i18n/locales";
import { route } from "@/lib/http/route";

const Body = z.strictObject({ locale: z.enum(locales, { error: `Must be one of: ${locales.join(", ")}.` }) });

export const PUT = route({ auth: "public", body: Body, maxBodyBytes: 1024 }, async ({ req, user, body }) => {
  if (user) await storeAccountLocale(db(), user.id, body.locale);
  // Behind a TLS-terminating proxy the request itself says http: the public address decides.
  const secure = (env().NEXTAUTH_URL ?? req.url).startsWith("https:");
  return Response.json({ locale: body.locale }, { headers: { "set-cookie": localeCookie(body.locale, secure) } });
});
