import { ASKING_WORD } from "./clause-asks.ts";
import { topicTermsOf } from "./topic-terms.ts";

// A message cut into its clauses (clauses): at "and", commas, "?", semicolons, a list's marks and
// Korean joining particles, but not inside a figure, an example or an alternative ("…, or
// worldwide?"), a list of options offered, what a question covers (", including …") nor two verbs
// or two nouns of one question. understand.ts reads each clause alone as well as the whole.

// Korean joins nouns with particles on the word ("지연 시간과 가용성"), hence the lookbehind.
// "-고" joins two Korean questions ("스택이 뭐고 사용자는 몇 명이에요?"), but not before an
// auxiliary verb, where verb + 고 + auxiliary is one predicate: -고 싶다 (want to: "여쭤보고
// 싶은데요"), -고 있다 / 계시다 (is doing: "늘고 있나요"), -고 나서 (after doing); nor in
// "A 말고 B" (B, not A), one question about B. Nor after a noun that merely ends in 과
// (결과 result, 효과 effect, 초과 excess): "검색 결과 페이지 크기" is one question, while
// "연결과 …" (connection and …) is the particle again. After a Latin word or a figure ("DAU랑
// QPS", "SLA하고 인증", "99.9%와 …") the syllable can only be the particle.
const KO_JOINING_PARTICLE = "[\\uac00-\\ud7a3](?:와|(?<!(?<!연)결|효|초)과|랑)|[A-Za-z0-9%](?:와|과|이?랑|하고)";
// A figure and 에 join two figures of a proposal ("가용성 99.99%에 멀티 리전으로 가정해도 될까요?", "DAU
// 500만에 연 2배 성장 정도로"), not a figure reached or compared ("하루 1000건에 달해요", "1000건에 비해
// …"), nor a time ("9시에": 시 is no unit here) or a Latin unit ("100ms에 응답").
const KO_FIGURE_AND = "(?<=(?<![A-Za-z0-9.,])[0-9][0-9.,]*\\s*(?:%|(?:만|억|천)?\\s*(?:명|건)?|배)?에)\\s(?!달|도달|이르|육박|불과|그치|머물|못\\s*미|넘|가까|해당|맞|대한|대해|대비|비해|따라)";
const KO_JOINED = new RegExp(`(?<=${KO_JOINING_PARTICLE})\\s(?!싶|있|계시|계세|계신|나서|나면|난\\s|나니)|${KO_FIGURE_AND}|(?<=[\\uac00-\\ud7a3](?<!말)고)\\s(?!싶|있|계시|계세|계신|나서|나면|난\\s|나니)`, "u");
// A Korean noun joined to the next by a particle ("DAU랑 연간 성장률 어떻게 돼요", "사용자 수랑 …
// 지역이 어떻게 되나요?") is one item of what the question's verb asks: it asks with one word, as a
// list item does, however far the whole message leans to the other item (unless the next words set
// it aside or compare against it: understand.ts KO_SET_ASIDE_OR_COMPARED).
export const KO_LIST_ITEM = new RegExp(`(?:${KO_JOINING_PARTICLE})\\s*$`, "u");
// An enumerated list ("1) users 2) read/write ratio", "(1) …") and "+" between words join
// questions too, as does chat's " n " before a question or a figure ("how many users n whats
// the qps", "qps n p99?"; "top n keys" is one phrase); "maybe 3. What is…" and "99.9+" are a number, not a list or a join.
// A comma between a figure's thousands ("about 2,000 requests per second") is part of the figure:
// split there, "about 2" read alone leaned to security at 0.72.
// "also" between a subject or an auxiliary and its verb ("I'd also like to know …", "do we also have
// to keep …") is an adverb inside one clause, not a join.
// Before a question word it joins again: "How many users do you have also what's the latency?"
// A slash splits a list ("DAU/QPS?") but not the two sides of a ratio ("the get/put ratio", "peak/avg
// 비율"): split, "put ratio?" was a clause of its own and "what's the get" lost the mix.
const ALSO_INSIDE =
  "(?:(?<!\\b(?:i|i['’]d|i['’]m|i['’]ll|we|we['’]d|we['’]re|we['’]ll|you|you['’]d|they|they['’]d|it|do|does|did|will|would|should|can|could|must|may|might|is|are|was|were|have|has|had|need|needs)\\s+)also|also(?=\\s+(?:what|what['’]s|whats|how|where|which|when|who|is|are|do|does)\\b))";
