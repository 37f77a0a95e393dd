/**
 * A small Dockerfile lint of our own (no hadolint on these machines): what would make the image
 * fail to build or the server misbehave in it. Returns the problems, one line each.
 */
const INSTRUCTIONS = new Set(["FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"]);

export function lintDockerfile(text: string, exists: (file: string) => boolean): string[] {
  const problems: string[] = [];
  // Join continuation lines, keep the number of each instruction's first line.
  const instructions: { line: number; text: string }[] = [];
  let pending: { line: number; text: string } | null = null;
  text.split("\n").forEach((raw, index) => {
    const trimmed = raw.trim();
    if (!pending && (trimmed === "" || trimmed.startsWith("#"))) return;
    const current: { line: number; text: string } = pending ?? { line: index + 1, text: "" };
    current.text += ` ${trimmed.replace(/\\$/, "")}`;
    if (trimmed.endsWith("\\")) pending = current;
    else {
      instructions.push({ line: current.line, text: current.text.trim() });
      pending = null;
    }
  });
  const stages = new Set<string>();
  let sawFrom = false;
  for (const { line, text: instruction } of instructions) {
    const [keyword, ...rest] = instruction.split(/\s+/);
    const name = keyword.toUpperCase();
    if (!INSTRUCTIONS.has(name)) {
      problems.push(`line ${line}: unknown instruction ${keyword}`);
      continue;
    }
    if (!sawFrom && name !== "FROM" && name !== "ARG") problems.push(`line ${line}: the first instruction must be FROM (or ARG)`);
    if (name === "FROM") {
      sawFrom = true;
      const as = rest.findIndex((word) => word.toUpperCase() === "AS");
      if (as >= 0 && rest[as + 1]) stages.add(rest[as + 1]);
    }
    if (name === "COPY" || name === "ADD") {
      const words = rest.filter((word) => !word.startsWith("--"));
      const fromStage = rest.find((word) => word.startsWith("--from="));
      if (fromStage && !stages.has(fromStage.slice("--from=".length))) problems.push(`line ${line}: ${fromStage} names no earlier stage`);
      if (!fromStage) {
        for (const source of words.slice(0, -1)) {
          if (source !== "." && !exists(source)) problems.push(`line ${line}: ${name} source ${source} does not exist`);
        }
      }
    }
    if (name === "CMD" || name === "ENTRYPOINT") {
      const argument = rest.join(" ");
      let execForm = false;
      try {
        execForm = Array.isArray(JSON.parse(argument));
      } catch {
        execForm = false;
      }
      if (!execForm) problems.push(`line ${line}: ${name} should use the exec form (a JSON array) so signals reach the server`);
    }
    if (name === "EXPOSE" && !rest.every((port) => /^\d+(\/(tcp|udp))?$/.test(port))) problems.push(`line ${line}: EXPOSE needs port numbers`);
  }
  if (!instructions.some(({ text: instruction }) => /^USER\s+(?!root\b|0\b)\S+/i.test(instruction))) problems.push("no USER: the server would run as root");
  if (!instructions.some(({ text: instruction }) => /^HEALTHCHECK\s/i.test(instruction))) problems.push("no HEALTHCHECK");
  return problems;
}
