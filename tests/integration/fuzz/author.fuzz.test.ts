import fs from "node:fs";
import fc from "fast-check";
import { NextRequest } from "next/server";
import YAML from "yaml";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { validPrompt } from "../../unit/prompts/fixture";

/**
 * Property-based fuzzing of the author routes, in-process against a real embedded database:
 * prompt documents broken at any field, stale or absurd base versions, arbitrary YAML files and
 * matcher questions. Whatever arrives, the answer is never a 5xx, and every 400 names a field.
 * Only the identity lookup is replaced (route handlers ask next-auth, which needs a server).
 */
const state = vi.hoisted(() => {
  const dataDir = `${process.env.TMPDIR ?? "/tmp"}/designdrill-author-fuzz-${process.pid}-${Date.now()}`;
  Object.assign(process.env, { DATA_DIR: dataDir, DATABASE_URL: "", NEXTAUTH_URL: "http://localhost:3000", NEXTAUTH_SECRET: "fuzz-secret-not-for-production-0123456789" });
  return { dataDir, user: null as null | { id: string; email: string; name: string; role: "INSTRUCTOR" } };
});

vi.mock("@/lib/session", async () => {
  const { AppError } = await import("@/lib/errors");
  const requireUser = async () => {
    if (!state.user) throw new AppError("unauthorized", "Sign in to continue.");
    return state.user;
  };
  return { getSession: async () => state.user, requireUser, requireRole: requireUser, hasRole: () => true, requirePageUser: requireUser };
});

const { openAdapter } = await import("@/lib/db/adapter");
const { applyPendingMigrations } = await import("@/lib/db/migrations");
const { closeDb, db } = await import("@/lib/db");
const { closeSimulationPool } = await import("@/lib/simulation/pool");
const promptsRoute = await import("@/app/api/author/prompts/route");
const versionsRoute = await import("@/app/api/author/prompts/[slug]/versions/route");
const importRoute = await import("@/app/api/author/import/route");
const whichFactRoute = await import("@/app/api/author/which-fact/route");

const ORIGIN = "http://localhost:3000";

beforeAll(async () => {
  fs.mkdirSync(state.dataDir, { recursive: true });
  const adapter = openAdapter({ kind: "pglite", dataDir: state.dataDir });
  await applyPendingMigrations(adapter.factory);
  await adapter.close();
  const created = await db().user.create({ data: { email: "author-fuzz@example.com", name: "Fuzz", passwordHash: "x", role: "INSTRUCTOR" }, select: { id: true, email: true, name: true } });
  state.user = { ...created, role: "INSTRUCTOR" };
  const response = await promptsRoute.POST(post("/api/author/prompts", JSON.stringify({ document: validPrompt() })));
  expect(response.status).toBe(201);
});

afterAll(async () => {
  await closeSimulationPool();
  await closeDb();
  fs.rmSync(state.dataDir, { recursive: true, force: true });
});

function post(pathname: string, body: string): NextRequest {
  return new NextRequest(`${ORIGIN}${pathname}`, { method: "POST", headers: { origin: ORIGIN, "content-type": "application/json" }, body });
}

async function expectWellFormed(response: Response, input: unknown): Promise<void> {
  const context = JSON.stringify(input)?.slice(0, 400);
  expect(response.status, context).toBeLessThan(500);
  if (response.status === 400) {
    const problem = (await response.json()) as { problems?: { path: string; message: string }[] };
    expect(problem.problems?.length, context).toBeGreaterThan(0);
    for (const entry of problem.problems ?? []) expect(entry.path, context).toMatch(/\S/);
  }
}

const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom("", " ", "\u0000", "\ud800", "../../etc/passwd", "<script>alert(1)</script>", "x".repeat(20_000), "유저 수"),
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
);

/** The valid fixture with one field (at any depth) replaced, removed or added. */
const brokenPrompt = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom("facts", "probes", "referenceDesign", "design", "nodes", "edges", "sets", "ko", "when", "requirements", "title", "slug", "dailyActiveUsers", "phases", "rubric"), fc.nat({ max: 3 })), { minLength: 1, maxLength: 5 }), nasty)
  .map(([path, value]) => {
    const doc = validPrompt() as Record<string, unknown>;
    let at: Record<string | number, unknown> = doc;
    for (const key of path.slice(0, -1)) {
      const next = at[key];
      if (typeof next !== "object" || next === null) break;
      at = next as Record<string | number, unknown>;
    }
    at[path[path.length - 1]] = value;
    return doc;
  });

describe("fuzzing the author routes in-process", () => {
  it("POST /api/author/prompts/:slug/versions: any draft is saved, a 400 naming fields, a 404 or a 409", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer({ min: -5, max: 200_000 }), nasty), brokenPrompt, async (baseVersion, document) => {
        const input = { baseVersion, document: { ...document, slug: "tiny-service" } };
        await expectWellFormed(await versionsRoute.POST(post("/api/author/prompts/tiny-service/versions", JSON.stringify(input)), { params: Promise.resolve({ slug: "tiny-service" }) }), input);
      }),
      { numRuns: 60 },
    );
  });

  it("POST /api/author/prompts: any new prompt is created, a 400 naming fields or a 409", async () => {
    await fc.assert(
      fc.asyncProperty(brokenPrompt, async (document) => {
        await expectWellFormed(await promptsRoute.POST(post("/api/author/prompts", JSON.stringify({ document }))), document);
      }),
      { numRuns: 60 },
    );
  });

  it("POST /api/author/import: any file is imported or a 400 naming fields", async () => {
    const files = fc.oneof(
      brokenPrompt.map((doc) => YAML.stringify(doc)),
      fc.string({ maxLength: 2000 }),
      fc.constantFrom("a: &a [*a, *a]\nb: *a", "slug: [unclosed", "- 1\n- 2", "!!js/function 'x'", `${"a: ".repeat(400)}1`),
    );
    await fc.assert(
      fc.asyncProperty(files, async (yaml) => {
        await expectWellFormed(await importRoute.POST(post("/api/author/import", JSON.stringify({ yaml }))), yaml);
      }),
      // A lone surrogate written as a YAML escape once reached the database (a 500); always tried.
      { numRuns: 80, examples: [[YAML.stringify({ ...validPrompt(), title: "\ud800" })], ['title: "a\\0b"']] },
    );
  });

  it("POST /api/author/which-fact: any question and facts get an answer or a 400 naming fields", async () => {
    const facts = fc.oneof(fc.constant((validPrompt() as { facts: unknown[] }).facts), fc.array(nasty, { maxLength: 3 }), brokenPrompt.map((doc) => doc.facts));
    await fc.assert(
      fc.asyncProperty(fc.oneof(nasty, fc.string({ maxLength: 200 })), facts, async (question, list) => {
        const input = { question, facts: list };
        await expectWellFormed(await whichFactRoute.POST(post("/api/author/which-fact", JSON.stringify(input))), input);
      }),
      { numRuns: 60 },
    );
  });
});
