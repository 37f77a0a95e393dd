import { hasHangul } from "../text-normalize.ts";
import { ASKING_WORD, asksApart, clauseTermCount, measuresWhatWasNamed, opensAQuestion, pointsBack } from "./clause-asks.ts";
import { PEAK } from "./counted.ts";
import { contentTerms } from "./features.ts";
import { offersAnswers } from "./offered-answers.ts";
import { PRODUCT_KINDS } from "./product.ts";
import { ASKS, isRestatement, MY_OWN_LIFE, PLAN_ANYWHERE, PLAN_EN, STATEMENT_KO } from "./remarks.ts";
import { isDesignChoice, namesDesignPart, namesTechnology, socialKind } from "./requests.ts";
import { SETS_THE_SCENE } from "./scene.ts";
import { CLAUSE_MIN_TERMS } from "./thresholds.ts";
import { termOfOneTopic } from "./topic-terms.ts";

// A message read sentence by sentence: the sentences that ask (askingPart), the scene before a
// question (withoutSceneSentences), small talk beside it (withoutAsideSentences), the sentences that
// each ask a question apart (sentencesAskingApart) and those that state something of the product
// to confirm (sentencesStatingOfTheProduct). understand.ts reads each such sentence alone.

// A message of several sentences that sets the scene, then asks ("채팅에서는 메시지 하나가 한 번
// 쓰이고 여러 명이 읽는다고 이해했습니다. 사용자 한 명이 하루에 보내는 메시지는 몇 개인가요?"): its
// question is the sentences that ask; the others name topics in passing and dilute it.
// A sentence ends at a mark before a capital, Hangul or a quote: "approx. 10M" goes on.
const SENTENCE_END = /(?<=[.?!？。])\s+(?=[\p{Lu}\uac00-\ud7a3"'“(])/u;
const STATES =
  /\b(?:i|we|it|they|you|he|she|this|that|there|users?|people|each|every)\b.*\b(?:am|is|are|was|were|will|would|can|have|has|had|do|does|did|think|assume|want|need|plan|guess|know|understand|picture|imagine|expect|means?|sits?|goes|runs?|decides?|matters?|changes?)\b|\b(?:i'm|i've|i'll|i'd|we're|we'll|it's|that's|there's|they're)\b|(?:다|니다|요|죠)[.!。]\s*$/iu;
const ENDS_A_STATEMENT = /[.!。]\s*$/u;
// An embedded question asks with 도 too ("…지연돼도 괜찮은지도요.": and whether …, too); not -ㄹ지도요,
// which guesses ("해외로 확장할지도요": we may expand abroad).
const ASKING_SENTENCE = /[?？]\s*$|(?:나요|까요|가요|습니까|을까|인가|[는은인]지(?:도)?(?:요)?|니|냐|죠)[.!~]*\s*$/u;

export function askingPart(message: string): string {
  const sentences = message.split(SENTENCE_END).filter((s) => /[\p{L}\p{N}]/u.test(s));
  if (sentences.length < 2) return message;
  // A statement ends with a full stop, says something (a subject and a verb, a Korean
  // declarative ending) and asks nothing; a fragment asks ("…? and fan-out cost per post",
  // "How many users? Peak QPS too.", "…? 메시지 일관성은").
  const asks = (s: string) => ASKING_SENTENCE.test(s) || ASKS.test(s);
  // With no sentence that asks, the message is a plan or a remark, fragments and all.
  if (!sentences.some(asks)) return message;
  const asking = sentences.filter((s) => !(ENDS_A_STATEMENT.test(s) && STATES.test(s)) || asks(s));
  return asking.length === sentences.length ? message : asking.join(" ");
}

// "…? What's the QPS then": a question that points back to the scene before it.
const POINTS_TO_THE_SCENE = /\b(?:then|at that (?:point|time|moment|hour)|at those times|during (?:that|those|it))\b|그때|그\s*시간/iu;

/**
 * The first clause of a message that asks several things, without the sentences before its
 * question that only set the scene: "Market open is chaotic. What's the peak order rate then, and
 * what p99 …?" splits at its comma, and its first clause read whole leaned to peak at 0.80, under
 * the clause bar, and did not open as a question of its own. A sentence before the question that
 * ends with a full stop, opens no question and asks nothing is the scene (as `askingPart` drops
 * such sentences from a whole message).
 */
export function withoutSceneSentences(clause: string): string {
  const sentences = clause.split(SENTENCE_END);
  if (sentences.length < 2) return clause;
  const question = sentences[sentences.length - 1];
  const scene = sentences.slice(0, -1).every((s) => ENDS_A_STATEMENT.test(s) && !opensAQuestion(s) && !ASKS.test(s));
  // "Assume a flash sale starts at noon. What's the QPS then, …": a question that points back to
  // its scene asks within it (the peak) unless it names what it asks itself ("the peak order rate then").
  if (POINTS_TO_THE_SCENE.test(question) && !contentTerms(question).concepts.includes(PEAK)) return clause;
  return scene && opensAQuestion(question) ? question : clause;
}

// A later sentence whose subject is the question before it ("Does that apply to photos too?",
// "Is this also true for admins?", "What about refunds?", "그건 사진도 마찬가지인가요?") narrows that
// question rather than asking another. A pronoun elsewhere ("What's their typical call time?",
// "And are we in one city or many?") is no sign of it: those ask questions of their own.
const NARROWS =
  /^(?:(?:and|but|so|also|then)\b[\s,]*)?(?:(?:does|do|is|are|was|were|will|would|should|can|could|must)\s+(?:that|this|those|these)\b|(?:what|how)\s+about\b)|^(?:그럼\s*)?(?:그건|그게|그것도|그것은|이건|이게)/iu;

// "In the chore-chart app, do kids mostly just look at their list …?", "For the fleet dashboard,
// can dispatchers look at positions that are 10 seconds old …?": the product a sentence is set in,
// by its name (SETS_THE_SCENE, then "the", "our" or "this" and a kind of product), its comma, then
// the question, which is read without it. Not a time, a condition or a kind of thing done before
// the comma ("On weekends, …", "For the MVP, …", "In the worst case, does that matter?", "For a
// search, how many results?"): it is part of what is asked, and read with it (an independent
// review, 2026-12-07). Three seeds on every eval file: 27 more right facts, none wrong.
const SCENE_AND_ITS_COMMA = /^([^,?]{1,60}),\s*/u;
const NAMES_THE_PRODUCT = new RegExp(`\\b(?:the|our|this) (?:[\\w'-]+ ){0,3}${PRODUCT_KINDS}s?$`, "iu");
function withoutTheProductsScene(sentence: string): string {
  const scene = SCENE_AND_ITS_COMMA.exec(sentence);
  if (scene === null || !SETS_THE_SCENE.test(scene[1]) || !NAMES_THE_PRODUCT.test(scene[1]) || ASKING_WORD.test(scene[1])) return sentence;
  const question = sentence.slice(scene[0].length);
  return opensAQuestion(question) ? question : sentence;
}

// "Should I put images in S3? How many images per day?", "Did you have lunch already? What's the
// peak traffic?": small talk or a design choice put to the interviewer, beside a sentence that asks
// a question of the product, is set aside and the question answered; before, either made the whole
// message read as nothing. The sentences left must each ask of the product on their own: not point
// back ("Would that be fast enough?", "그러면 얼마나 빨라질까요?"), not name a part of the design or a
// technology ("How many workers?"), not weigh the design's effect ("How many servers would we
// need?", "What would the hit rate be?"), not propose a step ("Shall we start with requirements?"),
// not ask back rhetorically ("Doesn't everyone?") and have two content words, as an independent
// review found each of these answered with a requirement it merely shares words with. Otherwise,
// and for a message of asides only, the message is read whole as before. (A question about the
// interview is no such aside: "How am I doing? Should I move on to the high-level design?" is
// answered as one about the interview.)
function isAsideSentence(sentence: string): boolean {
  return socialKind(sentence) !== null || isDesignChoice(sentence);
}
const FOLLOWS_ON = /^(?:if so|if yes|if not|then|그러면|그럼|그렇다면|그래서|그러니까|그거|그게|그건)(?![\p{L}])|^(?:doesn't|don't|isn't|aren't|wouldn't|won't|didn't|doesn’t|don’t|isn’t|aren’t)\b/iu;
const WEIGHS_THE_DESIGN = /\b(?:would|could)\b/iu;
const PROPOSES_A_STEP = /^(?:shall|should|can|could|may|will|let's|let us)\s+(?:we|i|us)\b/iu;
function asksOfTheProduct(sentence: string): boolean {
  return (
    !pointsBack(sentence) &&
    !FOLLOWS_ON.test(sentence) &&
    !namesDesignPart(sentence) &&
    !namesTechnology(sentence) &&
    !WEIGHS_THE_DESIGN.test(sentence) &&
    !PROPOSES_A_STEP.test(sentence) &&
    clauseTermCount(sentence) >= CLAUSE_MIN_TERMS
  );
}
// A message of more sentences than this is not a question beside an aside, and each sentence's
// checks would cost it time for nothing (a 500-character message of forty short ones took 15 ms).
const ASIDE_AND_QUESTION_SENTENCES = 6;
export function withoutAsideSentences(message: string): string {
  const sentences = sentencesIn(message);
  if (sentences.length < 2 || sentences.length > ASIDE_AND_QUESTION_SENTENCES) return message;
  const kept = sentences.filter((s) => !isAsideSentence(s));
  if (kept.length === sentences.length || !kept.some((s) => ASKING_SENTENCE.test(s)) || !kept.every(asksOfTheProduct)) return message;
  return kept.join(" ");
}

const HAS_WORDS = /[\p{L}\p{N}]/u;
// Chat joins its next question on in lower case after the mark ("…routes, chat? and is there a plan
// to grow to other cities?"): a sentence of its own, as "…? And is there …?" is, for the readings
// of sentences here (and so for withoutAsideSentences, which the matcher runs too); askingPart and
// withoutSceneSentences drop statements, which a question mark never ends. Not any lower-case word
// after the mark: "Is there a busiest hour? how much more than normal?" measures what it named.
const SENTENCE_OR_JOINED_QUESTION = new RegExp(`${SENTENCE_END.source}|(?<=[?？])\\s+(?=(?:and|also|plus|but)\\s)`, "u");
/** A message's sentences, trimmed, without the pieces that hold no word. */
function sentencesIn(text: string): string[] {
  return text
    .split(SENTENCE_OR_JOINED_QUESTION)
    .map((s) => s.trim())
    .filter((s) => HAS_WORDS.test(s));
}
/** …and each without the product's scene it opens with (withoutTheProductsScene). */
export function sentencesOf(reading: string): string[] {
  return sentencesIn(reading)
    .map(withoutTheProductsScene)
    .filter((s) => HAS_WORDS.test(s));
}

// A share of what was named ("how much of it", "how many of them").
const SHARE_OF_IT = /\bhow (?:much|many) of\b/iu;
// The moment or percentile a measure is taken at: "at the evening peak", "on peak days", "during
// spikes", "at p99" (a percentile written as p99, p95, p999: the latency's own term).
const AT_A_MOMENT = /\b(?:at|during|in|on|under|around)\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+)?(?:peaks?|spikes?|bursts?|surges?|p9[059](?:\.9+)?|p999)\b/iu;

/**
 * The sentences of a message of several that each ask a question apart (SECOND_SENTENCE): ending
 * as a question and opening as one (asksApart), after the product's scene (withoutTheProductsScene)
 * or after its time or condition (asksAfterItsMoment), offering no answers ("Is it one million or ten
 * million?"). A later one that points back and measures what was named ("How big are their
 * photos, roughly?") asks nothing apart, as such a clause (asksApartPointingBack), unless it is
 * taken at a peak or a percentile (AT_A_MOMENT), whose topic it asks alone (`only`); one that
 * narrows the question before it (NARROWS) asks at the higher bar of a clause that points back.
 * A sentence opening with "or" and the one before it are one question (offersAnAlternative).
 */
export function sentencesAskingApart(reading: string, asking: string, sentences = sentencesOf(reading)): { sentence: string; narrows: boolean; only: string | null }[] {
  if (sentences.length < 2) return [];
  return sentences
    .map((sentence, i) => {
      const later = i > 0;
      // "The site runs on one rented server today. How busy does it get at the evening peak?": a
      // measure of what was named at its peak or at a percentile asks that peak or that latency, and
      // only it ("How long does it take at peak?" asks no slow work; "How slow is it on mobile?" and
      // "How slow is their availability API?" measure no such moment and stay with the question
      // before them). Not a share of it measured then ("How much of it is watched at peak?" asks
      // which part is hot, at any hour).
      const measuresBack = later && pointsBack(sentence) && measuresWhatWasNamed(sentence);
      const moment = measuresBack && !SHARE_OF_IT.test(sentence) ? AT_A_MOMENT.exec(sentence) : null;
      return { sentence, later, measuresBack, only: moment ? termOfOneTopic(moment[0]) : null, alternative: offersAnAlternative(sentence) || offersAnAlternative(sentences[i + 1] ?? "") };
    })
    .filter(
      ({ sentence, measuresBack, only, alternative }) =>
        // "지금 스케일만 보면 되나요? 아니면 몇 년 뒤까지 고려해야 하나요?": two halves of one question.
        !alternative && ASKING_SENTENCE.test(sentence) && (asksApart(sentence, asking, true) || asksAfterItsMoment(sentence, asking)) && !offersAnswers(sentence) && (!measuresBack || only !== null),
    )
    .map(({ sentence, later, only }) => ({ sentence, narrows: later && NARROWS.test(sentence), only }));
}

// "During the last big layoff wave, how much did claims jump?", "When a driver starts a session, how
// fast must the charger respond?": a sentence that opens with its time or its condition, then a
// comma, asks the question after them. It is read whole, as the moment is often what it asks about
// (the layoff wave's jump is the peak). English only: a Korean sentence asks at its end. Wider
// than a clause's condition (scene.ts OPENS_A_CONDITION): a sentence keeps its question after it.
const OPENS_WITH_ITS_MOMENT = /^(?:during|at|on|in|when|whenever|if|after|before|around|once|while|until)\b[^,?]{1,60},\s*/iu;
function asksAfterItsMoment(sentence: string, asking: string): boolean {
  const moment = OPENS_WITH_ITS_MOMENT.exec(sentence);
  return moment !== null && !hasHangul(sentence) && asksApart(sentence.slice(moment[0].length), asking, true);
}

// A sentence opening with "or" is the other half of the question before it ("Or one country?",
// "아니면 3년 뒤까지 봐야 하나요?"), unless it asks whether the interviewer knows at all ("아니면
// 모르시나요?", "Or are you unsure yet?"): that hedge leaves the question before it whole. Not
// "either" or "versus" (ALTERNATIVE, within a sentence): "Either way, how many …?" asks apart.
const OR_SENTENCE = /^(?:or|아니면|혹은|또는)(?![\p{L}])/iu;
const HEDGES =
  /\b(?:do(?:n't| not)? you (?:even )?know|(?:not |un)sure|no idea|(?:not |un)decided|tbd|unclear|unknown)\b|모르시|몰라|모르세요|모르나요|미정|안 정해|정해지지|알 수 없/iu;
function offersAnAlternative(sentence: string): boolean {
  return OR_SENTENCE.test(sentence) && !HEDGES.test(sentence);
}

// A recap of what was said ("As discussed, users are global.", "To recap, …", "So users are in
// the US and Europe.", "아까 말씀하신 대로 …"): the candidate's own summary, not a guess put to
// the interviewer, whatever topic it names (an independent review's probes).
// Not "So many users upload at night.", "즉시 반영돼야 해요.", "그럼에도 …": a word of its own.
const RECAP =
  /^\s*(?:(?:ok(?:ay)?|right|alright)[,\s]+)?(?:so(?=[,\s])(?!\s+(?:many|much|far|few|little)\b)|as (?:discussed|mentioned|agreed|noted|you (?:said|mentioned|put it))|to (?:recap|summari[sz]e|sum up)|in summary|summing up|you (?:said|mentioned)|per your|like you said|from what you said)\b|^\s*(?:아까|앞서|말씀하신|말씀대로|정리하면|요약하면|그러니까|그럼|즉)(?![\p{L}])/iu;

/**
 * The sentences of a message of several that state, not ask (no question's end), of the product:
 * what the candidate knows or guesses of it ("The pharmacy app runs on a vendor's SaaS today.",
 * "Inspectors probably upload site photos from the field.") before a question about another
 * topic. Stated beside a question, it is put to the interviewer to confirm or correct, and read
 * alone at a bar above any question's (STATED_SENTENCE). Not after the last question, nor the
 * candidate's plan, life, design or recap ("I'll put a cache in front.", "At my last job we had
 * spikes.", "To recap, users are global."), nor small talk.
 */
export function sentencesStatingOfTheProduct(reading: string, sentences = sentencesOf(reading)): string[] {
  // Only before a question: a statement after it qualifies what was just asked ("How big is each
  // message? Some are long.", "What are the main features? The app is a to-do list.").
  const lastQuestion = sentences.findLastIndex((sentence) => ASKING_SENTENCE.test(sentence));
  return sentences.filter(
    (sentence, i) =>
      i < lastQuestion &&
      !ASKING_SENTENCE.test(sentence) &&
      !RECAP.test(sentence) &&
      !PLAN_EN.test(sentence) &&
      !PLAN_ANYWHERE.test(sentence) &&
      !STATEMENT_KO.test(sentence) &&
      !MY_OWN_LIFE.test(sentence) &&
      !isRestatement(sentence) &&
      socialKind(sentence) === null &&
      !isDesignChoice(sentence) &&
      !namesDesignPart(sentence) &&
      !namesTechnology(sentence),
  );
}
