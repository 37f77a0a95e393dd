/*
 * Routing rules: how each request class travels through the design graph.
 *
 * Request classes: dynamic reads, writes and static reads (the estimates' three rates), plus
 * "job": work a queue hands to its consumers, which never counts in the user's latency.
 * Edges are directed "calls" relations; a class follows only edges that mean something for the
 * kinds at both ends (semantics.ts: a load balancer calls web servers or balancers, a web server
 * calls caches, databases, queues and storage, …). Every class starts at the client nodes; a
 * design without one has no entry point, and every class fails with that reason (no entry is
 * invented).
 *
 * 1. client, dns, load_balancer pass requests on. Among their successors that can serve the
 *    class, the work is split by capacity (the load balancer's set; with two load balancers in
 *    two regions, the DNS's set). Split siblings are redundant: for availability one live
 *    sibling is enough. DNS answers are cached by clients: no latency, but it is on the path.
 * 2. Static reads prefer a CDN: h_cdn of them are served at the edge, the misses go to the
 *    CDN's successors, or, when it has none, to the client's other successors (the origin).
 *    If the CDN is gone the origin takes all static reads (the source notes: clients fall back
 *    to the origin). The origin is object storage if reachable, else a web server serving
 *    files from its disk. A CDN never carries dynamic reads or writes: it runs no application.
 * 3. A web server does its own work (serviceTimeMs), then:
 *    - dynamic read: cache-aside through a cache successor (h served by the cache, 1 - h go on
 *      to the database read targets); without a cache, straight to the read targets; without
 *      any database successor, the web server answers from its own storage (the single-server
 *      design) and pays the database's service time (5 ms) on top of its own — when the
 *      requirements keep data at all: a server that computes its answer (an ID generator) has
 *      no data to read and pays nothing.
 *    - write: to a message queue successor if there is one (the user waits only for the
 *      enqueue; the consumers do the rest as jobs), else to a primary it has an edge to (a
 *      replica cannot take writes; with only replicas connected, writes fail); media writes
 *      also store the media in object storage. Without a queue, media processing (200 ms) and
 *      the requirement's slow work per write (provider calls, fan-out) run on the web server
 *      inside the user's request.
 *    - static read: object storage successor if any, else served by the web server.
 * 4. Database read targets: with eventual consistency, the replicas the caller is connected
 *    to (split by capacity), falling back to the primaries; with strong consistency, the
 *    primaries and sync replicas only. After a failover the primary's endpoint moves to the
 *    promoted replica, so callers of the old primary write there.
 * 5. A cache with database successors is read-through (it forwards its own misses). A message
 *    queue acknowledges and hands the write to its worker successors as a job; without a
 *    worker the job is never done, so the write is not served. A worker processes the job
 *    (including media) and writes to its database / cache / object storage successors.
 * 6. logging and metrics never carry requests; they only count as observability.
 * 7. Removed nodes (failed and detected) are routed around; failing nodes (failed, not yet
 *    detected) still receive their share, which fails. A class with no way to a node that can
 *    serve it is a Fail plan: served share 0 and a finding, never an exception.
 * Plans are shared between callers (memoised per node, caller and class), so a plan is a DAG
 * whose size is O(edges × classes); every walk over it is memoised (plan-walk.ts).
 */
import { KIND_CATALOG } from "./catalog.ts";
import { hopMs, isDatabase, SIDE_KINDS, type ModelGraph, type ModelNode } from "./graph.ts";
import { reweighted } from "./plan-walk.ts";
import { isMeaningfulEdge, KIND_SEMANTICS, type RequestClass } from "./semantics.ts";
import { list as textList, text, type Text } from "./text-tree.ts";

export type { RequestClass };
export const USER_CLASSES = ["dynamicRead", "write", "staticRead"] as const;
export type UserClass = (typeof USER_CLASSES)[number];

