import { describe, expect, it } from "vitest";
import { readingOfForm, sharedInterviewer, understand } from "@/lib/interview/intent/understand";
import { afterAcknowledgement } from "@/lib/interview/intent/remarks";

// Forms of a question that decide its topic against the model's reading (understand.ts ASKED_FORMS).
describe("readingOfForm", () => {
  it("reads whether the product takes a kind of media as the media question", () => {
    expect(readingOfForm("Do chat messages support voice notes?", "features")).toBe("media");
    expect(readingOfForm("Should the forum handle animated GIFs?", "features")).toBe("media");
    expect(readingOfForm("게시글에 동영상도 올릴 수 있나요?", "features")).toBe("media");
    expect(readingOfForm("첨부파일 업로드도 지원해야 해요?", "features")).toBe("media");
  });

  it("keeps a call, a stream or playback by video a feature", () => {
    expect(readingOfForm("Do we need to support video calls?", "features")).toBe("features");
    expect(readingOfForm("Should the app handle video streaming too?", "features")).toBe("features");
    expect(readingOfForm("스마트 TV도 동영상 재생을 지원해야 하나요?", "features")).toBe("features");
    // …and a search, a tag or a live stream of a kind of media, in one word or in two.
    expect(readingOfForm("Do we need to support image search?", "features")).toBe("features");
    expect(readingOfForm("Should we support live video?", "features")).toBe("features");
    expect(readingOfForm("음성인식 지원해야 하나요?", "features")).toBe("features");
    // A clause split from its message is read in it: "audio" is the first half of "audio and video calls".
    expect(readingOfForm("Should the chat support audio", "features", "Should the chat support audio and video calls?")).toBe("features");
  });

  it("reads who calls the product as its clients' platform, not slow work", () => {
    expect(readingOfForm("Who calls the shipping-rates API", "slow-work")).toBe("platform");
    expect(readingOfForm("and who consumes it, partners or our own apps?", "slow-work")).toBe("platform");
    // The product calling others is slow work.
    expect(readingOfForm("How long do the calls to the shipping-rates API take?", "slow-work")).toBe("slow-work");
    expect(readingOfForm("Who calls the bank API - the checkout request or a queue?", "slow-work")).toBe("slow-work");
    expect(readingOfForm("Who integrates with the payment gateway, us or the merchant?", "slow-work")).toBe("slow-work");
  });

  it("reads how long something may take as a latency budget, how long it does take as slow work", () => {
    expect(readingOfForm("How long can the checkout call take before buyers give up?", "slow-work")).toBe("latency");
    expect(readingOfForm("how long may a map tile take to render", "slow-work")).toBe("latency");
    expect(readingOfForm("How long should a fare quote take to come back?", "slow-work")).toBe("latency");
    expect(readingOfForm("How long is a search allowed to take?", "slow-work")).toBe("latency");
    expect(readingOfForm("How long does the fraud provider's call take per payment?", "slow-work")).toBe("slow-work");
    expect(readingOfForm("How long will thumbnail generation take per photo?", "slow-work")).toBe("slow-work");
    // What may take long is slow work behind a write: its time, not a budget for an answer.
    expect(readingOfForm("How long can the payment provider call take?", "slow-work")).toBe("slow-work");
    expect(readingOfForm("How long could fan-out to all followers take?", "slow-work")).toBe("slow-work");
    expect(readingOfForm("How long is the webhook allowed to take?", "slow-work")).toBe("slow-work");
    expect(readingOfForm("How long can the welcome email send take after signup?", "slow-work")).toBe("slow-work");
  });

  it("reads a count of people or requests as what it counts, not as features", () => {
    expect(readingOfForm("How many users do we need to support?", "features")).toBe("users");
    expect(readingOfForm("how many requests a second must the gateway support", "features")).toBe("traffic");
    // A count of what the product offers is about its features.
    expect(readingOfForm("How many payment methods do we need to support?", "features")).toBe("features");
    // A count per post is a feature's limit, and a count inside the question asks about a limit.
    expect(readingOfForm("How many tags per post do we need to support?", "features")).toBe("features");
    expect(readingOfForm("Do we need to cap how many users can join a room?", "features")).toBe("features");
  });

  it("reads people counted at the opening as the users, though the model reads the media they take", () => {
    expect(readingOfForm("How many members post pictures to the gallery site?", "media")).toBe("users");
    expect(readingOfForm("사진 올리는 회원이 몇 명이에요?", "media")).toBe("users");
    // What is counted is the media, or the people a post goes out to.
    expect(readingOfForm("How many pictures does a member post?", "media")).toBe("media");
    expect(readingOfForm("사진 한 장 올라가면 몇 명에게 전달돼요?", "media")).toBe("media");
  });

  it("reads the share of the load that reads or writes as the mix, not the static share", () => {
    expect(readingOfForm("What percentage of requests are reads?", "static-content")).toBe("read-write-mix");
    expect(readingOfForm("what fraction of all calls are writes", "static-content")).toBe("read-write-mix");
    expect(readingOfForm("What share of reads is static?", "static-content")).toBe("static-content");
    expect(readingOfForm("What percentage of requests are reads of static assets like images?", "static-content")).toBe("static-content");
  });

  it("reads a limit on how many things one person may make as abuse control", () => {
    expect(readingOfForm("Should we cap how many messages a user can send per minute?", "read-write-mix")).toBe("security");
    expect(readingOfForm("is there a limit on how many accounts one person can open", "users")).toBe("security");
    expect(readingOfForm("How many messages does a user send per minute?", "read-write-mix")).toBe("read-write-mix");
    // Another company's quota on us is no abuse control.
    expect(readingOfForm("Does the payment provider limit how many requests we can send per second?", "traffic")).toBe("traffic");
  });

  it("changes no other topic", () => {
    expect(readingOfForm("Do chat messages support voice notes?", "latency")).toBe("latency");
    expect(readingOfForm("Who calls the shipping-rates API", "traffic")).toBe("traffic");
  });
});

