import { statesAnAssumption } from "./assumption.ts";
import { namesDesignPart, namesTechnology } from "./requests.ts";

// A message that asks nothing of the interviewer: a plan ("I'll add a queue"), a statement of the
// design, an acknowledgement that says back what was said ("Understood, p99 under 200ms."), small
// talk about oneself. understand.ts answers it as a remark, whatever topic words it has.

// A remark or a plan is not a clarifying question, whatever it mentions: "I'll add a queue",
// "전 회사에서는 사용자가 백만 명이었어요." Unless it asks for something ("I'd like to know…").
export const PLAN_EN = /^\s*(?:i'll|i will|i'm going to|i am going to|let me|let's|my |at my|in my|i think|i guess|i'd|i have|i've|i live)/iu;
export const STATEMENT_KO = /(?:겠습니다|할게요|볼게요|쓸게요|할께요|게요|었어요|았어요|였어요|했어요|했습니다|었습니다|았습니다|네요|군요|거든요|더라고요|더라구요)[.!~ㅎㅋ\s]*$/u;
// 확인 asks ("확인하고 싶어요", "확인 부탁") unless it reports a check done ("확인했습니다").
export const ASKS = /[?？]|\b(?:know|ask|understand|clarify|tell me|confirm|wondering|curious)\b|\b(?:(?:i'd|i would|we'd|we would)\s+(?:like|love)|i\s+(?:want|need)|(?:can|could)\s+(?:i|we)|give\s+me|help\s+me)\s+(?:to\s+(?:get|have)\s+|get\s+|have\s+)?(?:a|an|some)\s+(?:\w+\s+)?(?:sense|feel|idea|picture)\s+(?:of|for)\b|알려|궁금|여쭤|말씀해|확인(?!했|하였|됐|되었)/iu;

// An acknowledgement that restates what the interviewer said ("Understood, p99 under 200ms.",
// "Noted, peak is 3x the average.", "알겠습니다, 가용성 99.9%요.") is a remark: it opens with the
// acknowledgement, asks nothing, and says something back: a figure, a sentence ("Right,
// eventual consistency is fine for the feed."), or words ending in a full stop ("Cool, both
// mobile and web."). "OK, peak traffic", "네, 사용자 수" are terse questions. "Right-to-be-forgotten: …" is no acknowledgement,
// nor "ok if feed is stale", "okay to drop a few events?": "(is it) ok if …", a question.
const ACKNOWLEDGED = /^\s*(?:understood|noted|right(?! now| away)|got it|gotcha|perfect|confirmed|(?:ok(?:ay)?|alright)(?!\s+(?:if|to)\b)|cool|great|sure|sounds good|makes sense|i see|thanks|thank you)\b(?:[\s,.!:;—]+|$)|^\s*(?:알겠습니다|알겠어요|알겠음|이해했습니다|이해했어요|확인했습니다|확인했어요|넵|네|좋아요|좋습니다|그렇군요|오케이)(?:[\s,.!~]+|$)/iu;
const SAYS_A_FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|half|double|twice|nines)\b|[십백천만억]|절반|[두세네]\s*배/iu;
const SAYS_A_SENTENCE = /\b(?:is|are|was|were|be|means?|works?)\b|(?:습니다|입니다|이에요|예요|에요|군요|네요|거든요)[.!~]*$/iu;

// A first-person plan anywhere in a message that asks nothing ("Multi-region feels like
// overkill, I'll start with one region") is a remark too.
export const PLAN_ANYWHERE = /\b(?:i'll|i’ll|i will|i'm going to|i’m going to|i am going to|let's|let’s|we'll|we’ll)\b/iu;

