import { beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "./client";

const password = "sessions-password-1";

async function newCandidate(tag: string): Promise<TestClient> {
  const client = new TestClient();
  const email = `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const created = await client.request("/api/register", { method: "POST", json: { email, name: tag, password } });
  expect(created.status).toBe(201);
  expect((await client.signIn(email, password)).ok).toBe(true);
  return client;
}

async function startSession(client: TestClient, slug = "scale-to-millions"): Promise<string> {
  const response = await client.request("/api/sessions", { method: "POST", json: { slug, mode: "PRACTICE" } });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

type AppendBody = { accepted: string[]; rejected: { id: string }[]; events: { id: string; type: string; payload: Record<string, unknown> }[]; status: string };

describe("interview sessions through the real routes", () => {
  let owner: TestClient;
  let sessionId: string;

  beforeAll(async () => {
    owner = await newCandidate("owner");
    sessionId = await startSession(owner);
  });

  it("answers a question with the prompt's fact and marks its requirement as from the interviewer", async () => {
    const response = await owner.request(`/api/sessions/${sessionId}/events`, {
      method: "POST",
      json: { events: [{ id: "question-0001", type: "question_asked", payload: { text: "How many daily active users do we have?" } }] },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as AppendBody;
    expect(body.accepted).toEqual(["question-0001"]);
    const reply = body.events.find((event) => event.type === "interviewer_replied");
    expect(reply?.payload.factIds).toEqual(["dau"]);
    const set = body.events.find((event) => event.type === "requirement_set");
    expect(set?.payload).toMatchObject({ field: "dailyActiveUsers", source: "fact", factId: "dau" });
  });

  it("appends idempotently: a retried batch adds no second row", async () => {
    const event = { id: "estimate-0001", type: "estimate_set", payload: { field: "readQps", value: 1234 } };
    const first = (await (await owner.request(`/api/sessions/${sessionId}/events`, { method: "POST", json: { events: [event] } })).json()) as AppendBody;
    const again = (await (await owner.request(`/api/sessions/${sessionId}/events`, { method: "POST", json: { events: [event] } })).json()) as AppendBody;
    expect(first.accepted).toEqual(["estimate-0001"]);
    expect(first.events.map((e) => e.id)).toEqual(["estimate-0001"]);
    expect(again.accepted).toEqual(["estimate-0001"]);
    expect(again.events).toEqual([]);
    const view = (await (await owner.request(`/api/sessions/${sessionId}`)).json()) as { events: { id: string }[] };
    expect(view.events.filter((e) => e.id === "estimate-0001")).toHaveLength(1);
  });

  it("keeps the log consistent when two tabs append at once", async () => {
    const tabs = Array.from({ length: 6 }, (_, i) =>
      owner.request(`/api/sessions/${sessionId}/events`, {
        method: "POST",
        json: { events: [{ id: `race-${i % 3}-0001`, type: "checklist_ticked", payload: { itemId: "p1-ask-before-answering", checked: true } }] },
      }),
    );
    const statuses = (await Promise.all(tabs)).map((r) => r.status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const view = (await (await owner.request(`/api/sessions/${sessionId}`)).json()) as { events: { id: string }[] };
    const raced = view.events.filter((e) => e.id.startsWith("race-")).map((e) => e.id).sort();
    expect(raced).toEqual(["race-0-0001", "race-1-0001", "race-2-0001"]);
  });

  it("refuses server-made event types and malformed events with 400 problem+json", async () => {
    const response = await owner.request(`/api/sessions/${sessionId}/events`, {
      method: "POST",
      json: { events: [{ id: "forged-0001", type: "interviewer_replied", payload: { questionId: "x", factIds: ["dau"], text: "hi" } }] },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const badDesign = await owner.request(`/api/sessions/${sessionId}/events`, {
      method: "POST",
      json: { events: [{ id: "design-bad-0001", type: "design_set", payload: { design: { nodes: [{ id: "x", kind: "teleporter" }], edges: [] }, layout: {} } }] },
    });
    expect(badDesign.status).toBe(400);
    const problem = (await badDesign.json()) as { problems: { path: string }[] };
    expect(problem.problems[0].path).toMatch(/^events\.0\.payload\.design\.nodes\.0\.kind$/);
  });

  it("refuses ids in the server's namespace, skipped phases and unstorable characters, never with a 500", async () => {
    const send = (event: unknown) => owner.request(`/api/sessions/${sessionId}/events`, { method: "POST", json: { events: [event] } });
    const forged = await send({ id: "srv-timeout-phase-2", type: "checklist_ticked", payload: { itemId: "p1-ask-before-answering", checked: true } });
    expect(forged.status).toBe(400);
    const skip = await send({ id: "skip-phase-0001", type: "phase_advanced", payload: { from: 1, to: 3, reason: "manual" } });
    expect(skip.status).toBe(400);
    const nul = await owner.request(`/api/sessions/${sessionId}/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"events":[{"id":"nul-question-01","type":"question_asked","payload":{"text":"users?\\u0000"}}]}',
    });
    expect(nul.status).toBe(400);
    expect(((await nul.json()) as { detail: string }).detail).toMatch(/cannot be stored/);
  });

  it("runs feedback and a scenario on the saved board", async () => {
    const design = {
      nodes: [
        { id: "users", kind: "client" },
        { id: "lb", kind: "load_balancer" },
        { id: "web", kind: "web_server", instances: 2 },
        { id: "db", kind: "sql_database", role: "primary" },
      ],
      edges: [
        { from: "users", to: "lb" },
        { from: "lb", to: "web" },
        { from: "web", to: "db" },
      ],
    };
    await owner.request(`/api/sessions/${sessionId}/events`, {
      method: "POST",
      json: { events: [{ id: "design-0001", type: "design_set", payload: { design, layout: {} } }] },
    });
    const feedback = await owner.request(`/api/sessions/${sessionId}/feedback`, { method: "POST", json: { requestId: "feedback-0001" } });
    expect(feedback.status).toBe(200);
    const result = (await feedback.json()) as { report: { spofs: string[]; score: { total: number } }; reply: string };
    expect(result.report.spofs).toContain("db");
    expect(result.reply.length).toBeGreaterThan(20);

    const scenario = await owner.request(`/api/sessions/${sessionId}/scenarios`, {
      method: "POST",
      json: { requestId: "scenario-0001", scenario: { kind: "node_down", node: "db" } },
    });
    expect(scenario.status).toBe(200);
    const run = (await scenario.json()) as { result: { servedShare: number; timeline: unknown[] } };
    expect(run.result.servedShare).toBeLessThan(1);
    expect(run.result.timeline.length).toBeGreaterThan(0);
  });

  it("lets only the owner read or write the session", async () => {
    const other = await newCandidate("other");
    expect((await other.request(`/api/sessions/${sessionId}`)).status).toBe(404);
    const write = await other.request(`/api/sessions/${sessionId}/events`, {
      method: "POST",
      json: { events: [{ id: "intruder-0001", type: "question_asked", payload: { text: "hello" } }] },
    });
    expect(write.status).toBe(404);
    // Signed out, the session answers as it does to a stranger.
    expect((await new TestClient().request(`/api/sessions/${sessionId}`)).status).toBe(404);
  });

  it("stores a report on submission that never changes afterwards", async () => {
    const submit = await owner.request(`/api/sessions/${sessionId}/events`, {
      method: "POST",
      json: { events: [{ id: "submit-0001", type: "submitted", payload: { reason: "manual" } }] },
    });
    expect(submit.status).toBe(200);
    expect(((await submit.json()) as AppendBody).status).toBe("SUBMITTED");
    const late = await owner.request(`/api/sessions/${sessionId}/events`, {
      method: "POST",
      json: { events: [{ id: "late-0001", type: "question_asked", payload: { text: "one more thing?" } }] },
    });
    const lateBody = (await late.json()) as AppendBody;
    expect(lateBody.rejected.map((r) => r.id)).toEqual(["late-0001"]);
    const feedback = await owner.request(`/api/sessions/${sessionId}/feedback`, { method: "POST", json: { requestId: "feedback-0002" } });
    expect(feedback.status).toBe(409);
  });
});

describe("POST /api/simulate", () => {
  it("answers a valid document with a report, and an invalid one with every problem and its path", async () => {
    const client = await newCandidate("sim");
    const ok = await client.request("/api/simulate", {
      method: "POST",
      json: { version: 1, requirements: { dailyActiveUsers: 1000000 }, design: { nodes: [{ id: "u", kind: "client" }, { id: "w", kind: "web_server" }], edges: [{ from: "u", to: "w" }] } },
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { version: number }).version).toBe(1);

    const bad = await client.request("/api/simulate", {
      method: "POST",
      json: { version: 1, requirements: { dailyActiveUsers: -5 }, design: { nodes: [{ id: "u", kind: "client" }], edges: [{ from: "u", to: "ghost" }] } },
    });
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()) as { problems: { path: string }[] }).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["requirements.dailyActiveUsers", "design.edges[0].to"]));
  });

  it("refuses bodies over 1 MB with 413", async () => {
    const client = await newCandidate("big");
    const huge = await client.request("/api/simulate", { method: "POST", headers: { "content-type": "application/json" }, body: `{"pad":"${"x".repeat(1024 * 1024 + 10)}"}` });
    expect(huge.status).toBe(413);
  });
});
