import { describe, expect, it } from "vitest";
import type { Scores } from "@/lib/interview/intent/classifier";
import { topicFamilies } from "@/lib/interview/intent/families";
import path from "node:path";
import { readTopics } from "@/lib/interview/intent/corpus";
import { THESAURUS } from "@/lib/interview/intent/thesaurus";
import { PROPOSAL, proposedTopic } from "@/lib/interview/intent/proposal";
import { TOPIC_CONCEPTS } from "@/lib/interview/intent/topic-terms";

// A proposal's statement leans to "none" whatever it proposes; among the topics, the one that
// clearly leads (with its family) is what the candidate asks to confirm.
const topics = {
  users: { fields: ["dailyActiveUsers"] },
  traffic: { fields: ["dailyActiveUsers", "readsPerUserPerDay"] },
  "static-content": { fields: ["staticShareOfReads"] },
  consistency: { fields: ["consistency"] },
  latency: { fields: ["latencyP99Ms"] },
} as unknown as Parameters<typeof topicFamilies>[0];
const families = topicFamilies(topics);

function scores(probabilities: Record<string, number>): Scores {
  const best = Object.entries(probabilities).sort((a, b) => b[1] - a[1])[0];
  return { best: best[0], bestScore: best[1], noneScore: probabilities.none ?? 0, scores: probabilities, gaps: {} };
}

describe("proposedTopic: what a proposal to confirm is about", () => {
  it("takes the topic that leads the others, however much weight 'none' has", () => {
    expect(proposedTopic("about 60% of page reads are static files", scores({ none: 0.77, "static-content": 0.19, consistency: 0.01, latency: 0.03 }), families)).toEqual(["static-content"]);
  });

  it("asks less of the leader in Korean, whose quoting endings spread the rest over more topics", () => {
    const split = scores({ none: 0.5, users: 0.22, latency: 0.18, consistency: 0.1 });
    expect(proposedTopic("사용자 수가 천만 명이라고", split, families)).toEqual(["users"]);
    expect(proposedTopic("ten million users", split, families)).toEqual([]);
  });

  it("counts a topic's family with it: users and traffic share a field", () => {
    expect(proposedTopic("3M people a day", scores({ none: 0.6, users: 0.16, traffic: 0.14, latency: 0.1 }), families)).toEqual(["users"]);
  });

  it("takes nothing when two topics split the rest or the leader is too weak", () => {
    expect(proposedTopic("a new email can take two seconds to appear", scores({ none: 0.2, consistency: 0.43, latency: 0.32, users: 0.05 }), families)).toEqual([]);
    // Whether things are fine proposes nothing: no figure, no word of any topic.
    expect(proposedTopic("지금까지 방향이", scores({ none: 0.7, latency: 0.27, users: 0.03 }), families)).toEqual([]);
    // A figure alone, or a technology by name, proposes the candidate's design, not a requirement.
    expect(proposedTopic("a disk seek takes 10", scores({ none: 0.6, latency: 0.3, users: 0.1 }), families)).toEqual([]);
    expect(proposedTopic("we deploy the service on Kubernetes with 10 pods of low latency", scores({ none: 0.6, latency: 0.3, users: 0.1 }), families)).toEqual([]);
    expect(proposedTopic("it is fine", scores({ none: 0.95, latency: PROPOSAL.least / 2, users: 0.0 }), families)).toEqual([]);
  });
});

describe("TOPIC_CONCEPTS", () => {
  it("names every topic of topics.yaml by concepts the thesaurus has", () => {
    const real = readTopics(path.resolve(import.meta.dirname, "../../../content/interviewer")).topics;
    expect(Object.keys(TOPIC_CONCEPTS).sort()).toEqual(Object.keys(real).sort());
    for (const concepts of Object.values(TOPIC_CONCEPTS)) for (const c of concepts) expect(Object.keys(THESAURUS)).toContain(c);
  });
});