// What follows the acknowledgement may still be a question typed without its mark ("OK, what
// about the peak", "네, 피크는요", "알겠습니다. 그럼 사용자는 몇 명이에요", "넵 영구 보관인가요").
const GOES_ON_TO_ASK = /^(?:and|also|plus|what about|how about|(?:so |then |now )?(?:what|how|which|where|when|who|why|is|are|do|does|did|can|could|will|would|should|any))\b|\bor\b|(?:나요|까요|가요|습니까|을까|는지|죠|[은는이]요|니|냐)[?？.!~]*$|어때|어떻|뭐|몇|얼마|어디|아니면/iu;

/** What follows an acknowledgement at the start of a message, or null when none opens it. */
export function afterAcknowledgement(text: string): string | null {
  const opening = ACKNOWLEDGED.exec(text);
  return opening === null ? null : text.slice(opening[0].length).trim();
}

export function isRestatement(text: string): boolean {
  const rest = afterAcknowledgement(text);
  if (rest === null) return false;
  if (rest === "") return true;
  return !GOES_ON_TO_ASK.test(rest) && (SAYS_A_FIGURE.test(rest) || SAYS_A_SENTENCE.test(rest) || /[.!]\s*$/u.test(rest));
}

// A sentence that states how the design works ("Mobile clients will upload straight to S3.",
// "Spam filtering goes into an async worker queue.") and ends as a sentence does: it opens with
// no question word and no request ("Please share…", "Tell me…"), and has a verb that states.
const STATEMENT_EN =
  /^(?!\s*(?:what|how|which|where|when|who|why|is|are|do|does|did|can|could|will|would|should|shall|any|please|tell|give|share|list|describe|explain|provide|need|want|may|might)\b)(?=.*\b(?:will|goes|gets|uses|runs|stores|sends|uploads|keeps|lives|sits|talks|writes|reads)\b).*[^.][.!]\s*$/iu;

// An aside that opens with laughter or an exclamation, speaks of the speaker and ends as a
// sentence ("Ha, I'm a terrible golfer myself.", "Funny, my own busy season is the holidays
// too.") is small talk, whatever topic words it has. With a question word anywhere it still
// asks, mark or no mark ("Oh wait, how many users are there.", "Wow, big event. What's the peak
// load."), and without a word about the speaker it is a terse question ("Ah okay, and the peak QPS.").
const ABOUT_ONESELF = /\b(?:i|i'm|i've|i'd|i'll|my|me|myself|mine)\b/iu;
const ASKS_ANYWHERE = /\b(?:what|what's|whats|how|which|where|when|who|why|is|are|do|does|can|could|should|will|would)\b[^.!]*$/iu;
const ASIDE_OPENING = /^\s*(?:ha(?:ha)*|heh|hehe|lol|funny|wow|oh|ah|aha|ooh|fun fact|side note|random thought)\b[\s,.!:—–-]+/iu;

// The candidate's own life told in the past ("I grew up in two countries.", "I worked at a bank
// for years.", "We had a huge rush at my last job during Black Friday."): small talk, whatever
// place or number it names.
export const MY_OWN_LIFE = /^\s*(?:(?:ha(?:ha)*|oh|fun fact|btw)[,.!:\s]+)?i\s+(?:grew up|lived|worked|studied|was born|went to school|moved|used to live|used to work|travel(?:l)?ed|visited)\b[^?]*[.!]?\s*$|^[^?]*\b(?:at|in) my (?:last|previous|old|former|first) (?:job|company|employer|team|role|startup)\b[^?]*$/iu;

export function isRemark(text: string): boolean {
  if (ASKS.test(text)) return false;
  // A requirement stated as an assumption is confirmed or corrected, as a proposal is.
  if (statesAnAssumption(text) && !namesDesignPart(text) && !namesTechnology(text)) return false;
  if (ASIDE_OPENING.test(text) && /[.!]\s*$/u.test(text) && ABOUT_ONESELF.test(text) && !ASKS_ANYWHERE.test(text)) return true;
  if (MY_OWN_LIFE.test(text)) return true;
  return PLAN_EN.test(text) || PLAN_ANYWHERE.test(text) || isRestatement(text) || STATEMENT_KO.test(text.trim()) || STATEMENT_EN.test(text);
}
