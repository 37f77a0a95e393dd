/**
 * `npx tsx lib/simulator/cli.ts <file.json> [--summary]`: prints the report as JSON
 * (or a table with --summary). Exit 0 on success; 2 for unreadable or invalid input, with every
 * problem and its JSON path on stderr. The only simulator file that touches fs or process.
 */
import { readFileSync } from "node:fs";
import { simulate, validateDesignDocument } from "./index.ts";
import { formatSummary } from "./summary-table.ts";

type Args = { file: string | null; summary: boolean; problems: string[] };

export function parseArgs(argv: string[]): Args {
  const args: Args = { file: null, summary: false, problems: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--summary") args.summary = true;
    // Nothing samples any more (latency laws are exact), so there is no seed to choose.
    else if (a.startsWith("--")) args.problems.push(`unknown option ${a}`);
    else if (args.file === null) args.file = a;
    else args.problems.push(`unexpected argument ${a}`);
  }
  if (args.file === null) args.problems.push("usage: simulate <design.json> [--summary]");
  return args;
}

function fail(lines: string[]): never {
  process.stderr.write(lines.join("\n") + "\n");
  process.exit(2);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.problems.length > 0) fail(args.problems);
  let text: string;
  try {
    text = readFileSync(args.file!, "utf8");
  } catch (e) {
    fail([`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? "error"}`]);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    fail([`${args.file}: invalid JSON: ${(e as Error).message}`]);
  }
  const result = validateDesignDocument(input);
  if (!result.ok) fail([`${args.file}: ${result.problems.length} problem(s)`, ...result.problems.map((p) => `${p.path}: ${p.message}`)]);
  const report = simulate(result.document);
  process.stdout.write(args.summary ? formatSummary(report) : JSON.stringify(report, null, 2) + "\n");
}

main();
