// POST /api/register – creates a candidate account (the client then signs in).
import { registerAccount } from "@/lib/auth/accounts";
import { RegistrationSchema } from "@/lib/auth/validation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { hitRateLimit, RATE_LIMITS } from "@/lib/rate-limit";

export const POST = route({ auth: "public", body: RegistrationSchema }, async ({ req, body }) => {
  const address = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
  const limit = await hitRateLimit(db(), `register:${address}`, RATE_LIMITS.registerPerAddress);
  if (!limit.allowed) {
    throw new AppError("rate_limited", "Too many accounts created from this address. Try again later.", {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  const user = await registerAccount(db(), body);
  return Response.json({ id: user.id, email: user.email, name: user.name }, { status: 201 });
});
