import { hasHangul } from "../text-normalize.ts";
import { ASKING_WORD, BEFORE_THE_QUESTION, clauseTermCount } from "./clause-asks.ts";
import { PRODUCT_KINDS } from "./product.ts";

// What sets the scene of a question rather than asks: the product named before it ("In the chat
// system, …", "이 채팅 앱은, …") and a condition or a time ("When there's an outage, …"), unless the
// question after it only judges the condition, which is then what is asked (judgedCondition).

// "In the chat system, …", "For the video service, …": a clause that sets the scene names the
// product or its part, which is no question of its own (the chat system is not its features,
// the video service not its media), unless it asks ("…, for how long?"). A clause that names
// something else ("At peak, …", "Across regions, …") is part of the question.
export const SETS_THE_SCENE = /^(?:in|for|with|on|from|within|regarding|about)\s(?!how\b|what\b|which\b)/iu;
const THE_PRODUCT = new RegExp(`\\b${PRODUCT_KINDS}s?\\b`, "iu");

// Korean names the scene with a demonstrative ("이 채팅 앱, …") or a topic particle ("채팅 서비스는,
// …", "피드에서는 …"); a client named ("모바일 앱") is the platform, a question of its own.
// Without a demonstrative only a word that names a whole product counts ("그룹 채팅은, …" asks
// about a feature).
const KO_PRODUCT_WORDS = "앱|서비스|시스템|플랫폼|사이트|메신저|쇼핑몰|스토어";
const KO_PRODUCT = `(?:${KO_PRODUCT_WORDS})`;
const KO_PRODUCT_OR_PART = `(?:${KO_PRODUCT_WORDS}|피드|채팅|단축기|생성기|크롤러)`;
const KO_SCENE = new RegExp(
  `^(?:(?:이|그|우리|저희)\\s+[\\p{Script=Hangul}A-Za-z ]{0,16}?${KO_PRODUCT_OR_PART}(?:은|는|에서는?|에선|의)?|[\\p{Script=Hangul}A-Za-z ]{0,16}?${KO_PRODUCT}(?:은|는|에서는?|에선))$`,
  "u",
);
const A_CLIENT = /모바일|웹|ios|android|안드로이드|아이폰|아이패드|태블릿|워치|데스크톱|pc/iu;

