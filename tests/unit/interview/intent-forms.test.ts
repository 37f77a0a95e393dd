import { describe, expect, it } from "vitest";
import { readingByForm } from "@/lib/interview/intent/forms";

// Readings by the form of a question, for when the model names no topic (forms.ts).
const topics = { availability: {}, features: {}, latency: {}, payload: {}, retention: {} };

describe("readingByForm", () => {
  it("reads how fast an answer comes as latency", () => {
    for (const q of ["How long can the server take to answer?", "How fast should search results come back?", "How responsive must the API be?", "검색 결과가 얼마나 빨리 떠야 해요?", "Within how many seconds must the pager alert go out?", "The message should arrive within how many second?", "결제 결과는 몇 초 안에 나와야 해요?"]) {
      expect(readingByForm(q, topics), q).toBe("latency");
    }
    // A delay before something shows up is consistency's word, not an answer's speed.
    expect(readingByForm("Within how many seconds must a new post appear for followers?", topics)).toBeNull();
  });

  it("reads how long something may take as latency, whatever else it names", () => {
    // "video" names media, so "how fast … take" alone would not decide: the budget does.
    expect(readingByForm("How long can it take to start a video call after the patient clicks join?", topics)).toBe("latency");
    expect(readingByForm("How long should a photo upload take before the app shows an error?", topics)).toBe("latency");
    // How long it does take is no budget, and how long we keep something is retention.
    expect(readingByForm("How long does the photo upload take?", topics)).toBeNull();
    expect(readingByForm("How long can we keep the videos?", topics)).toBeNull();
    expect(readingByForm("How long can the video transcoding take?", topics)).toBeNull();
    // How long a change may take to reach others is consistency's.
    expect(readingByForm("How long can it take for a new post to show up in followers' feeds?", topics)).toBeNull();
  });

  it("reads the size of one thing as payload", () => {
    for (const q of [
      "How big is a user profile record?",
      "How large are the JSON documents we store?",
      "주문 하나의 크기는요?",
      "How many bytes is one ping?",
      "How much data does a single listing take?",
    ]) {
      expect(readingByForm(q, topics), q).toBe("payload");
    }
  });

  it("reads how long a piece of text may be as its size, and how long something lasts as no size", () => {
    // "How long can a message be?" was left unread before (a size, not a wait): it is the size.
    for (const q of ["How long can an ID be?", "How long can a message be?", "How long is a typical short code?", "How many characters can a username have?", "Must it fit in 64 bits?", "메시지는 몇 자까지 돼요?", "닉네임 길이 제한이 있어요?", "ID가 64비트 안에 들어가야 해요?"]) {
      expect(readingByForm(q, topics), q).toBe("payload");
    }
    for (const q of ["How long is a session?", "How long can a call be?", "How long is a short code valid?", "How long do we keep the links?", "why is a UUID 128 bits", "How many bytes do we store overall?", "How long should messages be kept?", "How long can a query run?", "How long can a message be delayed?", "How many characters are in the game?", "공연장 좌석은 몇 자리 정도예요?"]) {
      expect(readingByForm(q, topics), q).not.toBe("payload");
    }
  });

  it("reads a share of the time in nines as availability, not a percentile of requests", () => {
    for (const q of ["99.9% for the chess server", "Is 99.99 enough for the ticketing site?", "Four nines for the booking page?"]) {
      expect(readingByForm(q, topics), q).toBe("availability");
    }
    expect(readingByForm("Should it be up 99.9% of the time?", topics)).toBe("availability");
    for (const q of ["99.9% of requests under 200 ms?", "Is 1.5% of writes a lot?", "Do we keep 99 days of logs?", "What should the p99.9 be?", "What should the 99.9th percentile be?", "Is 99.999% of data never lost?", "Should 99.9% of pushes arrive?"]) {
      expect(readingByForm(q, topics), q).toBeNull();
    }
  });

  it("reads whether the product does something as features", () => {
    expect(readingByForm("Do we need file versioning?", topics)).toBe("features");
  });

  it("leaves forms that name another topic, a whole, or a building block", () => {
    for (const q of [
      "How long do we keep the data?", // keeping is retention
      "How fast is usage growing?",
      "How long does transcoding take?", // slow work's word
      "How big is the user base?", // people
      "How big is the user population?",
      "How big is the team?",
      "How big is the database?",
      "How big should the cache be?", // a building block
      "How large is a video?", // media's word
      "What's the weather like?",
      "How many bytes a day do we ingest?", // a rate
      "How many bytes of storage do we need in total?", // a total
      "How much space does each user take?", // a person's share, not one thing
      "How much storage does the system need?",
    ]) {
      expect(readingByForm(q, topics), q).toBeNull();
    }
  });

  it("names only topics the corpus has", () => {
    expect(readingByForm("How long can the server take to answer?", { features: {} })).toBeNull();
  });
});
