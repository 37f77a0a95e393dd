/**
 * `npm run ask -- <prompt-slug> ["question"]`: what the interviewer answers, as one JSON line
 * `{"question", "factIds", "answer"}`. Without a question it reads standard input line by line
 * and prints one JSON line per non-empty line, in order. Each question is answered on its own
 * (no conversation state). Exit 2 with a message for an unknown slug or bad usage.
 */
import path from "node:path";
import { createInterface } from "node:readline";
import { loadPromptFiles } from "@/lib/prompts/load-content";
import { replyFor } from "./matcher.ts";
import { afterLead, matchAsOurs, modelProducts } from "./modelled-on.ts";
import { sharedInterviewer } from "./intent/understand.ts";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const [slug, ...rest] = process.argv.slice(2);
  if (!slug || slug.startsWith("-")) fail('usage: npm run ask -- <prompt-slug> ["question"]   (no question: one per line on stdin)');
  const { prompts, problems } = await loadPromptFiles(path.join(process.cwd(), "content", "prompts"));
  const prompt = prompts.find((p) => p.slug === slug);
  if (!prompt) {
    const broken = problems.length > 0 ? ` (${problems.length} prompt file problems: ${problems.map((p) => `${p.file} ${p.path}`).join(", ")})` : "";
    fail(`unknown prompt slug "${slug}"; known: ${prompts.map((p) => p.slug).join(", ")}${broken}`);
  }
  const interviewer = sharedInterviewer();
  const products = modelProducts([prompt.statement, prompt.summary]);
  const answer = (question: string) => {
    const { match, lead } = matchAsOurs(question, prompt.facts, products, interviewer);
    process.stdout.write(`${JSON.stringify({ question, factIds: match.factIds, answer: afterLead(lead, replyFor(match, prompt.facts)) })}\n`);
  };
  if (rest.length > 0) {
    answer(rest.join(" "));
    return;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim().length > 0) answer(line.trim());
  }
}

await main();
