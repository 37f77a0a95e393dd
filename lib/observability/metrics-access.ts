import { timingSafeEqual } from "node:crypto";

/**
 * Who may read /api/metrics. Metrics name routes and show load, so they are not public:
 * with METRICS_TOKEN unset the endpoint does not exist (404); with it set, a scraper sends
 * `Authorization: Bearer <token>` and anything else is 401.
 */
export type MetricsAccess = "disabled" | "unauthorized" | "allowed";

export function metricsAccess(authorization: string | null, token: string | undefined): MetricsAccess {
  if (!token) return "disabled";
  const match = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? "");
  if (!match) return "unauthorized";
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  // Constant-time comparison, so the token cannot be guessed byte by byte from timings.
  return given.length === expected.length && timingSafeEqual(given, expected) ? "allowed" : "unauthorized";
}
