import { describe, expect, it } from "vitest";
import { readCorpus } from "@/lib/interview/intent/corpus";
import { buildInterviewer, clauses, KO_LIST_ITEM, understand } from "@/lib/interview/intent/understand";

describe("a Korean list item joined by a particle", () => {
  it("is a noun joined to the next by 랑, 와/과 or 하고", () => {
    for (const part of clauses("MAU랑 사용자 지역 분포 알려주세요").slice(0, 1).concat(["사용자 수랑", "SLA하고", "지연 시간과", "가용성과"])) {
      expect(KO_LIST_ITEM.test(part), part).toBe(true);
    }
  });
  it("is not a word that only ends in those syllables", () => {
    for (const part of ["검색 결과", "캐시 효과", "용량 초과", "사용자 지역", "QPS"]) expect(KO_LIST_ITEM.test(part), part).toBe(false);
  });
});

describe("a question of one clause the model is unsure of", () => {
  // A model that has seen the product's name only in questions about platforms: the name pulls
  // the question there, and read without it the question is about regions.
  const ex = (topic: string, lines: string[]) => lines.map((text) => ({ text, topic, language: "en" as const }));
  const interviewer = buildInterviewer({ topics: readCorpus().topics }, [
    ...ex("regions", ["Which countries are people in?", "Are people spread across continents?", "Where are they located?", "Is everyone in one country?", "Do we serve Europe too?", "Mostly in the US?"]),
    ...ex("platform", ["Is the dog-walking app mobile or web?", "Which stores ship the dog-walking app?", "Is the dog-walking app on iOS?", "Do walkers use the dog-walking app or the site?", "Is the dog-walking app iOS only?", "Does the dog-walking app run on Android?"]),
    ...ex("users", ["How many customers use it daily?", "How many users are there?", "What's the DAU?", "How many people sign in each day?"]),
  ]);

  it("is read once more without the product's name", () => {
    expect(understand(interviewer, "Are the dog-walking app's walkers all in one country?").topics).toEqual(["regions"]);
  });
});
