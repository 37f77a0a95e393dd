/**
 * `npm run content:check [folder]`: validates every content file (default `content/`) and prints
 * one line per problem with its file and field. Exit 0 when clean, 1 on any problem.
 */
import path from "node:path";
import { checkContent, formatProblems } from "./check.ts";

const root = path.resolve(process.argv[2] ?? path.join(process.cwd(), "content"));
const problems = await checkContent(root);
if (problems.length > 0) {
  process.stderr.write(`${formatProblems(problems)}\n${problems.length} problem(s) in ${root}\n`);
  process.exit(1);
}
process.stdout.write(`content OK: every file under ${root} is valid\n`);
