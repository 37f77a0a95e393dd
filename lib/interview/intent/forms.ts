import { countsPerTime } from "./counted.ts";
import { contentTerms } from "./features.ts";
import { namesDesignPart } from "./requests.ts";
import { asksWhatItDoes } from "./scope.ts";

// Readings of last resort, by the form of a question, for when the model names no topic
// (understand.ts): the model knows a topic by the words of the corpus, and a question can ask
// about the topic in words it never saw ("How long can the server take to answer?", "How big is
// a user profile record?"). Each form is narrow, and never applies to a question that names
// another topic's concept (thesaurus.ts), a building block of the design or a person count.

// How fast an answer comes: "how fast / quickly / long … take / come back / answer / load",
// "how responsive must it be". "How long do we keep…" (keeping is retention) and "How fast is
// it growing?" name other topics; "how long" also names a size, so size is no rival here.
const HOW_FAST_IT_ANSWERS =
  /\bhow (?:fast|quick(?:ly)?|long|responsive|snappy|slow)\b.*\b(?:take|takes|taking|come back|comes back|answer|answers|respond|responds|load|loads|return|returns|appear|appears|show up|shows up|redirect|redirects|open|opens|render|renders|reach|reaches|arrive|arrives)\b|\bhow (?:fast|quick|responsive|snappy)\b.*\b(?:must|should|needs? to|has to|have to)\b.{0,30}\bbe\s*[?？.!]*\s*$|\bwithin how many (?:seconds?|secs?|milliseconds?|ms|minutes?)\b|얼마나\s*(?:빨리|빠르게|걸려|걸리|기다)|몇\s*(?:초|밀리초)\s*(?:안에|이내|내에|만에)/iu;
const LATENCY_NEUTRAL = new Set(["latency", "size", "user", "active", "read", "write", "feature", "platform"]);
// "How long can the server take to answer?", "How long may a page take to appear?": how long
// something is allowed to take is a latency budget, whatever it names, where how long it does take
// measures slow work ("How long does the provider call take?"). 25 of the 26 questions of the
// corpus and the test files that ask how long something can, may, should or could take are
// latency (the other is about the interview). Not when what may take long is slow work behind a
// write ("How long can the payment provider call take?", "… the video transcoding …").
export const HOW_LONG_IT_MAY_TAKE = /\bhow long (?:can|may|should|could|is (?:\w+ ){0,3}allowed to)\b[^?？.]*\btake\b/iu;
const NAMES_SLOW_WORK =
  /\b(?:third[- ]party|external|upstream|downstream|providers?|vendors?|partners?|banks?|gateways?|webhooks?|fan[- ]?out|transcod\w*|resiz\w*|process\w*|scor\w*|generat\w*|reports?|notifications?|e-?mails?|emailed|sms|texts?|jobs?|batch|background|kyc|ml)\b/iu;
// …nor how long a change may take to reach others ("How long can a new post take to show up in
// followers' feeds?": consistency) or how long something is kept (retention).
const NOT_AN_ANSWER_S_SPEED = new Set(["slowwork", "consistency", "retention"]);

/** Does the question ask how long something may take, a latency budget (not slow work's time, a change's spread or a retention)? */
export function asksForALatencyBudget(question: string): boolean {
  return HOW_LONG_IT_MAY_TAKE.test(question) && !NAMES_SLOW_WORK.test(question) && !contentTerms(question).concepts.some((c) => NOT_AN_ANSWER_S_SPEED.has(c));
}

// The size of one thing: "how big / large / heavy is a record, a document, an order", "주문
// 하나의 크기". Not of a whole: "How big is the user base / the team / the database?" (the
// noun right after the article names it).
const HOW_BIG_ONE_IS =
  /\bhow (?:big|large|heavy)\s+(?:is|are|would|will|can|could|should)\s+(?:a|an|the|each|one|every|our|typical)?\s*(?:typical\s+|single\s+|average\s+)?([\w-]+)(?:\s+([\w-]+))?|(?:하나|한\s*개|한\s*건|1개|건당|개당)(?:의|가|는|에)?\s*(?:크기|용량|사이즈)|(?:하나|한\s*개|한\s*건)(?:가|는|이|은)?\s*(?:얼마나|몇)\s*(?:커|큰|kb|바이트)/iu;
const A_WHOLE = /^(?:userbase|audience|crowd|team|company|community|population|market|org|organization|organisation|scale|system|dataset|database|db|storage|cluster|fleet|service|app|it|this|that|they|we)$/iu;
const SIZE_NEUTRAL = new Set(["size", "user", "read", "write", "feature"]);

// "the user base", "the user population" are people; "a user profile record" is one thing.
const PEOPLE_WHOLE = /^(?:base|population|count|community|numbers?|group|growth)?$/iu;

// "How many bytes is that ping?", "How much data does a single listing take?": one thing's size
// in other words. Not a rate ("How many bytes a day?": countsPerTime), a total ("How many bytes
// do we store overall?") nor a person's share.
const HOW_MANY_BYTES = /\bhow many (?:bytes|kilobytes|megabytes|kb|mb)\b/iu;
const A_TOTAL = /\b(?:total|overall|in all|altogether|whole|entire|dataset|storage|store|stored)\b/iu;
const HOW_MUCH_ONE_TAKES =
  /\bhow much (?:data|space|storage|room)\s+(?:does|do|would|will|can|should)\s+(?:a single|one|each|every|a typical|an average|the average)\s+([\w-]+)(?:\s+[\w-]+)?\s+(?:take|takes|use|need|occupy)\b/iu;

