import { beforeAll, describe, expect, it } from "vitest";
import { whichFact } from "@/lib/authoring/which-fact";
import { sharedInterviewer } from "@/lib/interview/intent/understand";
import { FactSchema } from "@/lib/prompts/schema";

const facts = [
  { id: "dau", topic: "scale", ask: ["how many users", "daily active users", "사용자 수"], answer: "Ten million people a day.", sets: { dailyActiveUsers: 10_000_000 }, key: true, ko: { answer: "하루 천만 명입니다." } },
  { id: "sizes", topic: "storage", ask: ["how big is a record", "record size"], answer: "About 1 KB each.", sets: { bytesPerWrite: 1000 } },
].map((fact) => FactSchema.parse(fact));

describe("whichFact", () => {
  // The interviewer's classifier is trained once per process, from the corpus: not the test's time.
  beforeAll(() => void sharedInterviewer(), 120_000);

  it("finds the fact a candidate's question about users reveals, with the reply they would read", () => {
    const answer = whichFact("How many daily active users do we have?", facts);
    expect(answer.facts.map((f) => f.id)).toEqual(["dau"]);
    expect(answer.facts[0]).toMatchObject({ answer: "Ten million people a day.", answerKo: "하루 천만 명입니다.", sets: ["dailyActiveUsers"] });
    expect(answer.reply).toContain("Ten million people a day.");
  });

  it("reads a question about the product the statement is modelled on as one about ours, and says so", () => {
    const question = "How many users does Instagram have?";
    expect(whichFact(question, facts).facts).toEqual([]);
    const answer = whichFact(question, facts, { statement: "Design a photo feed like Instagram.", summary: "Photos for ten million people." });
    expect(answer.facts.map((f) => f.id)).toEqual(["dau"]);
    expect(answer.reply).toBe("We're designing our own service like Instagram, not Instagram itself. For ours: Ten million people a day.");
  });

  it("reveals nothing for an unrelated question and shows the interviewer's nudge instead", () => {
    const answer = whichFact("Could we take a short break?", facts);
    expect(answer.facts).toEqual([]);
    expect(answer.reply.length).toBeGreaterThan(10);
  });
});
