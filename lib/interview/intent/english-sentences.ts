import { hasHangul } from "../text-normalize.ts";
import { cutWhereBothSidesRead, type SideReading } from "./run-on-cut.ts";

// English chat runs two questions together without a mark too: "whats the expected qps how fast
// is it growing", "where are the users located do we need to worry about celebrity accounts". The
// mark the writer left out is put back so the rules that split a message at marks (clauses.ts, sentences.ts)
// read two questions. One question must stay whole however it is built ("tell me what the p99 is",
// "can users configure how long messages are kept", "do we support users who are on slow
// networks", "when a user posts how fast should followers see it"), so a second question is read
// only where its own word order shows it: a question word whose auxiliary comes before its subject
// ("how fast is it growing", "what sla do we promise"), "whats the …", or an auxiliary before its
// subject ("do we need …", "is there …") after a question that has its verb already.

const CONTRACTED = /^(?:whats|what's|hows|how's)$/u;
// Chat writes "r" for "are" and "u" for "you" ("how big r they", "what do u expect").
const AUX = /^(?:is|are|r|was|were|do|does|did|can|could|will|would|should|shall|must|isnt|isn't|arent|aren't|dont|don't|doesnt|doesn't|cant|can't|wont|won't|shouldnt|shouldn't)$/u;
const COPULA = /^(?:is|are|r|was|were|isnt|isn't|arent|aren't)$/u;
const DO = /^(?:do|does|did|dont|don't|doesnt|doesn't)$/u;
const QUESTION_WORD = /^(?:what|whats|what's|how|hows|how's|where|which|who|when|why)$/u;
const DETERMINER = /^(?:the|a|an|our|your|their|this|that|these|those|its|each|every)$/u;
const PRONOUN = /^(?:we|you|u|they|i|it|he|she|there)$/u;
const PERSON = /^(?:we|you|u|they|i|it|users?|people|customers?|clients?|anyone|everyone|someone|anybody|everybody|nobody)$/u;
// What a second question's auxiliary can be about besides the people: "does latency matter", "will
// traffic double" (not "search" or "load", verbs as often: "users can search their history").
const THING = /^(?:traffic|data|usage|latency|consistency|availability|storage|there)$/u;
// A plural noun ("do followers need …"), not an adverb in -s.
const PLURAL = /^[a-z]{3,}[^su']s$/u;
const ADVERB_IN_S = /^(?:always|sometimes|perhaps|yes|thus|unless|besides|nowadays|towards|afterwards|anyways|regardless)$/u;
// "do you think …", "do you know …" at the end ask nothing apart.
const TAG = /^(?:think|reckon|guess|know|mean|suppose)$/u;
// Words after which a question word goes on the same sentence: an embedding verb or noun ("tell
// me what", "any idea how"), a preposition ("within how many", "based on whats trending"), a word
// that joins a clause. A contracted "whats the …" says its own verb, so only the last two and the
// verbs of saying hold it ("tell me whats the …"); an auxiliary is held by a verb of thinking ("do you
// think is the …", "fair to say reads are …") or a word that joins a clause, not by a preposition
// ("which regions are we launching in are there hot spots").
const SAYING = "know knows tell told me us ask asking asked see sure idea sense wonder wondering curious clarify understand confirm check explain describe show share say says remind remember mean means mention mentioned specify specified define defined documented obvious";
const THINKING = "think thought believe suppose reckon imagine assume assuming guess feel fair true ok okay know known sure mean means say wonder wondering";
const PREPOSITIONS =
  "about above across after against along among at before behind below beside between beyond by despite during except for from " +
  "in inside into like near of off on onto outside over past per since through till to toward towards under until up upon via with within without";
const CLAUSE_JOINS = "and or but so that if whether than as plus also then is are was were what how which who where when why";
const list = (names: string) => names.split(" ");
const EMBEDS_QUESTION_WORD = new Set([
  ...list(SAYING),
  ...list(THINKING),
  ...list(PREPOSITIONS),
  ...list(CLAUSE_JOINS),
  ...list("decide determine predict estimate depends depend matter matters regardless unclear clear figure out learn find discuss care consider"),
  ...list("exactly roughly approximately around just"),
]);
// Verbs and words that take "how …" or "what …" as their object ("configure how long messages are
// kept", "store what users type"): they hold a question word only where its own word order does not
// show a second question ("what do we store what is the retention" asks two).
const TAKES_A_CLAUSE = new Set(
  list("configure set show choose select control change display return store handle support track measure limit important critical relevant known users people"),
);
// Verbs of knowing, asking, thinking and depending, whose object is a question or a clause.
const TAKES_A_QUESTION = new Set(
  list(
    "know knows tell told ask asking asked wonder wondering curious clarify understand confirm check explain describe remind remember mean means specify define sure idea " +
      "think thought believe suppose reckon imagine assume assuming guess feel decide decides determine determines depend depends matter matters",
  ),
);
// A second question about what the first named is one question: "the number of merchants how big is
// that today", after any first part; "user profile pictures how large can they be" after one
// without a verb.
const POINTS_BACK = /^\S+(?:\s+\S+){0,3}?\s+(?:that|those|them)\b/iu;
const PRONOUN_ANYWHERE = /\b(?:it|its|they|them|their|that|those)\b/iu;
// Longer than a message of two questions typed together: each cut reads both sides, so a pasted
// page is left to the rules at marks.
const MAX_WORDS = 40;
const PREPOSITION = new Set(list(PREPOSITIONS));
const EMBEDS_CONTRACTED = new Set([...list(SAYING), ...list(PREPOSITIONS), ...list(CLAUSE_JOINS)]);
const EMBEDS_AUXILIARY = new Set([...list(THINKING), ...list(CLAUSE_JOINS), "to", "me", "us"]);
// A verb of a leading clause without an auxiliary: "when a user posts …", "if the app is killed …".
const PLAIN_VERB = /^[a-z]{3,}(?:s|ed)$/u;
// A past participle, not a word that only ends so ("speed", "indeed", "newsfeed", "embed", "hundred"),
// which a time or a place follows ("created per day", "uploaded each week"), not a noun it describes
// ("password protected links"): the verb of the how-many question before it (splitRunOnByReading).
const PARTICIPLE = /^(?!(?:embed|hundred|shred|sacred|naked|wicked|kindred)$)[a-z]{2,}[^e]ed$/u;
const AFTER_A_PARTICIPLE = /^(?:per|a|an|each|every|daily|hourly|weekly|monthly|yearly|in|on|by|at|during|from|to|today|yesterday|last|this)$/u;
// "…need to arrive is a few seconds okay": a figure offered as the answer to the question before it,
// no question of its own (an independent review, 2026-12-07).
const OFFERS_A_FIGURE = /^(?:is|are|would|will)\s+(?:(?:a|an)\s+)?(?:few|couple|several|\d[\d.,]*\s*\w*|one|two|three|five|ten|under|less|more|up)\b[^?]*\b(?:ok|okay|fine|enough|acceptable|alright)\b/iu;
// "…do we need to …" after such a count says what the count is for.
const NEEDS_TO = /^\S+\s+(?:we|you|u|i|they|users?)\s+(?:need|have|want|plan|got)\s+to\b/iu;
const SUBORDINATOR = /^(?:if|when|whenever|whether|because|that|while|after|before|until|once|since|unless|where|which|who)$/u;
// A message that opens with a clause of its own ("when a user posts …", "if the cache is cold …",
// "assuming we are read heavy …") asks its question after it: that question is no second one.
const LEADING_CLAUSE = /^(?:when|if|once|while|after|before|whenever|because|since|unless|where|assuming|given|suppose|supposing|say)$/u;
// Words that end a stretch: the rules after this one split there already.
const JOINS = /^(?:and|or|but|also|plus|then|so)$/u;
const WORD = (token: string) => token.toLowerCase().replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, "");
const ENDS_WITH_A_MARK = /[^\p{L}\p{N}']$/u;

/** The message with "?" where an English question ends unmarked before another. */
export function markEnglishSentenceEnds(text: string): string {
  if (hasHangul(text)) return text;
  const tokens = text.split(/(\s+)/u);
  const words = tokens.filter((_, i) => i % 2 === 0).map(WORD);
  // The stretch since the last mark: whether it asks, has its verb, or opened with a clause.
  let asking = false;
  let hasVerb = false;
  let leading = false;
  let clauseHasVerb = false;
  let length = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    const opens = length > 0 && !ENDS_WITH_A_MARK.test(tokens[2 * w - 2]) && !ENDS_WITH_A_MARK.test(tokens[2 * w]) && opensAQuestion(words, w);
    if (opens && leading && clauseHasVerb) {
      // The question after a leading clause that has its verb: the same sentence.
      leading = false;
      asking = true;
      hasVerb = AUX.test(word) || CONTRACTED.test(word);
    } else if (opens && asking && !leading && (hasVerb || (QUESTION_WORD.test(word) && length >= 3))) {
      tokens[2 * w - 2] += "?";
      length = 0;
    }
    if (length === 0) {
      const opensAClause = LEADING_CLAUSE.test(word) || (/^(?:even|only)$/u.test(word) && /^(?:if|when|though)$/u.test(words[w + 1] ?? "")) || (word === "in" && words[w + 1] === "case");
      leading = opensAClause && !AUX.test(words[w + 1] ?? "");
      clauseHasVerb = false;
      asking = !leading && (QUESTION_WORD.test(word) || AUX.test(word));
      hasVerb = AUX.test(word) || CONTRACTED.test(word);
    } else if (leading) {
      // A leading clause's first auxiliary is its own verb ("if the key is there in the cache …").
      clauseHasVerb ||= AUX.test(word) || PLAIN_VERB.test(word);
    } else if (AUX.test(word)) {
      // "for the banking app should balance reads be …": a question after the scene it sets.
      asking = true;
      hasVerb = true;
    } else if (QUESTION_WORD.test(word) || SUBORDINATOR.test(word)) {
      // A question word inside the stretch ("roughly how many users do we have", "at what point is
      // it …", "which database are we using") or a clause ("when users are most active") brings
      // its own verb: the next auxiliary is that verb, not a second question.
      if (QUESTION_WORD.test(word)) asking = true;
      hasVerb = false;
    }
    length += 1;
    // A leading clause goes on over "and" / "or" ("when a user posts and their followers are online …").
    if (ENDS_WITH_A_MARK.test(tokens[2 * w]) || (JOINS.test(word) && !leading)) length = 0;
  }
  return tokens.join("");
}

function embedded(previous: string, word: string, next = ""): boolean {
  // "whats the …" after a preposition ends the question before it ("how many years of growth should
  // we plan for whats the average image size"); "based on whats trending" is held.
  if (CONTRACTED.test(word)) return EMBEDS_CONTRACTED.has(previous) && !(PREPOSITION.has(previous) && DETERMINER.test(next));
  if (AUX.test(word)) return EMBEDS_AUXILIARY.has(previous);
  return EMBEDS_QUESTION_WORD.has(previous);
}

/** Does the word at `w` open a question by its word order? */
function opensAQuestion(words: readonly string[], w: number): boolean {
  const word = words[w];
  const previous = words[w - 1] ?? "";
  const next = words[w + 1] ?? "";
  const after = words[w + 2] ?? "";
  if (embedded(previous, word)) return false;
  // "whats the peak qps", "hows it growing".
  if (CONTRACTED.test(word)) return DETERMINER.test(next) || PRONOUN.test(next);
  // "what about qps", "how about peak traffic".
  if ((word === "what" || word === "how") && next === "about") return after !== "";
  // "how fast is it growing", "what sla do we promise", "what is the retention": its auxiliary
  // within four words, before its subject, not after one ("what we should optimize for", "how long
  // messages are kept", "what happens when …" have none).
  if (word === "what" || word === "how") {
    if (word === "how" && /^(?:to|come)$/u.test(next)) return false;
    for (let k = w + 1; k <= w + 4 && k < words.length; k++) {
      if (!AUX.test(words[k])) continue;
      const subject = words[k + 1] ?? "";
      if (k > w + 1 && TAKES_A_CLAUSE.has(previous) && !DETERMINER.test(subject) && !PRONOUN.test(subject)) break;
      if (!PRONOUN.test(words[k - 1]) && (PRONOUN.test(subject) || DETERMINER.test(subject) || PERSON.test(subject) || THING.test(subject)) && k + 2 < words.length) return true;
      break;
    }
    // Without that order "how many …" or "what …" is as often the object of what came before ("should
    // we cap how much storage each user gets", "does caching reduce how much load the db sees") as a
    // question of its own ("how many users sign in daily"): left as written.
    return false;
  }
  // "when do the biggest spikes happen", "where are the drivers": the auxiliary right after.
  if (word === "when" || word === "where") return AUX.test(next) && (PRONOUN.test(after) || DETERMINER.test(after) || PERSON.test(after) || THING.test(after));
  if (!AUX.test(word) || PRONOUN.test(previous) || after === "") return false;
  // "do you think" at the end, "it is read heavy isnt it": a tag, not a question.
  if (DO.test(word) && (next === "you" || next === "u") && TAG.test(after)) return false;
  // After "is"/"are" a noun is as often its complement as its subject ("the database is the
  // bottleneck", "users are most active", "the bottleneck is this service"): only a personal
  // pronoun. After "do" one of the people or things that do it ("do we", "do users", "does
  // latency"), not an object of "do" as a verb ("does the client do retries", "how does it do it").
  if (COPULA.test(word)) return /^(?:it|there|we|you|u|they)$/u.test(next);
  if (DO.test(word)) return (PERSON.test(next) && next !== "it") || (THING.test(next) && !/^(?:there|data)$/u.test(next)) || /^(?:each|every)$/u.test(next);
  return PERSON.test(next) || THING.test(next) || DETERMINER.test(next) || (PLURAL.test(next) && !ADVERB_IN_S.test(next));
}

/**
 * Where an unmarked English message runs two questions together in a way its word order alone
 * does not show ("is group chat in scope which platforms do we target", "how many reviews does a
 * user write per day how big is one review"), the reading decides: the message is cut before a
 * word that can open a question when each side reads, on its own, as a question about a topic
 * (`topicOf`, the caller's clause reading, null when unsure), and the two topics differ. The cut
 * with the surer weaker side wins. Not where the part before waits for its verb: after "how many photos" or "when
 * a listing" the next auxiliary is that question's or clause's own ("how many photos does a user
 * back up", "after a listing is taken down"). A text with a mark inside it is left as it is: the
 * caller (understand.ts markSentenceEnds) passes each sentence the marks end, so the second sentence
 * of "does each upload get transcoded? how long does that take how big are uploads" is read too.
 */
export function splitRunOnByReading(text: string, topicOf: SideReading, minWords = 3): string {
  if (hasHangul(text) || /[?.!;:,—–]\s*\S|\s-\s/u.test(text)) return text;
  const tokens = text.split(/(\s+)/u);
  const words = tokens.filter((_, i) => i % 2 === 0).map(WORD);
  if (words.length < 2 * minWords || words.length > MAX_WORDS) return text;
  const candidates: number[] = [];
  // A question word, a clause, or a verb of knowing, thinking or depending waits for a verb of its
  // own ("how many photos does a user back up", "when a listing is taken down", "can i assume most
  // reads are static", "does it depend on the country how long we keep it"): no question opens
  // before it has one, but a question word waiting for its verb gives way to a second "how" or
  // "what" ("how many orders per user per day how many users total"). A fragment without any
  // ("p99 target whats the uptime goal") waits for nothing; "whats" says its own verb.
  let waiting: "question" | "clause" | null = null;
  let hasVerb = false;
  let byParticiple = false;
  const canOpen = (word: string) => QUESTION_WORD.test(word) || AUX.test(word) || CONTRACTED.test(word);
  const startedAsking = canOpen(words[0] ?? "");
  let clauseAt = -1;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    const opener = canOpen(word);
    const opensDespiteWaiting = CONTRACTED.test(word) || (waiting === "question" && /^(?:how|what)$/u.test(word));
    if (opener && (waiting === null || opensDespiteWaiting) && w >= minWords && w <= words.length - minWords && !embedded(words[w - 1], word, words[w + 1]) && !PRONOUN.test(words[w - 1]) && opensOnItsOwn(words, w)) {
      const rest = tokens.slice(2 * w).join("");
      // After a participle, "do we need to track" goes on with what the count is for ("how many emails
      // opened per day do we need to track"): not a question of its own.
      const goesOn = (byParticiple && NEEDS_TO.test(rest)) || OFFERS_A_FIGURE.test(rest);
      if (!POINTS_BACK.test(rest) && !(!hasVerb && PRONOUN_ANYWHERE.test(rest)) && !goesOn) candidates.push(w);
    } else if (w >= minWords && word === "any" && words.length - w - 1 >= 1 && words.length - w - 1 <= 3 && !PREPOSITION.has(words[w - 1] ?? "") && !TAKES_ANY.test(words[w - 1] ?? "") && !WAITS_FOR_ITS_OBJECT.test(`${words[w - 3] ?? ""} ${words[w - 2] ?? ""}`)) {
      // "any <thing>?" asked at the end, after a question that ended without a mark: "each post fans
      // out to how many followers on avg any celebs", "are refunds in scope any auth requirements".
      candidates.push(w);
    } else if (w >= minWords && TERM_OPENS.test(word) && TERM_TAIL.test(words.slice(w + 1).join(" ")) && !TERM_HELD.test(words[w - 1] ?? "") && !PREPOSITION.has(words[w - 1] ?? "")) {
      // A topic's own term asked by itself at the end, after a question that ended without a mark:
      // "roughly how many people use it per month qps?". Not after a word that holds it in its
      // phrase ("the peak qps", "per qps", "what p99", "more important than latency", "with ttl"),
      // nor one with more words after it ("how many regions need p99 latency under 100ms").
      candidates.push(w);
    }
    // A clause inside a question that has its verb is done ("do files need deleting after user
    // deletes account how big are typical files"): a question after it opens. Only after a
    // subordinator of a message that opened by asking, and not a plural noun after a determiner
    // or a quantifier ("can i assume most reads are static", a verb of thinking's clause, still waits).
    if (waiting === "clause" && startedAsking && clauseAt >= 0 && w > clauseAt + 1 && PLAIN_VERB.test(word) && !PLURAL_NOUN_LIKE.test(word) && !DETERMINER.test(words[w - 1]) && !QUANTIFIER.test(words[w - 1])) {
      waiting = null;
      hasVerb = true;
      continue;
    }
    if (AUX.test(word) || CONTRACTED.test(word)) {
      waiting = null;
      hasVerb = true;
    } else if (QUESTION_WORD.test(word)) waiting = "question";
    // "how many urls created per day per user do links expire": a participle after the thing counted is its
    // verb, and an auxiliary after it opens another question (three seeds, 2026-12-07: 33 more right facts, none wrong).
    else if (waiting === "question" && PARTICIPLE.test(word) && !QUESTION_WORD.test(words[w - 1] ?? "") && !/^(?:many|much)$/u.test(words[w - 1] ?? "") && AFTER_A_PARTICIPLE.test(words[w + 1] ?? "")) {
      waiting = null;
      byParticiple = true;
    }
    // "is that feature in scope": "that" after an auxiliary points, it opens no clause.
    else if ((SUBORDINATOR.test(word) && !(word === "that" && AUX.test(words[w - 1] ?? ""))) || LEADING_CLAUSE.test(word) || TAKES_A_QUESTION.has(word)) {
      waiting = "clause";
      clauseAt = TAKES_A_QUESTION.has(word) && !SUBORDINATOR.test(word) && !LEADING_CLAUSE.test(word) ? -1 : w;
    }
  }
  return cutWhereBothSidesRead(tokens, candidates, topicOf);
}

