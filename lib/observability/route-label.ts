/**
 * A route's label for metrics: the path with its identifiers replaced by `:id`, so
 * `/api/sessions/cm1x…/events` and every other session's events share one series. Labels must
 * stay few (each is a time series in Prometheus); an identifier is a segment that is a number,
 * a UUID, or a long token with digits in it (cuid, nanoid).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isIdentifier(segment: string): boolean {
  if (/^\d+$/.test(segment)) return true;
  if (UUID.test(segment)) return true;
  return segment.length >= 16 && /\d/.test(segment) && /^[A-Za-z0-9_-]+$/.test(segment);
}

export function routeLabel(pathname: string): string {
  const segments = pathname.split("/").map((segment) => (isIdentifier(segment) ? ":id" : segment));
  return segments.join("/") || "/";
}
