import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent, formatProblems } from "@/lib/content/check";

// `npm run content:check` runs this function: the real content must be clean, and a broken
// copy must name the file and the field of every slip.

const CONTENT = path.join(import.meta.dirname, "../../../content");
const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

async function brokenCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "content-check-"));
  temps.push(dir);
  await cp(CONTENT, dir, { recursive: true });
  const edit = async (file: string, from: string, to: string) => {
    const full = path.join(dir, file);
    const text = await readFile(full, "utf8");
    expect(text).toContain(from);
    await writeFile(full, text.replace(from, to));
  };
  // A typo in a requirement field, an intent that is no topic, an expert design for a prompt
  // that does not exist, and a design node with an unknown kind.
  await edit("prompts/rate-limiter.yaml", "sets: { dailyActiveUsers: 5000000 }", "sets: { dailyUsers: 5000000 }");
  await edit("prompts/chat-system.yaml", "intents: [features]", "intents: [featurez]");
  await edit("designs/expert/39-rate-limiter-counters-without-redis.yaml", "prompt: rate-limiter", "prompt: rate-limitter");
  await edit("designs/01-single-server.json", '"kind": "client"', '"kind": "browser"');
  return dir;
}

describe("checkContent", () => {
  it("finds no problem in the real content folder", async () => {
    const problems = await checkContent(CONTENT);
    expect(formatProblems(problems)).toBe("");
  }, 60_000);

  it("names the file and the field of each problem in a broken copy", async () => {
    const problems = await checkContent(await brokenCopy());
    const where = problems.map((p) => `${p.file} ${p.path}`);
    expect(where).toContain("prompts/rate-limiter.yaml facts[2].sets.dailyUsers");
    expect(where).toContain("prompts/chat-system.yaml facts[0].intents[0]");
    expect(where).toContain("designs/expert/39-rate-limiter-counters-without-redis.yaml prompt");
    expect(where.some((w) => w.startsWith("designs/01-single-server.json design.nodes[0].kind"))).toBe(true);
    expect(formatProblems(problems)).toMatch(/prompts\/rate-limiter\.yaml facts\[2\]\.sets\.dailyUsers: "dailyUsers" is not a requirement field/);
  }, 60_000);
});
