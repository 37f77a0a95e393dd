// GET /api/metrics – Prometheus metrics of this instance, for a scraper holding METRICS_TOKEN
// (Authorization: Bearer …); 401 without it, 404 when no token is configured.
import { env } from "@/lib/env";
import { finishApiResponse } from "@/lib/http/api-response";
import { problemResponse } from "@/lib/http/problem";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/observability/request-context";
import { metricsAccess } from "@/lib/observability/metrics-access";
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return finishApiResponse(req, await scrape(req), requestIdFrom(req.headers.get(REQUEST_ID_HEADER)));
}

async function scrape(req: Request): Promise<Response> {
  const access = metricsAccess(req.headers.get("authorization"), env().METRICS_TOKEN);
  if (access === "disabled") return problemResponse(404, "Metrics are not enabled: set METRICS_TOKEN.");
  if (access === "unauthorized") {
    return problemResponse(401, "Send the metrics token as `Authorization: Bearer <METRICS_TOKEN>`.", { headers: { "www-authenticate": "Bearer" } });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
