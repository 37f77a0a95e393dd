import { afterAll, describe, expect, it } from "vitest";
import { classPercentiles, mixedQuantile, LATTICE_POINTS } from "@/lib/simulator/latency";
import { mmcStation } from "@/lib/simulator/math/queue";
import type { Plan } from "@/lib/simulator/routing";
import { simulateNetwork } from "../reference/des-network";
import { compareWithDes, networkPlan, type Network } from "../reference/latency-check";

/*
 * Issue 14, item 7: the exact end-to-end law (latency.ts) within 1 % of a discrete-event truth on
 * chains and splits. Two kinds of truth:
 *  - the discrete-event simulation (reference/des-network.ts), which checks the model (M/M/c per
 *    station, hops treated as independent) and the numerics together, wherever its own sampling
 *    noise is well under 1 %;
 *  - closed forms of the same independent-hop law, which check the lattice numerics (grid, tail
 *    bound, discretisation) at utilisations where no affordable simulation resolves 1 %.
 * Why not simulate ρ = 0.9 or single servers at ρ ≥ 0.5: successive sojourn times in a busy
 * queue are strongly correlated, so the simulated p99 converges slowly. Measured over 8 seeds at
 * 400 000 customers (two stations, 10 ms service), the simulated p99's spread (one standard
 * deviation) is 0.3 % for M/M/4 and M/M/10 at ρ = 0.5, 0.7 % for M/M/10 at ρ = 0.8, 1.7 % for
 * M/M/1 at ρ = 0.5 and M/M/4 at ρ = 0.8, and about 6 % at ρ = 0.9: a fixed seed there would
 * pass or fail by luck. The simulated cases below use seed 1 and enough customers for a spread
 * near 0.3 %.
 */

const SERVICE_MS = 10;
const HOP_MS = 0.5;
const SEED = 1;
const TOLERANCE = 0.01;

const station = (servers: number, serviceMs = SERVICE_MS) => ({ servers, serviceMs, delayMs: HOP_MS });
/** k identical M/M/c stations in tandem at utilisation ρ. */
const chain = (k: number, servers: number, rho: number): Network => ({
  arrivalRps: (rho * servers * 1000) / SERVICE_MS,
  prefix: Array.from({ length: k }, () => station(servers)),
});

