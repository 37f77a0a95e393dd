import { describe, expect, it } from "vitest";
import { sharedInterviewer, understand } from "@/lib/interview/intent/understand";
import { clauses, coversWhatWasAsked } from "@/lib/interview/intent/clauses";
import { askedTermOf } from "@/lib/interview/intent/topic-terms";

// What a question covers and the options it lists are words of that question, not questions of
// their own (clauses.ts COVERS, LISTS_OPTIONS): read alone, "document upload" is media and
// "SLA reports" availability.

describe("what a question says it covers or leaves out", () => {
  it("is one clause from 'including' or 'not counting' to the sentence's end, which asks nothing", () => {
    const parts = clauses("How many calls a day does the API take, including webhook retries and partner syncs?");
    expect(parts).toEqual(["How many calls a day does the API take", "including webhook retries partner syncs?"]);
    expect(coversWhatWasAsked(parts[1])).toBe(true);
    expect(coversWhatWasAsked("not counting the photos")).toBe(true);
    expect(coversWhatWasAsked("how many users")).toBe(false);
    // …but a question after the opening asks.
    expect(coversWhatWasAsked("including how many of them are uploads?")).toBe(false);
  });

  it("stops before a question joined on after it, with or without a comma", () => {
    expect(clauses("How big is each record, not counting attachments, and how long do we keep it?")).toEqual([
      "How big is each record",
      "not counting attachments",
      "how long do we keep it?",
    ]);
    expect(clauses("What's the load, including retries and how spiky does it get?")).toContain("how spiky does it get?");
  });

  it("adds no topic of what it covers, but keeps the question's own clauses", () => {
    const interviewer = sharedInterviewer();
    expect(understand(interviewer, "How many requests a day does the booking API serve, including scheduling and signalling calls?").topics).toEqual(["traffic"]);
    // The question's own clause still counts the users.
    expect(understand(interviewer, "How many users, including ones in Europe and Asia?").topics).toContain("users");
  });

  it("leaves examples ('such as', 'e.g.') and an emphasis alone: they may be what is asked", () => {
    expect(clauses("What downtime can payroll take, especially on payday when traffic surges?")).toHaveLength(2);
    expect(coversWhatWasAsked("such as latency and availability")).toBe(false);
  });
});

describe("the options a question lists after a colon or a dash", () => {
  it("are items of a question that asks which parts, features or clients there are", () => {
    expect(clauses("Which modules are we building: rostering, payroll export, leave requests?")).toHaveLength(1);
    expect(clauses("What should the front desk app support — check-in, room keys, late checkout?")).toHaveLength(1);
  });

  it("end at the sentence: the next one asks on its own", () => {
    expect(clauses("Which clients do we support — kiosks, phones, a web portal? And how many users are there?")).toEqual([
      "Which clients do we support — kiosks phones a web portal",
      "And how many users are there?",
    ]);
  });

  it("are no list when an item asks, or when the question lists requirements rather than parts", () => {
    expect(clauses("What must the kiosk do: print tickets, take cards, and how fast must it respond?")).toContain("how fast must it respond?");
    expect(clauses("What do we need to handle: spikes, hot keys, global users?")).toHaveLength(3);
    // An item that names a topic by its own term is asked.
    expect(clauses("Which NFRs are in scope: latency, availability, consistency?")).toHaveLength(3);
    expect(clauses("Users, peak factor, retention?")).toHaveLength(3);
  });

  it("take no time to reject a long list that ends otherwise", () => {
    const items = Array.from({ length: 40 }, (_, i) => `item number ${i}`).join(", ");
    const started = performance.now();
    clauses(`What features do we need: ${items}, and anything else you think matters for the first release!`);
    // Exponential backtracking took seconds at 20 items; linear work takes well under a second.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("add no topic of an item to the question's", () => {
    const interviewer = sharedInterviewer();
    expect(understand(interviewer, "Which parts of the rental flow are in scope: search, booking, damage photo upload, deposits?").topics).toEqual(["features"]);
  });
});

