// POST /api/sessions – start an interview on a published prompt: { slug, mode } → 201 { id }.
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";
import { startSession, StartSessionSchema } from "@/lib/sessions/start-session";

export const POST = route({ auth: "user", body: StartSessionSchema }, async ({ user, body }) =>
  Response.json(await startSession(db(), user.id, body), { status: 201 }),
);