const CLAUSE_SPLIT = new RegExp(`\\s+(?:and|${ALSO_INSIDE}|plus|as well as)\\s+|\\s+n\\s+(?=(?:whats?|what's|how|where|which|when|who|is|are|do|does|can|will|any)\\b|p\\d)|(?<!\\d),|,(?!\\d{3}(?!\\d))|[;&]|/(?![\\p{L}\\p{N}]+\\s*(?:(?:ratios?|mix)(?!\\p{L})|비율))|\\s\\+\\s*|(?<=\\p{L})\\+(?=\\p{L})|\\?\\s*(?=\\S)|(?:^|\\s)\\(?\\d\\)\\s*|그리고|및|또한|${KO_JOINED.source}`, "giu");

// "Is it US-only, or worldwide?": a part that offers an alternative is the same question.
// "How many reads per day, versus writes?" compares, too.
const ALTERNATIVE = /^(?:or|either|versus|vs\.?|아니면|혹은|또는)(?:\s|$)/iu;

// An aside that gives an example ("older than, say, five years", "예를 들어") is part of its
// sentence, not a question of its own: its commas do not split.
const ASIDE = /,\s*(?:say|e\.?g\.?|for example|for instance|let's say|roughly|like)\s*,\s*/giu;
// …nor does an example between commas ("Is there one page, like the trash pickup schedule, that
// gets …?", "Are the documents small, like a few kilobytes, or …?"): it stays in its clause, words
// and all, instead of cutting the clause in two fragments. Over three training seeds on every
// eval file (2026-12-04): 9 fewer right facts and 79 fewer wrong.
// A question after the second comma ("What media do we store, like photos, how big are they?") is no part of the aside.
const EXAMPLE_ASIDE =
  /,\s*((?:like|such as|e\.g\.|for example|for instance|say)\s+[^,;?!]{1,40}),(?!\s*(?:what|what's|whats|where|which|when|how|who|is|are|do|does|did|will|can|could|would|should)\b)\s*/giu;

// What follows ", including" or ", not counting" says what the question covers or leaves out
// ("Could you give me the requests per day the platform serves, including scheduling and
// signalling calls?", "How big is a post, not counting its photos?"): its pieces, to the sentence's
// end or to a question joined on after it, are one clause that the clause loop skips
// (`coversWhatWasAsked`; it still counts in the whole message's reading and in the pair: a second
// review found leaving it out of the pair lost right readings too). Not "such as", "e.g.": their examples may be what is asked ("What are the
// NFRs, such as latency and availability?"), and an emphasis ("…, especially on payday when
// traffic surges?") may ask a topic of its own.
const COVERING = "(?:including|incl\\.|excluding|not counting|not including)";
const COVERS = new RegExp(
  `,\\s*(${COVERING}\\s+)((?:(?!,?\\s*(?:(?:and|but|or|also|plus)\\s+)?(?:how|what|what's|whats|which|where|when|who|is|are|do|does|can|could|should|will|would|must)\\b)[^.?!;:—–]){1,80})`,
  "giu",
);
// "…, including how many of them are uploads?" asks.
const COVERS_WHAT_WAS_ASKED = new RegExp(`^${COVERING}\\s+(?!(?:how|what|which|where|when|who|whether|if)\\b)`, "iu");

/** Whether a clause only says what the question before it covers or leaves out (COVERS). */
export function coversWhatWasAsked(part: string): boolean {
  return COVERS_WHAT_WAS_ASKED.test(part.trim());
}

// …and the items a question lists after a colon or a dash, when it asks which parts, features or
// clients there are ("Which parts of the claims flow are in scope: filing, document upload, payout?",
// "Which clients do we support — iOS, Android, web?"): options offered, each too short to ask on
// its own ("document upload" read alone is media). Only a question that names what it lists
// (parts, features, clients …) or what the product offers, and no item that names a topic's own
// term (`withListsJoined`): "What do we need to handle: spikes, hot keys, global users?" lists
// requirements, each a question. Each item opens with a word, so
// the spaces after a comma belong to one item only (no backtracking over them).
const LISTS_OPTIONS =
  /(\b(?:which|what|what's|whats)\b[^.?!:—–]{0,80}?\b(?:features?|functions?|functionality|use[- ]cases?|parts?|steps?|kinds?|types?|channels?|clients?|devices?|platforms?|modules?|flows?|support|offer|expose|scope)\b[^.?!:—–]{0,80}?)(\s*(?::|\s[—–-]\s|—)\s*)((?:[^,.?!;:—–\s][^,.?!;:—–]{0,39}?,\s*)+[^,.?!;:—–\s][^,.?!;:—–]{0,39}?)(?=\?|$|\.\s)/giu;
const OPTION_ITEM_WORDS = 6;
/** How many words (letters or digits) a text has. */
export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The question with what it covers made one clause (COVERS) and the options it lists joined to it (LISTS_OPTIONS). */
function withListsJoined(question: string): string {
  const joined = (items: string) => items.replace(/,\s*|\s+(?:and|plus|&)\s+/giu, " ");
  return question
    .replace(COVERS, (_, opening: string, rest: string) => `, ${opening}${joined(rest)}`)
    .replace(LISTS_OPTIONS, (whole: string, head: string, marker: string, items: string) => {
      const each = items.split(/,\s*/u);
      // An item that names a topic by its own term is asked ("Which NFRs are in scope: latency, availability?").
      const options = each.length >= 2 && each.every((item) => wordCount(item) <= OPTION_ITEM_WORDS && !ASKING_WORD.test(item) && topicTermsOf(item).length === 0);
      return options ? `${head}${marker}${joined(items)}` : whole;
    });
}

const JOINING = /(?:\band|\balso|\bplus|그리고)[\s,]*$/iu;

/** Whether a clause follows "and", "also", "그리고" in the question: a question joined on, not an option. */
export function joinedOn(question: string, part: string): boolean {
  const at = question.indexOf(part);
  return at > 0 && JOINING.test(question.slice(Math.max(0, at - 12), at));
}

// "How big is the team that would build and operate this?", "Should users be able to edit and
// delete the post?": two verbs of one question, not two questions ("operate this?" read alone
// leaned to regions, "delete the post?" to retention). The clause before ends in a verb after a
// modal or "to" (a verb that takes the object after "and": not "scale", "grow" …); the one after
// is a verb and its object, with no question word of its own. A clause that opens with what it
// asks about ("What traffic do we need to handle and serve the EU?") has its own object: two
// questions.
const ENDS_IN_A_VERB = /\b(?:to|would|will|can|could|should|must|may|might)\s+(?!(?:scale|grow|expand|migrate|fail|run|work|go|launch|start|stop|last|wait|happen|change|matter|exist|live|stay)$)[a-z]+$/iu;
const OPENS_WITH_ITS_OBJECT = /^(?:what|which|whats|what's|how (?:many|much))\s+(?!(?:do|does|did|is|are|was|were|will|would|should|can|could|must)\b)[a-z]+/iu;
const GOES_ON_WITH_A_VERB =
  /^(?!(?:how|what|whats|what's|which|when|where|who|why|is|are|was|were|do|does|did|can|could|will|would|should|must|any|also|then|so|but|or|if|not|there)\b)[a-z]+\s+(?:the|this|it|that|them|a|an|our|their|its|these|those|every|each|all)\b/iu;

// "how long do the inventory and payment calls take": a clause that ends as a question's
// auxiliary and up to three words of its subject ("do the inventory", "do the inventory service")
// has its verb still to come, after the "and": the nouns listed share one head ("inventory and
// payment calls"), and the left half read alone asks something else (the inventory's retention).
const SUBJECT_BEFORE_ITS_VERB = /\b(?:do|does|did|will|would|can|could|should|must)\s+(?:the|our|their|its|these|those|your|all|both)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/iu;
const OPENS_A_QUESTION_OF_ITS_OWN = /^(?:how|what|whats|what's|which|when|where|who|why|is|are|was|were|do|does|did|can|could|will|would|should|must|any|also|then|so|but|if)\b/iu;

export function clauses(question: string): string[] {
  const parts = withListsJoined(question)
    .replace(ASIDE, " ")
    .replace(EXAMPLE_ASIDE, " $1 ")
    .split(CLAUSE_SPLIT)
    .map((c) => c?.trim() ?? "")
    .filter((c) => /[\p{L}\p{N}]/u.test(c));
  const out: string[] = [];
  for (const part of parts) {
    const before = out[out.length - 1];
    if (before !== undefined && ALTERNATIVE.test(part)) out[out.length - 1] += ` ${part}`;
    else if (before !== undefined && SUBJECT_BEFORE_ITS_VERB.test(before) && !OPENS_A_QUESTION_OF_ITS_OWN.test(part) && question.includes(`${before} and ${part}`)) out[out.length - 1] += ` and ${part}`;
    else if (before !== undefined && ENDS_IN_A_VERB.test(before) && !OPENS_WITH_ITS_OBJECT.test(before) && GOES_ON_WITH_A_VERB.test(part) && question.includes(`${before} and ${part}`)) out[out.length - 1] += ` and ${part}`;
    else out.push(part);
  }
  return out;
}
