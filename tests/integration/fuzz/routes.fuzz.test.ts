import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * Property-based fuzzing of the route handlers, in-process against a real embedded database:
 * design documents, events, registration and login. Whatever arrives, the answer is never a 5xx,
 * and every 400 names at least one field. Only the identity lookup is replaced (route handlers
 * ask next-auth, which needs a running Next server), bcrypt runs at a low cost so thousands of
 * cases fit in the run, and next-auth's own handler is reduced to what it does for us: call
 * authorize() with the form fields.
 */
const state = vi.hoisted(() => {
  const dataDir = `${process.env.TMPDIR ?? "/tmp"}/designdrill-fuzz-${process.pid}-${Date.now()}`;
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    NEXTAUTH_URL: "http://localhost:3000",
    NEXTAUTH_SECRET: "fuzz-secret-not-for-production-0123456789",
    TRUST_PROXY: "1",
  });
  return { dataDir, user: null as null | { id: string; email: string; name: string; role: "CANDIDATE" } };
});

vi.mock("@/lib/session", async () => {
  const { AppError } = await import("@/lib/errors");
  const requireUser = async () => {
    if (!state.user) throw new AppError("unauthorized", "Sign in to continue.");
    return state.user;
  };
  // One session's routes answer a signed-out caller 404, as they answer a stranger.
  const requireSessionReader = async () => {
    if (!state.user) throw new AppError("not_found", "Session not found.");
    return state.user;
  };
  return { getSession: async () => state.user, requireUser, requireRole: requireUser, requireSessionReader, hasRole: () => false, requirePageUser: requireUser };
});

vi.mock("@/lib/auth/password", async () => {
  const bcrypt = (await import("bcryptjs")).default;
  return { hashPassword: (password: string) => bcrypt.hash(password, 4), verifyPassword: (password: string, hash: string) => bcrypt.compare(password, hash) };
});

vi.mock("next-auth", () => ({
  default: async (req: Request) => {
    const { authOptions, WRONG_CREDENTIALS } = await import("@/lib/auth/options");
    const provider = authOptions().providers[0] as unknown as { options: { authorize: (fields: unknown, req: unknown) => Promise<unknown> } };
    const fields = Object.fromEntries(new URLSearchParams(await req.text()));
    try {
      await provider.options.authorize(fields, { headers: Object.fromEntries(req.headers) });
      return Response.json({ url: "/home" }, { status: 200, headers: { "set-cookie": "next-auth.session-token=fuzz; Path=/" } });
    } catch (error) {
      // authorize() refuses with this message; anything else would be a bug, and a 500.
      if ((error as Error).message === WRONG_CREDENTIALS) return Response.json({ url: "/login?error=x" }, { status: 401 });
      throw error;
    }
  },
}));

const { openAdapter } = await import("@/lib/db/adapter");
const { applyPendingMigrations } = await import("@/lib/db/migrations");
const { db, closeDb } = await import("@/lib/db");
const { syncPrompts } = await import("@/lib/catalog/sync-prompts");
const { loadPromptFiles } = await import("@/lib/prompts/load-content");
const { startSession } = await import("@/lib/sessions/start-session");
const { closeSimulationPool } = await import("@/lib/simulation/pool");
const simulateRoute = await import("@/app/api/simulate/route");
const eventsRoute = await import("@/app/api/sessions/[id]/events/route");
const registerRoute = await import("@/app/api/register/route");
const { handleAuthRequest } = await import("@/lib/auth/auth-route");
const { NODE_KINDS } = await import("@/lib/simulator/schema");

const ORIGIN = "http://localhost:3000";
let sessionId = "";

beforeAll(async () => {
  fs.mkdirSync(state.dataDir, { recursive: true });
  const adapter = openAdapter({ kind: "pglite", dataDir: state.dataDir });
  await applyPendingMigrations(adapter.factory);
  await adapter.close();
  const { prompts } = await loadPromptFiles(path.resolve("content/prompts"));
  await syncPrompts(db(), prompts);
  const created = await db().user.create({ data: { email: "fuzz@example.com", name: "Fuzz", passwordHash: "x" }, select: { id: true, email: true, name: true } });
  state.user = { ...created, role: "CANDIDATE" };
  sessionId = (await startSession(db(), created.id, { slug: "scale-to-millions", mode: "PRACTICE" })).id;
});

afterAll(async () => {
  await closeSimulationPool();
  await closeDb();
  fs.rmSync(state.dataDir, { recursive: true, force: true });
});