describe("understand, with the forms of a question", () => {
  const topics = (question: string) => [...understand(sharedInterviewer(), question).topics].sort();

  it("answers whether a kind of media is taken with the media facts, and whether a feature is offered with the features", () => {
    expect(topics("Do we need to support GIFs in comments, or is it text only?")).toEqual(["media"]);
    expect(topics("Should the chat support audio and video calls?")).toEqual(["features"]);
  });

  // A known miss since the thirty-fourth session's corpus lines (2026-12-06): the clause "do comments
  // support images?" now reads as a feature to the model, so the message gets the features alone. It
  // fails here until the media reading comes back.
  it.fails("known miss: a feature asked beside whether a kind of media is taken gets both", () => {
    expect(topics("Do we need search, and do comments support images?")).toEqual(["features", "media"]);
  });

  it("answers how many users must be supported with the users", () => {
    expect(topics("How many users do we need to support?")).toEqual(["users"]);
    // Unsure between the load's readings, a count of people names the reading.
    expect(topics("How many concurrent users should we support?")).toEqual(["users"]);
  });

  it("answers a message that opens by counting people with the users, beside its other question", () => {
    expect(topics("How many volunteers sign into the food bank portal, and does it need single sign-on?")).toEqual(["security", "users"]);
  });

  it("reads 'ok if …' as the question it is, not as an acknowledgement", () => {
    expect(afterAcknowledgement("ok if the cart total is stale for a second")).toBeNull();
    expect(afterAcknowledgement("OK, if it's 10M users, what's the peak?")).toBe("if it's 10M users, what's the peak?");
    expect(topics("ok if the cart total is stale for a second")).toEqual(["consistency"]);
  });

  it("answers what share of requests are reads with the mix", () => {
    expect(topics("What percentage of requests are reads?")).toEqual(["read-write-mix"]);
  });

  it("answers the load's peak named beside another topic with both", () => {
    expect(topics("What's the peak QPS and the latency target?")).toEqual(["latency", "peak"]);
    expect(topics("Peak QPS and p99 target?")).toEqual(["latency", "peak"]);
  });

  it("answers whether slow work runs behind each upload with the slow work", () => {
    expect(topics("Does anything slow run in the background after each upload, like thumbnails?")).toEqual(["slow-work"]);
  });

  // Lost when the twenty-ninth session's 519 two-topic lines joined the corpus (2026-12-05): slow
  // work 0.39 against the current setup's 0.36, under the bar and its margin. A known miss, kept
  // visible: it fails here until the reading comes back.
  it.fails("known miss: answers whether long-running background jobs run with the slow work", () => {
    expect(topics("Are there any long-running background jobs?")).toEqual(["slow-work"]);
  });

  it("answers what the product must do with the features, beside another question", () => {
    expect(topics("What must the recipe app do, and is it iOS only?")).toEqual(["features", "platform"]);
  });

  it("answers who calls an API with the platform alone", () => {
    expect(topics("Who calls the tax-rates API, our own storefront or partner shops?")).toEqual(["platform"]);
  });
});
