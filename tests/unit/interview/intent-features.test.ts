import { describe, expect, it } from "vitest";
import { contentTerms } from "@/lib/interview/intent/features";

// Words that the corpus and the thesaurus know in one form arrive in others: a named guarantee
// written as three words, a two-word verb, a chat abbreviation.

describe("intent features: one term for what is one thing", () => {
  it("reads a named consistency guarantee as one consistency term, not as reads and writes", () => {
    for (const text of ["Do we need read-your-writes?", "Is read after write required?", "read your own writes?"]) {
      const { terms, concepts } = contentTerms(text);
      expect(terms).toContain("readyourwrit");
      expect(terms).not.toContain("read");
      expect(concepts).toContain("consistency");
      expect(concepts).not.toContain("write");
    }
  });

  it("joins two-word verbs and expands chat abbreviations", () => {
    expect(contentTerms("Do users need to log in?").concepts).toContain("security");
    expect(contentTerms("how many in 5 yrs").terms).toEqual(contentTerms("how many in 5 years").terms);
    expect(contentTerms("requests per sec").terms).toEqual(contentTerms("requests per seconds").terms);
  });

  it("reads locking something down as securing it, not as downtime", () => {
    for (const q of ["how strictly do we need to lock down the PII", "Is access locked down to staff?", "do we lock it down"]) {
      expect(contentTerms(q).concepts, q).toContain("security");
      expect(contentTerms(q).concepts, q).not.toContain("availability");
    }
    expect(contentTerms("What if the server goes down?").concepts).toContain("availability");
  });

  it("reads a Korean action noun's -량 as the count of the action, not a size", () => {
    expect(contentTerms("링크 생성량이랑 가용성 목표는요?").terms).toEqual(contentTerms("링크 생성 건수랑 가용성 목표는요?").terms);
    expect(contentTerms("하루 업로드량은요?").terms).toContain("건수");
    for (const text of ["저장 용량은요?", "처리량은요?", "데이터 전송량은요?", "사용량은요?"]) expect(contentTerms(text).terms).not.toContain("건수");
  });

  it("reads reads that dominate as the read/write mix, as read-heavy, and a few things that dominate as hot", () => {
    for (const text of ["Is the site heavily read-dominated?", "Do reads dominate writes?"]) {
      expect(contentTerms(text).concepts).not.toContain("hot");
      expect(contentTerms(text).terms).toEqual(expect.arrayContaining(contentTerms("read-heavy").terms));
    }
    expect(contentTerms("Do a few cities dominate the reads?").concepts).toContain("hot");
    expect(contentTerms("Are reads dominated by a few accounts?").concepts).toContain("hot");
  });

  it("leaves ordinary reads and writes alone", () => {
    expect(contentTerms("what's the read write ratio").concepts).not.toContain("consistency");
    const { concepts } = contentTerms("What's the ratio of reads to writes?");
    expect(concepts).toContain("read");
    expect(concepts).toContain("write");
  });
});

describe("thesaurus entries of several words", () => {
  it("finds them as phrases, with a hyphen or a plural", () => {
    expect(contentTerms("Is there a rush hour?").concepts).toContain("peak");
    expect(contentTerms("Any third-party calls per write?").concepts).toContain("platform");
    expect(contentTerms("What about black fridays?").concepts).toContain("peak");
    expect(contentTerms("쓰기마다 외부 호출이 있나요?").concepts).toContain("slowwork");
  });

  it("does not find them in parts of words", () => {
    expect(contentTerms("brush hours").concepts).not.toContain("peak");
  });
});

describe("what is free to book", () => {
  it("reads a seat's or a campsite's availability as inventory, not the uptime target", () => {
    for (const q of ["Can seat availability be slightly stale?", "What's the latency target when searching campsite availability?", "lots of people checking availability and few bookings", "How big is a slot-availability response?", "Is there an SLO for availability checks?"]) {
      expect(contentTerms(q).concepts, q).not.toContain("availability");
    }
    for (const q of ["What availability do we need?", "Does it need high availability?", "What's our current availability?", "99.9% availability for the slot service?"]) {
      expect(contentTerms(q).concepts, q).toContain("availability");
    }
  });
});

describe("budgets", () => {
  it("reads a time budget as a latency target and an error budget as availability, not money", () => {
    expect(contentTerms("What's the p99 budget?").terms).toEqual(contentTerms("What's the p99 target?").terms);
    expect(contentTerms("How big is the latency budget?").concepts).toContain("latency");
    expect(contentTerms("What's our error budget?").concepts).toContain("availability");
    expect(contentTerms("How much budget do we have?").terms).toContain("budget");
    expect(contentTerms("Is a 200ms budget fine?").terms).toContain("target");
  });
  it("reads a recording as media, not as a record whose size is the payload", () => {
    // The stemmer folds "recordings" and "recorded" to "record", a row of the database.
    for (const text of ["How big are the interview recordings?", "How long do we keep call recordings?", "Is there camera footage?", "How big are the recorded answers?"]) {
      expect(contentTerms(text).concepts, text).toContain("media");
    }
    // A row of the database, and the verb: a payment recorded in the ledger.
    for (const text of ["How big is one order record?", "How many events are recorded per second?", "Is every payment recorded in the ledger?", "How often are driver locations recorded?"]) expect(contentTerms(text).concepts, text).not.toContain("media");
  });

  it("reads a rush by its other names as the peak", () => {
    expect(contentTerms("Does the ticket site get slammed when sales open?").concepts).toContain("peak");
    expect(contentTerms("명절에 주문이 폭증하나요?").concepts).toContain("peak");
  });
});