function post(pathname: string, body: string, contentType = "application/json", extra: Record<string, string> = {}): NextRequest {
  return new NextRequest(`${ORIGIN}${pathname}`, { method: "POST", headers: { origin: ORIGIN, "content-type": contentType, ...extra }, body });
}

/** No 5xx; a 400 names a field; every error is problem+json. */
async function expectWellFormed(response: Response, input: unknown): Promise<void> {
  const context = JSON.stringify(input)?.slice(0, 400);
  expect(response.status, context).toBeLessThan(500);
  if (response.status >= 400 && response.status !== 401) {
    expect(response.headers.get("content-type"), context).toBe("application/problem+json");
  }
  if (response.status === 400) {
    const problem = (await response.json()) as { problems?: { path: string; message: string }[] };
    expect(problem.problems?.length, context).toBeGreaterThan(0);
    for (const entry of problem.problems ?? []) {
      expect(entry.path, context).toMatch(/\S/);
      expect(entry.message, context).toMatch(/\S/);
    }
  }
}

// ---- arbitraries ----------------------------------------------------------------------------

const extremeNumber = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 1e-300, 1e300, -1e300, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, 72, 10_000, 1e9),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "\ud800", "\udc00x", "../../etc/passwd", "<script>alert(1)</script>", "srv-x", "x".repeat(5_000), "𝕏".repeat(40)),
);
const leaf = fc.oneof(extremeNumber, nasty, fc.boolean(), fc.constant(null));
const anyJson = fc.jsonValue({ maxDepth: 4 });
const nodeId = fc.constantFrom("users", "lb", "web", "db", "cache", "q", "w", "cdn", "", "x".repeat(70), "a b");

const node = fc.record(
  {
    id: nodeId,
    kind: fc.oneof(fc.constantFrom(...NODE_KINDS), nasty),
    instances: fc.oneof(extremeNumber, fc.integer({ min: 1, max: 20 })),
    region: fc.constantFrom("us-east", "eu-west", "", "x".repeat(100)),
    capacityRpsPerInstance: extremeNumber,
    serviceTimeMs: extremeNumber,
    availabilityPerInstance: extremeNumber,
    role: fc.constantFrom("primary", "replica", "other"),
    replicaOf: nodeId,
    memoryGb: extremeNumber,
    ttlSeconds: extremeNumber,
  },
  { requiredKeys: ["id", "kind"] },
);
const edge = fc.record({ from: nodeId, to: nodeId }, { requiredKeys: ["from", "to"] });
const requirements = fc.record(
  {
    dailyActiveUsers: extremeNumber,
    readsPerUserPerDay: extremeNumber,
    writesPerUserPerDay: extremeNumber,
    peakToAverageRatio: extremeNumber,
    bytesPerRead: extremeNumber,
    latencyP99Ms: extremeNumber,
    availabilityTarget: extremeNumber,
    mediaShareOfWrites: extremeNumber,
    hotKeyShareOfReads: extremeNumber,
    userRegions: fc.array(fc.constantFrom("us-east", "eu-west", ""), { maxLength: 3 }),
    consistency: fc.constantFrom("eventual", "strong", "other"),
  },
  { requiredKeys: [] },
);
const scenario = fc.oneof(
  fc.record({ kind: fc.constantFrom("baseline", "cdn_outage", "cache_cold") }),
  fc.record({ kind: fc.constant("instance_failure"), node: nodeId, instances: extremeNumber }),
  fc.record({ kind: fc.constant("node_down"), node: nodeId }),
  fc.record({ kind: fc.constant("region_outage"), region: fc.constantFrom("us-east", "eu-west", "mars") }),
  fc.record({ kind: fc.constant("traffic_spike"), factor: extremeNumber }),
  fc.record({ kind: fc.constant("hot_key"), shareOfReads: extremeNumber }),
);
const designDocument = fc.record(
  {
    version: fc.oneof(fc.constant(1), leaf),
    requirements: fc.oneof(requirements, leaf),
    design: fc.oneof(fc.record({ nodes: fc.array(node, { maxLength: 12 }), edges: fc.array(edge, { maxLength: 20 }) }), leaf),
    scenarios: fc.array(scenario, { maxLength: 4 }),
    extra: anyJson,
  },
  { requiredKeys: ["version", "requirements", "design"] },
);

