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
