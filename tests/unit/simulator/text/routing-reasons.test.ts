import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KIND_SEMANTICS, type RequestClass } from "@/lib/simulator/semantics";
import { formatText, list, text, type TextParam } from "@/lib/simulator/text";

// Routing's "no path" reasons were English template strings inside the no-path gate and the
// unroutable finding, in Korean reports too. Each is now a simulator.routing.* text; its English
// must be what the old template printed (written out here from those templates, per request
// class), and its Korean must be Korean. The corpus pins the reasons its designs reach
// (english-unchanged.test.ts); this pins every one.

const CLASS_WORDS: Record<RequestClass, string> = { dynamicRead: "dynamic reads", write: "writes", staticRead: "static reads", job: "jobs" };
const classes = Object.keys(CLASS_WORDS) as RequestClass[];

type Case = { key: string; params?: Record<string, TextParam>; english: string };
const cases: Case[] = [
  { key: "noSuccessorCanServe", english: "no successor can serve it" },
  { key: "noClient", english: "the design has no client node, so no request enters it" },
  { key: "cycle", params: { id: "web" }, english: "cycle through web" },
  { key: "replicaNoWrites", params: { id: "db-r" }, english: "db-r is a replica: it cannot take writes" },
  { key: "queueNoConsumer", params: { id: "q" }, english: "q has no worker consuming it: its jobs are never done" },
  { key: "carriesNothing", params: { kind: "monitoring" }, english: "monitoring does not carry requests" },
  { key: "noOrigin", english: "no origin" },
  { key: "noDatabase", params: { id: "api" }, english: "api has no database" },
  { key: "noReadableDatabase", params: { id: "api" }, english: "api: no readable database" },
  { key: "onlyReplicas", params: { id: "api", replicas: list(["db-r1", "db-r2"]) }, english: "api is connected only to replicas (db-r1, db-r2): writes need an edge to a primary" },
  { key: "noLivePrimary", params: { id: "api" }, english: "api: no live primary database for writes" },
  ...classes.flatMap((cls): Case[] => [
    { key: "noSuccessorTaking", params: { id: "lb", cls }, english: `lb has no successor that can take ${CLASS_WORDS[cls]}` },
    { key: "onlyCdn", params: { id: "dns", cls }, english: `dns reaches only a CDN, which cannot carry ${CLASS_WORDS[cls]}` },
    { key: "noSuccessorFor", params: { id: "dns", cls }, english: `dns has no successor for ${CLASS_WORDS[cls]}` },
    ...Object.entries(KIND_SEMANTICS).map(([kind, s]) => ({
      key: "refuses",
      params: { id: "n1", cls, summary: text(`simulator.kindSummaries.${kind}`) },
      english: `n1 cannot take ${CLASS_WORDS[cls]}: ${s.summary}`,
    })),
  ]),
];

describe("routing's no-path reasons", () => {
  it.each(cases)("$key says the old English and Korean words ($english)", ({ key, params, english }) => {
    const said = text(`simulator.routing.${key}`, params);
    expect(formatText(said, "en")).toBe(english);
    const korean = formatText(said, "ko");
    expect(korean).toMatch(/[\uac00-\ud7a3]/);
    expect(korean).not.toMatch(/dynamic reads|writes|static reads|jobs/);
  });

  it("covers every reason routing.ts gives", async () => {
    const source = await readFile(path.join(import.meta.dirname, "../../../../lib/simulator/routing.ts"), "utf8");
    const used = new Set([...source.matchAll(/why\(\s*"(\w+)"/g), ...source.matchAll(/\? "(\w+)" : "(\w+)"/g)].flatMap((m) => m.slice(1).filter(Boolean)));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].sort()).toEqual([...new Set(cases.map((c) => c.key))].sort());
  });
});