/** A body: a generated value as JSON, or raw text (broken JSON, deep nesting, nothing). */
function asBody<T>(value: fc.Arbitrary<T>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: value.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }).map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`) },
    { weight: 1, arbitrary: value.map((v) => JSON.stringify(v).slice(0, -1)) },
  );
}

const clientEvent = fc.oneof(
  fc.record({ id: fc.stringMatching(/^[a-z0-9-]{8,20}$/), type: fc.constant("question_asked"), payload: fc.record({ text: nasty }) }),
  fc.record({ id: fc.stringMatching(/^[a-z0-9-]{8,20}$/), type: fc.constant("requirement_set"), payload: fc.record({ field: fc.constantFrom("dailyActiveUsers", "latencyP99Ms", "nope"), value: leaf, source: fc.constantFrom("assumption", "fact") }) }),
  fc.record({ id: fc.stringMatching(/^[a-z0-9-]{8,20}$/), type: fc.constant("estimate_set"), payload: fc.record({ field: fc.constantFrom("readQps", "x"), value: leaf }) }),
  fc.record({ id: fc.stringMatching(/^[a-z0-9-]{8,20}$/), type: fc.constant("design_set"), payload: fc.record({ design: fc.record({ nodes: fc.array(node, { maxLength: 8 }), edges: fc.array(edge, { maxLength: 10 }) }), layout: fc.constant({}) }) }),
  fc.record({ id: fc.stringMatching(/^[a-z0-9-]{8,20}$/), type: fc.constant("note_set"), payload: fc.record({ doc: anyJson }) }),
  fc.record({ id: fc.oneof(nasty, fc.constant("srv-forged-01")), type: fc.oneof(nasty, fc.constantFrom("interviewer_replied", "submitted", "phase_advanced")), payload: anyJson }),
);

// ---- properties -----------------------------------------------------------------------------

describe("fuzzing the route handlers in-process", () => {
  it("POST /api/simulate: any design document is a report, a 400 naming fields, a 422 or a 429", async () => {
    await fc.assert(
      fc.asyncProperty(asBody(designDocument), async (body) => {
        state.user = { ...state.user!, id: `fuzz-sim-${Math.floor(Math.random() * 1e9)}` }; // one rate-limit bucket per case
        await expectWellFormed(await simulateRoute.POST(post("/api/simulate", body)), body);
      }),
      { numRuns: 700 },
    );
  });

  it("POST /api/sessions/:id/events: any batch is acknowledged, a 400 naming fields, or a 409", async () => {
    const owner = state.user!;
    await fc.assert(
      fc.asyncProperty(asBody(fc.record({ events: fc.array(clientEvent, { minLength: 0, maxLength: 4 }) })), fc.oneof({ weight: 9, arbitrary: fc.constant(sessionId) }, { weight: 1, arbitrary: nasty }), async (body, id) => {
        state.user = owner;
        const response = await eventsRoute.POST(post("/api/sessions/fuzzed/events", body), { params: Promise.resolve({ id }) });
        await expectWellFormed(response, { id, body });
      }),
      { numRuns: 900 },
    );
  });

  it("POST /api/register: any registration is created, a 400 naming fields or a 409", async () => {
    const registration = fc.record(
      { email: fc.oneof(fc.emailAddress(), nasty), name: nasty, password: fc.oneof(nasty, fc.string({ minLength: 10, maxLength: 80 })), role: fc.constant("ADMIN") },
      { requiredKeys: ["email", "name", "password"] },
    );
    await fc.assert(
      fc.asyncProperty(asBody(registration), fc.ipV4(), async (body, address) => {
        await expectWellFormed(await registerRoute.POST(post("/api/register", body, "application/json", { "x-forwarded-for": address })), body);
      }),
      { numRuns: 600 },
    );
  });

  it("POST /api/auth/callback/credentials: any login is signed in, refused, a 400 naming a field, or a 429", async () => {
    await db().user.create({ data: { email: "known@example.com", name: "Known", passwordHash: await (await import("bcryptjs")).default.hash("a-correct-password", 4) } });
    const login = fc.record(
      { email: fc.oneof(fc.constant("known@example.com"), fc.emailAddress(), nasty, leaf), password: fc.oneof(fc.constant("a-correct-password"), nasty, leaf, fc.constant("p".repeat(100))), csrfToken: nasty, json: fc.constant("true") },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      asBody(login).map((text) => ({ text, type: "application/json" })),
      login.map((fields) => ({ text: new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)])).toString(), type: "application/x-www-form-urlencoded" })),
      fc.record({ text: fc.string(), type: fc.constantFrom("text/plain", "multipart/form-data", "") }),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.ipV4(), async ({ text, type }, address) => {
        const request = post("/api/auth/callback/credentials", text, type, { "x-forwarded-for": address });
        const response = await handleAuthRequest(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
        await expectWellFormed(response, text);
      }),
      { numRuns: 600 },
    );
  });
});

