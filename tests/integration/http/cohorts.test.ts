import { beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "./client";

// Cohorts and who may read a session: the owner, and the instructors of a cohort the owner
// belongs to. An instructor outside the cohort and another candidate get 404 on every session
// route and export; an anonymous caller gets the same 404, for any id alike.

const password = "cohorts-password-1";

async function signedIn(email: string, pass: string): Promise<TestClient> {
  const client = new TestClient();
  expect((await client.signIn(email, pass)).ok).toBe(true);
  return client;
}

async function newCandidate(tag: string): Promise<TestClient> {
  const client = new TestClient();
  const email = `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  expect((await client.request("/api/register", { method: "POST", json: { email, name: tag, password } })).status).toBe(201);
  expect((await client.signIn(email, password)).ok).toBe(true);
  return client;
}

async function post(client: TestClient, path: string, json: unknown): Promise<Response> {
  return client.request(path, { method: "POST", json });
}

const design = {
  nodes: [
    { id: "users", kind: "client" },
    { id: "lb", kind: "load_balancer", instances: 2 },
    { id: "web", kind: "web_server", instances: 2, stateless: true },
    { id: "db", kind: "sql_database", role: "primary" },
  ],
  edges: [
    { from: "users", to: "lb" },
    { from: "lb", to: "web" },
    { from: "web", to: "db" },
  ],
};

/** Every way to read or change a session, page or API, with what an outsider must get. */
function sessionRoutes(id: string): { name: string; call: (c: TestClient) => Promise<Response> }[] {
  return [
    { name: "report page", call: (c) => c.request(`/sessions/${id}/report`) },
    { name: "replay page", call: (c) => c.request(`/sessions/${id}/replay`) },
    { name: "interview page", call: (c) => c.request(`/interview/${id}`) },
    { name: "GET session", call: (c) => c.request(`/api/sessions/${id}`) },
    { name: "POST events", call: (c) => post(c, `/api/sessions/${id}/events`, { events: [{ id: "outsider-0001", type: "question_asked", payload: { text: "hi" } }] }) },
    { name: "POST feedback", call: (c) => post(c, `/api/sessions/${id}/feedback`, { requestId: "outsider-0002" }) },
    { name: "POST scenarios", call: (c) => post(c, `/api/sessions/${id}/scenarios`, { requestId: "outsider-0003", scenario: { kind: "baseline" } }) },
    { name: "export md", call: (c) => c.request(`/api/sessions/${id}/export/md`) },
    { name: "export json", call: (c) => c.request(`/api/sessions/${id}/export/json`) },
    { name: "export svg", call: (c) => c.request(`/api/sessions/${id}/export/svg`) },
    { name: "export reference svg", call: (c) => c.request(`/api/sessions/${id}/export/svg?board=reference`) },
    { name: "GET comments", call: (c) => c.request(`/api/sessions/${id}/comments`) },
    { name: "POST comment", call: (c) => post(c, `/api/sessions/${id}/comments`, { body: "Nice.", atSeconds: 3 }) },
  ];
}

describe("cohorts, coaching and who may read a session", () => {
  let member: TestClient;
  let instructor: TestClient;
  let otherInstructor: TestClient;
  let otherCandidate: TestClient;
  let submittedId: string;
  let activeId: string;
  let cohortId: string;
  let token: string;

  beforeAll(async () => {
    member = await newCandidate("member");
    otherCandidate = await newCandidate("other");
    instructor = await signedIn("instructor@designdrill.dev", "teach-the-trade-offs");
    otherInstructor = await signedIn("coach@designdrill.dev", "another-point-of-view");

    const start = async () => ((await (await post(member, "/api/sessions", { slug: "scale-to-millions", mode: "PRACTICE" })).json()) as { id: string }).id;
    submittedId = await start();
    activeId = await start();
    const appended = await post(member, `/api/sessions/${submittedId}/events`, {
      events: [
        { id: "question-0001", type: "question_asked", payload: { text: "How many daily active users do we have?" } },
        { id: "design-0001", type: "design_set", payload: { design, layout: {} } },
        { id: "submit-0001", type: "submitted", payload: { reason: "manual" } },
      ],
    });
    expect(appended.status).toBe(200);
    expect(((await appended.json()) as { status: string }).status).toBe("SUBMITTED");

    const created = await post(instructor, "/api/cohorts", { name: "Spring cohort" });
    expect(created.status).toBe(201);
    ({ id: cohortId, inviteToken: token } = (await created.json()) as { id: string; inviteToken: string });
  });

  it("lets only instructors create a cohort, and refuses a nameless one naming the field", async () => {
    expect((await post(member, "/api/cohorts", { name: "Mine" })).status).toBe(403);
    const nameless = await post(instructor, "/api/cohorts", { name: "  " });
    expect(nameless.status).toBe(400);
    expect(JSON.stringify(await nameless.json())).toContain("name");
  });

  it("hides a candidate's sessions from an instructor until the candidate joins their cohort", async () => {
    expect((await instructor.request(`/sessions/${submittedId}/report`)).status).toBe(404);
    expect((await instructor.request(`/api/sessions/${submittedId}/export/md`)).status).toBe(404);
    expect((await instructor.request(`/cohorts/${cohortId}`)).status).toBe(200);

    expect((await post(member, "/api/cohorts/join", { token: "not-a-real-invite-token-000" })).status).toBe(404);
    const joined = await post(member, "/api/cohorts/join", { token });
    expect(joined.status).toBe(200);
    expect(((await joined.json()) as { name: string }).name).toBe("Spring cohort");
    // Joining twice is harmless.
    expect((await post(member, "/api/cohorts/join", { token })).status).toBe(200);
  });

  it("shows the cohort's instructor the member's report, replay and exports, read-only", async () => {
    expect((await instructor.request(`/sessions/${submittedId}/report`)).status).toBe(200);
    expect((await instructor.request(`/sessions/${submittedId}/replay`)).status).toBe(200);
    const md = await instructor.request(`/api/sessions/${submittedId}/export/md`);
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toContain("text/markdown");
    expect(await md.text()).toMatch(/^# Scale/);
    const doc = (await (await instructor.request(`/api/sessions/${submittedId}/export/json`)).json()) as { version: number; design: { nodes: unknown[] } };
    expect(doc.version).toBe(1);
    expect(doc.design.nodes).toHaveLength(4);
    const svg = await instructor.request(`/api/sessions/${submittedId}/export/svg`);
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    expect(await svg.text()).toContain("<svg");
    // Read-only: the interview itself and its writes stay the owner's.
    expect((await instructor.request(`/interview/${submittedId}`)).status).toBe(404);
    expect((await post(instructor, `/api/sessions/${activeId}/events`, { events: [{ id: "coach-0001", type: "question_asked", payload: { text: "x" } }] })).status).toBe(404);
    // The cohort's session list names the member's sessions.
    const list = await (await instructor.request(`/cohorts/${cohortId}`)).text();
    expect(list).toContain(`/sessions/${submittedId}/report`);
  });

  it("carries the instructor's pinned comments to the owner, with an unread count until opened", async () => {
    const moment = await post(instructor, `/api/sessions/${submittedId}/comments`, { body: "Ask about peak traffic here.", atSeconds: 12 });
    expect(moment.status).toBe(201);
    const criterion = await post(instructor, `/api/sessions/${submittedId}/comments`, { body: "Estimate before you draw.", criterionId: "estimates-within-2x" });
    expect(criterion.status).toBe(201);
    const bad = await post(instructor, `/api/sessions/${submittedId}/comments`, { body: "", atSeconds: -1 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/body[\s\S]*atSeconds|atSeconds[\s\S]*body/);
    // The owner cannot comment on their own session as a coach.
    expect((await post(member, `/api/sessions/${submittedId}/comments`, { body: "me" })).status).toBe(404);

    const listed = (await (await member.request(`/api/sessions/${submittedId}/comments`)).json()) as { comments: { body: string; atSeconds: number | null; criterionId: string | null; unread: boolean }[] };
    expect(listed.comments.map((c) => [c.body, c.atSeconds, c.criterionId, c.unread])).toEqual([
      ["Ask about peak traffic here.", 12, null, true],
      ["Estimate before you draw.", null, "estimates-within-2x", true],
    ]);
    expect(await (await member.request("/history")).text()).toMatch(/2<\/span><span>new comments/);
    const report = await (await member.request(`/sessions/${submittedId}/report`)).text();
    expect(report).toContain("Ask about peak traffic here.");
    // The badge as rendered (the header's message catalogue always holds the words themselves).
    expect(await (await member.request("/history")).text()).not.toMatch(/\d+<\/span><span>new comments?/);
  });

  it("answers 404 on every session route and export to an instructor outside the cohort and to another candidate", async () => {
    for (const id of [submittedId, activeId]) {
      for (const route of sessionRoutes(id)) {
        for (const [who, client] of [["other instructor", otherInstructor], ["other candidate", otherCandidate]] as const) {
          const response = await route.call(client);
          expect(`${who} ${route.name} ${id === submittedId ? "submitted" : "active"}: ${response.status}`).toBe(`${who} ${route.name} ${id === submittedId ? "submitted" : "active"}: 404`);
        }
      }
    }
    expect((await otherInstructor.request(`/cohorts/${cohortId}`)).status).toBe(404);
    expect((await otherCandidate.request(`/cohorts/${cohortId}`)).status).toBe(404);
  });

  it("gives an anonymous caller 404 on every session route and export, the same for a real and a made-up id", async () => {
    const anonymous = new TestClient();
    for (const id of [submittedId, activeId, "made-up-session-id"]) {
      for (const route of sessionRoutes(id)) {
        const response = await route.call(anonymous);
        expect(`${route.name}: ${response.status}`).toBe(`${route.name}: 404`);
        if (route.name.endsWith("page")) expect(await response.text()).toContain("you need to sign in to see it");
      }
    }
  });

  it("stops showing the member's sessions once they leave", async () => {
    expect((await member.request(`/api/cohorts/${cohortId}/membership`, { method: "DELETE" })).status).toBe(204);
    expect((await instructor.request(`/sessions/${submittedId}/report`)).status).toBe(404);
    expect((await instructor.request(`/api/sessions/${submittedId}/export/json`)).status).toBe(404);
    expect((await post(instructor, `/api/sessions/${submittedId}/comments`, { body: "Still there?" })).status).toBe(404);
    expect((await member.request(`/api/cohorts/${cohortId}/membership`, { method: "DELETE" })).status).toBe(404);
  });
});
