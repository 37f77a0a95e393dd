import { beforeAll, describe, expect, it } from "vitest";
import { ladder } from "../../unit/simulation/ladder";
import { TestClient } from "./client";

/** Issue 8: no request can stall or crash the server, and no other site can act for a user. */
const password = "hardening-password-1";

async function newCandidate(tag: string): Promise<TestClient> {
  const client = new TestClient();
  const email = `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  expect((await client.request("/api/register", { method: "POST", json: { email, name: tag, password } })).status).toBe(201);
  expect((await client.signIn(email, password)).ok).toBe(true);
  return client;
}

type Problem = { status: number; detail: string; problems?: { path: string; message: string }[] };

let user: TestClient;
let sessionId: string;

beforeAll(async () => {
  user = await newCandidate("hard");
  const started = await user.request("/api/sessions", { method: "POST", json: { slug: "scale-to-millions", mode: "PRACTICE" } });
  sessionId = ((await started.json()) as { id: string }).id;
});

describe("cross-site requests", () => {
  const event = { events: [{ id: "csrf-event-0001", type: "checklist_ticked", payload: { itemId: "p1-ask-before-answering", checked: true } }] };

  it("refuses a cross-origin text/plain post and a cross-origin form post with 403 problem+json, changing nothing", async () => {
    const attacks: RequestInit[] = [
      { headers: { origin: "https://evil.example", "content-type": "text/plain" }, body: JSON.stringify(event) },
      { headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }, body: "events=1" },
      // A same-origin page cannot be made to send text/plain either: JSON only.
      { headers: { "content-type": "text/plain" }, body: JSON.stringify(event) },
      // Without Origin, only Sec-Fetch-Site: same-origin vouches for the request.
      { headers: { origin: "", "sec-fetch-site": "cross-site", "content-type": "application/json" }, body: JSON.stringify(event) },
    ];
    for (const init of attacks) {
      const headers = new Headers(init.headers);
      if (headers.get("origin") === "") headers.delete("origin");
      const response = await fetch(`${user.baseUrl}/api/sessions/${sessionId}/events`, {
        method: "POST",
        body: init.body,
        headers: { ...Object.fromEntries(headers), cookie: user.cookieHeader() },
      });
      expect(response.status, JSON.stringify(init.headers)).toBe(403);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(((await response.json()) as Problem).problems?.[0]?.path).toMatch(/^headers\./);
    }
    const view = (await (await user.request(`/api/sessions/${sessionId}`)).json()) as { events: { id: string }[] };
    expect(view.events.map((e) => e.id)).not.toContain("csrf-event-0001");
  });

  it("refuses a cross-origin post that starts a session, and accepts the same-origin one", async () => {
    const cross = await user.request("/api/sessions", { method: "POST", headers: { origin: "https://evil.example" }, json: { slug: "scale-to-millions", mode: "PRACTICE" } });
    expect(cross.status).toBe(403);
    const opaqueOrigin = await user.request("/api/sessions", {
      method: "POST",
      headers: { origin: "null" },
      json: { slug: "scale-to-millions", mode: "PRACTICE" },
    });
    expect(opaqueOrigin.status).toBe(403);
    expect((await user.request("/api/sessions", { method: "POST", json: { slug: "scale-to-millions", mode: "PRACTICE" } })).status).toBe(201);
  });
});

describe("ids, nesting and resent events", () => {
  it("answers a NUL, an odd charset or an absurd length in a session id with 400 or 404, never 500", async () => {
    for (const id of ["%00", "abc%00def", "..%2F..%2Fetc", "a".repeat(500), "%F0%9F%92%A5"]) {
      const response = await user.request(`/api/sessions/${id}`);
      expect([400, 404], id).toContain(response.status);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    // Pages stream (app/loading.tsx), so the status is sent before notFound(): the page says it.
    for (const path of ["/sessions/%00/report", "/sessions/%00/replay", "/interview/%00"]) {
      const page = await user.request(path);
      expect(page.status, path).toBeLessThan(500);
      expect(await page.text(), path).toContain("Page not found");
    }
  });

  it("answers JSON nested too deep with 400 'nested too deep', however deep", async () => {
    for (const depth of [100, 2_500, 100_000]) {
      const note = `${"[".repeat(depth)}${"]".repeat(depth)}`;
      const body = `{"events":[{"id":"deep-note-0001","type":"note_set","payload":{"doc":${note}}}]}`;
      const response = await user.request(`/api/sessions/${sessionId}/events`, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(response.status, String(depth)).toBe(400);
      const problem = (await response.json()) as Problem;
      expect(problem.detail).toMatch(/nested too deep/);
      expect(problem.problems?.[0]?.path).toBe("body");
    }
  });

  it("answers the same event id with a different payload with 409 naming the id, and keeps the first", async () => {
    const first = { id: "resent-event-0001", type: "estimate_set", payload: { field: "readQps", value: 100 } };
    expect((await user.request(`/api/sessions/${sessionId}/events`, { method: "POST", json: { events: [first] } })).status).toBe(200);
    // A true retry is still acknowledged.
    expect((await user.request(`/api/sessions/${sessionId}/events`, { method: "POST", json: { events: [first] } })).status).toBe(200);
    const changed = await user.request(`/api/sessions/${sessionId}/events`, { method: "POST", json: { events: [{ ...first, payload: { field: "readQps", value: 999 } }] } });
    expect(changed.status).toBe(409);
    const problem = (await changed.json()) as Problem;
    expect(problem.detail).toContain('"resent-event-0001"');
    expect(problem.problems).toEqual([{ path: "events.0.id", message: 'Event id "resent-event-0001" is already stored with a different payload.', text: { key: "problems.field.eventIdReused", params: { id: "resent-event-0001", what: "payload" } } }]);
    const view = (await (await user.request(`/api/sessions/${sessionId}`)).json()) as { events: { id: string; payload: { value?: number } }[] };
    expect(view.events.find((e) => e.id === "resent-event-0001")?.payload.value).toBe(100);
  });
});

describe("a design too large to simulate", () => {
  it("answers the 20-layer ladder with a report or a 422, while health keeps answering", async () => {
    const started = Date.now();
    const simulation = user.request("/api/simulate", { method: "POST", json: ladder(20) });
    const healthTimes: number[] = [];
    let done = false;
    void simulation.finally(() => (done = true));
    while (!done) {
      const before = Date.now();
      expect((await fetch(`${user.baseUrl}/api/health`)).status).toBe(200);
      healthTimes.push(Date.now() - before);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const response = await simulation;
    expect([200, 422]).toContain(response.status);
    if (response.status === 422) {
      expect(((await response.json()) as Problem).detail).toMatch(/^This design is too large to simulate: /);
    }
    // The figures go to the log; the bound is generous (2 shared cores), the point is "answers".
    console.info(`ladder(20): ${response.status} in ${Date.now() - started} ms; health ${healthTimes.length} checks, slowest ${Math.max(...healthTimes)} ms`);
    expect(healthTimes.length).toBeGreaterThan(0);
    expect(Math.max(...healthTimes)).toBeLessThan(2_000);
  });

  it("submits a session whose board is the ladder, and reads it back at once, again and again", async () => {
    const started = await user.request("/api/sessions", { method: "POST", json: { slug: "scale-to-millions", mode: "PRACTICE" } });
    const id = ((await started.json()) as { id: string }).id;
    const { design } = ladder(20);
    const events = [
      { id: "ladder-design-0001", type: "design_set", payload: { design, layout: {} } },
      { id: "ladder-submit-0001", type: "submitted", payload: { reason: "manual" } },
    ];
    const submitted = await user.request(`/api/sessions/${id}/events`, { method: "POST", json: { events } });
    expect(submitted.status).toBe(200);
    expect(((await submitted.json()) as { status: string }).status).toBe("SUBMITTED");
    for (let read = 0; read < 3; read++) {
      const page = await user.request(`/sessions/${id}/report`);
      expect(page.status).toBe(200);
      expect((await user.request(`/api/sessions/${id}`)).status).toBe(200);
    }
  });
});
