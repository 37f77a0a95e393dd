import { hasHangul } from "../text-normalize.ts";
import { contentTerms } from "./features.ts";
import { withoutRequestOpening } from "./indirect.ts";
import { CLAUSE_MIN_TERMS } from "./thresholds.ts";

// Does a clause ask a question of its own? It opens as one (opensAQuestion), asks apart from the
// rest (asksApart), beside the one that names the topic (asksBeside) or on its own with one word
// (asksOnItsOwn); or it points back to what was named (pointsBack), only measures it
// (measuresWhatWasNamed), asks how often it happens (HOW_OFTEN_IT_HAPPENS), shares the next
// clause's noun (sharesTheHead) or sets a condition (CONDITION). Also how many content words a
// clause has (clauseTermCount) and whether a word asks (ASKING_WORD). understand.ts reads a
// message's clauses with these, and the sentence, scene, share and offered-answer rules build on them.

/**
 * Asking verbs are no content word of a clause: "…, 크기를 알려주세요" (tell me the size) names one
 * thing, the size of what the question already asks about, like "…, and the size?"; English
 * "tell", "know" are stop-words already, the Korean stems "알려주세", "말씀해", "주실래" were not.
 */
// Terms are stems (korean.ts), so a 하다 verb comes as its noun: "말씀해" is 말씀, "설명해" 설명.
const KO_ASKING = /^(?:알려|말해|말씀|가르쳐|여쭤|설명)|^주(?:실|시|세|셔|십)/u;

/**
 * A clause that is a question of its own ("…, and where are they?", "what is the peak?",
 * "…어디에 있어요?", "그리고 사용자 수는요": what about …?) asks about its one content word, unlike a noun left over from a split
 * ("…사용자"): it opens with a question word or auxiliary, or ends as a question does. Chat's
 * spellings of them too: "hows cheating handled", "hw long do we keep uploads", "and r carts
 * deleted after a week" ("r" before a word is "are", "hw" before a measure is "how", not
 * hardware; 2026-12-07, three seeds: 50 more right facts, none wrong).
 */
