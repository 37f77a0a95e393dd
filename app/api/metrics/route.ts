// GET /api/metrics – Prometheus metrics of this instance, for a scraper holding METRICS_TOKEN
// (Authorization: Bearer …); 401 without it, 404 when no token is configured.
import { env } from "@/lib/env";
import { problemResponse } from "@/lib/http/problem";
import { metricsAccess } from "@/lib/observability/metrics-access";
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const access = metricsAccess(req.headers.get("authorization"), env().METRICS_TOKEN);
  if (access === "disabled") return problemResponse(404, "Metrics are not enabled: set METRICS_TOKEN.");
  if (access === "unauthorized") {
    return problemResponse(401, "Send the metrics token as `Authorization: Bearer <METRICS_TOKEN>`.", { headers: { "www-authenticate": "Bearer" } });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
