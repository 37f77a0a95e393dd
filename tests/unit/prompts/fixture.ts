import YAML from "yaml";

/** A small valid prompt as plain data; tests break one field at a time. */
export function validPrompt(): Record<string, unknown> {
  return {
    slug: "tiny-service",
    title: "Design a tiny service",
    summary: "A prompt for tests.",
    difficulty: "easy",
    topics: ["cache"],
    statement: "Design it.",
    facts: [
      { id: "dau", topic: "scale", ask: ["how many users", "사용자 수"], answer: "1 million.", sets: { dailyActiveUsers: 1000000 }, key: true },
      { id: "mix", topic: "traffic", ask: ["reads"], answer: "10 reads, 1 write.", sets: { readsPerUserPerDay: 10, writesPerUserPerDay: 1 } },
      { id: "regions", topic: "scale", ask: ["where"], answer: "Two regions.", sets: { userRegions: ["us-east", "eu-west"] } },
      { id: "features", topic: "scope", ask: ["features"], answer: "Just reads." },
    ],
    probes: [{ when: { missing: "cache" }, ask: "Where is the cache?", lookFor: ["cache"] }],
    referenceDesign: {
      version: 1,
      requirements: { dailyActiveUsers: 1000000, readsPerUserPerDay: 10, writesPerUserPerDay: 1, userRegions: ["us-east", "eu-west"] },
      design: {
        nodes: [
          { id: "users", kind: "client" },
          { id: "web", kind: "web_server", instances: 2 },
        ],
        edges: [{ from: "users", to: "web" }],
      },
    },
  };
}

export function toYaml(value: unknown): string {
  return YAML.stringify(value);
}
