import { describe, expect, it } from "vitest";
import type { Design, DesignNode } from "@/lib/simulator/schema";
import { fieldsForKind } from "@/components/whiteboard/kind-fields";
import { evaluateDrafts, parseDraft, replicationProblems } from "@/components/whiteboard/inspector-form";
import { translator } from "@/tests/support/intl";

const words = { t: translator("whiteboard"), locale: "en" };

const web: DesignNode = { id: "web", kind: "web_server", instances: 2 };

describe("fieldsForKind", () => {
  it("offers each kind exactly its own fields plus the common ones", () => {
    const names = (kind: Parameters<typeof fieldsForKind>[0]) => fieldsForKind(kind).map((f) => f.name);
    expect(names("web_server")).toContain("stateless");
    expect(names("web_server")).not.toContain("memoryGb");
    expect(names("cache")).toEqual(expect.arrayContaining(["memoryGb", "ttlSeconds", "eviction", "shards"]));
    expect(names("sql_database")).toEqual(expect.arrayContaining(["role", "replicaOf", "replication", "shards", "shardKey"]));
    expect(names("worker")).toContain("consumers");
    expect(names("dns")).toContain("geoRouting");
    for (const kind of ["client", "metrics"] as const) {
      expect(names(kind)).toEqual(["label", "region", "instances", "capacityRpsPerInstance", "serviceTimeMs", "availabilityPerInstance"]);
    }
  });
});

describe("parseDraft", () => {
  const instances = fieldsForKind("web_server").find((f) => f.name === "instances")!;
  it("reads numbers, treats empty as unset and rejects text", () => {
    expect(parseDraft(instances, "3")).toEqual({ ok: true, value: 3 });
    expect(parseDraft(instances, " ")).toEqual({ ok: true, value: undefined });
    expect(parseDraft(instances, "three").ok).toBe(false);
  });
});

describe("evaluateDrafts", () => {
  const specs = fieldsForKind("web_server");

  it("accepts a valid edit and returns the new node", () => {
    const r = evaluateDrafts(web, { instances: "4", label: "API" }, specs, words);
    expect(r.valid).toBe(true);
    expect(r.candidate).toEqual({ id: "web", kind: "web_server", instances: 4, label: "API" });
  });

  it("rejects instances = 0 with a message on that field and keeps the last valid node", () => {
    const r = evaluateDrafts(web, { instances: "0" }, specs, words);
    expect(r.valid).toBe(false);
    expect(r.errors.instances).toBeTruthy();
    expect(r.candidate).toBe(web);
  });

  it("rejects a fractional instance count and an availability above 1", () => {
    expect(evaluateDrafts(web, { instances: "1.5" }, specs, words).errors.instances).toBeTruthy();
    expect(evaluateDrafts(web, { availabilityPerInstance: "1.2" }, specs, words).errors.availabilityPerInstance).toBeTruthy();
  });

  it("clearing a field removes it so the simulator's default applies", () => {
    const r = evaluateDrafts(web, { instances: "" }, specs, words);
    expect(r.valid).toBe(true);
    expect(r.candidate).toEqual({ id: "web", kind: "web_server" });
  });
});

describe("replication rules", () => {
  const design: Design = {
    nodes: [
      { id: "db", kind: "sql_database", role: "primary" },
      { id: "db-2", kind: "sql_database" },
      { id: "kv", kind: "nosql_database" },
      { id: "db-r1", kind: "sql_database", role: "replica", replicaOf: "db" },
    ],
    edges: [],
  };
  const specs = fieldsForKind("sql_database");

  it("a replica needs a primary of its own kind that is not itself a replica", () => {
    const node = design.nodes[1];
    expect(evaluateDrafts(node, { role: "replica" }, specs, words, design).errors.replicaOf).toBeTruthy();
    expect(evaluateDrafts(node, { role: "replica", replicaOf: "db" }, specs, words, design).valid).toBe(true);
    expect(replicationProblems({ ...node, replicaOf: "kv" }, design, words).replicaOf).toBeTruthy();
    expect(replicationProblems({ ...node, replicaOf: "db-r1" }, design, words).replicaOf).toBeTruthy();
  });

  it("a primary with replicas cannot become a replica", () => {
    const r = evaluateDrafts(design.nodes[0], { role: "replica", replicaOf: "db-2" }, specs, words, design);
    expect(r.valid).toBe(false);
    expect(r.errors.role).toContain("db-r1");
  });
});

describe("an invalid field never throws away a valid one", () => {
  const specs = fieldsForKind("web_server");

  it("keeps a valid label while instances is invalid, and says what instances allows", () => {
    const r = evaluateDrafts(web, { label: "API", instances: "0" }, specs, words);
    expect(r.changed).toBe(true);
    expect(r.valid).toBe(false);
    expect(r.candidate).toEqual({ id: "web", kind: "web_server", instances: 2, label: "API" });
    expect(r.errors.instances).toBe("Instances must be a whole number from 1 to 10\u2009000");
    expect(r.errors.label).toBeUndefined();
  });

  it("words the rules of other number fields from the simulator's schema", () => {
    expect(evaluateDrafts(web, { availabilityPerInstance: "1.2" }, specs, words).errors.availabilityPerInstance).toBe(
      "Availability per instance must be a number greater than 0 and at most 1",
    );
    expect(evaluateDrafts(web, { capacityRpsPerInstance: "-3" }, specs, words).errors.capacityRpsPerInstance).toBe(
      "Capacity per instance must be a number greater than 0 and at most 1\u2009000\u2009000\u2009000",
    );
    expect(evaluateDrafts(web, { instances: "lots" }, specs, words).errors.instances).toBe("Instances must be a whole number from 1 to 10\u2009000");
  });

  it("an unchanged node is not a change", () => {
    expect(evaluateDrafts(web, { instances: "2" }, specs, words).changed).toBe(false);
  });
});
