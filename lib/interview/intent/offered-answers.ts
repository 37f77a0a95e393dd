import { clauseTermCount } from "./clause-asks.ts";
import { CLAUSE_MIN_TERMS } from "./thresholds.ts";

// Answers a question offers after itself ("… — tens of thousands, millions, or more?", "5년? 10년?"):
// figures and magnitudes that ask nothing of their own.

// "How many people use it — tens of thousands, millions, or more?", "몇 년 기준이에요? 5년? 10년?":
// after a question, a clause of figures and magnitudes only offers answers to it and asks
// nothing of its own (alone, "5 years" reads as growth and "millions or more" as hot keys).
// "…, is it one million or ten million?", "are we talking thousands or millions?": the figures
// offered, with the few words that offer them.
const OPTION_WORD =
  /^(?:is|it|that|are|we|re|talking|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|half|single|double|or|and|maybe|perhaps|even|more|less|fewer|like|something|closer|to|about|around|roughly|just|only|a|an|few|couple|of|tens|dozens|hundreds?|thousands?|millions?|billions?|trillions?|k|m|b|bn|x|ms|s|kb|mb|gb|tb|pb|years?|yrs?|months?|weeks?|days?|hours?|minutes?|mins?|seconds?|secs?|forever|ever|never|nines?|percent|아니면|혹은|또는|영구|영원히|평생)$/iu;
const KO_FIGURE = /^[일이삼사오육칠팔구십백천만억조]*(?:명|개|건|년|개월|달|주|일|시간|분|초|배|퍼센트)?(?:정도|이상|이하|쯤|넘게|가량|까지)?(?:이요|요|이나|나)?$/u;

/**
 * The message without the spans of time it offers as answers after its last question ("저장 공간
 * 계산할 때 몇 년 기준으로 잡으면 돼? 5년? 10년?", "How many years of storage should I size for? 3
 * years? 5 years?"): the clause loop already sets them aside (offersAnswers), and the whole
 * message read with them leaned to growth by its years alone. Only spans of time, and only when
 * the question left has words of its own: an independent review found other offered answers the
 * only clue to a vague question ("What are we aiming for? 99.9%? 99.99%?" is availability, "What's
 * the scale here? Thousands? Millions?" users, "What should I assume here? 5 years? 10 years?"
 * has nothing else).
 */
const OFFERED_SPAN = /\b(?:years?|yrs?|months?|weeks?|days?|forever)\b|년|개월|영구|영원히|평생/iu;
export function withoutOfferedAnswers(text: string): string {
  const sentences = text.split(/(?<=[?？])\s+/u);
  const offered = (sentence: string) => offersAnswers(sentence) && OFFERED_SPAN.test(sentence);
  let kept = sentences.length;
  while (kept > 1 && offered(sentences[kept - 1])) kept -= 1;
  return kept < sentences.length && clauseTermCount(sentences[kept - 1]) >= CLAUSE_MIN_TERMS ? sentences.slice(0, kept).join(" ") : text;
}

export function offersAnswers(part: string): boolean {
  const words = part.replace(/\d[\d.,]*/gu, " ").match(/[\p{L}]+/gu) ?? [];
  return (/\d/u.test(part) || words.length > 0) && words.every((w) => OPTION_WORD.test(w) || (/^\p{Script=Hangul}+$/u.test(w) && KO_FIGURE.test(w)));
}