// Words "any" is the object or the complement of ("do we need to support any auth", "is there any
// caching", "without any delay"), or the subject of after a modal ("can any client call it"): no
// question opens after them. Nor after a verb whose subject, modal or "to" came just before it
// ("how many users will notice any downtime", "how long do we retain any uploaded videos", "should
// we rate limit any clients": an independent review, 2026-12-07), whatever the verb.
const WAITS_FOR_ITS_OBJECT = /\b(?:we|you|u|they|i|users?|people|will|would|should|can|could|must|do|does|to)\b/u;
const TAKES_ANY = /^(?:can|could|will|would|should|must|may|might|need|needs|needed|support|supports|have|has|had|use|uses|using|store|stores|keep|keeps|allow|allows|handle|handles|do|does|did|get|gets|see|sees|expect|add|want|wants|require|requires|there|is|are|was|were|be|been|take|takes|make|makes|send|sends|show|shows|build|include|includes|offer|offers|provide|provides|track|log|cache|lose|drop|accept|block|hit|hits|serve|serves|process|return|returns|run|runs|not|no|without|than|or|and|if|whether|at|in)$/u;
// A topic's own term that can be a question by itself ("qps?", "p99?", "dau?"), the words that may
// follow it ("qps wise", "p99 target"), and the words besides prepositions that hold it in the
// phrase before it instead.
const TERM_OPENS = /^(?:p9[059]|p999|qps|rps|tps|dau|mau|uptime|sla|cdn|ttl|latency)$/u;
const TERM_TAIL = /^(?:wise|target|targets|goal|budget|numbers?|requirements?|req)?$/u;
const TERM_HELD = /^(?:than|need|needs|what|whats|which|the|a|an|our|your|its|any|peak|avg|average|expected|target|typical|max|current|and|or|vs|is|are|do|does|how|many|much|low|high|good|ok|acceptable|daily|monthly|total)$/u;
const QUANTIFIER = /^(?:most|many|all|some|few|more|any|no|such|other|both|several)$/u;
// Words in -s that are no verb: "status", "analytics", "basis".
const PLURAL_NOUN_LIKE = /^(?:[a-z]+(?:ss|us|is|ics))$/u;
/** A word that can open a question does so here: "when" and "where" with their auxiliary next ("when is the busiest time"), not a clause ("when tickets release"). */
function opensOnItsOwn(words: readonly string[], w: number): boolean {
  if (/^(?:when|where|why)$/u.test(words[w])) return AUX.test(words[w + 1] ?? "");
  return true;
}
