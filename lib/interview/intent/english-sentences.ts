// English chat runs two questions together without a mark too: "whats the expected qps how fast
// is it growing", "where are the users located do we need to worry about celebrity accounts". A
// question opens again where a question word, or an auxiliary before its subject, follows a
// question that already has its own verb; the mark the writer left out is put back so the rules
// that split a message at marks (understand.ts) read two questions.
//
// Only inside a message that asks: a plan or a remark ("not sure where the users are") is left
// alone, and so is a question word the words before it embed ("tell me what the p99 is", "any idea
// how many", "depends on where they are").

const WH = /^(?:what|whats|what's|how|hows|how's|where|wheres|where's|which|who|whos|who's|when|whens|why)$/u;
// "whats the qps …": the question's auxiliary is in its first word.
const CONTRACTED = /^(?:whats|what's|hows|how's|wheres|where's|whos|who's|whens)$/u;
const AUX = /^(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|must|isnt|isn't|arent|aren't|dont|don't|doesnt|doesn't|cant|can't|wont|won't|shouldnt|shouldn't)$/u;
// "how to …", "how come", "how about" ask no measure of their own.
const HOW_TO = /^(?:to|come|about)$/u;
// A subject after an auxiliary ("do we", "is this", "are there", "does each write"): the auxiliary
// opens a question, it does not finish the one before ("how many users are expecting …").
const SUBJECT = /^(?:we|you|it|there|they|i|the|this|these|those|each|every|any|our|your|their|its|a|an|all|some|most|users?|people|customers?|clients?|data|traffic|anyone|everyone|someone|anybody|everybody|nobody)$/u;
const COPULA = /^(?:is|are|was|were|isnt|isn't|arent|aren't)$/u;
const COPULA_SUBJECT = /^(?:we|you|it|there|they|i|the|this|these|those|each|every|any|our|your|their|anyone|everyone|someone)$/u;
// …or a plural noun ("are attachments allowed", "do followers need …"), not an adverb in -s.
const PLURAL = /^[a-z]{3,}[^su']s$/u;
const ADVERB_IN_S = /^(?:always|sometimes|perhaps|yes|thus|unless|besides|nowadays|towards|afterwards|anyways|regardless)$/u;
// Words after which a question word is embedded in the sentence, not a question of its own.
const EMBEDS = new Set(
  (
    "know knows knowing tell told me us ask asking asked see sure idea wonder wondering curious clarify understand confirm check decide " +
    "about on of in for to from by with at and or but so is was are that this explain describe estimate depends depend matter matters " +
    "regardless unclear clear figure out learn find show share discuss say guess if whether as than into get remind remember " +
    "care consider think mean means assume assuming exactly roughly approximately around just what how where which who when why plus also then " +
    "limit limits track measure restrict monitor determine predict specify define affect choose"
  ).split(" "),
);
// …but an auxiliary after a preposition opens a question ("which countries are we launching in are
// there hot spots"), and so does a question word with its verb in it ("should we plan for whats …").
const EMBEDS_BY_VERB = /^(?:know|knows|tell|told|me|us|ask|asking|asked|see|sure|idea|wonder|wondering|curious|clarify|understand|confirm|check|decide|explain|describe|estimate|depends|depend|matter|matters|regardless|figure|out|learn|find|show|share|discuss|say|guess|remind|remember|consider|think|mean|means|assume|is|was|are|that|this|exactly|roughly|just)$/u;
// A question word after a preposition, a verb in -ing or a verb after its subject or modal asks
// within the sentence: "within how many seconds", "is spiking how many times", "do we need to
// limit how many links …". A contracted one ("whats") says its own verb and opens a question.
const PREPOSITION = new Set(
  (
    "about above across after against along among around at before behind below beneath beside between beyond by despite during " +
    "except for from in inside into like near of off on onto outside over past per since through throughout till to toward towards " +
    "under until up upon via with within without"
  ).split(" "),
);
const BEFORE_A_VERB = /^(?:we|you|they|i|can|could|should|would|will|must|might|may|lets|let's)$/u;
// A subordinate clause has a verb of its own: "is it okay if the numbers are a minute behind".
const SUBORDINATOR = /^(?:if|when|whenever|whether|because|that|while|after|before|until|once|since|unless|where|which|who)$/u;
const JOINS_A_CLAUSE = new Set("and or but that which who if whether than as to".split(" "));
// Words that end a sentence or join two: the rules after this one split there already.
const JOINS = /^(?:and|or|but|also|plus|then|so)$/u;
const WORD = (token: string) => token.toLowerCase().replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, "");

/** The message with "?" where an English question ends unmarked before another. */
export function markEnglishSentenceEnds(text: string): string {
  if (/[\uac00-\ud7a3]/u.test(text)) return text;
  const tokens = text.split(/(\s+)/u);
  // Whether the words since the last mark make a question, and whether it has its auxiliary yet.
  let asking = false;
  let hasVerb = false;
  let length = 0;
  for (let i = 0; i < tokens.length; i += 2) {
    const word = WORD(tokens[i]);
    const previous = i >= 2 ? WORD(tokens[i - 2]) : "";
    const next = i + 2 < tokens.length ? WORD(tokens[i + 2]) : "";
    const beforePrevious = i >= 4 ? WORD(tokens[i - 4]) : "";
    const free = AUX.test(word)
      ? !JOINS_A_CLAUSE.has(previous)
      : CONTRACTED.test(word)
        ? !JOINS_A_CLAUSE.has(previous) && !EMBEDS_BY_VERB.test(previous)
        : !EMBEDS.has(previous) && !PREPOSITION.has(previous) && !/ing$/u.test(previous) && !BEFORE_A_VERB.test(beforePrevious);
    const standsAlone = !/[^\p{L}\p{N}']$/u.test(tokens[i - 2] ?? "") && !/[^\p{L}\p{N}']$/u.test(tokens[i]);
    if (length > 0 && standsAlone && free && asking && opensAQuestion(word, [next, ...[4, 6].map((k) => WORD(tokens[i + k] ?? ""))], hasVerb, length)) {
      tokens[i - 2] += "?";
      length = 0;
    }
    if (length === 0) {
      asking = WH.test(word) || AUX.test(word);
      hasVerb = AUX.test(word) || CONTRACTED.test(word);
    } else if (AUX.test(word)) {
      // "for the banking app should balance reads be …": a question after the scene it sets.
      asking = true;
      hasVerb = true;
    } else if (SUBORDINATOR.test(word)) hasVerb = false;
    else if (WH.test(word) && !EMBEDS.has(previous)) asking = true;
    length += 1;
    // A mark or a joining word ends the stretch: what follows is read as it is written.
    if (/[.?!,;:]$/u.test(tokens[i]) || JOINS.test(word)) length = 0;
  }
  return tokens.join("");
}

/**
 * Does this word open a second question? "what" or "how" and a measure open one once the first
 * has three words ("which clients call the api whats running today"); another question word
 * needs its auxiliary after it ("where are …"); an auxiliary needs its subject after it ("do we
 * …", "are attachments …") and a first question that has its verb already, as "how many users
 * do we expect" is still one question.
 */
function opensAQuestion(word: string, within: readonly string[], hasVerb: boolean, length: number): boolean {
  const next = within[0] ?? "";
  if (word === "how") return next !== "" && !HOW_TO.test(next) && (hasVerb || length >= 3);
  if (/^(?:what|whats|what's|hows|how's)$/u.test(word)) return hasVerb || length >= 3;
  // "which regions do we deploy to", "which use cases must we support": its auxiliary within three words.
  if (word === "which") return hasVerb && within.slice(0, 3).some((w) => AUX.test(w));
  if (WH.test(word)) return AUX.test(next) && hasVerb;
  if (!hasVerb || !AUX.test(word)) return false;
  // After "is" or "are" a noun is as often its complement ("most traffic is reads", "the numbers
  // are a minute behind") as its subject: only a pronoun or a determiner of one.
  if (COPULA.test(word)) return COPULA_SUBJECT.test(next);
  return SUBJECT.test(next) || (PLURAL.test(next) && !ADVERB_IN_S.test(next));
}
