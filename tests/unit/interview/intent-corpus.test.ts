import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ContentError, LANGUAGES, readCorpus, readEvalFile } from "@/lib/interview/intent/corpus";
import { withoutKoreanProductName, withoutProductName } from "@/lib/interview/intent/product";
import { buildInterviewer, readsWord, pairOf, understand, withoutLeadingLabel } from "@/lib/interview/intent/understand";
import { clauses } from "@/lib/interview/intent/clauses";
import { isSettingTheScene } from "@/lib/interview/intent/scene";
import { askingPart, sentencesAskingApart } from "@/lib/interview/intent/sentences";
import { offersAnswers, withoutOfferedAnswers } from "@/lib/interview/intent/offered-answers";
import { isRemark } from "@/lib/interview/intent/remarks";
import { asksApart, asksApartPointingBack, asksBeside, asksOnItsOwn, clauseTermCount, HOW_OFTEN_IT_HAPPENS, pointsBack, sharesTheHead } from "@/lib/interview/intent/clause-asks";
import { withoutSetAside } from "@/lib/interview/intent/set-aside";
import { factTopics } from "@/lib/interview/matcher";
import { loadPromptFiles } from "@/lib/prompts/load-content";

const root = path.resolve(import.meta.dirname, "../../..");
const CONTENT = path.join(root, "content/interviewer");
const FIXTURE = path.join(root, "tests/fixtures/interviewer");
const temp = mkdtempSync(path.join(tmpdir(), "interviewer-corpus-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function brokenCopy(name: string, file: string, text: string): string {
  const dir = path.join(temp, name);
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return dir;
}

function problemOf(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error("expected the load to fail");
}

describe("the shared corpus (content/interviewer)", () => {
  const corpus = readCorpus(CONTENT);

  it("has at least 40 questions per topic and language, and unrelated questions in each language", () => {
    const short: string[] = [];
    for (const topic of Object.keys(corpus.topics)) {
      for (const language of LANGUAGES) {
        const n = corpus.examples.filter((e) => e.topic === topic && e.language === language).length;
        if (n < 40) short.push(`${topic}/${language}: ${n}`);
      }
    }
    expect(short).toEqual([]);
    for (const language of LANGUAGES) expect(corpus.examples.filter((e) => e.topic === null && e.language === language).length).toBeGreaterThanOrEqual(100);
  });

  it("has an independent test file that names only known topics", () => {
    const file = readEvalFile(path.join(CONTENT, "eval/independent.yaml"), corpus.topics);
    expect(file.questions.length).toBeGreaterThan(100);
  });

  it("ties every prompt's facts to known topics, and every topic with fields to some fact", async () => {
    const { prompts, problems } = await loadPromptFiles(path.join(root, "content/prompts"));
    expect(problems).toEqual([]);
    const interviewer = { topics: corpus.topics };
    for (const prompt of prompts) {
      for (const fact of prompt.facts) for (const id of fact.intents ?? []) expect(Object.keys(corpus.topics)).toContain(id);
      const covered = new Set(prompt.facts.flatMap((f) => factTopics(f, interviewer)));
      for (const topic of ["users", "traffic", "peak", "latency", "availability", "regions", "retention"]) expect(covered).toContain(topic);
    }
  });
});

describe("loading a corpus", () => {
  it("names the file and the field of a bad entry", () => {
    const dir = brokenCopy("bad-field", "corpus/en.yaml", "version: 1\nlanguage: en\ntopics:\n  users: [\"How many users?\", 3]\n");
    expect(problemOf(() => readCorpus(dir))).toMatch(/corpus\/en\.yaml topics\.users\[1\]: /);
  });

  it("names an unknown topic", () => {
    const dir = brokenCopy("bad-topic", "corpus/en.yaml", "version: 1\nlanguage: en\ntopics:\n  userz: [\"How many users?\"]\n");
    expect(problemOf(() => readCorpus(dir))).toMatch(/corpus\/en\.yaml topics\.userz: unknown topic "userz"/);
  });

  it("reads questions about several topics: `also` on a topic's line and the `several` list", () => {
    const dir = brokenCopy(
      "several",
      "corpus/en.yaml",
      'version: 1\nlanguage: en\ntopics:\n  users: ["How many users?", { q: "Users and their regions?", also: [regions] }]\nseveral:\n  - { q: "QPS and p99?", topics: [traffic, latency] }\n',
    );
    const examples = readCorpus(dir).examples.filter((e) => e.language === "en");
    expect(examples.map((e) => [e.text, e.topic, e.also ?? [], e.several ?? false])).toEqual([
      ["How many users?", "users", [], false],
      ["Users and their regions?", "users", ["regions"], false],
      ["QPS and p99?", "traffic", ["latency"], true],
    ]);
  });

  it("names an unknown or repeated topic of a question about several", () => {
    const also = brokenCopy("bad-also", "corpus/en.yaml", 'version: 1\nlanguage: en\ntopics:\n  users: [{ q: "Users?", also: [userz] }]\n');
    expect(problemOf(() => readCorpus(also))).toMatch(/topics\.users\[0\]\.also\[0\]: unknown topic "userz"/);
    const own = brokenCopy("own-also", "corpus/en.yaml", 'version: 1\nlanguage: en\ntopics:\n  users: [{ q: "Users?", also: [users] }]\n');
    expect(problemOf(() => readCorpus(own))).toMatch(/topics\.users\[0\]\.also: must name other topics/);
    const twice = brokenCopy("twice", "corpus/en.yaml", 'version: 1\nlanguage: en\ntopics:\n  users: ["Users?"]\nseveral:\n  - { q: "QPS?", topics: [traffic, traffic] }\n');
    expect(problemOf(() => readCorpus(twice))).toMatch(/several\[0\]\.topics: must name each topic once/);
    const one = brokenCopy("one", "corpus/en.yaml", 'version: 1\nlanguage: en\ntopics:\n  users: ["Users?"]\nseveral:\n  - { q: "QPS?", topics: [traffic] }\n');
    expect(problemOf(() => readCorpus(one))).toMatch(/several\[0\]\.topics/);
  });

  it("refuses a file whose language is not its name", () => {
    const dir = brokenCopy("bad-language", "corpus/ko.yaml", "version: 1\nlanguage: en\ntopics:\n  users: [\"How many users?\"]\n");
    expect(problemOf(() => readCorpus(dir))).toMatch(/corpus\/ko\.yaml language: must be "ko"/);
  });

  it("reports a YAML syntax error with its line", () => {
    const dir = brokenCopy("bad-yaml", "topics.yaml", "version: 1\ntopics: [\n");
    expect(problemOf(() => readCorpus(dir))).toMatch(/topics\.yaml: YAML syntax error at line/);
  });
});

describe("understanding, trained on a small corpus", () => {
  const small = readCorpus(FIXTURE);
  const interviewer = buildInterviewer(small, small.examples);

  it("classifies what it was trained on", () => {
    expect(understand(interviewer, "What's the availability target?").topics).toEqual(["availability"]);
    expect(understand(interviewer, "Can I use Redis?").topics).toEqual([]);
  });
  it("reads a word it saw in another inflection, and not one it never saw", () => {
    expect(readsWord(interviewer, "target")).toBe(true);
    expect(readsWord(interviewer, "targeting")).toBe(true);
    expect(readsWord(interviewer, "zorbulate")).toBe(false);
  });
  it("takes a first-person plan anywhere in a message that asks nothing as a remark", () => {
    expect(isRemark("Multi-region feels like overkill, I'll start with one region and grow later.")).toBe(true);
    expect(isRemark("For cold data I'll move it to cheaper storage after a while")).toBe(true);
    expect(isRemark("If the DAU is 10M, I'll size for that, right?")).toBe(false);
    expect(isRemark("how many users")).toBe(false);
  });
  it("takes the candidate's own life told in the past as a remark", () => {
    expect(isRemark("I grew up in two countries.")).toBe(true);
    expect(isRemark("i lived in seoul for a while")).toBe(true);
    expect(isRemark("I worked at a bank for years. How many users do we have?")).toBe(false);
    expect(isRemark("We used to run on one server, how many users now?")).toBe(false);
    expect(isRemark("We had a huge rush at my last job during Black Friday.")).toBe(true);
    expect(isRemark("At my last job we kept logs for 90 days, how long do we keep them here?")).toBe(false);
  });
  it("takes an aside that opens with laughter or an exclamation and ends as a sentence as a remark", () => {
    expect(isRemark("Ha, I'm a terrible golfer myself, so tee times are a sore subject.")).toBe(true);
    expect(isRemark("Haha, I just moved apartments last month, so this one hits close to home.")).toBe(true);
    expect(isRemark("저도 얼마 전에 이사했는데 진짜 힘들더라고요 ㅋㅋ")).toBe(true);
    expect(isRemark("Oh, and how many users?")).toBe(false);
    expect(isRemark("Oh. Is the data kept forever.")).toBe(false);
    // A question word anywhere, or no word about the speaker: a question typed without its mark.
    for (const q of ["Oh wait, how many users are there.", "Oh right, what about the DAU.", "Ah okay, and the peak QPS.", "Oh, btw, what's the retention period.", "Wow, big event. What's the peak load.", "Oh ok so how many daily users."]) {
      expect(isRemark(q), q).toBe(false);
    }
  });

  it("splits clauses on and, commas and Korean connectives", () => {
    expect(clauses("How many users, and where are they?")).toEqual(["How many users", "where are they?"]);
    expect(clauses("지연 시간과 가용성 요구사항은?")).toEqual(["지연 시간과", "가용성 요구사항은?"]);
    expect(clauses("현재 기술 스택이 뭐고 사용자는 몇 명이에요?")).toEqual(["현재 기술 스택이 뭐고", "사용자는 몇 명이에요?"]);
  });

  it("keeps two verbs of one question in one clause", () => {
    expect(clauses("Who would build and run the booking backend?")).toEqual(["Who would build and run the booking backend?"]);
    expect(clauses("Should sellers be able to edit and remove their listings?")).toEqual(["Should sellers be able to edit and remove their listings?"]);
    // A question of its own after "and", or a verb that needs no modal before it, is a clause.
    expect(clauses("How many users do we need to support and what is the p99?")).toEqual(["How many users do we need to support", "what is the p99?"]);
    expect(clauses("Do we store chat logs and keep them forever?")).toEqual(["Do we store chat logs", "keep them forever?"]);
    // A verb that takes no object, or a clause that opens with its object, asks on its own.
    expect(clauses("Does it need to scale and serve the whole world?")).toEqual(["Does it need to scale", "serve the whole world?"]);
    expect(clauses("What traffic do we need to handle and serve the EU and US?")).toEqual(["What traffic do we need to handle", "serve the EU", "US?"]);
  });

  it("splits at a Korean joining particle after a Latin word or a figure, which can only be the particle", () => {
    expect(clauses("DAU랑 피크 QPS는요?")).toEqual(["DAU랑", "피크 QPS는요?"]);
    expect(clauses("QPS이랑 p99 목표")).toEqual(["QPS이랑", "p99 목표"]);
    expect(clauses("SLA하고 인증 방식")).toEqual(["SLA하고", "인증 방식"]);
    expect(clauses("99.9%와 지역")).toEqual(["99.9%와", "지역"]);
    expect(clauses("DAU랑QPS")).toEqual(["DAU랑QPS"]); // no space: not read as two
    expect(clauses("DB를 shard하고 있나요?")).toEqual(["DB를 shard하고 있나요?"]); // -고 있다 is one predicate
  });

  it("takes the sentences that ask from a message that sets the scene first", () => {
    expect(askingPart("채팅은 여러 명이 읽는다고 이해했습니다. 사용자 한 명이 하루에 보내는 메시지는 몇 개인가요?")).toBe("사용자 한 명이 하루에 보내는 메시지는 몇 개인가요?");
    expect(askingPart("Keys are short strings, I assume. What's the typical value size? It decides the memory design.")).toBe("What's the typical value size?");
    expect(askingPart("I want to size storage. I'd like to know how long we keep files.")).toBe("I'd like to know how long we keep files.");
    // An embedded question asks with 도 and a full stop too ("…괜찮은지도요.": and whether …).
    expect(askingPart("주차장 앱은 내년에 두 배로 늘어난다고 봅니다. 잔여 면수는 몇 초 지연돼도 괜찮은지도요.")).toBe("잔여 면수는 몇 초 지연돼도 괜찮은지도요.");
    // …not -ㄹ지도요, which guesses ("we may expand abroad").
    expect(askingPart("피크 QPS 알려주세요. 나중에 해외로 확장할지도요.")).toBe("피크 QPS 알려주세요.");
    // One sentence, sentences that all ask, and chat fragments with no full stop stay whole.
    expect(askingPart("How many users are there?")).toBe("How many users are there?");
    expect(askingPart("celebs w/ huge followings? and fan-out cost per post")).toBe("celebs w/ huge followings? and fan-out cost per post");
    expect(askingPart("I'll use Kafka. Then a worker pool.")).toBe("I'll use Kafka. Then a worker pool.");
    // A terse request after a question asks too, and an abbreviation ends no sentence.
    expect(askingPart("How many users? Peak QPS too.")).toBe("How many users? Peak QPS too.");
    expect(askingPart("Is it approx. 10M users?")).toBe("Is it approx. 10M users?");
  });

  it("tells a clause that sets the scene by naming the product from one that names a topic", () => {
    for (const part of ["In the chat system", "For the video service", "For the KV store", "For file sync", "이 채팅 앱", "채팅 서비스는", "이 피드에서는"]) expect(isSettingTheScene(part), part).toBe(true);
    // A feature ("그룹 채팅은") or a client ("태블릿 앱은") named with a topic particle asks about it.
    for (const part of ["At peak", "Across regions", "On mobile or web", "For how long?", "In the chat system, for how long?", "모바일 앱은", "태블릿 앱은", "그룹 채팅은", "채팅 앱", "이 앱에서 사용자 수는"]) {
      expect(isSettingTheScene(part), part).toBe(false);
    }
  });

  it("takes a clause of figures after a question for the answers it offers, not a question", () => {
    for (const part of ["millions or more?", "5 years", "10?", "or forever?", "5년", "천만?", "십만 명 정도", "is it one million or ten million?", "are we talking thousands or millions?", "we're talking millions?", "is that one million or ten?"]) expect(offersAnswers(part), part).toBe(true);
    for (const part of ["DAU", "regions?", "5 years of retention", "10M DAU?", "몇 명", "하루", "p99", "is it global?", "are we talking about mobile?"]) expect(offersAnswers(part), part).toBe(false);
  });

  it("reads the whole message without the answers it offers after its last question", () => {
    expect(withoutOfferedAnswers("How many years of storage should I size for? 3 years? 5 years?")).toBe("How many years of storage should I size for?");
    expect(withoutOfferedAnswers("저장 공간 계산할 때 몇 년 기준으로 잡으면 돼? 5년? 10년?")).toBe("저장 공간 계산할 때 몇 년 기준으로 잡으면 돼?");
    // A question after the answers, or a message that is only figures, keeps its words.
    expect(withoutOfferedAnswers("3 years? 5 years? How long do we keep logs?")).toBe("3 years? 5 years? How long do we keep logs?");
    expect(withoutOfferedAnswers("5 years?")).toBe("5 years?");
    expect(withoutOfferedAnswers("How long do we keep logs? Is it global?")).toBe("How long do we keep logs? Is it global?");
    // Only spans of time: other figures offered are what a vague question asks about.
    expect(withoutOfferedAnswers("What are we aiming for? 99.9%? 99.99%?")).toBe("What are we aiming for? 99.9%? 99.99%?");
    expect(withoutOfferedAnswers("What's the scale here? Thousands? Millions?")).toBe("What's the scale here? Thousands? Millions?");
    // …and only when the question left has words of its own.
    expect(withoutOfferedAnswers("어느 정도 잡으면 돼요? 1년? 영구?")).toBe("어느 정도 잡으면 돼요? 1년? 영구?");
  });

  it("takes 'how often does that happen?' for the frequency of what was just named, not a question of its own", () => {
    for (const part of ["How often does that happen?", "how often it happen?", "and how often do they occur", "how frequently does this come up?", "how often is it used?", "how often does that happen per day?"]) expect(HOW_OFTEN_IT_HAPPENS.test(part), part).toBe(true);
    for (const part of ["how often do users post?", "how often does the cache get invalidated?", "how fast are they growing?", "how often does it happen that a post goes viral?", "how often does that happen compared to reads?"]) expect(HOW_OFTEN_IT_HAPPENS.test(part), part).toBe(false);
  });

  it("does not ask about what a question sets aside", () => {
    expect(withoutSetAside("How much data does a listing take, not counting its pictures?")).toBe("How much data does a listing take?");
    expect(withoutSetAside("How big is a post (excluding images)?")).toBe("How big is a post?");
    // The size of a record without its media asks the record's size.
    expect(withoutSetAside("What's the size of a recipe document, ingredients and steps, without images?")).toBe("What's the size of a recipe document, ingredients and steps?");
    expect(withoutSetAside("Without attachments, how large is a quiz submission?")).toBe("how large is a quiz submission?");
    expect(withoutSetAside("Can a listing go live without photos?")).toBe("Can a listing go live without photos?");
    expect(withoutSetAside("How big is a post with and without photos?")).toBe("How big is a post with and without photos?");
    expect(withoutSetAside("사진 빼고 게시물 하나 크기는요?")).toBe("게시물 하나 크기는요?");
    expect(withoutSetAside("첨부 미디어를 제외한 게시물 크기는요?")).toBe("게시물 크기는요?");
    expect(withoutSetAside("메일 본문(첨부 제외) 평균 크기가 얼마예요?")).toBe("메일 본문 평균 크기가 얼마예요?");
    expect(withoutSetAside("피드에서 사진 빼고 글 크기는?")).toBe("피드에서 글 크기는?"); // a particle ends the phrase
    // Only an aside set off by a mark: "except the feed" here is what the question asks about.
    expect(withoutSetAside("Is everything except the feed in scope?")).toBe("Is everything except the feed in scope?");
    // What a sentence opens by setting aside is known already ("Besides the website, …").
    expect(withoutSetAside("Besides the citizen-facing website, is there an API that other agencies consume?")).toBe("is there an API that other agencies consume?");
    expect(withoutSetAside("Thanks. Apart from the driver app, do partners call our API?")).toBe("Thanks. do partners call our API?");
    expect(withoutSetAside("Is anything besides the feed in scope?")).toBe("Is anything besides the feed in scope?");
    // The aside holds no question of its own.
    expect(withoutSetAside("Apart from that what's the DAU, roughly?")).toBe("Apart from that what's the DAU, roughly?");
    expect(withoutSetAside("In addition to the DAU, can you give me the peak QPS?")).toBe("In addition to the DAU, can you give me the peak QPS?");
  });

  it("splits at chat's n for and", () => {
    expect(clauses("how many users n whats the qps")).toEqual(["how many users", "whats the qps"]);
    expect(clauses("top n keys?")).toEqual(["top n keys?"]); // the letter inside a phrase is no join
  });

  it("answers two topics when the parts of a coordinated question lean to two topics that both score high", () => {
    const split = { latency: 0.55, availability: 0.4, none: 0.05 };
    const scores = { best: "latency", bestScore: 0.55, noneScore: 0.05, scores: split, gaps: {} };
    const parts = clauses("What's the p99 latency, and the availability target?");
    const at = { accept: 0.2, margin: 0.45 };
    expect(pairOf(interviewer.model, parts, scores, at, interviewer.families)).toEqual(["latency", "availability"]);
    // One ask, or a runner-up below the bar, or a part about something else: one topic at most.
    expect(pairOf(interviewer.model, ["What's the p99 latency availability target?"], scores, at, interviewer.families)).toBeNull();
    expect(pairOf(interviewer.model, parts, scores, at, interviewer.families, 0.45)).toBeNull();
    expect(pairOf(interviewer.model, [...parts, "how many users are there"], scores, at, interviewer.families)).toBeNull();
  });

  it("pairs the two topics over a 'none' between them only when every clause is sure of one", () => {
    const split = { "current-setup": 0.43, none: 0.3, "slow-work": 0.23, latency: 0.04 };
    const scores = { best: "current-setup", bestScore: 0.43, noneScore: 0.3, scores: split, gaps: {} };
    const parts = ["What geocoding provider are you using right now", "how slow is it per address?"];
    const at = { accept: 0.45, margin: 0.1 };
    const clause = (best: string, p: number) => ({ best, bestScore: p, noneScore: 1 - p, scores: { [best]: p, none: 1 - p }, gaps: {} });
    const sure = [clause("current-setup", 0.71), clause("slow-work", 0.85)];
    expect(pairOf(interviewer.model, parts, scores, at, interviewer.families, 0.3, sure)).toEqual(["current-setup", "slow-work"]);
    // A clause under the bar, or a third topic too weak to pair: nothing.
    expect(pairOf(interviewer.model, parts, scores, at, interviewer.families, 0.3, [clause("current-setup", 0.71), clause("slow-work", 0.6)])).toBeNull();
    const weak = { ...scores, scores: { ...split, "slow-work": 0.1, latency: 0.17 } };
    expect(pairOf(interviewer.model, parts, weak, at, interviewer.families, 0.3, sure)).toBeNull();
  });

  it("counts a clause's own content words without the Korean asking verb", () => {
    // "크기를 알려줘" names one thing (a size), like "and the size?": too little to add a topic.
    expect(clauseTermCount("응답 크기를 알려줘")).toBe(2);
    expect(clauseTermCount("크기를 알려주세요.")).toBe(1);
    expect(clauseTermCount("크기를 말씀해 주실래요?")).toBe(1);
  });

  it("lets a one-word clause that is a question of its own name a topic, unless it only measures", () => {
    // Questions of their own about a thing: "…, and where are they?", "…, and in which regions?".
    expect(asksOnItsOwn("where are they?")).toBe(true);
    expect(asksOnItsOwn("what is the peak?")).toBe(true);
    expect(asksOnItsOwn("in which regions?")).toBe(true);
    expect(asksOnItsOwn("DAU는 몇이에요?")).toBe(true);
    // The word that joins it on comes before its question: "…? and which cities are we in".
    expect(asksOnItsOwn("and which cities are we in")).toBe(true);
    expect(asksOnItsOwn("also where are they")).toBe(true);
    // A noun left over from a Korean split asks nothing by itself.
    expect(asksOnItsOwn("사용자와")).toBe(false);
    // The size or speed of what the question is already about is no second topic.
    expect(asksOnItsOwn("how big do they get?")).toBe(false);
    expect(asksOnItsOwn("크기는 얼마나 되나요?")).toBe(false);
    expect(asksOnItsOwn("얼마나 느려요?")).toBe(false);
    expect(asksOnItsOwn("how busy does it get then?")).toBe(false);
    expect(asksOnItsOwn("얼마나 바빠요?")).toBe(false);
  });

  it("takes a pronoun as pointing back only outside the clause's own when/if part", () => {
    expect(pointsBack("how big are they?")).toBe(true);
    expect(pointsBack("does that jump before holidays?")).toBe(true);
    expect(pointsBack("how fast should it be when they click Register?")).toBe(true);
    expect(pointsBack("what response time do students expect when they click Register?")).toBe(false);
    expect(pointsBack("how many patients log in before their visit starts?")).toBe(false);
    // "one" points back alone or before "of"; before a noun it is a number.
    expect(pointsBack("and how big is each one?")).toBe(true);
    expect(pointsBack("is one of them busier?")).toBe(true);
    expect(pointsBack("how do we stop people sharing one card?")).toBe(false);
    expect(pointsBack("is one region enough?")).toBe(false);
    // The "it" of a judgement put off to what follows stands for that, not for anything before.
    expect(pointsBack("is it OK for messages to reach other regions after a small delay?")).toBe(false);
    expect(pointsBack("would it be acceptable that a post shows up a few seconds late")).toBe(false);
    expect(pointsBack("is it ok if it's stale?")).toBe(true);
    expect(pointsBack("would it be fine if they see old data")).toBe(true);
    expect(pointsBack("is it OK?")).toBe(true);
    // …but an "it" judged by what it may do points back ("is it allowed to go stale"), as does a
    // judgement for someone ("would it be fine for EU users?").
    expect(pointsBack("is it allowed to go stale for a minute?")).toBe(true);
    expect(pointsBack("would it be fine for EU users?")).toBe(true);
    expect(pointsBack("is it enough for 10k concurrent users?")).toBe(true);
  });

  it("reads the one word before 'and' as a list item when it shares the next clause's noun", () => {
    expect(sharesTheHead("What latency", "What latency and availability targets do we have?")).toBe(true);
    expect(sharesTheHead("What are the latency", "What are the latency and uptime requirements?")).toBe(true);
    // A clause that goes on to ask something else, or a noun that is no target, is no shared head.
    expect(sharesTheHead("What latency", "What latency and how many users do we have?")).toBe(false);
    expect(sharesTheHead("How many users", "How many users and photo uploads per day?")).toBe(false);
    expect(sharesTheHead("How many users", "How many users?")).toBe(false);
  });

  it("splits enumerated lists and '+' between words, not a number", () => {
    expect(clauses("1) how many users 2) p99 latency")).toEqual(["how many users", "p99 latency"]);
    expect(clauses("avg response size + target latency")).toEqual(["avg response size", "target latency"]);
    expect(clauses("web+mobile?")).toEqual(["web", "mobile?"]);
    expect(clauses("Peak is maybe 3. What is the DAU?")).toEqual(["Peak is maybe 3. What is the DAU?"]);
    expect(clauses("99.9+ availability ok")).toEqual(["99.9+ availability ok"]);
  });

  it("keeps a figure's thousands together at their comma, and splits at a comma between figures or words", () => {
    expect(clauses("I'll assume about 2,000 requests per second overall, in 3 regions")).toEqual(["I'll assume about 2,000 requests per second overall", "in 3 regions"]);
    expect(clauses("how many users, 10,000 or 1,250,000?")).toEqual(["how many users", "10,000 or 1,250,000?"]);
    expect(clauses("ratios like 1,5 or 2,10")).toEqual(["ratios like 1", "5 or 2", "10"]);
  });

  it("takes a clause beside the one that names the topic for a second question only when it asks one of its own", () => {
    const asks = (part: string, message = part) => asksBeside(part, askingPart(message));
    expect(asks("how fast should the login flow respond?")).toBe(true);
    expect(asks("Where are the travel booking site's users")).toBe(true);
    expect(asks("메시지 보관 기간을 알려주세요.")).toBe(true);
    // It points back to what the other clause names: the same question.
    expect(asks("How often does that happen?")).toBe(false);
    expect(asks("where is it struggling?")).toBe(false);
    // An item, not a question; an English clause opens as a question does.
    expect(asks("the web?")).toBe(false);
    expect(asks("not API")).toBe(false);
    // A condition or a time sets the scene for the question.
    expect(asks("화제가 된 리콜 공지 하나에 트래픽이 몰릴 때")).toBe(false);
    expect(asks("글 올리자마자 검색 색인까지 해야 한다면")).toBe(false);
    expect(asks("When a post goes viral")).toBe(false);
    expect(asks("사용자가 갑자기 늘어나면")).toBe(false);
    expect(asks("모바일에서 볼 때는")).toBe(false);
    expect(asks("세일 기간에는")).toBe(false);
    expect(asks("특정 상품에 주문이 몰려도")).toBe(false);
    // …but a noun that ends in 면 is no condition.
    expect(asks("검색 결과 화면")).toBe(true);
    // One content word is a list item; a clause of a sentence that only states asks nothing.
    expect(asks("공개인가요?")).toBe(false);
    expect(asks("파일 동기화 서비스는 업로드", "파일 동기화 서비스는 업로드, 다운로드가 기본이라고 생각합니다. 공유 기능도 범위에 포함되나요?")).toBe(false);
  });

  it("takes a clause for a question asked apart only when it is one of its own, read without a request opening", () => {
    const apart = (part: string, message = part) => asksApart(part, askingPart(message));
    expect(apart("how long do we retain the booking records?")).toBe(true);
    expect(apart("And what availability do we need for the video part?")).toBe(true);
    expect(apart("I'd also like to know how big each telemetry packet is.")).toBe(true);
    expect(apart("목표 가용성이 몇 퍼센트인지도 여쭤봐도 될까요")).toBe(true);
    // It points back to what the first clause names, or sets a condition: the same question.
    expect(apart("does that differ between the regions where we host matches?")).toBe(false);
    expect(apart("how often it happen?")).toBe(false);
    expect(apart("When a seller lists a product")).toBe(false);
    // A noun phrase is no question of its own in English; a Korean clause ends as one or asks with
    // a question word, an embedded question or 궁금해요 (split at -고, it shares the sentence's ending).
    expect(apart("Current request volume for the online pharmacy")).toBe(false);
    expect(apart("하루 응시자가 몇 명이고")).toBe(true);
    expect(apart("인증은 기존 SSO를 그대로 써야 하는지 궁금해요")).toBe(true);
    expect(apart("넣으면 최대 몇 MB까지 허용하는지도")).toBe(true);
    expect(apart("교육청 온라인 시험 시스템이요")).toBe(false);
    // An indefinite word asks nothing: 누구나 (anyone), 얼마 전 (a while ago).
    expect(apart("누구나 가입할 수 있고")).toBe(false);
    expect(apart("얼마 전 새 매장을 열었고")).toBe(false);
    expect(apart("동접자 수가 얼마나 되고")).toBe(true);
    // A Korean "what about …?" of one noun asks about it; not one that points back.
    expect(apart("정적비중은요")).toBe(true);
    expect(apart("그건요?")).toBe(false);
    expect(apart("정적비중")).toBe(false);
    // …and one that asks whether the noun is there, as chat asks it (clause-asks.ts KO_IS_THERE).
    expect(apart("핫키있어")).toBe(true);
    expect(apart("만료기간 있어요")).toBe(true);
    expect(apart("핫키")).toBe(false);
    // "받고 있어요" is doing, "할 수 있어요" can: neither asks whether something is there.
    expect(apart("쓰고 있어요")).toBe(false);
    expect(apart("할 수 있어요")).toBe(false);
    // An English clause may open with a lead-in word, or ask after a label or a remark and its dash.
    expect(apart("And roughly how large are the artist-uploaded page scans?")).toBe(true);
    expect(apart("Code review: diffs can be huge — what's the typical size of a pull request?")).toBe(true);
    expect(apart("must two shoppers never be able to book the same slot?")).toBe(true);
    expect(apart("Helpdesk: web for agents")).toBe(false);
    // A time's colon is no label: "9:00" leaves no question after it.
    expect(apart("Opening at 9:00 is the rush hour for the gym")).toBe(false);
    // The first clause has nothing before it to point back to: the caller lets its pronoun pass.
    expect(apart("Is it a hard requirement that the portal stays up during the payment run")).toBe(false);
    expect(asksApart("Is it a hard requirement that the portal stays up during the payment run", "Is it a hard requirement that the portal stays up during the payment run", true)).toBe(true);
    // A later clause that points back asks apart at a higher bar, unless it measures what was named.
    const back = (part: string) => asksApartPointingBack(part, part);
    expect(back("and do they mostly view standings or report match results?")).toBe(true);
    // A pronoun after the clause's own plural subject points to that subject, not back.
    expect(pointsBack("do vendors post photos of their produce or just text?")).toBe(false);
    expect(pointsBack("and how many drivers see their cost update live?")).toBe(false);
    expect(pointsBack("do they post photos of their produce?")).toBe(true);
    expect(pointsBack("how big are their photos?")).toBe(true);
    expect(pointsBack("does this change their plans?")).toBe(true);
    expect(pointsBack("do vendors post it to their page?")).toBe(true);
    // …but the thing counted before an auxiliary is no subject: "they" are who was asked about before.
    expect(pointsBack("and how many listings do they each have?")).toBe(true);
    expect(back("And roughly how many requests a day does it serve?")).toBe(true);
    expect(back("And how busy does it get at night?")).toBe(false);
    expect(back("roughly how big are they?")).toBe(false);
    // A sentence that only states asks nothing.
    expect(apart("how we store the reports is settled.", "how we store the reports is settled. What's the p99?")).toBe(false);
  });

  it("counts a clause joined to its alternative as among the sentences that ask", () => {
    // clauses() joins "or …" to the clause before it and drops the comma between them.
    const message = "Do the lockers call our API directly, or go through a gateway in each building? And how many requests a second is that?";
    const [first] = clauses(message);
    expect(first).toBe("Do the lockers call our API directly or go through a gateway in each building");
    expect(asksApart(first, askingPart(message), true)).toBe(true);
  });

  it("finds the sentences of a message that each ask a question apart", () => {
    const apart = (message: string) => sentencesAskingApart(message, askingPart(message));
    const asking = (sentence: string) => ({ sentence, narrows: false, only: null });
    expect(apart("Do the lockers call our API directly, or go through a gateway in each building? And how many requests a second is that?")).toEqual([
      asking("Do the lockers call our API directly, or go through a gateway in each building?"),
      asking("And how many requests a second is that?"),
    ]);
    // A later sentence whose subject is the question before it narrows that question: it asks at the higher bar.
    expect(apart("How long do we keep messages? Does that apply to photos too?")).toEqual([asking("How long do we keep messages?"), { sentence: "Does that apply to photos too?", narrows: true, only: null }]);
    expect(apart("메시지는 얼마나 보관하나요? 그건 사진도 마찬가지인가요?")).toEqual([asking("메시지는 얼마나 보관하나요?"), { sentence: "그건 사진도 마찬가지인가요?", narrows: true, only: null }]);
    // A pronoun elsewhere is no sign of it.
    expect(apart("Does checkout have to stay up if the payment provider is down? What's their typical call time?")).toEqual([
      asking("Does checkout have to stay up if the payment provider is down?"),
      asking("What's their typical call time?"),
    ]);
    expect(apart("공연 예매 앱에 좌석 선택 기능도 들어가나요? 예매 요청은 초당 몇 건 정도 오나요?")).toEqual([asking("공연 예매 앱에 좌석 선택 기능도 들어가나요?"), asking("예매 요청은 초당 몇 건 정도 오나요?")]);
    // A sentence under a condition on the first ("들어가면 …": if it is in) still asks its own question.
    expect(apart("공연 예매 앱에 좌석 선택 기능도 들어가나요? 들어가면 예매 요청이 초당 몇 건 오나요?")).toEqual([
      asking("공연 예매 앱에 좌석 선택 기능도 들어가나요?"),
      asking("들어가면 예매 요청이 초당 몇 건 오나요?"),
    ]);
    // One sentence is the whole message, read as such.
    expect(apart("Do the lockers call our API directly, or go through a gateway?")).toEqual([]);
    // Each of these later sentences opens as a question (asksApart) but asks nothing apart: it
    // measures what was named, or offers answers; a statement asks nothing.
    expect(apart("Do members upload photos of their catches? How big are their photos, roughly?")).toEqual([asking("Do members upload photos of their catches?")]);
    expect(apart("How many members are there? Is it one million or ten million?")).toEqual([asking("How many members are there?")]);
    expect(apart("The lockers sit in apartment lobbies. How many parcels arrive a day?")).toEqual([asking("How many parcels arrive a day?")]);
    // …unless it is taken at a peak or a percentile: then it asks that topic, and only it.
    expect(apart("The site runs on one rented server. How busy does it get at the evening peak?")).toEqual([{ sentence: "How busy does it get at the evening peak?", narrows: false, only: "peak" }]);
    expect(apart("Do we call a shipping API? How slow is it at p99?")).toEqual([asking("Do we call a shipping API?"), { sentence: "How slow is it at p99?", narrows: false, only: "latency" }]);
    expect(apart("The catalog is huge. How much of it is watched at peak?")).toEqual([]);
    // A measure of something new is a question of its own, even after another question.
    expect(apart("How long do we keep logs? How fast must the leaderboard update?")).toEqual([asking("How long do we keep logs?"), asking("How fast must the leaderboard update?")]);
    // Chat joins its next question on in lower case after the mark: a sentence of its own.
    expect(apart("What must the club app support, signup, routes, chat? and is there a plan to grow to other cities?")).toEqual([
      asking("What must the club app support, signup, routes, chat?"),
      asking("and is there a plan to grow to other cities?"),
    ]);
    // …not a fragment that measures in lower case ("how much more …?"), nor an offered alternative.
    expect(apart("Is there a busiest hour? how much more than normal?")).toEqual([]);
    expect(apart("Is it US only? or global?")).toEqual([]);
    // A sentence that opens with its time or its condition asks the question after them.
    expect(apart("During the last big layoff wave, how much did claims jump? And what does the benefits system run on?")).toEqual([
      asking("During the last big layoff wave, how much did claims jump?"),
      asking("And what does the benefits system run on?"),
    ]);
    // …not a scene that leaves no question after its comma.
    expect(apart("During the holidays, we see more orders. What runs it today?")).toEqual([asking("What runs it today?")]);
  });

  it("keeps an example between commas in its clause instead of cutting the clause in two", () => {
    expect(clauses("Is there one page, like the trash pickup schedule, that gets far more hits than the rest?")).toEqual([
      "Is there one page like the trash pickup schedule that gets far more hits than the rest?",
    ]);
    expect(clauses("Are the documents small, such as a few kilobytes, or can they get huge?")).toEqual(["Are the documents small such as a few kilobytes or can they get huge?"]);
    // A question after the example's second comma is a clause of its own.
    expect(clauses("What media do we store, like photos, how big are they?")).toEqual(["What media do we store", "like photos", "how big are they?"]);
  });

  it("splits at 'also' between clauses, not at 'also' between a subject and its verb", () => {
    expect(clauses("Where are the sensors? I'd also like to know how big each packet is.")).toEqual(["Where are the sensors", "I'd also like to know how big each packet is."]);
    expect(clauses("do we also have to keep every reading?")).toEqual(["do we also have to keep every reading?"]);
    expect(clauses("How many users, and also what's the peak?")).toEqual(["How many users", "also what's the peak?"]);
    expect(clauses("DAU also peak QPS")).toEqual(["DAU", "peak QPS"]);
    expect(clauses("Where are the sensors? I’d also like to know how big each packet is.")).toEqual(["Where are the sensors", "I’d also like to know how big each packet is."]);
    // Before a question word "also" joins again, whatever comes before it.
    expect(clauses("How many users do you have also what's the latency target")).toEqual(["How many users do you have", "what's the latency target"]);
  });

  it("keeps an alternative ('…, or …', '아니면') in the clause it offers a choice for", () => {
    expect(clauses("How many reads per day, versus writes?")).toEqual(["How many reads per day versus writes?"]);
    expect(clauses("Is this US-only, or worldwide?")).toEqual(["Is this US-only or worldwide?"]);
    expect(clauses("국내만인가요, 아니면 해외도요?")).toEqual(["국내만인가요 아니면 해외도요?"]);
    expect(clauses("Web or mobile, and which regions?")).toEqual(["Web or mobile", "which regions?"]);
    // An aside that gives an example is part of its sentence.
    expect(clauses("Can we drop emails older than, say, five years?")).toEqual(["Can we drop emails older than five years?"]);
    expect(clauses("Is a delay of, for example, ten seconds fine?")).toEqual(["Is a delay of ten seconds fine?"]);
  });

  it("takes an acknowledgement that restates an answer as a remark, unless it goes on to ask", () => {
    expect(isRemark("Understood, p99 under 200ms.")).toBe(true);
    expect(isRemark("Noted, peak is 3x the average.")).toBe(true);
    expect(isRemark("알겠습니다, 가용성 99.9%요.")).toBe(true);
    expect(isRemark("읽기 쓰기 비율 100대1 확인했습니다")).toBe(true);
    // A question typed without its mark after the acknowledgement is still a question.
    expect(isRemark("ok what about peak traffic")).toBe(false);
    expect(isRemark("OK and the peak")).toBe(false);
    expect(isRemark("Thanks. How long do we keep the data")).toBe(false);
    expect(isRemark("Right now, how many users")).toBe(false);
    expect(isRemark("네, 피크는요")).toBe(false);
    expect(isRemark("확인하고 싶은데 DAU가 얼마예요")).toBe(false);
    // A terse question after an acknowledgement says nothing back: no figure, no sentence.
    expect(isRemark("OK, peak traffic")).toBe(false);
    expect(isRemark("Right, DAU")).toBe(false);
    expect(isRemark("Right - users worldwide or just US")).toBe(false);
    expect(isRemark("네, 사용자 수")).toBe(false);
    expect(isRemark("넵 데이터는 영구 보관인가요")).toBe(false);
    expect(isRemark("Right-to-be-forgotten: do we need to delete user data on request")).toBe(false);
    expect(isRemark("So roughly how many users")).toBe(false);
    // A sentence said back is a remark.
    expect(isRemark("알겠습니다, 사용자는 천만 명입니다.")).toBe(true);
    expect(isRemark("Right, eventual consistency is fine for the feed.")).toBe(true);
  });

  it("reads a clause without the product's name, unless the name says the client", () => {
    expect(withoutProductName("How many users are on the photo-sharing app")).toBe("How many users are on it");
    expect(withoutProductName("How much traffic does the game's login API get")).toBe("How much traffic does it get");
    expect(withoutProductName("does the mobile app need offline mode")).toBe("does the mobile app need offline mode");
    expect(withoutProductName("how long is the interview")).toBe("how long is the interview");
    // Function words and quantities are no part of a name; a name that says what runs today is asked about.
    expect(withoutProductName("what's the uptime of the service")).toBe("what's the uptime of the service");
    expect(withoutProductName("What's the load on the API")).toBe("What's the load on the API");
    expect(withoutProductName("What's the legacy system written in")).toBe("What's the legacy system written in");
    expect(withoutProductName("Is the Mac app needed")).toBe("Is the Mac app needed");
    expect(withoutProductName("How fast is the recipe app's search API")).toBe("How fast is it");
  });

  it("reads a Korean clause with the product's name it opens with as a plain 앱", () => {
    expect(withoutKoreanProductName("설문 툴 전체 QPS와")).toBe("앱 전체 QPS와");
    expect(withoutKoreanProductName("웹툰 플랫폼 댓글이랑")).toBe("앱 댓글이랑");
    expect(withoutKoreanProductName("이 채팅 앱은 사용자가 몇 명이에요?")).toBe("앱 사용자가 몇 명이에요?");
    expect(withoutKoreanProductName("배달 앱에서 피크 시간대 주문 수는?")).toBe("앱 피크 시간대 주문 수는?");
    // Not the client nor what runs today, a question word, what is supported, a request, a word
    // with a particle (the subject of the clause) or a kind with nothing after it; nor a name with
    // a figure or a topic's word, a kind inside a word, or a kind the clause asks about itself
    // (an independent review found each read as "앱", which pulls to the platform).
    for (const part of ["모바일 앱 지원해요?", "기존 결제 시스템 뭐 써요", "어떤 플랫폼 지원해요?", "지원 플랫폼 알려주세요", "배달 앱 알려주세요", "사용자가 앱에서 사진 올려요?", "웹툰 플랫폼",
      "인증 서비스 따로 있나요?", "국내 서비스 맞나요?", "CDN 서비스 쓰나요?", "3년 보관 시스템 필요해요", "DAU 100만 서비스에서 피크는?", "파일시스템 용량은 얼마나 되나요?", "앱스토어 심사 기간", "캐시 서비스 쓰고 있나요", "백업 시스템 있나요", "얼마나 큰 시스템 필요해요?", "사진 공유 앱 MAU와"]) {
      expect(withoutKoreanProductName(part), part).toBe(part);
    }
  });

  it("reads the first clause without a label before its question", () => {
    expect(withoutLeadingLabel("Fleet tracking: what's the total ping rate")).toBe("what's the total ping rate");
    expect(withoutLeadingLabel("Password manager — how big is a user's vault")).toBe("how big is a user's vault");
    expect(withoutLeadingLabel("e-sign: whats the p99 for opening a doc")).toBe("whats the p99 for opening a doc");
    // No label: a colon inside a word, a label that asks or sets a time, a condition or a
    // statement after it, a sentence before it.
    expect(withoutLeadingLabel("Read:write ratio — is it 10:1")).toBe("Read:write ratio — is it 10:1");
    expect(withoutLeadingLabel("https://short.ly: how many clicks")).toBe("https://short.ly: how many clicks");
    expect(withoutLeadingLabel("How many users: what's the split by region")).toBe("How many users: what's the split by region");
    expect(withoutLeadingLabel("Roughly how many users: is it a million")).toBe("Roughly how many users: is it a million");
    expect(withoutLeadingLabel("During the evening rush: how many messages per second")).toBe("During the evening rush: how many messages per second");
    expect(withoutLeadingLabel("Got it. Fleet tracking: how many users")).toBe("Got it. Fleet tracking: how many users");
    expect(withoutLeadingLabel("EV charging: when a driver plugs in")).toBe("EV charging: when a driver plugs in");
    expect(withoutLeadingLabel("Code review: diffs can be huge")).toBe("Code review: diffs can be huge");
    // Six words are a sentence, not a label.
    expect(withoutLeadingLabel("We are building a photo app: how many users")).toBe("We are building a photo app: how many users");
  });

  it("takes a sentence that states how the design works as a remark, not a request", () => {
    expect(isRemark("Mobile clients will upload straight to S3 with presigned URLs.")).toBe(true);
    expect(isRemark("Spam filtering goes into an async worker queue.")).toBe(true);
    expect(isRemark("Please share the read/write ratio.")).toBe(false);
    expect(isRemark("Will users upload videos.")).toBe(false);
    expect(isRemark("users upload how many videos")).toBe(false);
  });

  it("treats a remark or a plan as no question, unless it asks for something", () => {
    expect(isRemark("I'll put a cache in front of the database.")).toBe(true);
    expect(isRemark("웹 티어와 워커 사이에 메시지 큐를 추가하겠습니다.")).toBe(true);
    expect(isRemark("I'd like to know how many users we have.")).toBe(false);
    expect(isRemark("I'd like to get a sense of how busy the backend is, requests per second.")).toBe(false);
    expect(isRemark("I'd like a rough idea of the total traffic.")).toBe(false);
    expect(isRemark("I have a sense of the scale now, so I'll add a cache.")).toBe(true);
    expect(isRemark("Let me get a sense of the scale first, then I'll estimate QPS.")).toBe(true);
    expect(isRemark("Could you give me a rough idea of the traffic.")).toBe(false);
    expect(isRemark("How many users?")).toBe(false);
  });
});