export type Visit = {
  t: "visit";
  node: ModelNode;
  /** Caller; null when the client calls (the hop then depends on the user's region). */
  from: ModelNode | null;
  cls: RequestClass;
  /** Mean service time of this kind of request at this node. */
  serviceMs: number;
  /** Fixed extra time inside the node (a sync replica's round trip). */
  extraMs: number;
  hopMs: number;
};
export type Plan =
  | Visit
  | { t: "seq"; steps: Plan[] }
  /** `hitOf`: a cache's (or CDN's) hit/miss mix, whose weights are that node's hit ratio h and 1 − h. */
  | { t: "mix"; options: { p: number; plan: Plan }[]; hitOf?: ModelNode }
  | { t: "split"; options: { p: number; plan: Plan }[] }
  | { t: "fallback"; main: Plan; backup: Plan }
  | { t: "async"; plan: Plan }
  /** `reason`: why nothing can serve here, as a text (a report says it in the reader's language). */
  | { t: "fail"; reason: Text };

/** The failure state a plan is built for. */
export type World = {
  removed: ReadonlySet<string>;
  failing: ReadonlySet<string>;
  promoted: ReadonlySet<string>;
};
export const HEALTHY_WORLD: World = { removed: new Set(), failing: new Set(), promoted: new Set() };

export type RoutingContext = {
  graph: ModelGraph;
  world: World;
  /** Steady (or warming) hit ratio of a cache or CDN node. */
  hitRatio: (node: ModelNode) => number;
  mediaShareOfWrites: number;
  strongConsistency: boolean;
  /** The requirements keep data (a server without a database then does the database's work). */
  keepsData?: boolean;
  /**
   * Mean slow work a write carries (ms): media processing and the requirement's slow work, as
   * triggers.ts's slowWorkMsPerWrite computes it; done in the request unless queued.
   */
  slowWorkMsPerWrite?: number;
};

const EMPTY: Plan = { t: "seq", steps: [] };
const fail = (reason: Text): Plan => ({ t: "fail", reason });
/** A reason of simulator.routing.* (cls, where given, is a RequestClass the message selects on). */
const why = (key: string, params?: Parameters<typeof text>[1]): Text => text(`simulator.routing.${key}`, params);
export const isFail = (p: Plan): boolean => p.t === "fail";

function visit(ctx: RoutingContext, node: ModelNode, from: ModelNode | null, cls: RequestClass, serviceMs = node.serviceTimeMs, extraMs = 0): Visit {
  return { t: "visit", node, from, cls, serviceMs, extraMs, hopMs: from ? hopMs(from, node, null) : 0 };
}

function capacityOf(n: ModelNode): number {
  return n.capacityRpsPerInstance * n.units;
}

/** Split by capacity over alternatives that can all serve; one alternative is itself. */
function splitBy(entries: { node: ModelNode; plan: Plan }[]): Plan {
  const ok = entries.filter((e) => !isFail(e.plan));
  if (ok.length === 0) return entries.length > 0 ? entries[0].plan : fail(why("noSuccessorCanServe"));
  if (ok.length === 1) return ok[0].plan;
  const total = ok.reduce((s, e) => s + capacityOf(e.node), 0);
  return { t: "split", options: ok.map((e) => ({ p: capacityOf(e.node) / total, plan: e.plan })) };
}

function withFallback(main: Plan, backup: Plan): Plan {
  if (isFail(main)) return backup;
  if (isFail(backup)) return main;
  return { t: "fallback", main, backup };
}

export class Router {
  private memo = new Map<string, Plan>();
  private visiting = new Set<string>();
  readonly problems: string[] = [];

  constructor(private ctx: RoutingContext) {}

  private live(n: ModelNode): boolean {
    return !this.ctx.world.removed.has(n.id);
  }

  private nextMemo = new Map<string, ModelNode[]>();

  /** Live successors over meaningful edges (semantics.ts); side kinds never carry requests. */
  private next(n: ModelNode): ModelNode[] {
    let list = this.nextMemo.get(n.id);
    if (!list) {
      list = this.ctx.graph.successors.get(n.id)!.filter((s) => this.live(s) && !SIDE_KINDS.includes(s.kind) && isMeaningfulEdge(n.kind, s.kind));
      this.nextMemo.set(n.id, list);
    }
    return list;
  }

  /** The plan of a user class from all entry points. */
  entry(cls: UserClass): Plan {
    const entries = this.ctx.graph.entries.filter((n) => this.live(n));
    if (entries.length === 0) return fail(why("noClient"));
    return splitBy(entries.map((n) => ({ node: n, plan: this.forward(n, cls) })));
  }

