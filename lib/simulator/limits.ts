import type { DesignDocument } from "./schema.ts";
import { text } from "./text.ts";
import { validationProblem, type ValidationProblem } from "./validate.ts";

/**
 * What is meaningful to simulate, beyond the node and edge counts the schema caps
 * (DESIGN_LIMITS). The example designs in content/designs stay under a fan-out of 8;
 * the caps leave room several times over, and stop the shapes whose cost is all combinatorics:
 *
 *  1. Fan-out: at most 64 outgoing edges per node. Real tiers fan out to a pool behind one
 *     load balancer node (`instances`), not to dozens of separate boxes; 64 still admits the
 *     benchmark's 300-node design (a balancer in front of 46 web servers).
 *  2. Layers: a request path crosses at most 24 nodes (the longest path from a client in the
 *     acyclic part of the graph, counted in nodes). A front door, a CDN, two balancers, a web
 *     tier, a service mesh of a few hops, caches, queues, workers and databases fit in 12.
 *
 * Checked in the app before a design is sent to the simulator's worker pool
 * (lib/simulation/run-simulation.ts); linear in nodes + edges. Cycles are ignored here: the
 * simulator reports them itself.
 */
export const SIMULATION_LIMITS = { fanOut: 64, layers: 24 } as const;

export function simulationLimitProblems(doc: DesignDocument): ValidationProblem[] {
  const { nodes, edges } = doc.design;
  const problems: ValidationProblem[] = [];
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const outgoing = nodes.map(() => [] as number[]);
  const indegree = nodes.map(() => 0);
  for (const edge of edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    outgoing[from]!.push(to);
    indegree[to]!++;
  }
  outgoing.forEach((targets, i) => {
    if (targets.length > SIMULATION_LIMITS.fanOut) {
      problems.push(
        validationProblem(`design.nodes[${i}]`, text("simulator.validation.fanOut", { id: nodes[i]!.id, count: targets.length, max: SIMULATION_LIMITS.fanOut })),
      );
    }
  });
  // Longest path, in nodes, by Kahn's order: every node's depth is settled before its successors.
  const depth = nodes.map(() => 1);
  const queue = indegree.flatMap((count, i) => (count === 0 ? [i] : []));
  let deepest = nodes.length > 0 ? 1 : 0;
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    for (const next of outgoing[at]!) {
      depth[next] = Math.max(depth[next]!, depth[at]! + 1);
      deepest = Math.max(deepest, depth[next]!);
      if (--indegree[next]! === 0) queue.push(next);
    }
  }
  if (deepest > SIMULATION_LIMITS.layers) {
    problems.push(validationProblem("design.edges", text("simulator.validation.layers", { count: deepest, max: SIMULATION_LIMITS.layers })));
  }
  return problems;
}