// How long one piece of text may be, which is its size ("How long can an ID be?", "How long is a
// typical short code?", "How many characters can a username have?", "Must it fit in 64 bits?",
// "URL 길이 제한이 있어요?", "메시지는 몇 자까지 돼요?"): a thing written in characters, never one
// that lasts ("How long is a session?", "How long can a call be?" are times).
const TEXT_THING =
  "(?:ids?|identifiers?|keys?|urls?|links?|(?:short\\s+)?codes?|slugs?|aliases?|messages?|names?|usernames?|handles?|titles?|captions?|comments?|tweets?|posts?|values?|strings?|fields?|texts?|tokens?|queries|query|search terms?|prefix(?:es)?)";
export const LENGTH_OF_ONE = new RegExp(
  [
    // One space at a time ("how long can an ID be"), so a long run of spaces costs no backtracking.
    `\\bhow long (?:is|are|can|could|may|might|should|will|would|must) (?:(?:a|an|the|each|one|every|our|typical) )?(?:(?:typical|single|average|generated) )?(?:[\\w-]+ )?${TEXT_THING}\\b(?! (?:(?:be|remain|get) )?(?:take|takes|last|lasts|stay|stays|live|lives|kept|stored|retained|valid|active|run|running|edited|delayed|visible|good|cached|around|online|offline|pending|open|waiting|down)\\b)`,
    "\\bhow many (?:characters|chars|letters|digits|bits) (?:long|can|could|may|should|must|will|at most|max|maximum|is the limit|are allowed)\\b",
    "\\bfit (?:in|into|within) (?:\\d+|a single|one) (?:bits?|bytes?|characters?|chars|digits)\\b",
    "(?:아이디|ID|키|URL|링크|코드|메시지|이름|닉네임|제목|값|토큰|검색어)\\s*(?:의\\s*)?(?:길이|글자\\s*수|자릿수)|몇\\s*(?:자|글자|비트)(?:까지|로|야|예요|인가요|정도|\\s|$)|(?:\\d+|몇)\\s*(?:비트|바이트)\\s*(?:안에|이내|내로|에)\\s*(?:들어가|맞춰|넣)",
  ].join("|"),
  "iu",
);

/**
 * Whether the question asks how long a piece of text may be (LENGTH_OF_ONE) and names nothing kept:
 * the model reads "How long can a message be?" as retention, by "how long" and "message".
 */
export function asksTheLengthOfText(question: string): boolean {
  return LENGTH_OF_ONE.test(question) && !contentTerms(question).concepts.includes("retention");
}

function sizeOfOne(question: string): boolean {
  if (countsPerTime(question)) return false;
  if (LENGTH_OF_ONE.test(question)) return true;
  if (HOW_MANY_BYTES.test(question)) return !A_TOTAL.test(question);
  const takes = HOW_MUCH_ONE_TAKES.exec(question);
  if (takes !== null) return !A_WHOLE.test(takes[1]) && !/^users?$/iu.test(takes[1]);
  const match = HOW_BIG_ONE_IS.exec(question);
  if (match === null) return false;
  // The Korean forms capture no noun: "하나의 크기" is always one thing.
  const [, first, second = ""] = match;
  if (first === undefined) return true;
  return !A_WHOLE.test(first) && !(/^users?$/iu.test(first) && PEOPLE_WHOLE.test(second));
}

// A share of the time written in nines ("99.9%", "99.95 %", "four nines") is an availability
// target when nothing else is measured: "99.9% of requests under 200 ms" is a latency
// percentile (its requests and milliseconds are other topics' concepts).
// Not a percentile ("p99.9", "the 99.9th percentile") nor a share of things ("99.999% of data",
// "99.9% of pushes"), though "99.9% of the time" is the time.
const NINES = /(?<![\d.\p{L}])99\.9\d*(?!\d|\s*(?:th\b|percentile))(?!\s*%?\s*of\s+(?!the\s+time\b))(?![.]\d)|\b(?:two|three|four|five|2|3|4|5) nines\b/iu;
const AVAILABILITY_NEUTRAL = new Set(["availability"]);

function onlyConcepts(question: string, allowed: ReadonlySet<string>): boolean {
  return contentTerms(question).concepts.every((c) => allowed.has(c));
}

/** The topic a question's form names when the model names none, or null. */
export function readingByForm(question: string, topics: Readonly<Record<string, unknown>>): string | null {
  if (namesDesignPart(question)) return null;
  if ("features" in topics && asksWhatItDoes(question)) return "features";
  if ("latency" in topics && HOW_FAST_IT_ANSWERS.test(question) && onlyConcepts(question, LATENCY_NEUTRAL)) return "latency";
  if ("latency" in topics && asksForALatencyBudget(question)) return "latency";
  if ("payload" in topics && sizeOfOne(question) && onlyConcepts(question, SIZE_NEUTRAL)) return "payload";
  if ("availability" in topics && NINES.test(question) && onlyConcepts(question, AVAILABILITY_NEUTRAL)) return "availability";
  return null;
}
