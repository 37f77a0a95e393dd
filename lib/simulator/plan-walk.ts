/**
 * Walks over a routing plan. The router shares sub-plans between callers, so a plan is a DAG
 * whose number of paths can be exponential in its size (a ladder of load balancers each linked
 * to both of the next layer's); every walk here visits each plan node once, so its cost is the
 * size of the DAG (O(edges × classes)), never the number of paths.
 */
import type { ModelNode } from "./graph.ts";
import type { Plan } from "./routing.ts";
import type { Text } from "./text-tree.ts";

/** Plan nodes reachable from `root`, parents before children (reverse post-order); memoised (plans are immutable). */
export function topologicalOrder(root: Plan, mainOnly = false): Plan[] {
  return compiled(root, mainOnly).order;
}

/** Number of children of a plan node; `mainOnly` leaves out fallback backups. */
function childCount(plan: Plan, mainOnly: boolean): number {
  switch (plan.t) {
    case "seq":
      return plan.steps.length;
    case "mix":
    case "split":
      return plan.options.length;
    case "fallback":
      return mainOnly ? 1 : 2;
    case "async":
      return 1;
    default:
      return 0;
  }
}

/** The j-th child of a plan node, in order (a fallback's main path first, then its backup). */
function childAt(plan: Plan, j: number): Plan {
  switch (plan.t) {
    case "seq":
      return plan.steps[j];
    case "mix":
    case "split":
      return plan.options[j].plan;
    case "fallback":
      return j === 0 ? plan.main : plan.backup;
    case "async":
      return plan.plan;
    default:
      throw new Error(`a ${plan.t} plan has no children`);
  }
}

/** Ids of the nodes a plan visits (main paths only when `mainOnly`). */
export function planVisits(plan: Plan, out = new Set<string>(), mainOnly = false): Set<string> {
  for (const p of topologicalOrder(plan, mainOnly)) if (p.t === "visit") out.add(p.node.id);
  return out;
}

/** Reasons of the Fail plans on the main paths (not behind a queue or a fallback). */
export function failReasons(plan: Plan): Text[] {
  // Texts are objects: the same reason reached twice is told apart by what it says.
  const out = new Map<string, Text>();
  for (const p of topologicalOrder(plan, true)) if (p.t === "fail") out.set(JSON.stringify(p.reason), p.reason);
  return [...out.values()];
}

const regionKey = (r: string) => `region:${r}`;

/** `ids` and `regionKeys`: a visit's node id and `region:<its region>` (null when none or not a visit). */
type Compiled = { order: Plan[]; kids: number[][]; ids: (string | null)[]; regionKeys: (string | null)[] };
const compiledMemo = [new WeakMap<Plan, Compiled>(), new WeakMap<Plan, Compiled>()];

/**
 * The DAG as arrays: plans in topological order (parents first: the reverse of a depth-first
 * post-order over children in order) and each one's children as positions. One iterative DFS
 * (a 40-layer ladder must not depend on the call stack's depth) whose post-order numbers are
 * also the positions; it runs for every new routing, so it builds no list per plan node.
 */
export function compiled(root: Plan, mainOnly: boolean): Compiled {
  const memo = compiledMemo[mainOnly ? 1 : 0];
  const known = memo.get(root);
  if (known) return known;
  const post = new Map<Plan, number>(); // −1 while on the stack
  const postOrder: Plan[] = [];
  const stackPlans: Plan[] = [root];
  const stackNext: number[] = [0];
  post.set(root, -1);
  while (stackPlans.length > 0) {
    const top = stackPlans.length - 1;
    const plan = stackPlans[top];
    const next = stackNext[top];
    if (next < childCount(plan, mainOnly)) {
      stackNext[top] = next + 1;
      const child = childAt(plan, next);
      if (!post.has(child)) {
        post.set(child, -1);
        stackPlans.push(child);
        stackNext.push(0);
      }
    } else {
      post.set(plan, postOrder.length);
      postOrder.push(plan);
      stackPlans.pop();
      stackNext.pop();
    }
  }
  const n = postOrder.length;
  const order = postOrder.reverse();
  const kids: number[][] = new Array(n);
  const ids: (string | null)[] = new Array(n);
  const regionKeys: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const p = order[i];
    const count = childCount(p, mainOnly);
    const k: number[] = new Array(count);
    for (let j = 0; j < count; j++) k[j] = n - 1 - post.get(childAt(p, j))!;
    kids[i] = k;
    ids[i] = p.t === "visit" ? p.node.id : null;
    regionKeys[i] = p.t === "visit" && p.node.region !== null ? regionKey(p.node.region) : null;
  }
  const c = { order, kids, ids, regionKeys };
  memo.set(root, c);
  return c;
}

const positionMemo = new WeakMap<Plan, Map<Plan, number>>();

/**
 * A copy of the DAG under `root` with new weights for the mixes `weightsOf` names (null: keep),
 * sharing every sub-plan whose children and weights are unchanged. The copy has the original's
 * shape, so its compiled forms are the original's mapped position by position: they are
 * registered here instead of found again by a depth-first search.
 */