describe("a later clause that names one topic by its own term", () => {
  it("asks that topic though the model reads it under the bar of a question asked apart", () => {
    const interviewer = sharedInterviewer();
    expect(understand(interviewer, "What's the average QPS on the parking API and what p99 do you need?").topics).toEqual(["traffic", "latency"]);
  });

  it("leaves a clause that names no topic's term to the model", () => {
    const interviewer = sharedInterviewer();
    expect(understand(interviewer, "What's the average QPS on the parking API and what do you need?").topics).toEqual(["traffic"]);
  });

  it("asks the topic of a looser word for where, the moment of a burst or the client, when the clause leans there most", () => {
    const interviewer = sharedInterviewer();
    // Each read one topic only before (topic-terms.ts LOOSER_TERMS, 2026-12-07).
    expect([...understand(interviewer, "What does the bakery app run on today, and which cities do the shops sit in?").topics].sort()).toEqual(["current-setup", "regions"]);
    expect([...understand(interviewer, "Which cities will the scooter app launch in first, and how fast do we expect rides to grow?").topics].sort()).toEqual(["growth", "regions"]);
    expect([...understand(interviewer, "Would clinicians use the charting tool on iPads at the bedside, and how long do notes have to be kept?").topics].sort()).toEqual(["platform", "retention"]);
  });

  it("knows a topic by a looser word or a Korean one, and only one topic at a time", () => {
    const cases: [string, string | null][] = [
      ["which cities do the shops sit in?", "regions"],
      ["how many data centres do we run", "regions"],
      ["is there a rush when classes open", "peak"],
      ["would we add an Android app", "platform"],
      ["퀴즈 정답 제출 피크가 얼마나 되고", "peak"],
      ["동영상 원본 파일 몇 년 보관합니까", "retention"],
      ["그중에 한국 밖에서 오는 비율은 얼마나 돼요?", "regions"],
      ["가용성 목표는 어느 정도로 잡으면 됩니까", "availability"],
      // Two topics' words leave the clause to the model; a third party's API names none.
      ["피크 트래픽은 얼마나 돼요?", null],
      ["is the iOS app global?", null],
      ["does each photo go off to a vision API", null],
      // Found by an independent review (2026-12-07): a global index, a rush order, a browser's bookmarks, words inside Korean words.
      ["Do message IDs need to be globally unique?", null],
      ["Do we need a global lock on the seat?", null],
      ["Does the system talk to external markets?", null],
      ["Can users pay extra for a rush order?", null],
      ["Is there any rush to ship v1?", null],
      ["Do we sync browser bookmarks?", null],
      ["Are mobile networks flaky?", null],
      ["인증샷이 대부분인가요?", null],
      ["안정적인가요?", null],
      ["보관함 기능이 있나요?", null],
      ["사용자 수정 이력이 남나요?", null],
      ["국가대표 경기 때는요?", null],
      ["피크닉 장소 예약도 되나요?", null],
    ];
    for (const [part, topic] of cases) expect(askedTermOf(part), part).toBe(topic);
  });

  it("never reads a third party's API or SDK as our clients", () => {
    const interviewer = sharedInterviewer();
    expect(understand(interviewer, "For plant identification, does each photo go off to a third-party vision API, and how many ms does that take?").topics).not.toContain("platform");
  });

  it("asks the term's topic only when the clause leans to it most", () => {
    const interviewer = sharedInterviewer();
    // The continent of the dev team is the current setup, not the users' regions.
    expect(understand(interviewer, "What are the core features of the dental booking tool, and which continent is the dev team in?").topics).not.toContain("regions");
  });
});

describe("answers offered after the last question", () => {
  it("are no part of the whole message's reading", () => {
    // Read with them, the offered years leaned the whole message to growth and it revealed nothing.
    expect(understand(sharedInterviewer(), "How many years of storage should I size for? 3 years? 5 years?").topics).toEqual(["retention"]);
  });
});
