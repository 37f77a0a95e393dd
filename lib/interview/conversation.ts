import type { ChatMessage, ProbeReply } from "./fold.ts";
import { matchQuestion, replyFor, type MatchFact, type MatchResult } from "./matcher.ts";
import { afterLead, matchAsOurs, oursAsSaid } from "./modelled-on.ts";
import { contentTerms, normalizeText } from "./intent/features.ts";
import { type Interviewer } from "./intent/understand.ts";
import { TOPIC_CONCEPTS } from "./intent/topic-terms.ts";
import { plainText, stemEnglish, writtenInKorean } from "./text-normalize.ts";
import { MEANING_REQUEST, MEANING_REQUEST_KO, REPEAT_REQUEST, RESUME_REQUEST } from "./intent/requests.ts";

// The interviewer as a conversation rather than a lookup. Given what was said so far, what
// does the interviewer say to the candidate's new message? Rules, first match wins:
//
// 1. "Can you repeat that?" (다시 말씀해 주세요): the interviewer's last message again; "Where
//    were we?" (어디까지 얘기했죠?) the same, said as where the conversation stopped.
// 2. "What do you mean by …?" (…가 무슨 뜻인가요?): a short gloss of the term when it is a
//    known one, else the last message put another way (a probe's question is restated).
// 3. A reply to a probe: the first message after a probe (or after its follow-up), or a
//    message that quotes the probe (six words of it in a row, or a "> " quote). The reply is
//    checked for the probe's `lookFor` terms (English, or their Korean equivalents). Found:
//    acknowledge them. None found: one follow-up; after that, move on. A message right after
//    a probe that is plainly a clarifying question (it reveals facts and contains no lookFor
//    term) is answered as a question instead.
// 4. A question: the matched facts' answers. Facts all revealed before are answered again
//    briefly ("As I said, …", the first sentence); nothing matched: a nudge to assume.

export type ProbeInfo = { index: number; ask: string; lookFor: readonly string[] };

export type ConversationState = {
  /** The chat so far, ending with the message being answered. */
  chat: readonly ChatMessage[];
  revealedFactIds: readonly string[];
  probeReplies: Readonly<Record<number, ProbeReply>>;
};

export type ReplyDecision = {
  kind: "answer" | "repeat-answer" | "probe-ack" | "probe-follow-up" | "probe-closed" | "clarify" | "repeat";
  text: string;
  factIds: string[];
  probeIndex?: number;
  matched?: string[];
};

// Short glosses of terms an interviewer's question may use; English and Korean.
const GLOSSARY: [RegExp, { en: string; ko: string }][] = [
  [/fan-?\s?out|팬아웃/i, { en: "Fan-out is delivering one post to every follower's feed: on write (push to each feed when posting) or on read (pull when the feed is opened).", ko: "팬아웃은 게시물 하나를 모든 팔로워의 피드에 전달하는 것입니다. 쓰기 시점(푸시) 또는 읽기 시점(풀)에 할 수 있습니다." }],
  [/\bp99\b|99th|백분위/i, { en: "p99 is the response time that 99 % of requests beat: only one request in a hundred is slower.", ko: "p99는 요청의 99 %가 그보다 빠른 응답 시간입니다. 100개 중 1개만 더 느립니다." }],
  [/fail-?\s?over|페일오버|장애\s*조치/i, { en: "Failover is switching to a standby when the primary fails: who notices, who gets promoted, and what is lost meanwhile.", ko: "페일오버는 주 서버가 죽었을 때 대기 서버로 넘기는 것입니다. 누가 감지하고, 누가 승격되고, 그사이 무엇을 잃는지가 핵심입니다." }],
  [/hot\s?key|hot spot|핫\s?키|핫스팟/i, { en: "A hot key is one item (a celebrity, a viral link) that gets a large share of all requests, so whatever holds it takes that load alone.", ko: "핫 키는 전체 요청의 큰 몫을 받는 항목(유명인, 바이럴 링크)입니다. 그것을 가진 서버가 그 부하를 혼자 받습니다." }],
  [/\bsla\b|availability|가용성/i, { en: "Availability is the share of time the service answers correctly; 99.9 % allows about 43 minutes of downtime a month.", ko: "가용성은 서비스가 제대로 응답하는 시간의 비율입니다. 99.9 %면 한 달에 약 43분의 중단이 허용됩니다." }],
  [/\bdau\b|daily active|일일\s*활성/i, { en: "DAU, daily active users: distinct people who use the product on a given day.", ko: "DAU는 하루 동안 서비스를 쓰는 서로 다른 사용자 수입니다." }],
  [/\bqps\b|\brps\b/i, { en: "QPS, queries (requests) per second, on average or at peak.", ko: "QPS는 초당 요청 수입니다. 평균과 피크를 나눠 봅니다." }],
  [/stateless|무상태/i, { en: "Stateless means a web server keeps nothing about a user between requests (sessions live in a shared store), so any server can take any request.", ko: "무상태는 웹 서버가 요청 사이에 사용자 상태를 갖지 않는 것입니다(세션은 공유 저장소에). 그래서 아무 서버나 요청을 받을 수 있습니다." }],
  [/consistency|일관성/i, { en: "Consistency here is how soon a write is visible to every reader: strong (immediately) or eventual (after a short delay).", ko: "여기서 일관성은 쓴 내용이 모든 독자에게 얼마나 빨리 보이는지입니다. 강한 일관성(즉시) 또는 최종 일관성(잠시 후)입니다." }],
  [/egress|이그레스/i, { en: "Egress is data sent out of the cloud to users; providers charge for it per GB.", ko: "이그레스는 클라우드에서 사용자에게 나가는 데이터이며 GB당 과금됩니다." }],
  [/\b30[12]\b|redirect|리다이렉트/i, { en: "301 is a permanent redirect (browsers may cache it and stop asking us); 302 is temporary (every click comes back to us).", ko: "301은 영구 리다이렉트(브라우저가 캐시해 다시 묻지 않을 수 있음), 302는 임시 리다이렉트(매 클릭이 우리에게 옵니다)입니다." }],
];

