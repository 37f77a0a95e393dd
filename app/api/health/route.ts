// GET /api/health – 200 when the database answers and every migration is applied, else 503.
// Anyone sees the verdict; only admins see the details (migration names, the error text, which
// can name the data folder or a process id).
import { db } from "@/lib/db";
import { checkHealth, publicHealth } from "@/lib/db/health";
import { finishApiResponse } from "@/lib/http/api-response";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/observability/request-context";
import { isDraining } from "@/lib/server/lifecycle";
import { getSession } from "@/lib/session";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return finishApiResponse(req, await health(), requestIdFrom(req.headers.get(REQUEST_ID_HEADER)));
}

async function health(): Promise<Response> {
  // A shutting-down instance tells the load balancer to stop sending it traffic.
  if (isDraining()) return Response.json({ status: "draining" }, { status: 503, headers: { "cache-control": "no-store" } });
  const health = await checkHealth(db);
  const user = await getSession().catch(() => null);
  const body = user?.role === "ADMIN" ? health : publicHealth(health);
  return Response.json(body, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