const report: { case: string; lawP50: number | null; desP50: number; errP50: string; lawP99: number | null; desP99: number; errP99: string }[] = [];
const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(2)} %`);
afterAll(() => {
  if (report.length === 0) return;
  console.table(report);
  const worst = (key: "errP50" | "errP99") => Math.max(...report.map((r) => Math.abs(Number.parseFloat(r[key])) || 0));
  console.log(`latency law vs truth, worst |error|: p50 ${worst("errP50").toFixed(2)} %, p99 ${worst("errP99").toFixed(2)} %`);
});

function record(name: string, law: { p50Ms: number | null; p99Ms: number | null }, truth: { p50Ms: number; p99Ms: number }) {
  const err = (a: number | null, b: number) => (a === null ? null : a / b - 1);
  const e50 = err(law.p50Ms, truth.p50Ms);
  const e99 = err(law.p99Ms, truth.p99Ms);
  report.push({ case: name, lawP50: law.p50Ms, desP50: +truth.p50Ms.toFixed(2), errP50: pct(e50), lawP99: law.p99Ms, desP99: +truth.p99Ms.toFixed(2), errP99: pct(e99) });
  return { p50: e50, p99: e99 };
}

describe("end-to-end latency law against a discrete-event simulation (FCFS M/M/c network, seeded)", () => {
  const chains = [
    { k: 2, servers: 4, rho: 0.5, customers: 400_000 },
    { k: 2, servers: 10, rho: 0.5, customers: 400_000 },
    { k: 4, servers: 4, rho: 0.5, customers: 400_000 },
    { k: 4, servers: 10, rho: 0.5, customers: 400_000 },
    { k: 2, servers: 10, rho: 0.8, customers: 1_000_000 },
  ];
  it.each(chains)("chain of $k × M/M/$servers at ρ = $rho, 0.5 ms hops: p50 and p99 within 1 %", ({ k, servers, rho, customers }) => {
    const r = compareWithDes(chain(k, servers, rho), { customers, seed: SEED });
    const e = record(`chain ${k} × M/M/${servers} ρ=${rho}`, r.law, r.des);
    expect(Math.abs(e.p50!)).toBeLessThan(TOLERANCE);
    expect(Math.abs(e.p99!)).toBeLessThan(TOLERANCE);
  }, 120_000);

  // One shared M/M/4 station, then 70 % take a short fast branch and 30 % a long slow one; the
  // p99 falls in the slow branch, the p50 mostly in the fast one.
  const split: Network = {
    arrivalRps: 200,
    prefix: [station(4)],
    branches: [
      { p: 0.7, stations: [station(2, 5)] },
      { p: 0.3, stations: [station(4, 30), station(4, 30), station(4, 30)] },
    ],
  };

  it("split 0.7 → one fast station, 0.3 → three slow ones: p50 and p99 within 1 %, and the same as two classes mixed by rate", () => {
    const r = compareWithDes(split, { customers: 600_000, seed: SEED });
    const e = record("split 0.7 fast / 0.3 slow", r.law, r.des);
    expect(Math.abs(e.p50!)).toBeLessThan(TOLERANCE);
    expect(Math.abs(e.p99!)).toBeLessThan(TOLERANCE);
    // A scenario moment mixes classes by rate: the two branches as classes give the same p99.
    const { plan, ctx } = networkPlan(split);
    const [prefix, fork] = (plan as Extract<Plan, { t: "seq" }>).steps;
    const classes = (fork as Extract<Plan, { t: "split" }>).options.map((o) => ({ plan: { t: "seq", steps: [prefix, o.plan] } as Plan, rate: o.p * split.arrivalRps }));
    const mixed = mixedQuantile(classes, ctx, 0.99, LATTICE_POINTS.report);
    expect(Math.abs(mixed! / r.des.p99Ms - 1)).toBeLessThan(TOLERANCE);
  }, 120_000);

  // A branch through an overloaded station (ρ ≥ 1) never completes: the p99 is finite only while
  // that branch carries less than 1 % of the requests.
  const withSaturated = (share: number): Network => ({
    arrivalRps: 500,
    prefix: [station(10)],
    branches: [
      { p: 1 - share, stations: [station(10), station(10)] },
      { p: share, stations: [station(1, 1000)] }, // capacity 1 rps, offered 2.5 rps or more
    ],
  });

  it("a 0.5 % saturated branch leaves a finite p99, within 1 % of the simulation", () => {
    const r = compareWithDes(withSaturated(0.005), { customers: 500_000, seed: SEED });
    const e = record("split with 0.5 % saturated", r.law, r.des);
    expect(r.law.p99Ms).not.toBeNull();
    expect(Number.isFinite(r.des.p99Ms)).toBe(true);
    expect(Math.abs(e.p50!)).toBeLessThan(TOLERANCE);
    expect(Math.abs(e.p99!)).toBeLessThan(TOLERANCE);
  }, 120_000);

  it("a 2 % saturated branch has no finite p99 (null), its p50 still within 1 %", () => {
    const r = compareWithDes(withSaturated(0.02), { customers: 200_000, seed: SEED });
    const e = record("split with 2 % saturated", r.law, r.des);
    expect(r.law.p99Ms).toBeNull();
    expect(r.des.p99Ms).toBe(Infinity);
    expect(Math.abs(e.p50!)).toBeLessThan(TOLERANCE);
  }, 120_000);
});

/** P(X > x) for X ~ Erlang(k, rate): e^{−rx} Σ_{i<k} (rx)^i / i!. */
function erlangTail(k: number, rate: number, x: number): number {
  let term = 1;
  let sum = 1;
  for (let i = 1; i < k; i++) {
    term *= (rate * x) / i;
    sum += term;
  }
  return Math.exp(-rate * x) * sum;
}

/** The q-quantile of a continuous law given by its tail, by bisection. */
function quantileOf(tail: (t: number) => number, q: number): number {
  let lo = 0;
  let hi = 1;
  while (tail(hi) > 1 - q) hi *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (tail(mid) > 1 - q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** P(T1 + T2 > t) for independent T1, T2 given by their tails: P(T1 > t) + ∫₀ᵗ P(T2 > t − s) dF1(s), midpoint rule. */
function sumTail(tail1: (t: number) => number, tail2: (t: number) => number, t: number, steps = 4000): number {
  let p = tail1(t);
  const h = t / steps;
  for (let i = 0; i < steps; i++) p += (tail1(i * h) - tail1((i + 1) * h)) * tail2(t - (i + 0.5) * h);
  return p;
}

describe("end-to-end latency law against closed forms of the independent-hop law (high utilisation)", () => {
  // Tandem M/M/1 queues: a customer's sojourn times are independent Exp(μ − λ) (Reich), so the
  // chain is k hops plus an Erlang(k, μ − λ) time.
  const m1 = [2, 4].flatMap((k) => [0.5, 0.8, 0.9].map((rho) => ({ k, rho })));
  it.each(m1)("chain of $k × M/M/1 at ρ = $rho: p50 and p99 within 1 % of k·hop + Erlang(k, μ − λ)", ({ k, rho }) => {
    const { plan, ctx } = networkPlan(chain(k, 1, rho));
    const law = classPercentiles(plan, ctx);
    const rate = (1 - rho) / SERVICE_MS;
    const truth = { p50Ms: k * HOP_MS + quantileOf((x) => erlangTail(k, rate, x), 0.5), p99Ms: k * HOP_MS + quantileOf((x) => erlangTail(k, rate, x), 0.99) };
    const e = record(`closed form: chain ${k} × M/M/1 ρ=${rho}`, law, truth);
    expect(Math.abs(e.p50!)).toBeLessThan(TOLERANCE);
    expect(Math.abs(e.p99!)).toBeLessThan(TOLERANCE);
  });

  // Two M/M/c stations: the convolution of the two exact per-station laws (queue.ts's sojourn
  // tail, itself checked against a simulation in mmc.test.ts), by quadrature.
  const mc = [4, 10].flatMap((servers) => [0.8, 0.9].map((rho) => ({ servers, rho })));
  it.each(mc)("chain of 2 × M/M/$servers at ρ = $rho: p50 and p99 within 1 % of the convolved station laws", ({ servers, rho }) => {
    const net = chain(2, servers, rho);
    const { plan, ctx } = networkPlan(net);
    const law = classPercentiles(plan, ctx);
    const st = mmcStation({ servers, serviceTimeMs: SERVICE_MS, arrivalRps: net.arrivalRps });
    const tail = (t: number) => sumTail(st.sojournTail, st.sojournTail, t);
    const truth = { p50Ms: 2 * HOP_MS + quantileOf(tail, 0.5), p99Ms: 2 * HOP_MS + quantileOf(tail, 0.99) };
    const e = record(`closed form: chain 2 × M/M/${servers} ρ=${rho}`, law, truth);
    expect(Math.abs(e.p50!)).toBeLessThan(TOLERANCE);
    expect(Math.abs(e.p99!)).toBeLessThan(TOLERANCE);
  });
});

describe("the latency law is deterministic", () => {
  it("the same network gives the same percentiles twice, built twice or reused", () => {
    const net = chain(4, 4, 0.8);
    const a = networkPlan(net);
    const b = networkPlan(net);
    const first = classPercentiles(a.plan, a.ctx);
    expect(classPercentiles(a.plan, a.ctx)).toEqual(first);
    expect(classPercentiles(b.plan, b.ctx)).toEqual(first);
    expect(first.p99Ms).toBeGreaterThan(first.p50Ms!);
    const q = mixedQuantile([{ plan: a.plan, rate: 1 }], a.ctx, 0.99);
    expect(mixedQuantile([{ plan: b.plan, rate: 1 }], b.ctx, 0.99)).toBe(q);
  });

  it("the simulation itself is seeded: the same seed gives the same times", () => {
    const run = () => simulateNetwork({ ...chain(2, 4, 0.5), customers: 5_000, warmupShare: 0.05, seed: 7 }).sojournsMs;
    expect(run()).toEqual(run());
  });
});