// A rush or a hot item in a condition is what the question after it measures ("When a video goes
// viral, how big does the spike get?"): the clause loop leaves those readings be (setsACondition).
export const ASKED_AS_AN_EVENT = new Set(["peak", "hot-keys"]);
const CONDITIONED_QUESTION_TERMS = 3;
// A condition, a time or a premise a clause opens with ("Since the locker network is nationwide,
// how many people …?" asks no regions). A sentence's time or condition up to its comma
// (sentences.ts OPENS_WITH_ITS_MOMENT) and a label that sets a time (understand.ts
// LABEL_THAT_SETS_A_TIME) are read by lists of their own: a sentence keeps its question after them.
// Not "as": "As the marketplace grows over the next few years, do hosts …?" asks the growth too.
const OPENS_A_CONDITION =
  /^(?:when(?!'s|’s|\s+(?:is|are|was|were|do|does|did|will|would|should|can|could|must)\b)|whenever|if|once|after|before|while|until|as soon as|since|given(?: that)?|because|now that)\b/iu;
const ASKS_IN_THE_CONDITION = /\b(?:what|what's|whats|which|how|where|who|why)\b/iu;
// What the question after a condition may only judge (judgedCondition): whether it is fine ("…, is
// that tolerable?"), and what must still hold then ("If the carrier rating service is down, should
// bookings still go through?"): the condition is what is asked, whether the product keeps working through it. Not
// what I or we should still do ("If the system is read-heavy, should I still use a relational DB?"
// is the candidate's design).
const JUDGES_IT =
  /^(?:(?:and|so|but|then)\s+)?(?:(?:is|would|will)\s+(?:that|this|it)\s+(?:be\s+)?(?:(?:really|still|even)\s+)?(?:ok|okay|fine|acceptable|tolerable|allowed|a problem|an issue|a big deal|bad|a concern)\b|can we live with (?:that|it)\b|(?:should|must|can|could|does|do|will|would)\s+(?!(?:i|we)\b)(?:[\w'-]+\s+){1,3}?still\b)/iu;
const KO_EVEN_IF = /(?:[어아여해돼워와봐줘려져]|이어|이여|이라)도$/u;
/** Whether a clause opens with a condition, a time or a premise and asks nothing in it ("Since the locker network is nationwide"). */
export const isACondition = (part: string) => OPENS_A_CONDITION.test(part.trim().replace(BEFORE_THE_QUESTION, "")) && !ASKS_IN_THE_CONDITION.test(part);
function endsAtAComma(part: string, message: string): boolean {
  const at = message.indexOf(part);
  return at >= 0 && /^\s*,/u.test(message.slice(at + part.length));
}
/**
 * "If the ingestion pipeline is down for an hour, is that tolerable?", "…, and if a message shows
 * up out of order for a moment, is that OK?": a condition that the question after it only judges
 * (`next`), or one left last when a confirmation tag was taken off (`tagTaken`), is the question:
 * what it names is asked, at the bar of a question asked apart. Three training seeds (2026-12-05,
 * twenty-fifth session): 36 more right facts, none wrong.
 */
export function judgedCondition(part: string, message: string, next: string | undefined, tagTaken = false): boolean {
  // "…, 읽을 때 좀 오래된 데이터여도 괜찮나요?": a Korean "even if" whose judging tag was taken off.
  if (hasHangul(part)) return next === undefined && tagTaken && KO_EVEN_IF.test(part.trim());
  if (!isACondition(part)) return false;
  if (next === undefined) return tagTaken;
  return JUDGES_IT.test(next.trim()) && endsAtAComma(part, message);
}
/**
 * "When there's an outage, how much does traffic to the status page jump?", "After a photo
 * uploads, how much post-processing runs?", "and when a book is checked out, must the catalogue
 * show it immediately?": a clause that opens with a condition or a time and ends at a comma sets
 * the scene for the question after it, and what it names (the outage, the upload, the checkout)
 * is no question of its own; the whole message and the pair still read it. Not a question that
 * opens with "when" ("When does the parking app peak, and …?"), nor a condition that asks
 * ("Before I draw the diagram — what must the site do, …"), nor one the question after it only
 * judges, with fewer than three words of its own ("…, and if a message shows up out of order for
 * a moment, is that tolerable?", "If two fans click the same seat at once, must only one of them
 * get it?"). A rush or a hot item in the condition is what the question measures ("When a video
 * goes viral, how big does the spike get?"): the loop leaves those readings be (ASKED_AS_AN_EVENT).
 * Korean conditions (-면, 때) were tried: one question lost, none gained. A Korean "even if" (-어도,
 * -여도) whose judging tag ("괜찮나요?") was taken off is the question, as an English condition left
 * last is (2026-12-07; with KO_IS_THERE no longer taking "받고 있어요", three seeds: 60 more held-out
 * Korean right facts, none wrong).
 */
export function setsACondition(part: string, message: string, next: string | undefined): boolean {
  return next !== undefined && isACondition(part) && endsAtAComma(part, message) && clauseTermCount(next) >= CONDITIONED_QUESTION_TERMS && !JUDGES_IT.test(next.trim());
}

export function isSettingTheScene(part: string): boolean {
  if (/[?？]\s*$/u.test(part)) return false;
  return (SETS_THE_SCENE.test(part) && THE_PRODUCT.test(part)) || (KO_SCENE.test(part.trim()) && !A_CLIENT.test(part));
}

/** A clause that sets the scene ("On the reservation app", "For the booking service") and asks nothing. */
export function onlySetsTheScene(part: string): boolean {
  return isSettingTheScene(part) && !ASKING_WORD.test(part);
}