  /** Plan for a class arriving at `n` from `from` (memoised per node, caller and class). */
  plan(n: ModelNode, from: ModelNode | null, cls: RequestClass): Plan {
    const key = `${n.id}|${from?.id ?? ""}|${cls}`;
    const known = this.memo.get(key);
    if (known) return known;
    if (this.visiting.has(key)) return fail(why("cycle", { id: n.id }));
    this.visiting.add(key);
    const result = this.build(n, from, cls);
    this.visiting.delete(key);
    this.memo.set(key, result);
    return result;
  }

  private build(n: ModelNode, from: ModelNode | null, cls: RequestClass): Plan {
    const ctx = this.ctx;
    if (KIND_SEMANTICS[n.kind].classes[cls] === "refuse") return fail(refusal(n, cls));
    switch (n.kind) {
      case "client":
        return this.forward(n, cls);
      case "dns": {
        // Resolution is cached by clients: no time, but the DNS is on the path (it carries traffic).
        const rest = this.forward(n, cls);
        return isFail(rest) ? rest : seq(visit(ctx, n, from, cls, 0), rest);
      }
      case "load_balancer": {
        const rest = this.forward(n, cls);
        return isFail(rest) ? rest : seq(visit(ctx, n, from, cls), rest);
      }
      case "cdn": {
        // Static reads only (the refusal above handles the rest).
        const rest = this.forward(n, cls);
        const h = ctx.hitRatio(n);
        const hit = visit(ctx, n, from, cls);
        if (isFail(rest)) return hitMix(n, h, hit, rest);
        return cacheMix(n, h, hit, seq(hit, rest), rest);
      }
      case "web_server":
      case "worker":
        return this.processing(n, from, cls);
      case "cache": {
        // A worker writing a job's result (a fan-out into a feed cache): one visit.
        if (cls === "job") return visit(ctx, n, from, cls);
        const h = ctx.hitRatio(n);
        const miss = this.dbRead(n, cls);
        const hit = visit(ctx, n, from, cls);
        if (isFail(miss)) return hitMix(n, h, hit, miss);
        return cacheMix(n, h, hit, seq(hit, miss), miss);
      }
      case "sql_database":
      case "nosql_database": {
        if (cls === "write" || cls === "job") {
          if (n.isReplica && !ctx.world.promoted.has(n.id)) return fail(why("replicaNoWrites", { id: n.id }));
          return this.primaryVisit(n, from, cls);
        }
        return visit(ctx, n, from, cls);
      }
      case "message_queue": {
        const consumers = this.next(n).filter((s) => s.kind === "worker");
        const anyConsumer = ctx.graph.successors.get(n.id)!.some((s) => s.kind === "worker");
        // Without any consumer the jobs are never done (the write is lost); while the consumers
        // are down the queue holds them (the write is accepted and done later).
        const job = !anyConsumer
          ? fail(why("queueNoConsumer", { id: n.id }))
          : consumers.length === 0
            ? EMPTY
            : splitBy(consumers.map((w) => ({ node: w, plan: this.plan(w, n, "job") })));
        if (!anyConsumer) this.problems.push(`queue-without-consumer:${n.id}`);
        return seq(visit(ctx, n, from, cls), { t: "async", plan: job });
      }
      case "object_storage":
        return visit(ctx, n, from, cls);
      default:
        return fail(why("carriesNothing", { kind: n.kind }));
    }
  }

  /** Pass-through nodes: split the class over the successors that can serve it. */
  private forward(n: ModelNode, cls: RequestClass): Plan {
    const succ = this.next(n);
    if (succ.length === 0) return fail(why("noSuccessorTaking", { id: n.id, cls }));
    const cdns = succ.filter((s) => s.kind === "cdn");
    const others = succ.filter((s) => s.kind !== "cdn");
    // Clients and DNS hand the request over without a hop of their own: the next node's
    // distance is from the user (which region they are in is sampled per request).
    const from = n.kind === "client" || n.kind === "dns" ? null : n;
    if (cls === "staticRead" && cdns.length > 0) {
      const origin = others.length > 0 ? this.over(others, from, cls) : fail(why("noOrigin"));
      const viaCdn = splitBy(
        cdns.map((c) => {
          const own = this.plan(c, from, cls);
          // A CDN without successors fetches its misses from the client's other entry (the origin).
          if (this.next(c).length === 0 && own.t === "mix" && !isFail(origin)) {
            const h = this.ctx.hitRatio(c);
            const hit = visit(this.ctx, c, from, cls);
            return { node: c, plan: cacheMix(c, h, hit, seq(hit, origin), origin) };
          }
          return { node: c, plan: own };
        }),
      );
      return withFallback(viaCdn, origin);
    }
    if (others.length === 0) return fail(why(cdns.length > 0 ? "onlyCdn" : "noSuccessorFor", { id: n.id, cls }));
    return this.over(others, from, cls);
  }