// Korean words that count for an English lookFor term in an answer.
const KOREAN_TERMS: Record<string, string[]> = {
  cache: ["캐시", "캐싱"], replica: ["복제", "레플리카", "리플리카"], "read replica": ["읽기 복제", "레플리카"],
  failover: ["페일오버", "장애 조치", "장애조치"], promote: ["승격"], queue: ["큐", "대기열"], async: ["비동기"],
  workers: ["워커", "작업자"], background: ["백그라운드"], shard: ["샤드", "샤딩"], sharding: ["샤딩", "샤드"], shards: ["샤드", "샤딩"],
  "shard key": ["샤드 키", "샤딩 키"], hash: ["해시"], "consistent hashing": ["안정 해시", "일관된 해싱", "일관 해싱"],
  cdn: ["씨디엔"], "object storage": ["객체 저장소", "오브젝트 스토리지"], ttl: ["만료 시간"], stateless: ["무상태", "스테이트리스"],
  "session store": ["세션 저장소"], sticky: ["스티키", "고정 세션"], shared: ["공유"], "fan-out": ["팬아웃"], "fan-out on read": ["읽기 시 팬아웃", "풀 방식"],
  pull: ["풀 방식", "당겨"], hybrid: ["하이브리드"], celebrity: ["유명인", "셀럽"], "hot key": ["핫 키", "핫키"], metrics: ["메트릭", "지표"],
  logging: ["로깅", "로그"], monitoring: ["모니터링"], "replication lag": ["복제 지연"], geodns: ["지오 dns", "지리 dns"], "geo-routing": ["지리 라우팅"],
  capacity: ["용량"], "data sync": ["데이터 동기화"], edge: ["엣지"], latency: ["지연"], "hit ratio": ["적중률", "히트율"], "cache hit ratio": ["캐시 적중률"],
  "queue backlog": ["큐 적체", "백로그"], collision: ["충돌"], counter: ["카운터"], "unique id": ["고유 id", "유일 id"], "bloom filter": ["블룸 필터"],
  permanent: ["영구"], "browser cache": ["브라우저 캐시"], analytics: ["분석", "통계"], regions: ["리전", "지역"], geo: ["지역", "지리"], egress: ["이그레스"],
  lru: ["lru"], "post store": ["게시물 저장소"], "feed cache": ["피드 캐시"], base62: ["베이스62"],
};

/**
 * The probe's lookFor terms the answer contains: from the start of a word, ignoring case,
 * spaces and hyphens ("fail over" is "failover") and English endings ("caching" is "cache"),
 * or a Korean equivalent.
 */
export function matchedLookFor(answer: string, lookFor: readonly string[]): string[] {
  const answerWords = wordsOf(answer);
  const answerStems = answerWords.map(stemEnglish);
  const squashed = normalizeText(answer).replace(/[\s-]+/g, "");
  const startsAt = (list: string[], term: string) => list.some((_, i) => list.slice(i, i + 4).join("").startsWith(term));
  return lookFor.filter((term) => {
    const termWords = wordsOf(term);
    if (termWords.length > 0 && (startsAt(answerWords, termWords.join("")) || startsAt(answerStems, termWords.map(stemEnglish).join("")))) return true;
    return (KOREAN_TERMS[normalizeText(term)] ?? []).some((ko) => squashed.includes(ko.replace(/[\s-]+/g, "")));
  });
}

