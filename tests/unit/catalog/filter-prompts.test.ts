import { describe, expect, it } from "vitest";
import {
  CatalogFiltersSchema,
  filterPrompts,
  hasFilters,
  parseCatalogFilters,
  SEARCH_MAX_CHARS,
  topicsOf,
  type FilterablePrompt,
} from "@/lib/catalog/filter-prompts";

const prompt = (slug: string, difficulty: string, topics: string[], title: string, summary = ""): FilterablePrompt & { slug: string } => ({
  slug,
  title,
  summary,
  difficulty,
  topics,
});

const prompts = [
  prompt("url", "medium", ["hashing", "cache"], "Design a URL shortener", "Short codes and redirects."),
  prompt("feed", "hard", ["message-queue", "cache", "celebrity-problem"], "Design a news feed", "Fan-out on write."),
  prompt("chat", "easy", ["message-queue"], "Design a chat system", "Deliver messages to online users."),
  prompt("kv", "hard", ["sharding"], "Design a key-value store", "Consistent hashing across nodes."),
];
const slugs = (list: { slug: string }[]) => list.map((p) => p.slug);

describe("parseCatalogFilters", () => {
  it("keeps valid params", () => {
    expect(parseCatalogFilters({ difficulty: "medium", topic: "cache", q: " url " })).toEqual({ difficulty: "medium", topic: "cache", q: "url" });
  });

  it("drops each bad value on its own and keeps the good ones", () => {
    expect(parseCatalogFilters({ difficulty: "impossible", topic: "cache" })).toEqual({ topic: "cache" });
    expect(parseCatalogFilters({ difficulty: "hard", topic: "Not A Topic!" })).toEqual({ difficulty: "hard" });
    expect(parseCatalogFilters({ q: "x".repeat(SEARCH_MAX_CHARS + 1), difficulty: "easy" })).toEqual({ difficulty: "easy" });
  });

  it("treats empty values as no filter and ignores unknown params", () => {
    expect(parseCatalogFilters({ difficulty: "", topic: "  ", q: "", page: "3" })).toEqual({});
    expect(parseCatalogFilters(undefined)).toEqual({});
  });

  it("takes the first of repeated params", () => {
    expect(parseCatalogFilters({ topic: ["cache", "sharding"], difficulty: ["nope", "hard"] })).toEqual({ topic: "cache" });
  });

  it("never throws on odd shapes", () => {
    const odd = { difficulty: ["easy"], topic: [], q: ["", "a"] } as unknown as Record<string, string[]>;
    expect(() => CatalogFiltersSchema.parse(odd)).not.toThrow();
    expect(parseCatalogFilters(odd)).toEqual({ difficulty: "easy" });
  });
});

describe("filterPrompts", () => {
  it("returns everything without filters", () => {
    expect(slugs(filterPrompts(prompts, {}))).toEqual(["url", "feed", "chat", "kv"]);
  });

  it("filters by difficulty", () => {
    expect(slugs(filterPrompts(prompts, { difficulty: "hard" }))).toEqual(["feed", "kv"]);
  });

  it("filters by topic, exactly (cache is not a prefix match for other topics)", () => {
    expect(slugs(filterPrompts(prompts, { topic: "cache" }))).toEqual(["url", "feed"]);
    expect(slugs(filterPrompts(prompts, { topic: "cach" }))).toEqual([]);
  });

  it("matches free text in title, summary and topics, case-insensitively", () => {
    expect(slugs(filterPrompts(prompts, { q: "URL" }))).toEqual(["url"]);
    expect(slugs(filterPrompts(prompts, { q: "fan-out" }))).toEqual(["feed"]);
    // "hashing" is a topic of url and a word in kv's summary.
    expect(slugs(filterPrompts(prompts, { q: "hashing" }))).toEqual(["url", "kv"]);
    // A topic's words match with spaces too.
    expect(slugs(filterPrompts(prompts, { q: "message queue" }))).toEqual(["feed", "chat"]);
  });

  it("needs every word of the free text", () => {
    expect(slugs(filterPrompts(prompts, { q: "design cache" }))).toEqual(["url", "feed"]);
    expect(slugs(filterPrompts(prompts, { q: "chat sharding" }))).toEqual([]);
  });

  it("combines filters with AND", () => {
    expect(slugs(filterPrompts(prompts, { difficulty: "hard", topic: "message-queue" }))).toEqual(["feed"]);
    expect(slugs(filterPrompts(prompts, { difficulty: "easy", topic: "cache" }))).toEqual([]);
    expect(slugs(filterPrompts(prompts, { difficulty: "medium", topic: "cache", q: "url" }))).toEqual(["url"]);
  });

  it("agrees with a brute-force check for every combination of filters", () => {
    const qs = [undefined, "design", "cache", "store"];
    for (const difficulty of [undefined, "easy", "medium", "hard"] as const) {
      for (const topic of [undefined, ...topicsOf(prompts)]) {
        for (const q of qs) {
          const expected = prompts.filter(
            (p) =>
              (!difficulty || p.difficulty === difficulty) &&
              (!topic || p.topics.includes(topic)) &&
              (!q || `${p.title} ${p.summary} ${p.topics.join(" ")}`.toLowerCase().includes(q)),
          );
          expect(filterPrompts(prompts, { difficulty, topic, q })).toEqual(expected);
        }
      }
    }
  });
});

describe("topicsOf and hasFilters", () => {
  it("lists each topic once, sorted", () => {
    expect(topicsOf(prompts)).toEqual(["cache", "celebrity-problem", "hashing", "message-queue", "sharding"]);
  });

  it("tells whether a filter is set", () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ q: "x" })).toBe(true);
    expect(hasFilters({ topic: "cache" })).toBe(true);
  });
});
