import { describe, expect, it } from "vitest";
import { asksWhatItDoes } from "@/lib/interview/intent/scope";
import { isPartOfTheShare, namesOnlyAUnit } from "@/lib/interview/intent/share-and-size";

// A question whether the product does something is about its features (scope.ts), whatever
// the something: the form says so when the words are new to the model.

describe("asksWhatItDoes", () => {
  it("reads whether the product, or its users, can do something as a features question", () => {
    for (const q of [
      "Do we need file versioning?",
      "Can a user undo sending a message?",
      "Should the crawler follow redirects?",
      "Is there a way to report a post?",
      "What should someone be able to do with it on day one?",
      "Is scheduling rides in advance part of the MVP?",
      "So, does it need to dedupe near-duplicate pages?",
      "단톡도 돼야 하나요?",
      "오타 교정 기능도 들어가나요?",
      "자동완성만 하면 되는 거죠?",
      "뭘 만들면 돼요?",
      "Should the KV store support range scans?",
      "Which kinds of notifications are we sending?",
      // The product named as the subject is no other topic's word ("backend", "app").
      "Should the game backend handle matchmaking and lobbies, or only leaderboards?",
      "Should the app support offline mode?",
      "Should the job board support applying directly on the site, or only linking out?",
      // How far the scope goes: "…까지 하는 거예요, 아니면 …만이에요?"
      "CI 서비스에서 배포까지 하는 거예요, 아니면 빌드랑 테스트만이에요?",
      // A scene set first, a product part by any name, two words before the product's name,
      // "are we building…", "지원하나요", "포함인가요", and 작성 that is the product's own.
      "For ticket resale, should sellers be able to set their own prices?",
      "Should the meetup organiser handle RSVPs and waitlists?",
      "Does the live scores app need play-by-play, or just final scores?",
      "For the chess server, are we building matchmaking, spectating and analysis, or just play?",
      "대진표는 더블 엘리미네이션까지 지원하나요?",
      "번역 서비스는 기계 번역만인가요, 사람 검수도 포함인가요?",
      "청원 사이트는 청원 작성이랑 서명만 하면 되나요?",
      // What the product is expected or supposed to do.
      "Is the pet app supposed to handle vet bookings too?",
      "Is the library system expected to let members renew loans online, or only place holds?",
    ]) {
      expect(asksWhatItDoes(q), q).toBe(true);
    }
  });

  it("knows the product's people by their own nouns as the subject", () => {
    for (const q of ["Should residents be able to upvote pothole reports?", "Can patients reschedule their own appointments?", "Should agents post listings themselves?"]) {
      expect(asksWhatItDoes(q), q).toBe(true);
    }
    // A quality the people must have is no feature, whoever they are, nor how they behave.
    expect(asksWhatItDoes("Should tenants be fully isolated from each other?")).toBe(false);
    for (const q of ["Do readers outnumber writers?", "Do travelers book months ahead?", "Do volunteers work in shifts?"]) expect(asksWhatItDoes(q), q).toBe(false);
  });

  it("reads the first release a scope is for as no launch-day rush", () => {
    for (const q of ["what are the must-have things the donation platform has to do for launch", "What must the booking app do at launch?"]) expect(asksWhatItDoes(q), q).toBe(true);
    // The launch's rush is the peak's, however the question is put (an independent review, 2026-12-07).
    for (const q of ["Will users flood in at launch?", "Do users all arrive at launch?", "Will customers pile in at launch?"]) expect(asksWhatItDoes(q), q).toBe(false);
    expect(asksWhatItDoes("Do we need to handle a spike on launch day?")).toBe(false);
  });

  it("leaves questions of measure, of other topics, of the design and of the interview alone", () => {
    for (const q of [
      "Do we need to store data for 5 years?", // a figure: a measure
      "How fast should a message show up?",
      "Do users mostly browse, or do they also write a lot?", // a mix
      "Do we need to keep data forever?", // retention's word
      "Do we need strong consistency?",
      "Do we support smartwatches?", // a platform
      "Do we need a mobile app?", // a client named, not the product: a platform
      "Does the app need to keep data forever?",
      "Do we need a cache?", // a building block: the candidate's call
      "Do we need to estimate storage?", // a step of the interview
      "Should I draw the diagram now?",
      "몇 년치 데이터를 저장해야 돼요?",
      "메시지는 얼마나 빨리 전달돼야 해요?",
      "What's the weather like?",
      // The interview and the candidate, not the product (found by a review):
      "Does it make sense?",
      "Can anyone hear me?",
      "Do you want to hear my approach?",
      "What should we do first?",
      "Is there any way to get a hint?",
      "Does the interview have to be in English?",
      "What kinds of questions will you ask?",
      "Do we need to write tests?",
      "제가 다음에 뭘 해야 하나요?",
      "영어로 답해야 하나요?",
      "코드를 작성해야 하나요?",
      "답안을 작성해야 하나요?",
      "In Europe, should the app store data locally?", // the scene names regions
      "Should the cache store sessions?",
      "For the chess server, are we building it on Kafka?",
      // A quality the product must have is its own topic, not a feature:
      "Does the feed need to be real-time?",
      "Does the limiter need to be accurate?",
      // …and what it is expected to become is its growth.
      "Is the pet app expected to grow a lot next year?",
    ]) {
      expect(asksWhatItDoes(q), q).toBe(false);
    }
  });
});