function wordsOf(text: string): string[] {
  return normalizeText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Does the message quote the probe: a "> " quote of it, or six of its words in a row? */
export function quotesProbe(message: string, probe: string): boolean {
  const quoted = message.split("\n").filter((line) => line.trimStart().startsWith(">")).join(" ");
  const probeWords = wordsOf(probe);
  const n = Math.min(6, probeWords.length);
  if (n === 0) return false;
  const haystack = ` ${wordsOf(quoted || message).join(" ")} `;
  for (let i = 0; i + n <= probeWords.length; i++) {
    if (haystack.includes(` ${probeWords.slice(i, i + n).join(" ")} `)) return true;
  }
  return false;
}

/** The probe a message replies to, if any: by quoting, or as the next message after it. */
export function probeBeingAnswered(message: string, state: ConversationState, probes: readonly ProbeInfo[]): ProbeInfo | undefined {
  const asked = probes.filter((p) => state.chat.some((m) => m.kind === "probe" && m.probeIndex === p.index));
  const quoted = asked.find((p) => quotesProbe(message, p.ask));
  if (quoted) return quoted;
  // The message being answered is the last in the chat; look at what came right before it.
  const previous = state.chat.at(-2);
  if (!previous || previous.role !== "interviewer" || previous.probeIndex === undefined) return undefined;
  // A repeat or an explanation of the probe keeps it open.
  if (!["probe", "probe-follow-up", "repeat", "clarify"].includes(previous.kind ?? "")) return undefined;
  return asked.find((p) => p.index === previous.probeIndex);
}

/**
 * A fact given again, briefly: the sentences of its answer that speak most of the topics the
 * question was understood to ask (their thesaurus concepts, counted), then share the most concepts
 * and words with it, in their order; the first when none shares any. One fact often answers two
 * topics ("99.9 % availability. Users are in one region for now."): asked again where the users
 * are, the reply is the sentence about the region, not the first one.
 */
export function briefAnswer(answer: string, question: string, topics: readonly string[] = []): string {
  const sentences = answer.trim().split(/(?<=[.!?。])\s+/u).filter(Boolean);
  if (sentences.length <= 1) return answer.trim();
  const asked = contentTerms(question);
  const topicConcepts = new Set(topics.flatMap((topic) => TOPIC_CONCEPTS[topic] ?? []));
  const score = (sentence: string) => {
    const own = contentTerms(sentence);
    const aboutTopics = own.concepts.filter((c) => topicConcepts.has(c)).length;
    const sharedConcepts = new Set(own.concepts.filter((c) => asked.concepts.includes(c))).size;
    const sharedWords = new Set(own.terms.filter((t) => asked.terms.includes(t))).size;
    return 100 * aboutTopics + 10 * sharedConcepts + sharedWords;
  };
  const scores = sentences.map(score);
  const best = Math.max(...scores);
  return best === 0 ? sentences[0] : sentences.filter((_, i) => scores[i] === best).join(" ");
}

function lastInterviewerMessage(state: ConversationState): ChatMessage | undefined {
  for (let i = state.chat.length - 2; i >= 0; i--) if (state.chat[i].role === "interviewer") return state.chat[i];
  return undefined;
}

function listTerms(terms: readonly string[], ko: boolean): string {
  if (terms.length <= 1) return terms.join("");
  return ko ? terms.join(", ") : `${terms.slice(0, -1).join(", ")} and ${terms.at(-1)}`;
}

export function decideReply(
  typed: string,
  state: ConversationState,
  facts: readonly MatchFact[],
  probes: readonly ProbeInfo[],
  interviewer?: Interviewer,
  /** The products the prompt is modelled on (modelled-on.ts `modelProducts`). */
  products: readonly string[] = [],
): ReplyDecision {
  // Read as the matcher reads it: runs of spaces are one, so no rule below searches a long run.
  const message = plainText(typed);
  const ko = writtenInKorean(message);
  const last = lastInterviewerMessage(state);

  // 1. Repeat.
  if (REPEAT_REQUEST.test(message)) {
    if (!last) return { kind: "repeat", factIds: [], text: ko ? "아직 제가 드린 질문은 없습니다. 궁금한 것을 물어보세요." : "I haven't asked you anything yet — go ahead with your questions." };
    return { kind: "repeat", factIds: [], text: ko ? `다시 말씀드리면: ${last.text}` : `Sure: ${last.text}`, probeIndex: last.probeIndex };
  }
  if (RESUME_REQUEST.test(message)) {
    if (!last) return { kind: "repeat", factIds: [], text: ko ? "이제 막 시작했어요. 요구사항에 대해 궁금한 것을 물어보세요." : "We've only just started — go ahead with your questions about the requirements." };
    return { kind: "repeat", factIds: [], text: ko ? `마지막으로 제가 드린 말씀은 이거였어요: ${last.text}` : `Here's where we were — my last message: ${last.text}`, probeIndex: last.probeIndex };
  }

  // 2. "What do you mean by …?"
  const mean = MEANING_REQUEST.exec(message);
  const meanKo = mean ? null : MEANING_REQUEST_KO.exec(message);
  if (mean || meanKo) {
    const term = (mean?.[1] || mean?.[2] || mean?.[3] || meanKo?.[1] || meanKo?.[2] || "").trim();
    const gloss = GLOSSARY.find(([pattern]) => pattern.test(term || message));
    if (gloss) return { kind: "clarify", factIds: [], text: ko ? gloss[1].ko : gloss[1].en, probeIndex: last?.probeIndex };
    if (last?.probeIndex !== undefined) {
      const probe = probes.find((p) => p.index === last.probeIndex);
      if (probe) {
        return {
          kind: "clarify",
          factIds: [],
          probeIndex: probe.index,
          text: ko
            ? `제 질문은 이렇습니다: "${probe.ask}" 지금 화이트보드의 설계가 그 상황에서 어떻게 동작하는지, 무엇을 바꾸겠는지 설명해 주세요.`
            : `I'm asking: "${probe.ask}" Walk me through what your design on the board does in that situation, and what you would change.`,
        };
      }
    }
    if (last) return { kind: "clarify", factIds: [], text: ko ? `제가 말한 것은 이겁니다: ${last.text}` : `What I said was: ${last.text} Which part should I explain?` };
    // Nothing said yet: "what do you mean by DAU?" with no gloss falls through to a question.
  }

  // 3. A reply to a probe.
  const probe = probeBeingAnswered(message, state, probes);
  const match: MatchResult = matchQuestion(message, facts, interviewer);
  if (probe) {
    const matched = matchedLookFor(message, probe.lookFor);
    const isQuestion = match.factIds.length > 0 && matched.length === 0 && /[?？]\s*$|까요|나요|인가요|습니까/u.test(message);
    if (!isQuestion) {
      const history = state.probeReplies[probe.index] ?? { replies: 0, followUps: 0, acknowledged: 0, matched: [] };
      const wordCount = wordsOf(message).length;
      const answeredWithoutTerms = probe.lookFor.length === 0 && wordCount >= 8;
      if (matched.length > 0 || answeredWithoutTerms) {
        const text = matched.length > 0
          ? ko
            ? `좋습니다. ${listTerms(matched, true)}까지 생각하셨네요. 설계에도 반영해 보세요.`
            : `Good — you covered ${listTerms(matched, false)}. Make sure the board shows it too.`
          : ko
            ? "알겠습니다. 설계에 반영해 보세요."
            : "OK, thanks. Make sure the board reflects that.";
        return { kind: "probe-ack", factIds: [], text, probeIndex: probe.index, matched };
      }
      if (history.followUps === 0) {
        return {
          kind: "probe-follow-up",
          factIds: [],
          probeIndex: probe.index,
          matched: [],
          text: ko
            ? "조금 더 구체적으로 말씀해 주시겠어요? 어떤 구성 요소를 추가하거나 바꾸고, 그 상황에서 요청이 어떻게 흐르는지요."
            : "Can you be more concrete? Which component would you add or change, and what happens to a request in that situation?",
        };
      }
      return {
        kind: "probe-closed",
        factIds: [],
        probeIndex: probe.index,
        matched: [],
        text: ko ? "알겠습니다. 나중에 다시 볼 수 있게 노트에 적어 두고 넘어가죠." : "OK — note it down so we can come back to it, and let's move on.",
      };
    }
  }

  // 4. A question; one about a product the prompt is modelled on is about ours (modelled-on.ts).
  const { match: answered, lead, product } = matchAsOurs(message, facts, products, interviewer, match);
  if (answered.factIds.length > 0 && answered.factIds.every((id) => state.revealedFactIds.includes(id))) {
    const brief = answered.factIds
      .map((id) => facts.find((f) => f.id === id)?.answer)
      .filter((a): a is string => Boolean(a))
      .map((answer) => briefAnswer(answer, message, answered.topics))
      .join(" ");
    const asSaid = product ? oursAsSaid(product, ko ? "ko" : "en") : ko ? "앞서 말씀드렸듯이:" : "As I said:";
    return { kind: "repeat-answer", factIds: answered.factIds, text: `${asSaid} ${brief}` };
  }
  return { kind: "answer", factIds: answered.factIds, text: afterLead(lead, replyFor(answered, facts)) };
}
