import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pairUnavailableReason, startPostgresPair, type PostgresPair } from "../../support/postgres-pair";
import { runScript, serverEnv, startAppServer, stopAppServer, type AppServer } from "../../support/app-server";
import { TestClient } from "../http/client";

/**
 * Several stateless instances on one PostgreSQL with a real streaming replica: two production
 * servers on different ports, as behind a load balancer. Nothing that matters may live in one
 * process: an interview continues on the other instance, events sent to both merge, rate limits
 * hold across both, a killed instance loses no acknowledged event, and a stopped one finishes
 * what it was serving.
 */
const unavailable = pairUnavailableReason();
if (unavailable) console.warn(`Skipping the several-instances tests: ${unavailable}.`);

const PORTS = { a: Number(process.env.SCALE_TEST_PORT_A ?? 3410), b: Number(process.env.SCALE_TEST_PORT_B ?? 3411) };
const DB_PORTS = { primary: Number(process.env.SCALE_TEST_PRIMARY_PORT ?? 3442), standby: Number(process.env.SCALE_TEST_STANDBY_PORT ?? 3443) };
const password = "instances-password-1";

type SessionView = { events: { id: string }[] };

describe.skipIf(unavailable !== null)("two instances on one PostgreSQL with a replica", () => {
  let pair: PostgresPair;
  let a: AppServer | undefined;
  let b: AppServer | undefined;
  const envFor = (port: number) =>
    serverEnv(port, { DATABASE_URL: pair.primaryUrl, DATABASE_REPLICA_URLS: pair.standbyUrl, TRUST_PROXY: "1", DATABASE_POOL_SIZE: "4", SHUTDOWN_TIMEOUT_MS: "20000" });

  beforeAll(async () => {
    pair = await startPostgresPair(DB_PORTS);
    // Migrations run once, against the primary, before any instance starts (as in a rollout).
    runScript("prisma/migrate.ts", envFor(PORTS.a));
    runScript("prisma/seed.ts", envFor(PORTS.a));
    [a, b] = await Promise.all([startAppServer(PORTS.a, envFor(PORTS.a)), startAppServer(PORTS.b, envFor(PORTS.b))]);
  });

  afterAll(async () => {
    await Promise.all([stopAppServer(a), stopAppServer(b)]);
    await pair?.stop();
  });

  async function candidate(server: AppServer, tag: string): Promise<TestClient> {
    const client = new TestClient(server.baseUrl);
    const email = `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const created = await client.request("/api/register", { method: "POST", json: { email, name: tag, password }, headers: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}` } });
    expect(created.status).toBe(201);
    expect((await client.signIn(email, password)).ok).toBe(true);
    return client;
  }

  async function startInterview(client: TestClient): Promise<string> {
    const started = await client.request("/api/sessions", { method: "POST", json: { slug: "scale-to-millions", mode: "PRACTICE" } });
    expect(started.status).toBe(201);
    return ((await started.json()) as { id: string }).id;
  }

  it("continues an interview started on one instance through the other, and merges events sent to both", async () => {
    const onA = await candidate(a!, "roaming");
    const onB = onA.on(b!.baseUrl);
    const sessionId = await startInterview(onA);

    const question = await onB.request(`/api/sessions/${sessionId}/events`, {
      method: "POST",
      json: { events: [{ id: "roam-question-1", type: "question_asked", payload: { text: "How many daily active users do we have?" } }] },
    });
    expect(question.status).toBe(200);
    expect(((await question.json()) as { accepted: string[] }).accepted).toEqual(["roam-question-1"]);

    // Two tabs, each behind a different instance, appending at once.
    const batches = Array.from({ length: 12 }, (_, i) => ({ id: `roam-estimate-${i}`, type: "estimate_set", payload: { field: "readQps", value: 100 + i } }));
    const results = await Promise.all(batches.map((event, i) => (i % 2 === 0 ? onA : onB).request(`/api/sessions/${sessionId}/events`, { method: "POST", json: { events: [event] } })));
    expect(results.map((response) => response.status)).toEqual(batches.map(() => 200));

    const viewA = (await (await onA.request(`/api/sessions/${sessionId}`)).json()) as SessionView;
    const viewB = (await (await onB.request(`/api/sessions/${sessionId}`)).json()) as SessionView;
    const expected = ["roam-question-1", ...batches.map((event) => event.id)];
    expect(viewA.events.map((event) => event.id)).toEqual(expect.arrayContaining(expected));
    expect(viewB.events.map((event) => event.id)).toEqual(viewA.events.map((event) => event.id));
    expect(new Set(viewA.events.map((event) => event.id)).size).toBe(viewA.events.length);
  });

  it("keeps one rate-limit budget across both instances", async () => {
    const address = "203.0.113.77";
    const attempt = (server: AppServer, i: number) =>
      new TestClient(server.baseUrl).request("/api/register", {
        method: "POST",
        json: { email: `limited-${Date.now()}-${i}@example.com`, name: "Limited", password },
        headers: { "x-forwarded-for": address },
      });
    const statuses: number[] = [];
    // 20 registrations an hour per address: 10 through each instance use the budget up...
    for (let i = 0; i < 20; i += 1) statuses.push((await attempt(i % 2 === 0 ? a! : b!, i)).status);
    expect(statuses).toEqual(statuses.map(() => 201));
    // ...so the next one is refused whichever instance it reaches.
    const refusedA = await attempt(a!, 20);
    const refusedB = await attempt(b!, 21);
    expect([refusedA.status, refusedB.status]).toEqual([429, 429]);
    expect(Number(refusedB.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("logs JSON lines that carry the request id the load balancer sent", async () => {
    const response = await fetch(`${b!.baseUrl}/api/health`, { headers: { "x-request-id": "lb-instances-0001" } });
    expect(response.headers.get("x-request-id")).toBe("lb-instances-0001");
    const client = await candidate(b!, "logged");
    const traced = await client.request("/api/sessions", { method: "POST", json: { slug: "no-such-prompt", mode: "PRACTICE" }, headers: { "x-request-id": "lb-instances-0002" } });
    expect(traced.headers.get("x-request-id")).toBe("lb-instances-0002");
    // Log lines are written in batches (lib/observability/logger.ts): wait for this one.
    const logged = () => b!.output().filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
    await expect.poll(() => logged().some((line) => line.requestId === "lb-instances-0002" && line.msg === "request"), { timeout: 5000 }).toBe(true);
    const lines = logged();
    const mine = lines.filter((line) => line.requestId === "lb-instances-0002");
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.find((line) => line.msg === "request")).toMatchObject({ method: "POST", route: "/api/sessions", status: traced.status });
    // Every request line names its request.
    expect(lines.filter((line) => line.msg === "request").every((line) => typeof line.requestId === "string")).toBe(true);
  });

  it("loses no acknowledged event when an instance is killed during autosave load, and restarts without help", async () => {
    const client = await candidate(a!, "killed");
    const sessionId = await startInterview(client);
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (writerIndex: number) => {
      for (let i = 0; !stop; i += 1) {
        const events = [0, 1].map((j) => ({ id: `kill-${writerIndex}-${i}-${j}`, type: "estimate_set", payload: { field: "readQps", value: i } }));
        try {
          const response = await client.request(`/api/sessions/${sessionId}/events`, { method: "POST", json: { events } });
          if (response.status === 200) acknowledged.push(...((await response.json()) as { accepted: string[] }).accepted);
        } catch {
          return; // the instance is gone
        }
      }
    };
    const writers = Array.from({ length: 6 }, (_, index) => writer(index));
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    a!.signal("SIGKILL");
    await a!.exited;
    stop = true;
    await Promise.all(writers);
    // Under load each batch may take a while; the kill must at least come after some were acknowledged.
    expect(acknowledged.length).toBeGreaterThanOrEqual(4);

    a = await startAppServer(PORTS.a, envFor(PORTS.a));
    const view = (await (await client.request(`/api/sessions/${sessionId}`)).json()) as SessionView;
    const stored = new Set(view.events.map((event) => event.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });

  it("on SIGTERM stops taking connections, finishes the requests in flight, closes the database and exits", async () => {
    const client = await candidate(b!, "drained");
    const sessionId = await startInterview(client);
    const design = {
      nodes: [
        { id: "users", kind: "client" },
        { id: "web", kind: "web_server", instances: 2 },
        { id: "db", kind: "sql_database", role: "primary" },
      ],
      edges: [
        { from: "users", to: "web" },
        { from: "web", to: "db" },
      ],
    };
    const saved = await client.request(`/api/sessions/${sessionId}/events`, { method: "POST", json: { events: [{ id: "drain-design", type: "design_set", payload: { design, layout: {} } }] } });
    expect(saved.status).toBe(200);
    // This instance has not run the simulator yet: its first run starts a worker thread, which
    // keeps the request in flight for a second or more, long enough to send SIGTERM meanwhile.
    const inFlight = [
      client.request(`/api/sessions/${sessionId}/feedback`, { method: "POST", json: { requestId: "drain-feedback-1" } }),
      client.request(`/api/sessions/${sessionId}/events`, { method: "POST", json: { events: [{ id: "drain-estimate", type: "estimate_set", payload: { field: "readQps", value: 7 } }] } }),
    ];
    await new Promise((resolve) => setTimeout(resolve, 300));
    b!.signal("SIGTERM");
    const [feedback, append] = await Promise.all(inFlight);
    expect(feedback.status).toBe(200);
    expect(((await feedback.json()) as { report: { score: { total: number } } }).report.score.total).toEqual(expect.any(Number));
    expect(append.status).toBe(200);
    await expect(fetch(`${b!.baseUrl}/api/health`)).rejects.toThrow();
    const code = await b!.exited;
    expect(code).toBe(143);
    const lines = b!.output().filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as { msg: string; inFlight?: number });
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(["shutdown: signal received", "shutdown: draining", "shutdown: closed"]));
    // The signal came while the feedback was still being served.
    expect(lines.find((line) => line.msg === "shutdown: draining")?.inFlight).toBeGreaterThanOrEqual(1);
    b = undefined;
    // The other instance still has everything the stopped one acknowledged.
    const view = (await (await client.on(a!.baseUrl).request(`/api/sessions/${sessionId}`)).json()) as SessionView;
    expect(view.events.map((event) => event.id)).toEqual(expect.arrayContaining(["drain-design", "drain-estimate"]));
  });
});
