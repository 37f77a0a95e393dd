import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

function ask(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "lib/interview/ask-cli.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    input,
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run ask", () => {
  it("answers one question as one JSON line", () => {
    const r = ask(["url-shortener", "How", "long", "do we keep the links?"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]);
    expect(answer).toEqual({ question: "How long do we keep the links?", factIds: ["retention"], answer: "Links must keep working for at least 10 years." });
  }, 120_000);

  it("reads questions from stdin, one JSON line per question, in order", () => {
    const r = ask(["news-feed"], "How many users do we have?\n\nCan I use Redis?\n사용자는 어디에 있나요?\n");
    expect(r.code).toBe(0);
    const answers = r.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(answers.map((a) => a.question)).toEqual(["How many users do we have?", "Can I use Redis?", "사용자는 어디에 있나요?"]);
    expect(answers.map((a) => a.factIds)).toEqual([["dau"], [], ["availability-regions"]]);
    expect(answers[1].answer).toMatch(/assum/i);
  }, 120_000);

  it("answers a question about the product the prompt is modelled on with our own figures", () => {
    const r = ask(["chat-system", "How many users does WhatsApp have?"]);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout.trim());
    expect(answer.factIds).toEqual(["dau"]);
    expect(answer.answer).toMatch(/^We're designing our own service like WhatsApp, not WhatsApp itself\. For ours: 50 million/);
  }, 120_000);

  it("exits 2 with a message for an unknown slug", () => {
    const r = ask(["no-such-prompt", "How many users?"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    // The message lists every prompt of the library, in order.
    const known = readdirSync("content/prompts").filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, "")).sort();
    expect(known.length).toBeGreaterThanOrEqual(3);
    expect(r.stderr).toContain(`unknown prompt slug "no-such-prompt"; known: ${known.join(", ")}`);
  }, 120_000);
});