  /** Split a class over some successors by capacity. (Methods, not closures made per call: routing runs for every new world.) */
  private over(list: ModelNode[], from: ModelNode | null, cls: RequestClass): Plan {
    return splitBy(list.map((s) => ({ node: s, plan: this.plan(s, from, cls) })));
  }

  /** Whether a database may serve reads under the consistency asked for. */
  private readable(d: ModelNode): boolean {
    return d.isPrimary || this.ctx.world.promoted.has(d.id) || !this.ctx.strongConsistency || d.node.replication === "sync";
  }

  /** Web servers and workers: own work, then data. */
  private processing(n: ModelNode, from: ModelNode | null, cls: RequestClass): Plan {
    const ctx = this.ctx;
    const succ = this.next(n);
    if (cls === "staticRead") {
      const stores = succ.filter((s) => s.kind === "object_storage");
      const self = visit(ctx, n, from, cls);
      return stores.length === 0 ? self : seq(self, splitBy(stores.map((s) => ({ node: s, plan: this.plan(s, n, cls) }))));
    }
    // Without a database the server keeps the data itself and does the database's work too;
    // with no data kept there is no such work (its answer is computed in memory).
    const ownData = succ.some(isDatabase) || ctx.keepsData === false ? 0 : KIND_CATALOG.sql_database.defaults.serviceTimeMs;
    if (cls === "dynamicRead") {
      const self = visit(ctx, n, from, cls, n.serviceTimeMs + ownData);
      const caches = succ.filter((s) => s.kind === "cache");
      const direct = this.dbRead(n, cls);
      const data = isFail(direct) ? EMPTY : direct; // no database: the server holds its data
      if (caches.length === 0) return seq(self, data);
      const viaCache = splitBy(
        caches.map((c) => {
          if (this.next(c).some(isDatabase)) return { node: c, plan: this.plan(c, n, cls) };
          const h = ctx.hitRatio(c);
          const hit = visit(ctx, c, n, cls);
          return { node: c, plan: cacheMix(c, h, hit, seq(hit, data), data) };
        }),
      );
      return seq(self, withFallback(viaCache, data));
    }
    // write (web) or job (worker)
    const queues = cls === "write" ? succ.filter((s) => s.kind === "message_queue") : [];
    if (queues.length > 0) {
      const enqueue = splitBy(queues.map((q) => ({ node: q, plan: this.plan(q, n, cls) })));
      if (!isFail(enqueue)) return seq(visit(ctx, n, from, cls), enqueue);
    }
    const media = ctx.mediaShareOfWrites;
    const inRequest = ctx.slowWorkMsPerWrite ?? 0;
    const serviceMs = n.serviceTimeMs + ownData + (n.kind === "web_server" ? inRequest : 0);
    // A queued job still carries its slow work: a worker's job takes at least that long (its own
    // time already counts it when the designer sized it for it), so queueing moves the work off
    // the user's request without making it free.
    const self = visit(ctx, n, from, cls, n.kind === "worker" ? Math.max(n.serviceTimeMs, inRequest) + ownData : serviceMs);
    const primaries = this.writeTargets(n, cls);
    const stores = succ.filter((s) => s.kind === "object_storage");
    const steps: Plan[] = [self];
    if (primaries) steps.push(primaries);
    if (media > 0 && stores.length > 0) {
      const put = splitBy(stores.map((s) => ({ node: s, plan: this.plan(s, n, cls) })));
      steps.push({ t: "mix", options: [{ p: media, plan: put }, { p: 1 - media, plan: EMPTY }] });
    }
    return { t: "seq", steps };
  }

  /**
   * Database read targets of a caller; Fail when it has no database. A primary and its replicas
   * hold one data set; different primaries hold different data (a users store and a sessions
   * store), so they are a partition — each serves its share and none stands in for another.
   */
  private dbRead(n: ModelNode, cls: RequestClass): Plan {
    const dbs = this.next(n).filter(isDatabase);
    if (dbs.length === 0) return fail(why("noDatabase", { id: n.id }));
    return partition(dataSets(dbs).map((set) => ({ nodes: this.readTargets(set), plan: this.readDataSet(n, cls, set) })));
  }

