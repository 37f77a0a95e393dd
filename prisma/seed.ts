/**
 * npm run db:seed — idempotent demo data: the demo accounts (credentials in the README) and
 * the prompts in content/prompts, loaded as versions. Safe to run again: nothing is duplicated.
 */
import path from "node:path";
import { hashPassword, verifyPassword } from "../lib/auth/password";
import { syncPrompts } from "../lib/catalog/sync-prompts";
import { closeDb, db } from "../lib/db";
import { loadPromptFiles } from "../lib/prompts/load-content";
import { createSampleSession } from "../lib/sessions/sample-session";

const DEMO_ACCOUNTS = [
  { email: "candidate@designdrill.dev", name: "Demo Candidate", password: "practice-makes-perfect", role: "CANDIDATE" },
  { email: "instructor@designdrill.dev", name: "Demo Instructor", password: "teach-the-trade-offs", role: "INSTRUCTOR" },
  // A second instructor who runs no cohort of the first: shows (and tests) that cohorts keep
  // their members' sessions to their own instructors.
  { email: "coach@designdrill.dev", name: "Second Instructor", password: "another-point-of-view", role: "INSTRUCTOR" },
] as const;

async function main() {
  const client = db();
  for (const account of DEMO_ACCOUNTS) {
    const existing = await client.user.findUnique({ where: { email: account.email } });
    if (existing && (await verifyPassword(account.password, existing.passwordHash)) && existing.role === account.role) continue;
    const passwordHash = await hashPassword(account.password);
    await client.user.upsert({
      where: { email: account.email },
      update: { passwordHash, role: account.role, name: account.name },
      create: { email: account.email, name: account.name, passwordHash, role: account.role },
    });
  }
  console.log(`Seed: demo accounts ready (${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}).`);

  const { prompts, problems } = await loadPromptFiles(path.resolve("content/prompts"));
  if (problems.length > 0) {
    for (const problem of problems) console.error(`  ${problem.file} ${problem.path}: ${problem.message}`);
    throw new Error(`${problems.length} problem(s) in content/prompts; fix them and run the seed again.`);
  }
  const result = await syncPrompts(client, prompts);
  console.log(
    `Seed: prompts ${result.created.length} new, ${result.updated.length} updated, ${result.unchanged.length} unchanged.`,
  );
  // A file that changed under a version edited in the app: said out loud, never silently applied.
  for (const note of result.notes) console.warn(`Seed: ${note}`);

  // A first visit has something to look at: one finished interview with its report and replay.
  const candidate = await client.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true } });
  if ((await client.interviewSession.count({ where: { userId: candidate.id } })) === 0) {
    const sample = await createSampleSession(client, candidate.id);
    console.log(`Seed: a finished sample interview for the demo candidate (${sample.id}).`);
  }
}

main()
  .then(async () => {
    await closeDb();
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`);
    await closeDb().catch(() => {});
    process.exit(1);
  });
