// POST /api/register – creates a candidate account (the client then signs in).
import { registerAccount } from "@/lib/auth/accounts";
import { RegistrationSchema } from "@/lib/auth/validation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { localeFromCookieHeader } from "@/lib/i18n/locale-cookie";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { route } from "@/lib/http/route";
import { hitRateLimit, RATE_LIMITS } from "@/lib/rate-limit";
import { text } from "@/lib/simulator/text-tree";

export const POST = route({ auth: "public", body: RegistrationSchema }, async ({ req, body }) => {
  const address = clientAddress(req.headers, env().TRUST_PROXY === "1");
  const limit = address ? await hitRateLimit(db(), `register:${address}`, RATE_LIMITS.registerPerAddress) : null;
  if (limit && !limit.allowed) {
    throw new AppError("rate_limited", text("problems.detail.registerRateLimited"), {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  // A language chosen with the switch before registering becomes the account's setting.
  const user = await registerAccount(db(), body, localeFromCookieHeader(req.headers.get("cookie")));
  return Response.json({ id: user.id, email: user.email, name: user.name }, { status: 201 });
});
