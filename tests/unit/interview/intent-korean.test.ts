import { describe, expect, it } from "vitest";
import { isBareGrammar, koreanStem, splitQuestionWord } from "@/lib/interview/intent/korean";
import { contentTerms, rawFeatures } from "@/lib/interview/intent/features";
import { clauses } from "@/lib/interview/intent/clauses";
import { sharedInterviewer, understand } from "@/lib/interview/intent/understand";

// One Korean content word has many surface forms (particles, endings, 하다/되다 verbs, spacing);
// the intent features should see one stem, and never cut a noun that only ends like grammar.

describe("koreanStem", () => {
  it.each([
    ["사용자는", "사용자"],
    ["사용자들이", "사용자"],
    ["데이터에서", "데이터"],
    ["트래픽으로", "트래픽"],
    ["사용자는요", "사용자"],
    ["글로벌임", "글로벌"], // chat's copula
    ["웹임", "웹"],
  ])("strips particles: %s -> %s", (word, stem) => expect(koreanStem(word)).toBe(stem));

  it.each([["게임"], ["모임"], ["책임"], ["패러다임"], ["프라임"], ["다운타임"]])("keeps a noun that merely ends in 임: %s", (word) => expect(koreanStem(word)).toBe(word));

  it.each([
    ["명이", "명"],
    ["건의", "건"],
    ["번에", "번"],
    ["명이라고", "명"],
  ])("strips a particle from a one-syllable counter or bound noun: %s -> %s", (word, stem) => expect(koreanStem(word)).toBe(stem));

  it.each([
    ["호출하나요", "호출"],
    ["처리해야", "처리"],
    ["허용되나요", "허용"],
    ["보관하나요", "보관"],
    ["구현돼", "구현"],
    ["이해했나요", "이해"],
    ["필요해요", "필요"],
    ["허용되요", "허용"],
  ])("reduces a 하다/되다 verb to its noun: %s -> %s", (word, stem) => expect(koreanStem(word)).toBe(stem));

  it.each([
    ["될까요", "되"],
    ["합니까", "하"],
    ["중요한가요", "중요"],
    ["괜찮아요", "괜찮"],
    ["바뀌었나요", "바뀌"],
    ["있을까요", "있"],
    ["정도여야", "정도"],
    ["보겠습니다", "보"],
  ])("removes endings that live in the syllable's final consonant or follow a stem: %s -> %s", (word, stem) => expect(koreanStem(word)).toBe(stem));

  it.each(["증가", "국가", "이미지", "화면", "하나", "속도", "정도", "읽기", "단어", "다운타임", "업타임", "장바구니", "번들", "주요", "수요"])("keeps a noun that only ends like grammar: %s", (word) =>
    expect(koreanStem(word)).toBe(word),
  );
});

describe("isBareGrammar", () => {
  it.each(["가", "를", "는", "인가요", "이에요", "예요", "로"])("%s is only grammar", (run) => expect(isBareGrammar(run)).toBe(true));
  it.each(["명", "초", "배로", "사용자", "천만"])("%s has a content word", (run) => expect(isBareGrammar(run)).toBe(false));
});

describe("splitQuestionWord", () => {
  it("splits a question word written onto the next word", () => {
    expect(splitQuestionWord("몇명인가요")).toEqual(["몇", "명인가요"]);
    expect(splitQuestionWord("얼마나돼")).toEqual(["얼마나", "돼"]);
    expect(splitQuestionWord("몇")).toEqual(["몇"]);
    expect(splitQuestionWord("사용자")).toEqual(["사용자"]);
  });
});

