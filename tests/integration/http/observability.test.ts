import { beforeAll, describe, expect, it } from "vitest";
import { INTEGRATION_METRICS_TOKEN } from "../global-setup";
import { TestClient } from "./client";

/**
 * The running production build's own observability: request ids end to end, and the
 * Prometheus endpoint with every metric the README's deployment guide promises, moving when the
 * app does the work it measures.
 */
const password = "observability-password-1";
let candidate: TestClient;
let sessionId: string;

async function scrape(token: string | null = INTEGRATION_METRICS_TOKEN): Promise<Response> {
  const client = new TestClient();
  return client.request("/api/metrics", token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

/** The value of one series in Prometheus text, or 0 when it is absent. */
function sample(text: string, series: string): number {
  const line = text.split("\n").find((candidateLine) => candidateLine.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

beforeAll(async () => {
  candidate = new TestClient();
  const email = `observed-${Date.now()}@example.com`;
  expect((await candidate.request("/api/register", { method: "POST", json: { email, name: "Observed", password } })).status).toBe(201);
  expect((await candidate.signIn(email, password)).ok).toBe(true);
  const started = await candidate.request("/api/sessions", { method: "POST", json: { slug: "scale-to-millions", mode: "PRACTICE" } });
  sessionId = ((await started.json()) as { id: string }).id;
});

describe("request ids", () => {
  it("returns the caller's x-request-id, and a fresh one when the caller sent none or a bad one", async () => {
    const honoured = await candidate.request(`/api/sessions/${sessionId}`, { headers: { "x-request-id": "lb-trace-0001" } });
    expect(honoured.status).toBe(200);
    expect(honoured.headers.get("x-request-id")).toBe("lb-trace-0001");
    const fresh = await candidate.request(`/api/sessions/${sessionId}`);
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const replaced = await candidate.request("/api/health", { headers: { "x-request-id": "bad id with spaces" } });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const page = await candidate.request("/login", { headers: { "x-request-id": "page-trace-0001" } });
    expect(page.headers.get("x-request-id")).toBe("page-trace-0001");
  });
});

describe("API responses without the proxy", () => {
  // The app's API routes skip proxy.ts (its matcher): each sets its own id and headers.
  const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  it("carry the API's security headers and a request id from the route itself", async () => {
    const traced = { headers: { "x-request-id": "api-headers-0001" } };
    for (const response of [
      await candidate.request(`/api/sessions/${sessionId}`, traced),
      await candidate.request("/api/health", traced),
      await candidate.request("/api/metrics", { headers: { ...traced.headers, authorization: `Bearer ${INTEGRATION_METRICS_TOKEN}` } }),
    ]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("x-request-id")).toBe("api-headers-0001");
      expect(response.headers.get("content-security-policy")).toBe(API_POLICY);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      // Plain http: no HSTS.
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
    // next-auth's routes still go through the proxy, and get the same headers there.
    const csrf = await candidate.request("/api/auth/csrf", { headers: { "x-request-id": "api-headers-0002" } });
    expect(csrf.headers.get("x-request-id")).toBe("api-headers-0002");
    expect(csrf.headers.get("content-security-policy")).toBe(API_POLICY);
  });

  it("answer an unknown API path with a problem+json 404, for every method", async () => {
    for (const method of ["GET", "POST", "DELETE"]) {
      const response = await candidate.request("/api/no-such-endpoint/at-all", { method, ...(method === "GET" ? {} : { json: {} }) });
      expect(response.status, method).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(((await response.json()) as { detail: string }).detail).toMatch(/no such API endpoint/);
      expect(response.headers.get("content-security-policy")).toBe(API_POLICY);
    }
    // Unknown paths share one metrics series, so a scan cannot grow the metrics without bound.
    const text = await (await scrape()).text();
    expect(text).toContain('route="/api/(unknown)"');
    expect(text).not.toContain("no-such-endpoint");
  });

  it("send small JSON answers uncompressed and compress large ones", async () => {
    const gzip = { "accept-encoding": "gzip" };
    const small = await candidate.request(`/api/sessions/${sessionId}/events`, {
      method: "POST",
      headers: gzip,
      json: { events: [{ id: `compress-probe-${Date.now()}`, type: "estimate_set", payload: { field: "readQps", value: 10 } }] },
    });
    expect(small.status).toBe(200);
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(small.headers.get("cache-control")).toBe("no-store, no-transform");
    // A session's whole log with a board on it is larger than the threshold: gzipped.
    const board = { nodes: Array.from({ length: 60 }, (_, i) => ({ id: `web-${i}`, kind: "web_server", label: `Web server number ${i} of the fleet` })), edges: [] };
    await candidate.request(`/api/sessions/${sessionId}/events`, { method: "POST", json: { events: [{ id: `compress-board-${Date.now()}`, type: "design_set", payload: { design: board } }] } });
    const large = await candidate.request(`/api/sessions/${sessionId}`, { headers: gzip });
    expect(large.status).toBe(200);
    expect(large.headers.get("content-encoding")).toBe("gzip");
  });
});

describe("GET /api/metrics", () => {
  it("refuses a scraper without the token or with a wrong one", async () => {
    expect((await scrape(null)).status).toBe(401);
    const wrong = await scrape("not-the-metrics-token-000");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toBe("Bearer");
  });

  it("counts autosave events, their latency, request durations by route, database queries, simulator runs and the pool", async () => {
    const before = await (await scrape()).text();
    const events = Array.from({ length: 3 }, (_, i) => ({ id: `observed-estimate-${i}`, type: "estimate_set", payload: { field: "readQps", value: 100 + i } }));
    const saved = await candidate.request(`/api/sessions/${sessionId}/events`, { method: "POST", json: { events } });
    expect(saved.status).toBe(200);
    const simulated = await candidate.request("/api/simulate", {
      method: "POST",
      json: { version: 1, requirements: { dailyActiveUsers: 1000 }, design: { nodes: [{ id: "u", kind: "client" }, { id: "w", kind: "web_server" }], edges: [{ from: "u", to: "w" }] } },
    });
    expect(simulated.status).toBe(200);

    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = await response.text();

    const accepted = 'designdrill_autosave_events_total{result="accepted"}';
    expect(sample(after, accepted) - sample(before, accepted)).toBe(3);
    expect(sample(after, "designdrill_autosave_duration_seconds_count") - sample(before, "designdrill_autosave_duration_seconds_count")).toBe(1);
    const eventsRoute = 'designdrill_http_request_duration_seconds_count{method="POST",route="/api/sessions/:id/events",status="200"}';
    expect(sample(after, eventsRoute) - sample(before, eventsRoute)).toBe(1);
    expect(sample(after, 'designdrill_simulation_duration_seconds_count{outcome="ok"}')).toBeGreaterThan(sample(before, 'designdrill_simulation_duration_seconds_count{outcome="ok"}'));
    expect(sample(after, "designdrill_simulation_design_nodes_count")).toBeGreaterThan(sample(before, "designdrill_simulation_design_nodes_count"));
    expect(after).toMatch(/designdrill_db_query_duration_seconds_count\{target="primary",model="\w+",operation="\w+"\} \d+/);
    expect(after).toMatch(/^designdrill_simulation_pool_queue_length \d+$/m);
    expect(after).toMatch(/^designdrill_simulation_pool_threads [1-9]\d*$/m);
    expect(after).toMatch(/^designdrill_process_resident_memory_bytes \d+/m);
  });
});
