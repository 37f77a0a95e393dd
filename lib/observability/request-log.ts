import { logger } from "./logger";
import { metrics } from "./metrics";
import { routeLabel } from "./route-label";

/** One finished API request: its duration into the histogram, and one log line. */
/** `label`: the route's series when its path must not name one (a catch-all answers any path). */
export function recordRequest(method: string, pathname: string, status: number, seconds: number, label?: string): void {
  const route = label ?? routeLabel(pathname);
  metrics().httpRequestDuration.observe({ method, route, status: String(status) }, seconds);
  const line = { method, route, path: pathname, status, durationMs: Math.round(seconds * 10_000) / 10 };
  if (status >= 500) logger().error(line, "request failed");
  else logger().info(line, "request");
}
