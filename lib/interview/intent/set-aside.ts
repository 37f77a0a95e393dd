import { wordCount } from "./clauses.ts";

// What a question sets aside ("not counting its pictures", "사진 빼고") and what it quotes the
// interviewer as having said ("You mentioned strong consistency, so …"): known already, or left
// out, and not asked about (understand.ts reads the question without them).

// What a question sets aside is not asked about: "How much data does a listing take, not
// counting its pictures?" asks the listing's size, not the pictures'; "사진 빼고 게시물 하나
// 크기는요?" likewise. The aside opens with a mark and runs to the next ("Is everything except
// the feed in scope?" sets nothing aside).
const SET_ASIDE_EN = /\s*[,;(—–-]\s*\b(?:not counting|not including|excluding|apart from|aside from|except(?: for)?|leaving out|ignoring)\b(?:(?!\s(?:and|but|also|or)\s+(?:what|how|which|where|when|who|is|are|do|does|can|will)\b)[^,;.?!)—–])*\)?/giu;
// Korean sets aside a noun phrase of a word or two ("첨부 미디어를 제외한 게시물"): the word before
// joins it unless a particle ends it ("피드에서 사진 빼고" keeps 피드에서).
const SET_ASIDE_KO = /(?<![\p{Script=Hangul}A-Za-z])(?:[\p{Script=Hangul}A-Za-z]+(?<![은는이가을를의도서에])\s+)?[\p{Script=Hangul}A-Za-z]+(?:은|는|을|를)?\s*(?:빼고|제외하고|제외하면|제외한|빼면|뺀)\s*/gu;

// "Besides the citizen-facing website, is there an API other agencies use?": what a sentence
// opens by setting aside is known already, not asked (its "website" asks no second question).
// The aside ends at its comma and holds no question ("Apart from that what's the DAU, roughly?"
// keeps its question); "in addition to …" often asks for both, so it is not one.
const SET_ASIDE_OPENING_EN =
  /(^|[.?!]\s+)(?:besides|apart from|aside from|other than)\s+(?:(?!\b(?:what|whats|how|where|which|when|who|why|is|are|do|does|can|could|will|would|should|did)\b)[^,;.?!]){1,60},\s*/giu;

// "메일 본문(첨부 제외) 평균 크기": an aside in brackets.
const SET_ASIDE_BRACKETED_KO = /\s*\([^()]{1,30}(?:제외|빼고)\s*\)/gu;

// "What's the size of a recipe document, ingredients and steps, without images?", "how big is a
// typical email body without attachments": the size of a record without its media sets the media
// aside, as all 16 such questions of the corpus and the test files are labelled (the payload, never
// the media). Only a question that asks a size ("Can a listing go live without photos?" asks a
// feature), and not "with or without photos", which asks both.
const ASKS_A_SIZE = /\b(?:how (?:big|large|heavy)|size|sized|kb|kilobytes?|mb|megabytes?|bytes|weighs?)\b/iu;
const WITHOUT_MEDIA = /(?:^|\s*,?\s+)without (?:the |any |its |their )?(?:media|images?|photos?|pictures?|pics|attachments?|videos?|thumbnails?)\b\s*,?/giu;
const WITH_AND_WITHOUT = /\bwith (?:and|or) without\b/iu;
// "엄격한 일관성이 필요하다고 하셨는데 그 상태로 가용성은 몇 나인까지 필요해요?", "You mentioned strong
// consistency, so what availability do we need?": what the interviewer said is known already, the
// scene of the question after it, not asked again. Not when the question only points back to it
// ("…메인프레임이라고 하셨는데 그건 건드리면 안되는 거죠?", "…, so is that something we cannot touch?"
// ask about the mainframe); a follow-up on the same topic is kept by understand() (understand.ts).
const POINTS_TO_WHAT_WAS_SAID_KO = String.raw`(?:(?:그럼|그러면|근데|혹시|그래서)\s+)?(?:그[건거게것]|그걸|이[건거게것]|이걸|거기)`;
const POINTS_TO_WHAT_WAS_SAID_EN = String.raw`(?:(?:so|then|and)\s+)?(?:(?:is|are|was|were|does|do|can|could|will|would|should)\s+)?(?:that|this|it|those|these|they)\b`;
// "You mentioned …", "so you said that …": the English frame of what was said.
const YOU_SAID_EN = String.raw`^\s*(?:so\s+|ok(?:ay)?,?\s+)?(?:you|u)\s+(?:said|mentioned|told me|noted)\s+`;
const AS_YOU_SAID = new RegExp(
  String.raw`^[^?？.!]{2,80}?(?:다|라|이라|였다|했다)고\s*(?:하셨|말씀하셨|말씀해\s*주셨|했|하신|말씀하신)(?:는데|으니(?:까)?|잖아요|지만|던데)[,.]?\s+(?!\s|${POINTS_TO_WHAT_WAS_SAID_KO})` +
    String.raw`|${YOU_SAID_EN}[^?？.!;,—–]{2,80}(?:[,;—–]|\.)\s+(?!\s|${POINTS_TO_WHAT_WAS_SAID_EN})(?:so\s+|then\s+|and\s+)?`,
  "iu",
);
export const YOU_SAID_FRAME_EN = new RegExp(String.raw`${YOU_SAID_EN}(?:that\s+)?`, "iu");
/** The question without what the interviewer is quoted as having said before it, or as it was. */
export function withoutWhatYouSaid(question: string): string {
  const said = AS_YOU_SAID.exec(question);
  if (said === null) return question;
  const rest = question.slice(said[0].length);
  return wordCount(rest) >= 2 ? rest : question;
}

export function withoutSetAside(question: string): string {
  const sized = ASKS_A_SIZE.test(question) && !WITH_AND_WITHOUT.test(question) ? question.replace(WITHOUT_MEDIA, " ").replace(/\s+(?=[?？.!,]|$)/gu, "").trim() : question;
  const rest = sized.replace(SET_ASIDE_OPENING_EN, "$1").replace(SET_ASIDE_EN, "").replace(SET_ASIDE_BRACKETED_KO, "").replace(SET_ASIDE_KO, "").trim();
  return /[\p{L}\p{N}]{2,}/u.test(rest) ? rest : question;
}

// A topic named to be set aside or dismissed ("Ignoring regions for now, …", "Leaving availability
// aside, …", "Not worried about consistency, …", "Uptime isn't a concern for v1, …", "The current
// latency is fine, but …"): the clause names it without asking it.
const DISMISSED_EN =
  /\b(?:ignor(?:e|ing)|leav(?:e|ing)\b[^,?]{0,40}\baside|set(?:ting)?\s+aside|put(?:ting)?\b[^,?]{0,40}\baside|aside from|(?:not|never) (?:worried|concerned|bothered) about|(?:don't|do not|doesn't|does not) (?:care|matter)|(?:isn't|is not|aren't|are not|not) (?:a |an )?(?:concern|issue|problem|priority|worry|requirement)|(?:is|are|seems?) (?:fine|ok|okay|good enough)|no need for|out of scope)\b/iu;

/** Whether a clause names a topic only to set it aside or dismiss it. */
export function dismissesWhatItNames(part: string): boolean {
  return DISMISSED_EN.test(part);
}
