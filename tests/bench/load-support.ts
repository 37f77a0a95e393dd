/**
 * What the server benchmarks share (bench:load, bench:autosave): the candidate's board, signing
 * a candidate up and starting an interview over HTTP, the autosave batches a candidate sends, and
 * reading the server's own /api/metrics.
 */
import pg from "pg";

export type Candidate = { cookie: string; sessionId: string };

export const PASSWORD = "bench-load-password-1";
export const METRICS_TOKEN = "bench-load-metrics-token-0123456789";

export const BOARD = {
  nodes: [
    { id: "users", kind: "client" },
    { id: "lb", kind: "load_balancer" },
    { id: "web", kind: "web_server", instances: 3 },
    { id: "cache", kind: "cache" },
    { id: "db", kind: "sql_database", role: "primary" },
    { id: "replica", kind: "sql_database", role: "replica", replicaOf: "db" },
  ],
  edges: [
    { from: "users", to: "lb" },
    { from: "lb", to: "web" },
    { from: "web", to: "cache" },
    { from: "web", to: "db" },
    { from: "web", to: "replica" },
  ],
};
export const LAYOUT = Object.fromEntries(BOARD.nodes.map((node, i) => [node.id, { x: 120 * i, y: 80 }]));

/** The body of a candidate's `batch`-th autosave: an estimate each second, every fifth batch the board too (as the editor sends it). */
export function autosaveBody(candidate: number, batch: number): string {
  const events: unknown[] = [{ id: `estimate-${candidate}-${batch}`, type: "estimate_set", payload: { field: "readQps", value: 1000 + batch } }];
  if (batch % 5 === 0) events.push({ id: `board-${candidate}-${batch}`, type: "design_set", payload: { design: BOARD, layout: { ...LAYOUT, users: { x: batch, y: 0 } } } });
  return JSON.stringify({ events });
}

export async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database on the server at `serverUrl`, and how to drop it. */
export async function freshDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `designdrill_bench_${process.pid}_${Date.now()}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** Runs `work` over items, `concurrency` at a time. */
export async function inBatches<T, R>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}

function cookieFrom(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const index = pair.indexOf("=");
    jar.set(pair.slice(0, index).trim(), pair.slice(index + 1));
  }
}

/** Registers candidate `index`, signs them in, starts an interview and puts the board on it. */
export async function prepareCandidate(base: string, index: number): Promise<Candidate> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const json = { "content-type": "application/json", origin: base };
  const email = `load-${index}-${Date.now()}@example.com`;
  const registered = await fetch(`${base}/api/register`, { method: "POST", headers: json, body: JSON.stringify({ email, name: `Load ${index}`, password: PASSWORD }) });
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${await registered.text()}`);
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookieFrom(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: base },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }).toString(),
  });
  cookieFrom(signIn, jar);
  if (!jar.has("next-auth.session-token")) throw new Error(`sign-in failed: ${signIn.status}`);
  const started = await fetch(`${base}/api/sessions`, { method: "POST", headers: { ...json, cookie: cookie() }, body: JSON.stringify({ slug: "scale-to-millions", mode: "PRACTICE" }) });
  if (started.status !== 201) throw new Error(`start: ${started.status} ${await started.text()}`);
  const { id } = (await started.json()) as { id: string };
  const board = await fetch(`${base}/api/sessions/${id}/events`, {
    method: "POST",
    headers: { ...json, cookie: cookie() },
    body: JSON.stringify({
      events: [
        // The interviewer's answer sets the traffic requirement the simulator needs.
        { id: `question-${index}-init`, type: "question_asked", payload: { text: "How many daily active users do we have?" } },
        { id: `board-${index}-init`, type: "design_set", payload: { design: BOARD, layout: LAYOUT } },
      ],
    }),
  });
  if (board.status !== 200) throw new Error(`board: ${board.status} ${await board.text()}`);
  return { cookie: cookie(), sessionId: id };
}

export async function scrapeMetrics(base: string): Promise<string> {
  const response = await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  return response.text();
}

export function metricValue(text: string, series: string): number {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
