import { describe, expect, it } from "vitest";
import { TestClient } from "./client";

const password = "integration-password-1";

function uniqueEmail(tag: string) {
  return `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

describe("accounts through the real routes", () => {
  it("registers, signs in with a JWT session that carries the role, and signs out", async () => {
    const client = new TestClient();
    const email = uniqueEmail("reg");
    const created = await client.request("/api/register", { method: "POST", json: { email: email.toUpperCase(), name: "Reg User", password } });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ email, name: "Reg User" });

    expect(await client.signIn(email, password)).toEqual({ ok: true, error: null });
    expect((await client.session())?.user).toMatchObject({ email, role: "CANDIDATE" });

    await client.signOut();
    expect(await client.session()).toBeNull();
  });

  it("refuses a duplicate email with 409 naming the field", async () => {
    const client = new TestClient();
    const email = uniqueEmail("dup");
    await client.request("/api/register", { method: "POST", json: { email, name: "One", password } });
    const again = await client.request("/api/register", { method: "POST", json: { email, name: "Two", password } });
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toBe("application/problem+json");
    expect((await again.json()).problems).toEqual([{ path: "email", message: "An account with this email already exists." }]);
  });

  it("answers bad input with 400 problem+json listing every failing field, never a 500", async () => {
    const client = new TestClient();
    const cases: { body: string; paths: string[] }[] = [
      { body: JSON.stringify({ email: "not-an-email", name: "", password: "short" }), paths: ["email", "name", "password"] },
      { body: JSON.stringify({ email: "x@example.com", name: "X", password: "long-enough-1", role: "ADMIN" }), paths: ["role"] },
      { body: "{not json", paths: ["body"] },
      { body: "", paths: ["body"] },
      { body: JSON.stringify([1, 2, 3]), paths: ["(root)"] },
    ];
    for (const { body, paths } of cases) {
      const response = await client.request("/api/register", { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(response.status, body).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const problem = (await response.json()) as { status: number; problems: { path: string }[] };
      expect(problem.status).toBe(400);
      expect(problem.problems.map((p) => p.path)).toEqual(paths);
    }
  });

  it("says wrong credentials plainly, and rate-limits repeated attempts per email", async () => {
    const client = new TestClient();
    const email = uniqueEmail("limit");
    await client.request("/api/register", { method: "POST", json: { email, name: "Limit", password } });
    const first = await client.signIn(email, "wrong-password!");
    expect(first).toEqual({ ok: false, error: "Wrong email or password." });
    for (let attempt = 2; attempt <= 5; attempt++) await client.signIn(email, "wrong-password!");
    // The sixth attempt inside the window is refused even with the right password.
    const limited = await client.signIn(email, password);
    expect(limited.ok).toBe(false);
    expect(limited.error).toBe("Too many sign-in attempts. Wait 15 minutes and try again.");
  });
});

describe("role gates", () => {
  it("refuses a candidate the instructor routes and lets the instructor in", async () => {
    const candidate = new TestClient();
    expect((await candidate.signIn("candidate@designdrill.dev", "practice-makes-perfect")).ok).toBe(true);
    const refused = await candidate.request("/api/author/prompts");
    expect(refused.status).toBe(403);
    expect((await refused.json()).detail).toBe("Your account does not have access to this page.");

    const instructor = new TestClient();
    expect((await instructor.signIn("instructor@designdrill.dev", "teach-the-trade-offs")).ok).toBe(true);
    const allowed = await instructor.request("/api/author/prompts");
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as { prompts: unknown[] }).prompts.length).toBeGreaterThan(0);
  });

  it("answers anonymous API calls with 401 and sends anonymous page visits to login", async () => {
    const anonymous = new TestClient();
    const api = await anonymous.request("/api/author/prompts");
    expect(api.status).toBe(401);
    const page = await anonymous.request("/history?tab=all");
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toBe("/login?callbackUrl=%2Fhistory%3Ftab%3Dall");
  });
});

describe("health", () => {
  it("reports the database and the migrations", async () => {
    const response = await new TestClient().request("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok", migrations: { status: "ok", pending: [] } });
  });
});
