// GET /api/health – 200 when the database answers and every migration is applied, else 503.
import { db } from "@/lib/db";
import { checkHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(db);
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