  /** The nodes of a data set that serve its reads (a data set's share of reads follows their capacity). */
  private readTargets(dbs: ModelNode[]): ModelNode[] {
    const { world } = this.ctx;
    const replicas = dbs.filter((d) => !d.isPrimary && this.readable(d) && !world.promoted.has(d.id));
    return replicas.length > 0 ? replicas : dbs.filter((d) => d.isPrimary || world.promoted.has(d.id));
  }

  /** Reads of one data set: its replicas (split by capacity), the primary as their fallback. */
  private readDataSet(n: ModelNode, cls: RequestClass, dbs: ModelNode[]): Plan {
    const { world, graph } = this.ctx;
    const replicas = dbs.filter((d) => !d.isPrimary && this.readable(d) && !world.promoted.has(d.id));
    const primaries = dbs.filter((d) => d.isPrimary || world.promoted.has(d.id));
    // If the primary is lost, one of its replicas is promoted and takes its reads too.
    const standbys = primaries.flatMap((p) => (graph.replicasOf.get(p.id) ?? []).filter((r) => this.live(r) && !world.promoted.has(r.id)));
    const onPrimaries = standbys.length > 0 && primaries.length > 0 ? withFallback(this.readOver(n, cls, primaries), splitBy(standbys.map((r) => ({ node: r, plan: visit(this.ctx, r, n, cls) as Plan })))) : this.readOver(n, cls, primaries);
    return withFallback(this.readOver(n, cls, replicas), onPrimaries);
  }

  /** Reads of one data set over some of its nodes (split by capacity); Fail when there are none. */
  private readOver(n: ModelNode, cls: RequestClass, list: ModelNode[]): Plan {
    return list.length === 0 ? fail(why("noReadableDatabase", { id: n.id })) : splitBy(list.map((d) => ({ node: d, plan: this.plan(d, n, cls) })));
  }

  /** Write targets: connected primaries (each its own data set), or the promoted replicas of a removed primary. */
  private writeTargets(n: ModelNode, cls: RequestClass): Plan | null {
    const { graph, world } = this.ctx;
    const connected = graph.successors.get(n.id)!.filter(isDatabase);
    if (connected.length === 0) return null; // no database: the server stores it itself
    const targets: ModelNode[] = [];
    for (const d of connected) {
      // Writes need an edge to a primary. A promoted replica takes its primary's endpoint.
      if (!d.isPrimary && !world.promoted.has(d.id)) continue;
      if (this.live(d)) {
        if (!targets.includes(d)) targets.push(d);
      } else if (d.isPrimary) {
        for (const r of graph.replicasOf.get(d.id) ?? []) {
          if (world.promoted.has(r.id) && this.live(r) && !targets.includes(r)) targets.push(r);
        }
      }
    }
    if (targets.length === 0) {
      const onlyReplicas = connected.every((d) => d.isReplica);
      return fail(onlyReplicas ? why("onlyReplicas", { id: n.id, replicas: textList(connected.map((d) => d.id)) }) : why("noLivePrimary", { id: n.id }));
    }
    // Each primary holds its own data: writes are a partition over them. For availability, a
    // live replica of a primary can be promoted in its place.
    return partition(
      targets.map((t) => {
        const own = this.plan(t, n, cls);
        const standbys = (graph.replicasOf.get(t.id) ?? []).filter((r) => this.live(r) && !world.promoted.has(r.id));
        const plan: Plan = standbys.length === 0 ? own : { t: "fallback", main: own, backup: splitBy(standbys.map((r) => ({ node: r, plan: visit(this.ctx, r, n, cls) as Plan }))) };
        return { nodes: [t], plan };
      }),
    );
  }

