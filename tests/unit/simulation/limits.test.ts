import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SIMULATION_LIMITS, simulationLimitProblems } from "@/lib/simulator/limits";
import type { DesignDocument } from "@/lib/simulator/schema";
import { generateDesign } from "../../bench/simulator";
import { ladder } from "./ladder";

const designs = path.join(import.meta.dirname, "../../../content/designs");

describe("what is meaningful to simulate", () => {
  it("lets every example design and the benchmark's 300-node design through", () => {
    expect(simulationLimitProblems(generateDesign(300))).toEqual([]);
    for (const file of fs.readdirSync(designs).filter((name) => name.endsWith(".json"))) {
      const document = JSON.parse(fs.readFileSync(path.join(designs, file), "utf8")) as DesignDocument;
      expect(simulationLimitProblems(document), file).toEqual([]);
    }
  });

  it("lets the 20-layer ladder through (the simulator's own bounds decide) and refuses a 30-layer one, naming the edges", () => {
    expect(simulationLimitProblems(ladder(20))).toEqual([]);
    const problems = simulationLimitProblems(ladder(30));
    expect(problems).toEqual([
      expect.objectContaining({ path: "design.edges", message: `a request path crosses 32 nodes; at most ${SIMULATION_LIMITS.layers} layers are allowed` }),
    ]);
  });

  it("refuses a node with more outgoing edges than the fan-out cap, naming the node", () => {
    const document = ladder(1);
    const extra = Array.from({ length: SIMULATION_LIMITS.fanOut }, (_, i) => ({ id: `web-${i}`, kind: "web_server" as const }));
    document.design.nodes.push(...extra);
    document.design.edges.push(...extra.map((node) => ({ from: "client", to: node.id })));
    const problems = simulationLimitProblems(document);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe("design.nodes[0]");
    expect(problems[0]!.message).toBe(
      `"client" has ${SIMULATION_LIMITS.fanOut + 2} outgoing edges; at most ${SIMULATION_LIMITS.fanOut} are allowed (put a pool behind one node with "instances")`,
    );
  });
});
