import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { route } from "@/lib/http/route";
import { createLogger, setLogDestination } from "@/lib/observability/logger";
import { metricsAccess } from "@/lib/observability/metrics-access";
import { createMetrics, metrics } from "@/lib/observability/metrics";
import { requestIdFrom, runWithRequestContext } from "@/lib/observability/request-context";
import { routeLabel } from "@/lib/observability/route-label";

/** A destination that keeps every JSON line written to it. */
function captured(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

async function settle() {
  await new Promise((resolve) => setImmediate(resolve));
}

describe("request ids", () => {
  it("honours an acceptable incoming id and replaces anything else with a fresh UUID", () => {
    expect(requestIdFrom("lb-7f3a.42:abc")).toBe("lb-7f3a.42:abc");
    for (const bad of [null, "", "has space", "x".repeat(129), "inject\nline", "<script>"]) {
      const id = requestIdFrom(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(id).not.toBe(bad);
    }
    expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
  });

  it("puts the request id on every log line written inside the request, however deep", async () => {
    const sink = captured();
    const log = createLogger(sink.stream, "info");
    await runWithRequestContext({ requestId: "req-1" }, async () => {
      log.info("first");
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.warn({ detail: 1 }, "after an await");
    });
    log.info("outside any request");
    await settle();
    const lines = sink.lines();
    expect(lines.map((line) => [line.msg, line.requestId])).toEqual([
      ["first", "req-1"],
      ["after an await", "req-1"],
      ["outside any request", undefined],
    ]);
    expect(lines[0]).toMatchObject({ service: "designdrill", level: 30 });
  });
});

describe("route labels", () => {
  it("replaces identifiers so every session shares one series", () => {
    expect(routeLabel("/api/sessions/cmabc123def456ghi789/events")).toBe("/api/sessions/:id/events");
    expect(routeLabel("/api/cohorts/123/membership")).toBe("/api/cohorts/:id/membership");
    expect(routeLabel("/api/sessions/0b5f7a58-1f39-4a5e-9d1a-3c3f0f3c1b2a/export/json")).toBe("/api/sessions/:id/export/json");
    expect(routeLabel("/api/simulate")).toBe("/api/simulate");
    expect(routeLabel("/api/author/prompts")).toBe("/api/author/prompts");
  });
});

describe("metrics access", () => {
  const token = "metrics-token-0123456789";
  it("is disabled without a token, refuses a missing or wrong one, and allows the right bearer token", () => {
    expect(metricsAccess(`Bearer ${token}`, undefined)).toBe("disabled");
    expect(metricsAccess(null, token)).toBe("unauthorized");
    expect(metricsAccess("Bearer wrong", token)).toBe("unauthorized");
    expect(metricsAccess(`Basic ${token}`, token)).toBe("unauthorized");
    expect(metricsAccess(`Bearer ${token}x`, token)).toBe("unauthorized");
    expect(metricsAccess(`Bearer ${token}`, token)).toBe("allowed");
  });
});

describe("the metrics registry", () => {
  it("exposes every metric the deployment guide promises, with process metrics", async () => {
    const fresh = createMetrics(() => ({ queued: 3, threads: 2 }));
    const text = await fresh.registry.metrics();
    for (const name of [
      "designdrill_http_request_duration_seconds",
      "designdrill_simulation_duration_seconds",
      "designdrill_simulation_design_nodes",
      "designdrill_simulation_design_edges",
      "designdrill_autosave_events_total",
      "designdrill_autosave_duration_seconds",
      "designdrill_db_query_duration_seconds",
      "designdrill_process_cpu_user_seconds_total",
      "designdrill_nodejs_eventloop_lag_seconds",
    ]) {
      expect(text, name).toContain(`# TYPE ${name}`);
    }
    expect(text).toContain("designdrill_simulation_pool_queue_length 3");
    expect(text).toContain("designdrill_simulation_pool_threads 2");
  });
});

describe("route() observes each request", () => {
  it("returns the request id, logs it on the request's line, and records the duration by route and status", async () => {
    const sink = captured();
    setLogDestination(sink.stream, "info");
    const handler = route({ auth: "public", query: z.object({ n: z.coerce.number().int() }) }, async ({ query }) => ({ doubled: query.n * 2 }));

    const ok = await handler(new Request("http://localhost/api/things/cmabc123def456ghi789?n=2", { headers: { "x-request-id": "from-the-lb-1" } }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-request-id")).toBe("from-the-lb-1");
    const bad = await handler(new Request("http://localhost/api/things/cmabc123def456ghi789?n=x"));
    expect(bad.status).toBe(400);
    const generated = bad.headers.get("x-request-id");
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);

    await settle();
    const requestLines = sink.lines().filter((line) => line.msg === "request");
    expect(requestLines.map((line) => [line.requestId, line.status, line.route])).toEqual([
      ["from-the-lb-1", 200, "/api/things/:id"],
      [generated, 400, "/api/things/:id"],
    ]);
    const text = await metrics().registry.metrics();
    expect(text).toMatch(/designdrill_http_request_duration_seconds_count\{method="GET",route="\/api\/things\/:id",status="200"\} 1/);
    expect(text).toMatch(/designdrill_http_request_duration_seconds_count\{method="GET",route="\/api\/things\/:id",status="400"\} 1/);
  });
});