  /** A write at a primary: sync replication adds the slowest replica's round trip. */
  private primaryVisit(n: ModelNode, from: ModelNode | null, cls: RequestClass): Plan {
    const replicas = (this.ctx.graph.replicasOf.get(n.id) ?? []).filter((r) => this.live(r));
    let extra = 0;
    const sync = replicas.filter((r) => r.node.replication === "sync");
    const semi = replicas.filter((r) => r.node.replication === "semi-sync");
    if (sync.length > 0) extra = Math.max(...sync.map((r) => replicaRoundTrip(n, r)));
    else if (semi.length > 0) extra = Math.min(...semi.map((r) => replicaRoundTrip(n, r)));
    return visit(this.ctx, n, from, cls, n.serviceTimeMs, extra);
  }
}

/** Why a kind must not receive a class, in a candidate's words (the kind's summary, KIND_SEMANTICS). */
function refusal(n: ModelNode, cls: RequestClass): Text {
  return why("refuses", { id: n.id, cls, summary: text(`simulator.kindSummaries.${n.kind}`) });
}

/** Databases grouped by data set: a primary with its replicas (by replicaOf), in first-seen order. */
function dataSets(dbs: ModelNode[]): ModelNode[][] {
  const sets = new Map<string, ModelNode[]>();
  for (const d of dbs) {
    const key = d.isReplica ? (d.node.replicaOf ?? d.id) : d.id;
    const set = sets.get(key) ?? [];
    set.push(d);
    sets.set(key, set);
  }
  return [...sets.values()];
}

/**
 * Different data sets: each takes its share of requests (by capacity) and none is a fallback for
 * another — losing one fails its share. (A split is for siblings that can stand in for each other.)
 */
function partition(parts: { nodes: ModelNode[]; plan: Plan }[]): Plan {
  if (parts.length === 1) return parts[0].plan;
  const total = parts.reduce((s, p) => s + weight(p), 0);
  return { t: "mix", options: parts.map((p) => ({ p: total > 0 ? weight(p) / total : 1 / parts.length, plan: p.plan })) };
}

/** A data set's share weight: the capacity of its nodes. */
function weight(p: { nodes: ModelNode[] }): number {
  return p.nodes.reduce((s, d) => s + capacityOf(d), 0);
}

/** A replica's acknowledgement time seen from its primary. */
function replicaRoundTrip(primary: ModelNode, r: ModelNode): number {
  return hopMs(primary, r, null) + r.serviceTimeMs;
}

function seq(...steps: Plan[]): Plan {
  return { t: "seq", steps };
}

/** A cache in front of `miss`: hit share h served by the cache; if the cache is lost, `backup`. */
function cacheMix(node: ModelNode, h: number, hit: Plan, missPath: Plan, backup: Plan): Plan {
  const main = hitMix(node, h, hit, missPath);
  return { t: "fallback", main, backup };
}

/** The hit share h of a cache or CDN `node` answered by `hit`, the rest by `miss`. */
function hitMix(node: ModelNode, h: number, hit: Plan, miss: Plan): Plan {
  return { t: "mix", options: [{ p: h, plan: hit }, { p: 1 - h, plan: miss }], hitOf: node };
}

export type ClassPlans = Record<RequestClass, Plan>;

/**
 * The plans `routeAll` would make for the same world with other hit ratios: nothing but the
 * hit/miss weights depends on them (the router never branches on a hit ratio), so the routed
 * plans are copied with new weights (h and 1 − h, computed as the router does), sharing every
 * sub-plan without a cache below it — a cold cache's warm-up or a spike moves only the hit
 * ratios, and re-routing the whole design for each was a good part of an evaluation.
 */
export function withHitRatios(routed: { plans: Record<UserClass, Plan>; problems: string[] }, hitRatio: (node: ModelNode) => number): { plans: Record<UserClass, Plan>; problems: string[] } {
  const weights = (mix: Extract<Plan, { t: "mix" }>): number[] | null => {
    if (!mix.hitOf) return null;
    const h = hitRatio(mix.hitOf);
    return [h, 1 - h];
  };
  return {
    plans: { dynamicRead: reweighted(routed.plans.dynamicRead, weights), write: reweighted(routed.plans.write, weights), staticRead: reweighted(routed.plans.staticRead, weights) },
    problems: routed.problems,
  };
}

export function routeAll(ctx: RoutingContext): { plans: Record<UserClass, Plan>; problems: string[] } {
  const router = new Router(ctx);
  const plans = {
    dynamicRead: router.entry("dynamicRead"),
    write: router.entry("write"),
    staticRead: router.entry("staticRead"),
  };
  return { plans, problems: [...new Set(router.problems)] };
}
