import { describe, expect, it } from "vitest";
import { markKoreanSentenceEnds, splitKoreanRunOnByReading } from "@/lib/interview/intent/korean-sentences";
import { sharedInterviewer, understand } from "@/lib/interview/intent/understand";

// Korean chat runs its sentences together without marks; a polite or question ending, or a run
// of laughter, still ends one. Written for this test, not taken from the corpus.

describe("markKoreanSentenceEnds", () => {
  it.each([
    ["하루 사용자 몇 명이에요 피크는 몇 배예요", "하루 사용자 몇 명이에요? 피크는 몇 배예요"],
    ["지금 DB 뭐 써요 트래픽은요", "지금 DB 뭐 써요? 트래픽은요"],
    ["보관 기간은 몇 년이죠 지역은 국내만인가요", "보관 기간은 몇 년이죠? 지역은 국내만인가요"],
    ["몇 명이 씁니까 피크는 언제입니까", "몇 명이 씁니까? 피크는 언제입니까"],
    ["이거 되냐 지역은", "이거 되냐? 지역은"],
  ])("marks a polite or question ending before the next sentence: %s", (text, marked) => expect(markKoreanSentenceEnds(text)).toBe(marked));

  it.each([
    ["지금 DB 뭐 써 트래픽은", "지금 DB 뭐 써? 트래픽은"],
    ["해외 유저도 있어 가용성은", "해외 유저도 있어? 가용성은"],
    ["사용자 몇 명임 피크는", "사용자 몇 명임? 피크는"],
    ["사진 첨부도 있음 용량은", "사진 첨부도 있음? 용량은"],
    ["스팸도 막아야 하나 지역은", "스팸도 막아야 하나? 지역은"],
    ["초당 몇 건이야 지연은", "초당 몇 건이야? 지연은"],
    ["트래픽 얼마야 피크는", "트래픽 얼마야? 피크는"],
    ["피크는 어떻게 돼 지역은", "피크는 어떻게 돼? 지역은"],
    ["지금 뭐 써 보안은", "지금 뭐 써? 보안은"], // 보안 is no helping verb 보다
    ["암호화 필요해 지역은", "암호화 필요해? 지역은"],
    ["DAU 100만임 피크는", "DAU 100만임? 피크는"],
    ["몇 명이에요~ 피크는요", "몇 명이에요~? 피크는요"],
  ])("marks a plain (반말) or typed-chat ending: %s", (text, marked) => expect(markKoreanSentenceEnds(text)).toBe(marked));

  it.each([
    ["캐시를 앞에 둘게요 피크는요", "캐시를 앞에 둘게요. 피크는요"],
    ["먼저 용량을 계산하겠습니다 사용자 수는요", "먼저 용량을 계산하겠습니다. 사용자 수는요"],
    ["생각보다 많네요 그럼 피크는요", "생각보다 많네요. 그럼 피크는요"],
    ["좋아요 그럼 피크는요", "좋아요. 그럼 피크는요"], // an acknowledgement, read as one (understand.ts)
    ["캐시가 필요할 것 같아요 그럼 피크는요", "캐시가 필요할 것 같아요. 그럼 피크는요"],
    ["캐시를 쓸까 고민 중인데요 피크는요", "캐시를 쓸까 고민 중인데요. 피크는요"],
    ["작년 피크는 몇 배였어요 올해는요", "작년 피크는 몇 배였어요? 올해는요"], // a report, but asked with 몇
  ])("marks a statement with a full stop, a question with a question mark: %s", (text, marked) => expect(markKoreanSentenceEnds(text)).toBe(marked));

  it.each([
    ["사용자 수 대략 얼마임 ㅋㅋ 주로 모바일이에요", "사용자 수 대략 얼마임 ㅋㅋ? 주로 모바일이에요"],
    ["필터링 필요해요 ㅋㅋ 메시지는 초당 몇 개예요", "필터링 필요해요 ㅋㅋ? 메시지는 초당 몇 개예요"],
    ["캐시 쓸게요 ㅎㅎ 피크는요", "캐시 쓸게요 ㅎㅎ. 피크는요"],
  ])("ends a sentence at laughter, asking when its words ask: %s", (text, marked) => expect(markKoreanSentenceEnds(text)).toBe(marked));

  it.each([
    ["필요 없는 데이터는 지워요"], // 필요 is a noun
    ["중요 데이터 보관 기간은요"],
    ["요청 처리 소요 시간이 얼마예요"],
    ["아까 말한 트래픽 기준이에요"],
    ["트래픽이 많으니까 캐시를 쓸까요"],
    ["서버가 몰릴까 봐 걱정돼요"],
    ["DAU가 얼마예요?"],
    ["How many users, and where are they?"],
    ["좋아요 ㅋㅋ"],
    ["게임 서버 몇 대예요"], // 게임 is a noun, not the chat copula 임
    ["다음 달 사용자 수는요"],
    ["이미지 포함 용량이 얼마예요"],
    ["택배 보관함 피크는 몇 배예요"], // 보관함 (a locker) is a noun, not 보관 + the chat ending 함
    ["레이어 몇 개로 나눠 보려고요"], // a loanword in 어, and -어 보다
    ["서버 하나 더 둘 때 피크는요"], // 하나 is "one" unless it follows -야
    ["캐시를 쓸까 말까 고민이에요"],
    ["좋아요 수는 실시간으로 보여야 돼요"], // the Like button
    ["해외 유저도 있나 궁금해요"],
    ["트래픽이 몰릴까 걱정돼요"],
    ["트래픽이 몰리면요 어떻게 해요"],
    ["여기어때 같은 숙박 예약 서비스인가요"],
    ["MySQL 써 왔는데 괜찮을까요"],
    ["알려 줘 피크를"],
    // One noun and its copula, then another: the alternatives of one question (web or mobile?).
    ["웹이야 모바일이야?"],
    ["웹이에요 앱이에요?"],
    ["국내용인가요 글로벌인가요?"],
    ["사용자들 어느 지역에 있고, 웹이야 모바일이야?"],
  ])("leaves a sentence without an unmarked end as it is: %s", (text) => expect(markKoreanSentenceEnds(text)).toBe(text));

  it.each([
    ["DAU 얼마야 피크는 몇배야", "DAU 얼마야? 피크는 몇배야"], // a question word's copula asks
    ["모바일이야 트래픽은 얼마야", "모바일이야? 트래픽은 얼마야"], // no second noun and copula after it
    // Nouns of two kinds ask two yes/no questions: is it an app? is it global?
    ["앱이에요 글로벌이에요?", "앱이에요? 글로벌이에요?"],
    ["모바일이야 국내야?", "모바일이야? 국내야?"],
    ["DAU 얼마예요, 모바일이에요 국내예요?", "DAU 얼마예요, 모바일이에요? 국내예요?"],
  ])("still ends a copula's sentence that is no alternative of one noun: %s", (text, marked) => expect(markKoreanSentenceEnds(text)).toBe(marked));
});

