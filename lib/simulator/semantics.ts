/**
 * What each kind of component means (SIMULATOR.md verdict rule 4): which request classes it
 * serves, passes on or must not receive, and which edges out of it mean something. Routing
 * follows only meaningful edges, so a class that could only travel over a meaningless one
 * (load balancer → database, CDN → web server for a write, client → database) has no path: it
 * is not served, and a finding says why in the words of `summary` and `why`.
 *
 * The README's "Kind semantics" table is generated from this one in spirit: change both together.
 */
import { list, text, type Text } from "./text.ts";
import type { NodeKind } from "./schema.ts";

/** User classes plus "job": work a queue hands to its consumers (never in the user's latency). */
export type RequestClass = "dynamicRead" | "write" | "staticRead" | "job";

/** serve: answers it (maybe calling others); pass: hands it on without answering; refuse: must not receive it. */
export type ClassRole = "serve" | "pass" | "refuse";

export type KindSemantics = {
  /** One sentence a candidate understands: what this kind is for. */
  summary: string;
  classes: Record<RequestClass, ClassRole>;
  /** Kinds this kind meaningfully calls (edges to logging and metrics are always fine). */
  calls: readonly NodeKind[];
};

const DATABASES: readonly NodeKind[] = ["sql_database", "nosql_database"];
const OBSERVABILITY: readonly NodeKind[] = ["logging", "metrics"];

/** SQL and NoSQL stores mean the same here (they differ in capacity and latency, not role). */
const DATABASE_SEMANTICS: KindSemantics = {
  summary: "A database stores the data: a primary takes writes and reads, replicas take reads only.",
  classes: { dynamicRead: "serve", write: "serve", staticRead: "refuse", job: "serve" },
  calls: [...DATABASES],
};

export const KIND_SEMANTICS: Record<NodeKind, KindSemantics> = {
  client: {
    summary: "Users' browsers and apps: every request starts here.",
    classes: { dynamicRead: "pass", write: "pass", staticRead: "pass", job: "refuse" },
    calls: ["dns", "cdn", "load_balancer", "web_server", "object_storage"],
  },
  dns: {
    summary: "DNS resolves the name to an entry point (a CDN, a load balancer or a web server); it answers no request itself.",
    classes: { dynamicRead: "pass", write: "pass", staticRead: "pass", job: "refuse" },
    calls: ["cdn", "load_balancer", "web_server", "object_storage"],
  },
  cdn: {
    summary: "A CDN serves static content and media from the edge; it does not run application code, so dynamic requests and writes cannot go through it.",
    classes: { dynamicRead: "refuse", write: "refuse", staticRead: "serve", job: "refuse" },
    calls: ["load_balancer", "web_server", "object_storage"],
  },
  load_balancer: {
    summary: "A load balancer spreads requests over an application tier (web servers) or another balancer; it cannot talk to caches, databases or storage itself.",
    classes: { dynamicRead: "pass", write: "pass", staticRead: "pass", job: "refuse" },
    calls: ["load_balancer", "web_server"],
  },
  web_server: {
    summary: "The application tier: runs the code that answers dynamic requests and writes, calling caches, databases, queues and storage.",
    classes: { dynamicRead: "serve", write: "serve", staticRead: "serve", job: "refuse" },
    calls: ["cache", ...DATABASES, "message_queue", "object_storage", ...OBSERVABILITY],
  },
  worker: {
    summary: "A worker consumes jobs from a queue and writes their results to databases, caches or storage; users never call it directly.",
    classes: { dynamicRead: "refuse", write: "refuse", staticRead: "refuse", job: "serve" },
    calls: ["cache", ...DATABASES, "object_storage", ...OBSERVABILITY],
  },
  cache: {
    summary: "A cache answers reads from memory; its misses go to the database (read-through when it has an edge to one).",
    classes: { dynamicRead: "serve", write: "refuse", staticRead: "refuse", job: "serve" },
    calls: [...DATABASES],
  },
  sql_database: DATABASE_SEMANTICS,
  nosql_database: DATABASE_SEMANTICS,
  message_queue: {
    summary: "A queue takes writes and jobs and hands them to its consumers (workers); it never answers a read the user waits for.",
    classes: { dynamicRead: "refuse", write: "serve", staticRead: "refuse", job: "refuse" },
    calls: ["worker"],
  },
  object_storage: {
    summary: "Object storage holds blobs (media, static files); it cannot answer dynamic requests.",
    classes: { dynamicRead: "refuse", write: "serve", staticRead: "serve", job: "serve" },
    calls: [],
  },
  logging: {
    summary: "Logging collects logs off the request path; it carries no requests.",
    classes: { dynamicRead: "refuse", write: "refuse", staticRead: "refuse", job: "refuse" },
    calls: [],
  },
  metrics: {
    summary: "Metrics collects measurements off the request path; it carries no requests.",
    classes: { dynamicRead: "refuse", write: "refuse", staticRead: "refuse", job: "refuse" },
    calls: [],
  },
};

/** Whether an edge from → to means something: a call the kind can make, or observability wiring. */
export function isMeaningfulEdge(from: NodeKind, to: NodeKind): boolean {
  if (OBSERVABILITY.includes(from) || OBSERVABILITY.includes(to)) return true;
  return KIND_SEMANTICS[from].calls.includes(to);
}

/** A kind in words ("sql database"), for sentences. */
export const kindText = (kind: NodeKind): Text => text(`simulator.kindWords.${kind}`);

/**
 * Why an edge means nothing, for a finding: the English `summary` above is the en catalogue's
 * simulator.kindSummaries (kept here as the design's documentation of each kind).
 */
export function meaninglessEdgeReason(from: NodeKind, to: NodeKind): Text {
  const s = KIND_SEMANTICS[from];
  const targets = s.calls.filter((k) => !OBSERVABILITY.includes(k));
  return text("simulator.findings.edgeReason", {
    summary: text(`simulator.kindSummaries.${from}`),
    targets: s.calls.length === 0 ? text("simulator.findings.callsNothing") : list(targets.map(kindText)),
    to: kindText(to),
  });
}