export const QUESTION_OPENING = /^(?:what|what's|whats|where|which|when|how|who|is|are|do|does|did|will|can|could|would|should|any|hows|hw(?=\s+(?:long|many|much|often|big|fast|soon|far))|wat|wht|whos|wheres|whens|r(?=\s+\p{L}))\b/iu;
const OWN_QUESTION = new RegExp(`${QUESTION_OPENING.source}|(?:[은는]요|나요|까요|가요|죠|을까|인가|는지|어요|에요|예요|니|냐)\\s*[?？]?\\s*$|[?？]\\s*$`, "iu");

/**
 * Words that measure something rather than name it: "how big do they get?", "크기는 얼마나 되나요?",
 * "얼마나 느려요?" ask the size or speed of what the question is already about (an attachment's
 * size is the media fact), so a one-word clause of them adds no topic of its own.
 */
const MEASURES = new Set(["size", "latency"]);

// "Can customers attach a video? How often does that happen?", "viral posts, how often it
// happen?": the frequency of what was just named, which is that topic's question (a video's
// share of uploads is media's, a viral post's how often is the hot key's), never the read/write
// mix its "how often" alone leans to.
// Only with a short tail of its period ("… per day?"): "how often does it happen that a post goes
// viral?" names a thing of its own.
const IT = "(?:it|that|this|they|those|these)";
export const HOW_OFTEN_IT_HAPPENS = new RegExp(
  `^(?:(?:and|but|so)\\s+)?how (?:often|frequently|commonly)\\s+(?:(?:does|do|did|will|would|can)\\s+${IT}\\s+(?:(?:usually|typically|actually|really)\\s+)?(?:happen|occur|come up|get used)|(?:is|are|was|were)\\s+${IT}\\s+used|${IT}\\s+(?:happens?|occurs?|comes? up))(?:\\s+(?:per|a|an|each|every|in a)\\s+\\w+)?\\s*[?？.!]*\\s*$`,
  "iu",
);

// "how busy does it get then?", "얼마나 바빠요?": a degree of what the question is already about.
export const HOW_MUCH_OF_IT = /^(?:how (?:big|busy|large|fast|slow|long|heavy|quick(?:ly)?|often|far|high|bad|much)\b|얼마나\s*[\uac00-\ud7a3]+\s*[?？]?\s*$)/iu;

/**
 * "What latency and availability targets do we have?": the one word before "and" shares the
 * noun the next clause ends its phrase with (targets, requirements, SLAs …), so it is an item of
 * the list whatever the whole question's scores make of it.
 */
const SHARED_HEAD = /^(?:[\w-]+\s+){1,2}(?:targets?|requirements?|goals?|expectations?|numbers?|figures?|slas?|slos?|constraints?|budgets?|limits?)\b/iu;
export function sharesTheHead(part: string, message: string): boolean {
  const at = message.indexOf(part);
  if (at < 0) return false;
  const after = /^\s+and\s+(.*)$/isu.exec(message.slice(at + part.length));
  return after !== null && SHARED_HEAD.test(after[1]);
}

export function asksOnItsOwn(clause: string): boolean {
  // "and which cities are we in" opens its question after the word that joins it on.
  const part = clause.trim().replace(BEFORE_THE_QUESTION, "");
  if (!OWN_QUESTION.test(part) || HOW_MUCH_OF_IT.test(part)) return false;
  const named = contentTerms(part).concepts;
  return named.length > 0 ? named.some((c) => !MEASURES.has(c)) : true;
}

// A condition or a time sets the scene for the question that follows ("트래픽이 두 배가 되면,",
// "…몰릴 때는,", "세일 기간에는,", "몰려도,", "When a post goes viral, …"): Korean by its ending
// (a verb's -면, not the noun of 화면, 측면, 표면 …), English by "when" without a question mark.
export const CONDITION =
  /(?:(?<!화|측|표|단|국|정|전|방)면|(?:때|경우|중|시|동안|기간|도중|무렵)(?:에|에는|엔|는|에도)?|(?:더라|[어아여해돼려져워와봐줘서])도)\s*$|^when\b(?!.*[?？]\s*$)/iu;

/**
 * Whether a clause beside the one that names the topic asks a second question: it is one of the
 * sentences that ask (`asking`, askingPart's; a clause clauses() rewrote, an alternative joined on,
 * is not found there and asks nothing beside, so the rule errs on answering less), has two content
 * words, points back to nothing ("How often does that happen?" is about the first thing) and sets
 * no condition. An English clause also opens as a question does ("as well as the web?", "not API"
 * are items); a Korean one cannot: split at a joining particle ("출입 시스템 p99 목표랑 가용성 목표가
 * 궁금해요"), it is a noun phrase sharing the sentence's asking verb, so its ending is what is checked.
 */
export function asksBeside(part: string, asking: string): boolean {
  return couldAskOnItsOwn(part, asking) && (hasHangul(part) || QUESTION_OPENING.test(part.trim()));
}

// A clause is among the sentences that ask when its words are there in order: a clause joined to
// the alternative after it ("Are the devices on our API directly, or through a gateway?") lost
// the comma between them, so both are compared with the marks clauses() splits at as spaces.
const CLAUSE_MARKS = /[\s,;&/]+/gu;
// The asking sentences are the same for every clause of a message: normalised once, not once a clause.
let lastAsking = { text: "", loose: "" };
export function isAmong(part: string, asking: string): boolean {
  if (lastAsking.text !== asking) lastAsking = { text: asking, loose: asking.replace(CLAUSE_MARKS, " ") };
  return lastAsking.loose.includes(part.replace(CLAUSE_MARKS, " "));
}

/**
 * What a second question needs (asksBeside, asksApart): it points back to nothing (unless the
 * caller allows it: the first clause has nothing before it to point back to), sets no condition,
 * is among the sentences that ask and has two content words.
 */
function couldAskOnItsOwn(part: string, asking: string, mayPointBack = false, minTerms = CLAUSE_MIN_TERMS): boolean {
  return (mayPointBack || !pointsBack(part)) && !CONDITION.test(part.trim()) && isAmong(part, asking) && clauseTermCount(part) >= minTerms;
}

// "…그리고 정적비중은요" (and what about the static share?): a Korean question of one noun and -은요 / -는요
// asks about that noun, though it has one content word where a question asked apart needs two
// (not a measure alone: "…레이턴시는요" measures what was asked, asksOnItsOwn). So does one that asks
// whether the noun is there, as chat asks it ("qps얼마야 핫키있어", "…만료기간 있어요"; not "할 수 있어요",
// "받고 있어요": can, and is doing).
// Chat drops the 요 ("…몇건이에요 전체 사용자는", "…보관해요 평균용량은"): a noun's bare 은/는 at the end asks
// the same, not a verb's or an adjective's (하는, 있는, 많은, 작은).
export const KO_WHAT_ABOUT = /(?:[은는]요|(?<=[\uac00-\ud7a3])(?<![하되있없가오쓰보받나주많작같큰적좋높낮빠느])[은는])\s*[?？]?\s*$/u;
const KO_IS_THERE = /(?<=[\uac00-\ud7a3A-Za-z])(?<![수고])(?:이|가)?\s*있(?:어요|어|나요|나|음|습니까)\s*[?？]?\s*$/u;
export function asksWhatAbout(clause: string): boolean {
  if (!hasHangul(clause)) return false;
  if (KO_IS_THERE.test(clause)) return contentTerms(clause).concepts.every((c) => !MEASURES.has(c));
  return KO_WHAT_ABOUT.test(clause) && asksOnItsOwn(clause);
}

// "…크기가 얼마고, 얼마나 빨리 와야 해?" (and how fast must it come?): a Korean question word with a
// requirement's ending (-야 해, -야 돼, -야 하나요) asks what must hold, a target of its own, though
// it names one content word; "얼마나 느려요?" without one measures what was named (MEASURES).
const KO_MUST_BE = /(?<=[\uac00-\ud7a3])야\s*(?:해|돼|되|하|할|될|합)[\uac00-\ud7a3]*\s*[?？]?\s*$/u;
function asksWhatItMustBe(clause: string): boolean {
  return hasHangul(clause) && KO_MUST_BE.test(clause) && KO_ASKS_BY_ITSELF.test(clause);
}

/**
 * Whether a clause asks a question apart from the rest (SECOND_QUESTION): read without a request
 * opening ("I'd also like to know how big …"), it is one of the sentences that ask, points back
 * to nothing ("does that differ …?", "how often it happen?" ask about the first thing), sets no
 * condition, has two content words and is a question of its own: in English it opens as one
 * (opensAQuestion); in Korean, where a clause cannot, it ends as one ("…나요?") or asks with a
 * question word ("하루 응시자가 몇 명이고", split at -고, shares the sentence's asking ending).
 * `mayPointBack`: a pronoun does not keep it from asking (the first clause, which has nothing
 * before it to point to: "Is it a hard requirement that …", "Is that in scope …"; asksApartPointingBack).
 */
export function asksApart(part: string, asking: string, mayPointBack = false): boolean {
  // The clause without its opening is a piece of it, so it is among the sentences that ask when the clause is.
  const own = withoutRequestOpening(part).trim();
  const oneWord = asksWhatAbout(own) || asksWhatItMustBe(own);
  if (!isAmong(part, asking) || !couldAskOnItsOwn(own, asking, mayPointBack, oneWord ? 1 : CLAUSE_MIN_TERMS)) return false;
  return hasHangul(own) ? OWN_QUESTION.test(own) || KO_ASKS_BY_ITSELF.test(own) || KO_IS_THERE.test(own) || KO_WHAT_ABOUT.test(own) : opensAQuestion(own);
}

// Words that may come before the question word of a clause asked apart: "And roughly how large
// are the page scans?", "and then what's the uptime target?" ("so how many …" opens so, but
// ANAPHORA takes its "so" as pointing back).
export const BEFORE_THE_QUESTION = /^(?:(?:and|also|but|plus|so|then|now|ok|okay|roughly|approximately|about|around|just|lastly|finally|separately|next)\b[\s,]*)+/iu;
// The question words and auxiliaries a clause asked apart opens with; an obligation asks too
// ("must two shoppers never book the same slot?", "has it ever gone down?").
const OPENS_APART = new RegExp(`${QUESTION_OPENING.source}|^(?:was|were|must|shall|has|have)\\b`, "iu");
// "Code review: diffs can be huge — what's the typical size of a pull request?": a label or a
// remark before a colon or a dash (one or two of them), then the question.
// A colon between figures ("9:00") is a time, no label.
const LABEL_OR_REMARK = /(?:(?<!\d):(?!\d)|\s[—–-]\s|—)\s*/gu;
// A Korean clause split from the sentence's asking ending asks by itself with a question word
// ("동접자 수가 얼마나 되고"), an embedded question ("…써야 하는지", "…허용하는지도") or 궁금해요.
// An indefinite word asks nothing (누구나 anyone, 몇몇 some, 얼마 전 a while ago, 언제나 always, 어디서나, 뭐든);
// 얼마나 (how much) asks.
const KO_ASKS_BY_ITSELF = /(?:^|\s)(?:몇(?!몇)|얼마(?!\s*전)|어떤|어느|어디(?!서나|든|나)|무슨|뭐(?!든|나)|언제(?!나|든)|누가|누구(?!나|든))|(?:는지|은지|인지|을지|할지)(?:도|요|도요)?\s*[?？]?$|궁금(?:해요|합니다|하네요|해|함|하다)?\s*[?？.!]*$/u;

/** Whether an English clause opens as a question does, after a lead-in word, or after a label or a remark and its dash. */
export function opensAQuestion(clause: string): boolean {
  const opens = (text: string) => OPENS_APART.test(text.replace(BEFORE_THE_QUESTION, ""));
  if (opens(clause)) return true;
  let marks = 0;
  for (const mark of clause.matchAll(LABEL_OR_REMARK)) {
    if (mark.index > 80 || ++marks > 2) break;
    if (opens(clause.slice(mark.index + mark[0].length))) return true;
  }
  return false;
}

/**
 * A clause after the first that asks apart though it points back ("…, and do they mostly view
 * standings or report results?"): it asks a second question at SECOND_QUESTION_POINTING_BACK,
 * unless it measures what was named ("And how big are they?", "roughly how busy does it get?").
 */
export function asksApartPointingBack(part: string, asking: string): boolean {
  return asksApart(part, asking, true) && !measuresWhatWasNamed(part);
}

/**
 * Content words from which a clause that opens as a measure ("how much …", "how big …") names
 * what it measures: "And how much traffic does it take today?", "And how big is a menu item with
 * its description?", "how much growth will it need to absorb?" ask a quantity of their own after
 * a question about something else (the current system, a menu's freshness); "And how big are
 * they?" (one), "how big are their photos?" (two: the photos named before) measure what was
 * named, as a clause (asksApartPointingBack) and as a later sentence (sentencesAskingApart). Words
 * such as "roughly" or "each" count too, so "and how big is each one in megabytes?" (four) asks
 * apart at the bar of a clause that points back. Three training seeds over every eval file
 * (2026-12-04): 84 more right facts, no more wrong.
 */
const MEASURE_OF_ITS_OWN = 4;

/** Whether a clause measures what was named before it ("And how big are they?"), lead-in words and all. */
export function measuresWhatWasNamed(part: string): boolean {
  if (clauseTermCount(part) >= MEASURE_OF_ITS_OWN) return false;
  return HOW_MUCH_OF_IT.test(part.trim().replace(BEFORE_THE_QUESTION, ""));
}

/** How many distinct content words of its own a clause has, for CLAUSE_MIN_TERMS. */
export function clauseTermCount(part: string): number {
  return new Set(contentTerms(part).terms.filter((t) => !KO_ASKING.test(t))).size;
}
// "one" points back alone or before "of", a verb or a measure ("how big is each one?", "one of
// them", "and how big is one?"); before a noun it is a number ("sharing one card", "is one
// region enough?"): taken as a pronoun, it held "how do we stop people faking stamps or sharing
// one card?" to the higher bar of a clause that points back (three training seeds over every
// eval file, 2026-12-04: 39 more right facts, no more wrong).
const ANAPHORA =
  /\b(?:they|them|their|it|its|those|these|that|then|so)\b|\bone\b(?!\s+(?!(?:of|is|are|was|were|that|which|or|and|at|in|to|for|do|does|has|have|more|per|a|an|the)\b)\p{L})|그것|그거|거기|그때|그럼|그건/iu;
// A pronoun inside the clause's own "when …"/"if …" part points to the clause's own subject ("what
// response time do students expect when they click Register?"), not back to the question before.
const OWN_SUBORDINATE = /\s\b(?:when|whenever|if|once|after|before|while|until|because)\b.*$/iu;
// "do vendors post photos of their produce?", "how many drivers see their cost live?": a clause
// whose own plural subject comes before its "they", "their" or "them" points to that subject. Not
// the thing counted before an auxiliary ("and how many listings do they each have?": "they" are
// the sellers asked about before).
const OWN_PLURAL_SUBJECT =
  /^(?:(?:and|also|but|so|then|now|ok|okay)\s+)*(?:do|does|did|are|were|can|could|will|would|should|must|how many|how often)\s+(?:(?:the|all|most|some|many|our)\s+)?(?!(?:this|thus|plus|does|has|was|is|its|his|hers|yes|less|unless|always|perhaps|times)\b)\p{L}{3,}s\b(?!\s+(?:do|does|did|can|could|will|would|should|must|are|is|were|was|have|has)\b)(?:\s+\p{L}+){0,6}?\s+(?:their|them|they)\b/iu;
const PLURAL_PRONOUN = /\b(?:they|them|their)\b/giu;
// "is it OK for messages to reach other regions late?", "would it be acceptable if …": the "it" of a
// judgement put off to its "for", "to", "if" or "that" stands for what follows, not for anything before;
// taken off with its "if", what follows is read as the clause ("is it OK if it's stale?" points back).
const EXPLETIVE_IT =
  /\b(?:is|was|would|will|isn['’]t)\s+it\s+(?:be\s+)?(?:(?:really|still|even|also)\s+)?(?:ok|okay|fine|acceptable|tolerable|a problem|an issue|a big deal)\s+(?:for\s+(?:[\w'’-]+\s+){1,4}?to|to|that|if|when|whether)\b|\bit['’]s\s+(?:ok|okay|fine|acceptable)\s+(?:for\s+(?:[\w'’-]+\s+){1,4}?to|to|that|if|when)\b/giu;
export function pointsBack(part: string): boolean {
  const own = part.replace(EXPLETIVE_IT, " ").replace(OWN_SUBORDINATE, "");
  return ANAPHORA.test(OWN_PLURAL_SUBJECT.test(own.trim()) ? own.replace(PLURAL_PRONOUN, "") : own);
}

// A word that asks: a clause that has one ("for the leaderboard service - is it ok if rankings
// lag?") asks, whatever it opens with.
// Chat's "whats", "hows", "wheres" ask as well ("for the url shortener whats the read to write ratio").
export const ASKING_WORD = /\b(?:is|are|do|does|did|how|hows|what|whats|which|when|where|wheres|who|whos|can|could|should|will|would)\b/iu;