describe("two Korean questions run together", () => {
  it.each([
    ["하루 사용자 몇 명이에요 피크 때는 평소의 몇 배예요", ["peak", "users"]],
    ["메시지는 얼마나 오래 보관해요 해외 유저도 있나요", ["regions", "retention"]],
    ["지금 DB 뭐 써요 트래픽은 초당 얼마나 받아요", ["current-setup", "traffic"]],
    ["응답 속도 목표 있나요 가용성은 몇 나인이에요", ["availability", "latency"]],
    ["사용자 수 대략 얼마임 ㅋㅋ 주로 모바일로 써요", ["platform", "users"]],
  ])("%s gets both answers", (question, topics) => {
    expect(understand(sharedInterviewer(), question).topics.sort()).toEqual(topics);
  });
});

describe("splitKoreanRunOnByReading", () => {
  // The reading that decides a cut, kept simple for the test: a part reads as a topic when it
  // names that topic's word, and is unsure (null) when it names none or two.
  const WORDS: Record<string, string> = { 동접: "users", 리전: "regions", KB: "payload", 조회: "read-write-mix", 보관: "retention" };
  const byWord = (part: string) => {
    const topics = [...new Set(Object.entries(WORDS).filter(([word]) => part.includes(word)).map(([, topic]) => topic))];
    return { topic: topics.length === 1 ? topics[0] : null, score: topics.length === 1 ? 0.95 : 0.3 };
  };

  it.each([
    ["게임 동접 몇명 유저 어느 리전에 있어", "게임 동접 몇명? 유저 어느 리전에 있어"],
    ["타일 하나 몇KB 하루 몇번 조회해", "타일 하나 몇KB? 하루 몇번 조회해"],
    ["로그 얼마나보관 리전 제한 있어", "로그 얼마나보관? 리전 제한 있어"],
  ])("cuts after a word that asks with what it asks about: %s", (text, cut) => expect(splitKoreanRunOnByReading(text, byWord)).toBe(cut));

  it.each([
    // A question word alone asks about the words after it.
    ["동접 최대 몇 리전에서 받아요"],
    ["리전 하나 얼마나 조회해요"],
    // No word that asks before the cut, a mark inside, or both sides one topic.
    ["동접 최대치 리전 분포"],
    ["게임 동접 몇명? 유저 어느 리전에 있어"],
    ["동접 몇명 동접 피크는"],
    // A particle that ties the word to the verb after it, a verb that embeds the question, a word
    // that only contains a question word, or a message too long for two questions typed together.
    ["동접 몇명까지 리전 분산해요"],
    ["타일 몇KB씩 조회해요"],
    ["동접 몇명인지 리전별로 알려줘요"],
    ["언제나 동접 리전 같아요"],
    [`게임 동접 몇명 ${"정말 ".repeat(24)}유저 어느 리전에 있어`],
  ])("leaves one question whole: %s", (text) => expect(splitKoreanRunOnByReading(text, byWord)).toBe(text));

  it("leaves English to its own rule", () => expect(splitKoreanRunOnByReading("how many users which regions", () => ({ topic: "users", score: 1 }))).toBe("how many users which regions"));
});