export function reweighted(root: Plan, weightsOf: (mix: Extract<Plan, { t: "mix" }>) => number[] | null): Plan {
  const full = compiled(root, false);
  const { order, kids } = full;
  const n = order.length;
  const out: Plan[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const p = order[i];
    const k = kids[i];
    let changed = false;
    for (let j = 0; j < k.length && !changed; j++) changed = out[k[j]] !== childAt(p, j);
    let q: Plan = p;
    switch (p.t) {
      case "seq":
        if (changed) q = { t: "seq", steps: k.map((c) => out[c]) };
        break;
      case "mix": {
        const w = weightsOf(p);
        const moved = w !== null && p.options.some((o, j) => o.p !== w[j]);
        if (changed || moved) q = { ...p, options: p.options.map((o, j) => ({ p: w ? w[j] : o.p, plan: out[k[j]] })) };
        break;
      }
      case "split":
        if (changed) q = { t: "split", options: p.options.map((o, j) => ({ p: o.p, plan: out[k[j]] })) };
        break;
      case "fallback":
        if (changed) q = { t: "fallback", main: out[k[0]], backup: out[k[1]] };
        break;
      case "async":
        if (changed) q = { t: "async", plan: out[k[0]] };
        break;
      default:
        q = p;
    }
    out[i] = q;
  }
  const copy = out[0];
  if (copy !== root) {
    compiledMemo[0].set(copy, { order: out, kids, ids: full.ids, regionKeys: full.regionKeys });
    let position = positionMemo.get(root);
    if (!position) {
      position = new Map(order.map((p, i) => [p, i]));
      positionMemo.set(root, position);
    }
    const main = compiled(root, true);
    compiledMemo[1].set(copy, { order: main.order.map((p) => out[position.get(p)!]), kids: main.kids, ids: main.ids, regionKeys: main.regionKeys });
  }
  return copy;
}

/**
 * A reusable buffer of at least `n` numbers from `slot` (its contents are whatever the last
 * user left). The walks run for every moment of every scenario and every availability check:
 * fresh arrays each time were a good part of the garbage. Each caller has its own slot and
 * never calls back into another user of it.
 */
export function scratch(slot: { a: Float64Array }, n: number): Float64Array {
  if (slot.a.length < n) slot.a = new Float64Array(Math.max(n, 2 * slot.a.length, 64));
  return slot.a;
}

const SERVED = { a: new Float64Array(0) };
const ALIVE = { a: new Float64Array(0) };

/** Share of a class's requests that complete: the product of served factors along each path. */
export function servedShare(plan: Plan, factor: (node: ModelNode) => number): number {
  // Hot path (every moment of every scenario): typed arrays over the compiled DAG, no closures.
  const { order, kids } = compiled(plan, false);
  const v = scratch(SERVED, order.length);
  for (let i = order.length - 1; i >= 0; i--) {
    const p = order[i];
    const k = kids[i];
    switch (p.t) {
      case "visit":
        v[i] = factor(p.node);
        break;
      case "seq": {
        let x = 1;
        for (let j = 0; j < k.length; j++) x *= v[k[j]];
        v[i] = x;
        break;
      }
      case "mix":
      case "split": {
        let x = 0;
        for (let j = 0; j < k.length; j++) x += p.options[j].p * v[k[j]];
        v[i] = x;
        break;
      }
      case "fallback":
        // The backup only counts when the main path has failed outright (e.g. a cache that is
        // failing before anyone notices is timed out and skipped).
        v[i] = v[k[0]] > 0 ? v[k[0]] : v[k[1]];
        break;
      case "async":
        // The user is answered at once, but a job that can never be done was not served.
        v[i] = v[k[0]];
        break;
      case "fail":
        v[i] = 0;
    }
  }
  return v[0];
}

/** Whether a plan still has a live way through when the components in `down` are lost. */
export function alive(plan: Plan, down: ReadonlySet<string>): boolean {
  const { order, kids, ids, regionKeys } = compiled(plan, false);
  const v = scratch(ALIVE, order.length);
  for (let i = order.length - 1; i >= 0; i--) {
    const p = order[i];
    const k = kids[i];
    let ok = false;
    switch (p.t) {
      case "visit":
        ok = !down.has(ids[i]!) && !(regionKeys[i] !== null && down.has(regionKeys[i]!));
        break;
      case "seq":
        ok = true;
        for (let j = 0; j < k.length && ok; j++) ok = v[k[j]] === 1;
        break;
      case "mix":
        ok = true;
        for (let j = 0; j < k.length && ok; j++) ok = p.options[j].p <= 0 || v[k[j]] === 1;
        break;
      case "split":
        for (let j = 0; j < k.length && !ok; j++) ok = v[k[j]] === 1;
        break;
      case "fallback":
        ok = v[k[0]] === 1 || v[k[1]] === 1;
        break;
      case "async":
        // A queue holds the jobs while its consumers are down: only a queue with no consumer
        // at all (a Fail plan) loses them.
        ok = p.plan.t !== "fail";
        break;
      case "fail":
        ok = false;
    }
    v[i] = ok ? 1 : 0;
  }
  return v[0] === 1;
}
