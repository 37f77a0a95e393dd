import { logger } from "./logger";
import { metrics } from "./metrics";
import { routeLabel } from "./route-label";

/** One finished API request: its duration into the histogram, and one log line. */
export function recordRequest(method: string, pathname: string, status: number, seconds: number): void {
  const route = routeLabel(pathname);
  metrics().httpRequestDuration.observe({ method, route, status: String(status) }, seconds);
  const line = { method, route, path: pathname, status, durationMs: Math.round(seconds * 10_000) / 10 };
  if (status >= 500) logger().error(line, "request failed");
  else logger().info(line, "request");
}