describe("Korean intent features", () => {
  it("gives a Latin word's particle no content word of its own", () => {
    expect(contentTerms("QPS가 얼마예요?").terms).toEqual(["qps"]);
    expect(contentTerms("API를 몇 번 호출하나요?").terms).toEqual(["api", "번", "호출"]);
  });

  it("gives a particle or ending written apart by a spacing slip no word of its own", () => {
    expect(contentTerms("사용자 는 몇 명 인가요?").terms).toEqual(contentTerms("사용자는 몇 명인가요?").terms);
  });

  it("keeps a number's unit", () => {
    expect(contentTerms("100만 명이에요?").terms).toContain("만");
  });

  it("reads spacing variants of a counted question as the same words", () => {
    const spaced = contentTerms("사용자가 몇 명인가요?").terms;
    expect(contentTerms("사용자가 몇명인가요").terms).toEqual(spaced);
    expect(spaced).toEqual(["사용자", "명"]);
  });

  it("reads a run longer than any Korean word as words written together: grams, no term", () => {
    const glued = contentTerms("하루활성사용자수가얼마나되나요");
    expect(glued.terms).toEqual([]);
    expect(glued.grams).toContain("사용자");
    expect(contentTerms("일일활성사용자는요?").terms).toEqual(["일일활성사용자"]);
  });

  it("gives a verb and its noun the same word feature", () => {
    expect(rawFeatures("얼마나 오래 보관하나요?").has("w:보관")).toBe(true);
    expect(rawFeatures("보관 기간은요?").has("w:보관")).toBe(true);
  });
});

describe("Korean clauses", () => {
  it("splits questions joined by -고 and nouns joined by 와/과/랑", () => {
    expect(clauses("현재 기술 스택이 뭐고 사용자는 몇 명이에요?")).toEqual(["현재 기술 스택이 뭐고", "사용자는 몇 명이에요?"]);
    expect(clauses("지연 시간과 가용성 요구사항은?")).toEqual(["지연 시간과", "가용성 요구사항은?"]);
  });

  it("keeps verb + 고 + auxiliary one predicate (-고 싶다, -고 있다, -고 나서) and 'A 말고 B' one question", () => {
    expect(clauses("사용자 수가 계속 늘고 있는 추세인가요?")).toEqual(["사용자 수가 계속 늘고 있는 추세인가요?"]);
    expect(clauses("하루 평균 요청량을 알고 싶습니다.")).toEqual(["하루 평균 요청량을 알고 싶습니다."]);
    expect(clauses("파일을 업로드하고 나서 다른 기기에서 바로 보여야 하나요?")).toEqual(["파일을 업로드하고 나서 다른 기기에서 바로 보여야 하나요?"]);
    expect(clauses("평균 말고 최대치로는 얼마나 돼?")).toEqual(["평균 말고 최대치로는 얼마나 돼?"]);
  });

  it("does not split after a noun that merely ends in 과 (결과, 효과, 초과), but does after 연결과", () => {
    expect(clauses("검색 결과 페이지 응답크기 얼마나 돼?")).toEqual(["검색 결과 페이지 응답크기 얼마나 돼?"]);
    expect(clauses("한도 초과 요청은 어떻게 돼요?")).toEqual(["한도 초과 요청은 어떻게 돼요?"]);
    expect(clauses("캐시 효과 기대치가 있나요?")).toEqual(["캐시 효과 기대치가 있나요?"]);
    expect(clauses("웹소켓 연결과 메시지 수는?")).toEqual(["웹소켓 연결과", "메시지 수는?"]);
  });

  it("splits two figures of a proposal joined by a figure and 에, not a figure reached, a time or a Latin unit", () => {
    expect(clauses("가용성 99.99%에 멀티 리전으로 가정해도 될까요?")).toEqual(["가용성 99.99%에", "멀티 리전으로 가정해도 될까요?"]);
    expect(clauses("DAU 300만 명에 피크 2배로 보면 되죠?")).toEqual(["DAU 300만 명에", "피크 2배로 보면 되죠?"]);
    expect(clauses("하루 1000건에 달해요?")).toEqual(["하루 1000건에 달해요?"]);
    expect(clauses("오전 9시에 몰려요?")).toEqual(["오전 9시에 몰려요?"]);
    expect(clauses("100ms에 응답해야 해요?")).toEqual(["100ms에 응답해야 해요?"]);
    expect(clauses("DAU 100만 명에 도달하면 샤딩이 필요할까요?")).toEqual(["DAU 100만 명에 도달하면 샤딩이 필요할까요?"]);
    expect(clauses("p99에 300ms면 될까요?")).toEqual(["p99에 300ms면 될까요?"]);
    expect(clauses("요청 1000만 건에 피크 3배로 보면 되죠?")).toEqual(["요청 1000만 건에", "피크 3배로 보면 되죠?"]);
    expect(understand(sharedInterviewer(), "가용성 99.9%에 두 개 리전으로 가정해도 될까요?").topics.sort()).toEqual(["availability", "regions"]);
  });
});