describe("isPartOfTheShare: a clause of a question about a share", () => {
  it("names only the whole the share is taken of, or examples of the static files", () => {
    expect(isPartOfTheShare("Of all request", "traffic", ["static-content"])).toBe(true);
    expect(isPartOfTheShare("전체 요청 중", "traffic", ["static-content"])).toBe(true);
    expect(isPartOfTheShare("and what fraction of total requests does it account for?", "traffic", ["media"])).toBe(true);
    expect(isPartOfTheShare("scripts and logo images", "media", ["static-content"])).toBe(true);
  });

  it("leaves a clause that asks on its own", () => {
    expect(isPartOfTheShare("What's the QPS", "traffic", ["static-content"])).toBe(false);
    expect(isPartOfTheShare("How many photos per furniture listing", "media", ["static-content"])).toBe(false);
    expect(isPartOfTheShare("do users upload images", "media", ["static-content"])).toBe(false);
    // Images are media's own when no static share is asked.
    expect(isPartOfTheShare("logo images", "media", ["features"])).toBe(false);
  });

  it("leaves an English question of its own about media, asked beside the static share", () => {
    expect(isPartOfTheShare("Do posts carry images?", "media", ["static-content"], "Also what fraction of page requests are static assets?")).toBe(false);
    expect(isPartOfTheShare("Do hotel listings carry lots of photos", "media", ["static-content"], "and how much of page traffic is static stuff")).toBe(false);
    expect(isPartOfTheShare("Do posts carry images?", "media", ["static-content"])).toBe(false);
  });

  it("still takes a question's first half that goes on about the static files, or one naming them", () => {
    // "Are the pill images | and medication leaflets static content that rarely changes?" is one question.
    expect(isPartOfTheShare("Are the pill images", "media", ["static-content"], "and medication leaflets static content that rarely changes?")).toBe(true);
    expect(isPartOfTheShare("Are the quiz images static files?", "media", ["static-content"])).toBe(true);
    expect(isPartOfTheShare("이미지도 있나요?", "media", ["static-content"])).toBe(true);
  });

  it("takes a question whether images are in the share", () => {
    // An independent review's probes (2026-12-07), each after "What share of traffic is static?".
    for (const part of ["Does that include images?", "Are images part of that?", "Do images count?", "are images included?", "What about images?"]) {
      expect(isPartOfTheShare(part, "media", ["static-content"]), part).toBe(true);
    }
  });
});

describe("namesOnlyAUnit: the unit an answer is wanted in is no question of its own", () => {
  it("takes 'in API calls', 'in bytes', 'in terms of requests'", () => {
    for (const part of ["in API calls?", "in bytes", "in terms of requests per second?", "as DAU", "per day", "Per day", "daily?", "하루 기준으로요"]) expect(namesOnlyAUnit(part), part).toBe(true);
  });
  it("leaves a clause that asks", () => {
    for (const part of ["in which regions?", "in API calls, how many are writes?", "is it served by an API?", "per day, how many orders?", "every day at noon it spikes"]) expect(namesOnlyAUnit(part), part).toBe(false);
  });
});
