/**
 * Walks over a routing plan. The router shares sub-plans between callers, so a plan is a DAG
 * whose number of paths can be exponential in its size (a ladder of load balancers each linked
 * to both of the next layer's); every walk here visits each plan node once, so its cost is the
 * size of the DAG (O(edges × classes)), never the number of paths.
 */
import type { ModelNode } from "./graph.ts";
import type { Plan } from "./routing.ts";

/** Children of a plan node, in order. `mainOnly` leaves out fallback backups. */
export function children(plan: Plan, mainOnly = false): Plan[] {
  switch (plan.t) {
    case "seq":
      return plan.steps;
    case "mix":
    case "split":
      return plan.options.map((o) => o.plan);
    case "fallback":
      return mainOnly ? [plan.main] : [plan.main, plan.backup];
    case "async":
      return [plan.plan];
    default:
      return [];
  }
}

const orderMemo = [new WeakMap<Plan, Plan[]>(), new WeakMap<Plan, Plan[]>()];

/** Plan nodes reachable from `root`, parents before children (reverse post-order); memoised (plans are immutable). */
export function topologicalOrder(root: Plan, mainOnly = false): Plan[] {
  const memo = orderMemo[mainOnly ? 1 : 0];
  const known = memo.get(root);
  if (known) return known;
  const order = computeOrder(root, mainOnly);
  memo.set(root, order);
  return order;
}

function computeOrder(root: Plan, mainOnly: boolean): Plan[] {
  const seen = new Set<Plan>();
  const post: Plan[] = [];
  // Iterative DFS: a 40-layer ladder must not depend on the call stack's depth.
  const stack: { plan: Plan; next: number; kids: Plan[] }[] = [{ plan: root, next: 0, kids: children(root, mainOnly) }];
  seen.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.kids.length) {
      const child = top.kids[top.next++];
      if (!seen.has(child)) {
        seen.add(child);
        stack.push({ plan: child, next: 0, kids: children(child, mainOnly) });
      }
    } else {
      post.push(top.plan);
      stack.pop();
    }
  }
  return post.reverse();
}

/** Ids of the nodes a plan visits (main paths only when `mainOnly`). */
export function planVisits(plan: Plan, out = new Set<string>(), mainOnly = false): Set<string> {
  for (const p of topologicalOrder(plan, mainOnly)) if (p.t === "visit") out.add(p.node.id);
  return out;
}

/** Reasons of the Fail plans on the main paths (not behind a queue or a fallback). */
export function failReasons(plan: Plan): string[] {
  const out = new Set<string>();
  for (const p of topologicalOrder(plan, true)) if (p.t === "fail") out.add(p.reason);
  return [...out];
}

type Compiled = { order: Plan[]; kids: Int32Array[] };
const compiledMemo = [new WeakMap<Plan, Compiled>(), new WeakMap<Plan, Compiled>()];

/** The DAG as arrays: plans in topological order and each one's children as positions. */
function compiled(root: Plan, mainOnly: boolean): Compiled {
  const memo = compiledMemo[mainOnly ? 1 : 0];
  const known = memo.get(root);
  if (known) return known;
  const order = topologicalOrder(root, mainOnly);
  const position = new Map<Plan, number>(order.map((p, i) => [p, i]));
  const kids = order.map((p) => Int32Array.from(children(p, mainOnly).map((c) => position.get(c)!)));
  const c = { order, kids };
  memo.set(root, c);
  return c;
}

/**
 * A value computed bottom-up over the DAG, once per plan node: `combine` gets the plan and its
 * children's values, in the order children() lists them.
 */
export function foldPlan<T>(root: Plan, combine: (plan: Plan, childValues: T[]) => T, mainOnly = false): T {
  const { order, kids } = compiled(root, mainOnly);
  const values = new Array<T>(order.length);
  for (let i = order.length - 1; i >= 0; i--) {
    const k = kids[i];
    const childValues = new Array<T>(k.length);
    for (let j = 0; j < k.length; j++) childValues[j] = values[k[j]];
    values[i] = combine(order[i], childValues);
  }
  return values[0];
}

/** Share of a class's requests that complete: the product of served factors along each path. */
export function servedShare(plan: Plan, factor: (node: ModelNode) => number): number {
  return foldPlan<number>(plan, (p, v) => {
    switch (p.t) {
      case "visit":
        return factor(p.node);
      case "seq":
        return v.reduce((s, x) => s * x, 1);
      case "mix":
      case "split":
        return p.options.reduce((s, o, i) => s + o.p * v[i], 0);
      case "fallback":
        // The backup only counts when the main path has failed outright (e.g. a cache that is
        // failing before anyone notices is timed out and skipped).
        return v[0] > 0 ? v[0] : v[1];
      case "async":
        // The user is answered at once, but a job that can never be done was not served.
        return v[0];
      case "fail":
        return 0;
    }
  });
}

const regionKey = (r: string) => `region:${r}`;

/** Whether a plan still has a live way through when the components in `down` are lost. */
export function alive(plan: Plan, down: ReadonlySet<string>): boolean {
  return foldPlan<boolean>(plan, (p, v) => {
    switch (p.t) {
      case "visit":
        return !down.has(p.node.id) && !(p.node.region !== null && down.has(regionKey(p.node.region)));
      case "seq":
        return v.every(Boolean);
      case "mix":
        return p.options.every((o, i) => o.p <= 0 || v[i]);
      case "split":
        return v.some(Boolean);
      case "fallback":
        return v[0] || v[1];
      case "async":
        // A queue holds the jobs while its consumers are down: only a queue with no consumer
        // at all (a Fail plan) loses them.
        return p.plan.t !== "fail";
      case "fail":
        return false;
    }
  });
}
