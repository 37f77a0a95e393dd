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
    // Each problem carries its language-neutral text beside the English (lib/http/problem.ts).
    expect((await again.json()).problems).toEqual([{ path: "email", message: "An account with this email already exists.", text: { key: "problems.field.emailTaken" } }]);
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

  it("says wrong credentials plainly, then slows guessing down with 429 and Retry-After instead of locking the account", async () => {
    const client = new TestClient();
    const email = uniqueEmail("limit");
    await client.request("/api/register", { method: "POST", json: { email, name: "Limit", password } });
    const first = await client.signIn(email, "wrong-password!");
    expect(first).toEqual({ ok: false, error: "Wrong email or password." });
    for (let attempt = 2; attempt <= 5; attempt++) expect((await client.signIn(email, "wrong-password!")).error).toBe("Wrong email or password.");
    // The sixth attempt comes too early: 429, how long to wait, and no password is checked.
    const early = await client.signIn(email, password);
    expect(early.ok).toBe(false);
    expect(client.lastSignIn?.status).toBe(429);
    const retryAfter = Number(client.lastSignIn?.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(early.error).toBe(`Too many sign-in attempts. Try again in ${retryAfter} s.`);
    // After the wait, the right password signs in: a delay, never a lockout.
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
    expect(await client.signIn(email, password)).toEqual({ ok: true, error: null });
  });

  it("lets the owner sign in at once while someone else hammers the account (known-device cookie)", async () => {
    const owner = new TestClient();
    const email = uniqueEmail("owner");
    await owner.request("/api/register", { method: "POST", json: { email, name: "Owner", password } });
    expect((await owner.signIn(email, password)).ok).toBe(true);
    expect(owner.cookieNames()).toContain("designdrill.known-device");
    await owner.signOut();
    const attacker = new TestClient();
    for (let attempt = 0; attempt < 7; attempt++) await attacker.signIn(email, `guess-${attempt}-password`);
    expect(attacker.lastSignIn?.status).toBe(429);
    expect(await owner.signIn(email, password)).toEqual({ ok: true, error: null });
  });

  it("answers invalid JSON, a non-object and non-string fields at the credentials callback with 400, never a 500", async () => {
    const client = new TestClient();
    for (const [body, path] of [["{not json", "body"], ["[1,2]", "body"], [JSON.stringify({ email: { $ne: 1 }, password: "x" }), "email"]] as const) {
      const response = await client.request("/api/auth/callback/credentials", { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(response.status, body).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(((await response.json()) as { problems: { path: string }[] }).problems[0]?.path).toBe(path);
    }
  });

  it("refuses passwords over bcrypt's 72 bytes at registration, and never signs in with a truncated one", async () => {
    const client = new TestClient();
    const long = "ü".repeat(37); // 74 bytes in UTF-8, 37 characters
    const refused = await client.request("/api/register", { method: "POST", json: { email: uniqueEmail("long"), name: "Long", password: long } });
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as { problems: { path: string; message: string }[] };
    expect(problem.problems).toEqual([{ path: "password", message: expect.stringMatching(/at most 72 bytes/), text: { key: "problems.field.passwordBytes", params: { max: 72 } } }]);
    const email = uniqueEmail("exact");
    const exact = "a".repeat(72);
    expect((await client.request("/api/register", { method: "POST", json: { email, name: "Exact", password: exact } })).status).toBe(201);
    // bcrypt alone would accept any suffix after the 72nd byte.
    expect((await client.signIn(email, `${exact}suffix`)).ok).toBe(false);
    expect((await client.signIn(email, exact)).ok).toBe(true);
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
    // The verdicts only: migration names and error texts (which can name the data folder or a
    // pid) are for admins.
    expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: { status: "ok" } });
  });
});
