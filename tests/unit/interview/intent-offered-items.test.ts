import { describe, expect, it } from "vitest";
import { clauses, sharedInterviewer, understand } from "@/lib/interview/intent/understand";

// What a question covers, the options it lists and the items of its alternative are words of
// that question, not questions of their own (understand.ts COVERS, LISTS_OPTIONS, and the items
// of an alternative in `clauses`): read alone, "document upload" is media and "SLA reports"
// availability.

describe("what a question says it covers or leaves out", () => {
  it("keeps 'including', 'e.g.' and 'not counting' with their question, to the sentence's end", () => {
    expect(clauses("How big is one booking record, including the guest notes and the invoice lines?")).toEqual([
      "How big is one booking record including the guest notes the invoice lines?",
    ]);
    expect(clauses("How many calls a day does the API take, e.g. webhooks, retries and partner syncs?")).toHaveLength(1);
  });

  it("stops before a question joined on after it", () => {
    expect(clauses("How big is each record, not counting attachments, and how long do we keep it?")).toEqual([
      "How big is each record not counting attachments",
      "how long do we keep it?",
    ]);
  });

  it("leaves an emphasis alone, which may ask a topic of its own ('…, especially on payday?')", () => {
    expect(clauses("What downtime can payroll take, especially on payday when traffic surges?")).toHaveLength(2);
  });
});

describe("the options a question lists after a colon or a dash", () => {
  it("are items of a question that asks which parts, features or clients there are", () => {
    expect(clauses("Which modules are we building: rostering, payroll export, leave requests?")).toHaveLength(1);
    expect(clauses("What should the front desk app support — check-in, room keys, SLA reports?")).toHaveLength(1);
  });

  it("end at the sentence: the next one asks on its own", () => {
    expect(clauses("Which clients do we support — kiosks, phones, a web portal? And how many users are there?")).toEqual([
      "Which clients do we support — kiosks phones a web portal",
      "And how many users are there?",
    ]);
  });

  it("are no list when an item asks, or when nothing before them asks for parts", () => {
    expect(clauses("What must the kiosk do: print tickets, take cards, and how fast must it respond?")).toContain("how fast must it respond?");
    expect(clauses("Users, peak factor, retention?")).toHaveLength(3);
  });

  it("add no topic of an item to the question's", () => {
    const interviewer = sharedInterviewer();
    expect(understand(interviewer, "Which parts of the rental flow are in scope: search, booking, damage photo upload, deposits?").topics).toEqual(["features"]);
  });
});

describe("the items of an alternative ('…only X, or A and B too?')", () => {
  it("are joined by 'and' within the alternative", () => {
    expect(clauses("Is the tracker phone-only, or smartwatches and tablets too?")).toEqual(["Is the tracker phone-only or smartwatches and tablets too?"]);
    expect(clauses("Is the scope just billing, or do we also need refunds and payouts?")).toHaveLength(1);
  });

  it("end where a comma or a question joins on", () => {
    expect(clauses("Is it US only, or global, and peak QPS?")).toEqual(["Is it US only or global", "peak QPS?"]);
    expect(clauses("Is it web only or mobile too and how many users?")).toEqual(["Is it web only or mobile too", "how many users?"]);
  });

  it("add no topic of an item to the question's", () => {
    const interviewer = sharedInterviewer();
    expect(understand(interviewer, "Is the tracker phone-only, or smartwatches and photo uploads too?").topics).toEqual(["platform"]);
  });
});
