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

  it("leaves ordinary reads and writes alone", () => {
    const { concepts } = contentTerms("What's the ratio of reads to writes?");
    expect(concepts).toContain("read");
    expect(concepts).toContain("write");
  });
});
