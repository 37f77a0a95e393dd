import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check";
import {
  checkConceptTranslations,
  conceptDir,
  loadConceptsIn,
  localizeConcept,
  localizeConcepts,
  noteShape,
  translationProblems,
} from "@/lib/content/concept-translations";
import { CONCEPT_IDS, type Concept } from "@/lib/content/concepts";

const CONTENT = path.join(import.meta.dirname, "../../../content");
const CONCEPTS = path.join(CONTENT, "concepts");
const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

const note = (id: string, body: string, title = id, summary = `${id} summary`): Concept => ({ id, title, summary, body });
const fileOf = (locale: string, id: string) => `${locale}/${id}.md`;

describe("content/concepts/ko", () => {
  it("has a valid Korean note for every English note, with the same links and shape", async () => {
    expect(await checkConceptTranslations(CONCEPTS)).toEqual([]);
    const ko = await loadConceptsIn(CONCEPTS, "ko");
    expect(ko.concepts.map((c) => c.id).sort()).toEqual([...CONCEPT_IDS].sort());
  });

  it("uses the source notes' Korean terms for the core concepts", async () => {
    const { concepts } = await loadConceptsIn(CONCEPTS, "ko");
    const title = (id: string) => concepts.find((c) => c.id === id)?.title ?? "";
    expect(title("vertical-scaling")).toContain("수직적 규모 확장");
    expect(title("horizontal-scaling")).toContain("수평적 규모 확장");
    expect(title("database-replication")).toContain("데이터베이스 다중화");
    expect(title("stateless-web-tier")).toContain("무상태 웹 계층");
    expect(title("celebrity-problem")).toContain("유명인사 문제");
  });
});

describe("localizeConcept", () => {
  const english = [note("cache", "English cache."), note("cdn", "English CDN.")];
  const korean = [note("cache", "캐시 설명.", "캐시 계층")];

  it("returns the translation when there is one", () => {
    expect(localizeConcept(english[0], korean, "ko")).toEqual({ concept: korean[0], locale: "ko", fellBack: false });
  });

  it("falls back to the English note, flagged, when the translation is missing", () => {
    expect(localizeConcept(english[1], korean, "ko")).toEqual({ concept: english[1], locale: "en", fellBack: true });
  });

  it("never looks at translations for English", () => {
    expect(localizeConcept(english[0], korean, "en")).toEqual({ concept: english[0], locale: "en", fellBack: false });
  });

  it("localizes a whole list, sorted by the displayed title", () => {
    const list = localizeConcepts(english, korean, "ko");
    expect(list.map((n) => [n.concept.id, n.fellBack])).toEqual([
      ["cdn", true],
      ["cache", false],
    ]);
  });
});

describe("loadConceptsIn", () => {
  it("reads the English folder for English and the locale's subfolder otherwise", () => {
    expect(conceptDir("/c", "en")).toBe("/c");
    expect(conceptDir("/c", "ko")).toBe(path.join("/c", "ko"));
  });

  it("treats a language with no folder as having no notes", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "concepts-"));
    temps.push(dir);
    expect(await loadConceptsIn(dir, "ko")).toEqual({ concepts: [], problems: [] });
  });
});

describe("translationProblems", () => {
  const body = "Intro with a [link](/concepts/cdn).\n\n**Section.**\n- one\n- two\n\n## Heading\nText.";
  const english = [note("cache", body)];
  const good = "소개와 [링크](/concepts/cdn).\n\n**절.**\n- 하나\n- 둘\n\n## 제목\n본문.";

  it("accepts a faithful translation", () => {
    expect(translationProblems(english, [note("cache", good, "캐시", "요약")], "ko", fileOf)).toEqual([]);
  });

  it("reports a missing translation and a translation of no English note", () => {
    const problems = translationProblems(english, [note("cdn", good, "CDN 한국어", "요약")], "ko", fileOf);
    expect(problems).toEqual([
      { file: "ko/cache.md", path: "", message: 'missing: the English note "cache" has no ko translation' },
      { file: "ko/cdn.md", path: "id", message: 'no English note "cdn" to translate' },
    ]);
  });

  it("reports a changed link, a dropped list item, a lost section and a lost heading", () => {
    const broken = "소개와 [링크](/concepts/cache).\n\n절.\n- 하나\n\n본문.";
    const messages = translationProblems(english, [note("cache", broken, "캐시", "요약")], "ko", fileOf).map((p) => p.message);
    expect(messages).toEqual([
      'links must match the English note: expected ["/concepts/cdn"], found ["/concepts/cache"]',
      'headings must match the English note: expected ["##"], found []',
      "bold-led sections must match the English note: expected 1, found 0",
      "list items must match the English note: expected 2, found 1",
    ]);
  });

  it("reports a Korean note left in English", () => {
    const problems = translationProblems(english, [note("cache", body, "Cache", "요약")], "ko", fileOf);
    expect(problems.map((p) => p.path)).toEqual(["title", "body"]);
  });

  it("reads a note's shape from its Markdown", () => {
    expect(noteShape(body)).toEqual({ headings: ["##"], sections: 1, listItems: 2, links: ["/concepts/cdn"] });
  });
});

describe("npm run content:check", () => {
  it("names a Korean note that is missing or has lost a list item", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "content-ko-"));
    temps.push(dir);
    await cp(CONTENT, dir, { recursive: true });
    await rm(path.join(dir, "concepts/ko/cdn.md"));
    const cache = path.join(dir, "concepts/ko/cache.md");
    const text = await readFile(cache, "utf8");
    await writeFile(cache, text.replace(/\n- \*만료\(TTL\)\*/, " *만료(TTL)*"));
    const where = (await checkContent(dir)).map((p) => `${p.file} ${p.path}: ${p.message}`);
    expect(where).toContain('concepts/ko/cdn.md : missing: the English note "cdn" has no ko translation');
    expect(where).toContain("concepts/ko/cache.md body: list items must match the English note: expected 5, found 4");
  }, 60_000);
});
