import { hasHangul } from "../text-normalize.ts";
import type { Scores } from "./classifier.ts";
import { KO_WHAT_ABOUT, opensAQuestion, pointsBack } from "./clause-asks.ts";
import { TRAFFIC } from "./counted.ts";
import { contentTerms } from "./features.ts";

// A share and a size: a clause that only names a share's whole, its examples or the unit the answer
// is wanted in asks nothing of its own (isPartOfTheShare, namesOnlyAUnit); a size that names no
// thing measures what the message named, and the size of an image or a video is the media's
// (sizeOfWhatWasNamed); whether the product takes a kind of media is the media question
// (SUPPORTS_MEDIA).

const LOAD_MIX = "read-write-mix";
// "…, and what fraction of total requests does it account for?": a share of the requests is
// no load figure, whatever the model reads in "requests"; the whole question says whose share.
const ASKS_A_SHARE = /\b(?:what|which|how (?:big|large|much) (?:a|of a)?)\s*(?:fraction|share|percent(?:age)?|portion|proportion|part)\b|\bhow much of\b|비중|비율|몇\s*(?:%|퍼센트|프로)/iu;

// "Of all requests, what percent is static?": the clause that names only the whole a share is
// taken of asks nothing of its own (its "requests" are no load figure).
const WHOLE_OF_A_SHARE = /^\s*(?:of|out of|among|from)\s+(?:all|the|total|our|every)\b[^?？]{0,30}$|^\s*전체\s*[\uac00-\ud7a3\w\s]{0,15}(?:중|중에서|가운데)\s*$/iu;
// "…static assets like JS, CSS and images?": images listed as static files are examples of the
// static share, not a question about uploaded media, unless the clause asks about uploads or
// their size ("How many photos per listing, and what share of reads is static?").
const STATIC = "static-content";
const MEDIA_OF_ITS_OWN = /\b(?:uploads?|uploaded|uploading|attach(?:ed|es|ments?)?|how (?:big|large|many|much)|sizes?|[km]b|megabytes?|kilobytes?|per (?:post|item|listing|message|review|user))\b|업로드|올리|첨부|크기|용량|몇\s*(?:장|개)/iu;

// "How much traffic does it get in a day, in API calls?", "How big is a post, in bytes?": the
// unit the answer is wanted in, not a question of its own (its "API" is no platform question).
const MEASURED_IN = /^\s*(?:in|as)\s+(?:terms of\s+)?(?:[\w-]+\s+){0,2}(?:calls|requests|queries|hits|bytes|kb|mb|gb|tb|units|numbers|seconds|ms|milliseconds|dau|mau|qps|rps)(?:\s+(?:per|a|an|each)\s+[\w-]+)?\s*[?？.!]*\s*$/iu;

// "number of active users for the code review tool? per day", "DAU요? 하루 기준으로요": the period the
// figure is wanted for, after the question, asks no rate of its own.
const PER_PERIOD =
  /^\s*(?:(?:per|a|an|each|every)\s+(?:second|sec|minute|min|hour|day|week|month|year)|daily|hourly|weekly|monthly|yearly|annually|(?:하루|일|주|월|연|초|분|시간)\s*(?:당|에|기준(?:으로)?|단위(?:로)?)(?:요)?)\s*[?？.!]*\s*$/iu;

/** A clause that only names the unit or the period the answer is wanted in ("in API calls?", "in bytes", "per day"). */
export function namesOnlyAUnit(part: string): boolean {
  return MEASURED_IN.test(part) || PER_PERIOD.test(part);
}

/** A clause of a question about a share that only names the share's whole or its examples: no topic of its own. */
export function isPartOfTheShare(part: string, clauseTopic: string, topics: readonly string[], next?: string): boolean {
  if (clauseTopic === TRAFFIC) return ASKS_A_SHARE.test(part) || WHOLE_OF_A_SHARE.test(part);
  return clauseTopic === MEDIA && topics.includes(STATIC) && !MEDIA_OF_ITS_OWN.test(part) && !asksOfItself(part, next);
}
// …nor an English question of its own, which examples of the static share never are: "Do posts
// carry images? Also what fraction of page requests are static assets?", "Do hotel listings carry
// lots of photos, and how much of page traffic is static …?" ask the media too. It opens as a
// question, names no static files, and ends its sentence or has a question after it: "Are the pill
// images | and leaflets static content …?" is one question about the share. Not one that asks whether
// images are in the share ("Does that include images?", "Are images part of that?", "What about
// images?": an independent review, 2026-12-07).
const asksOfItself = (part: string, next: string | undefined) =>
  !hasHangul(part) &&
  opensAQuestion(part) &&
  !NAMES_STATIC_FILES.test(part) &&
  !ASKS_WHAT_THE_SHARE_HOLDS.test(part) &&
  !pointsBack(part) &&
  (next === undefined || /[?？.!]\s*$/u.test(part) || opensAQuestion(next));
const ASKS_WHAT_THE_SHARE_HOLDS = /\b(?:includ\w*|count(?:s|ed)?|part of|among|in (?:there|it|that)|what about|how about)\b/iu;
const NAMES_STATIC_FILES = /\b(?:static|cdn|assets?|js|css)\b/iu;

// "Do we keep uploaded videos forever, and how big is a typical one?", "사진도 올려요? 크기는요?":
// a size that names no thing of its own is the size of the thing the question named, and the
// size of an image or a video is the media's, not a record's.
// A request's verb names nothing either ("…포함 여부랑 크기를 알려주세요": the images' size), nor does
// how roughly it is asked ("and roughly how big are they?"; the words as contentTerms stems them).
const SIZE_WORDS = new Set([
  ...["big", "large", "heavy", "typical", "one", "each", "size", "average", "avg", "크기", "커", "용량", "사이즈", "보통", "평균", "알려주", "궁금"],
  ...["roughli", "approximateli", "usualli", "typicalli", "generalli", "normalli", "around", "ballpark", "평균적", "대략"],
  // …and the stems contentTerms gives "large", "heavy" and "average": "and how large are they?" named
  // nothing either, yet was read as a record's size.
  ...["larg", "heavi", "averag"],
]);
const PAYLOAD = "payload";
const MEDIA = "media";
// Korean size words typed together without a space ("평균용량") name nothing either.
const KO_SIZE_WORDS = /평균적?|보통|대략|용량|크기|사이즈/gu;
const isSizeWord = (term: string) => SIZE_WORDS.has(term) || (hasHangul(term) && term.replace(KO_SIZE_WORDS, "") === "");
/** Whether a clause's content words only measure a size ("how big are they?", "평균용량은"), naming no thing of their own. */
const onlySizeWords = (own: { terms: readonly string[]; concepts: readonly string[] }) => own.concepts.every((c) => c === "size") && own.terms.every(isSizeWord);

// Files people upload are the media's ("How many objects does a customer upload per day, and how
// big are they?"): every question of the corpus that names an upload of files and asks the size
// of what it named is labelled media. Not readings, events or records a device or a client
// uploads ("How often do the devices upload readings, and how big is each one?": the payload).
const FILES = "(?:files?|documents?|docs|scans?|pdfs?|objects?|recordings?|attachments?|receipts?|resumes?|cvs?|파일|문서|스캔)";
const UPLOADED = new RegExp(`\\bupload(?:s|ed|ing)?\\s+(?:[\\w-]+\\s+){0,2}?${FILES}\\b|\\b${FILES}(?:\\s+[\\w-]+){0,4}?\\s+(?:get\\s+|are\\s+|is\\s+)?upload(?:s|ed|ing)?\\b|${FILES}\\S*\\s*(?:\\S+\\s+){0,2}?(?:업로드|올리|올려|올라)|(?:업로드|올리|올린|올려)\\S*\\s+(?:\\S+\\s+){0,2}?${FILES}`, "iu");

// The size of the things named before, by a plural pronoun: "and how big are they?", "how large are
// those?". Not "how big is that?", which most often measures a load or a growth just named. Only
// of things counted per unit of time, which are records or messages sent (countsPerTime): "How many
// shards are there, and how big are they?", "…tenants…", "Do we keep backups, and how big are they?"
// ask the size of something else (an independent review, 2026-12-07).
export const SIZE_OF_THOSE = /^\s*(?:(?:and|also|so|plus)\s+)?(?:(?:roughly|typically|usually|approximately)\s+)?(?:how (?:big|large|heavy) (?:are|would be) (?:they|those|these)|what size (?:are|would be) (?:they|those|these))\b/iu;

// …of one item, as a qualifier says ("평균용량은", "대략 용량은", "건당 크기는"): a bare 용량 after a topic is
// as often the total stored or the capacity ("로그 얼마나 보관해요? 용량은요?", "DAU가 몇 명이에요? 용량은요?").
// And only after what is kept or counted (a retention, a load): after a target, the setup or the static
// share the size measures nothing named (an independent review, 2026-12-07).
const KO_SIZE_OF_ONE = /평균|보통|대략|하나|한\s*(?:개|건|장|편)|(?:개|건|장|편)\s*당/u;
export const SIZED_AFTER: ReadonlySet<string> = new Set(["retention", TRAFFIC, LOAD_MIX]);
/**
 * A Korean "what about …?" of a size word alone ("…보관해요 평균용량은", "…몇 개 올려요? 크기는요"): the
 * size of what the message named, the media's or a record's (sizeOfWhatWasNamed), though the model
 * reads one word of size under the bar of such a question (media 0.32, payload 0.24 for "평균용량은")
 * and leans to a size. A size is a quantity of its own beside a count or a retention.
 */
export function asksTheSizeAlone(part: string, scores: Scores): boolean {
  if (!hasHangul(part) || !KO_WHAT_ABOUT.test(part.trim()) || !KO_SIZE_OF_ONE.test(part) || (scores.best !== PAYLOAD && scores.best !== MEDIA)) return false;
  const own = contentTerms(part);
  return own.terms.length > 0 && onlySizeWords(own);
}

export function sizeOfWhatWasNamed(part: string, question: string, topic: string): string {
  if (topic !== PAYLOAD) return topic;
  const namesNothing = onlySizeWords(contentTerms(part));
  return namesNothing && (contentTerms(question).concepts.includes(MEDIA) || UPLOADED.test(question) || MEDIA_KIND_NAMED.test(question)) ? MEDIA : topic;
}

// "Do we need to support video, or is it text only?", "동영상 업로드도 지원해야 하나요?": whether the
// product takes a kind of media is the media question (what share of writes carry it, how big),
// not a feature list, whatever "need to support" pulls the model to; every such question of the
// corpus and the test files is labelled so. The kind of media must end what is taken, or be
// followed by what carries it ("video uploads", "images in messages"): a call, a search, a tag or a
// live stream by video ("support audio and video calls", "image search", "live video") is a
// feature. Korean takes the noun with a particle only ("이미지검색", "음성인식" are features).
const MEDIA_KINDS = "videos?|photos?|images?|pictures?|pics?|audio|attachments?|media|binaries|gifs?|voice\\s+(?:notes?|memos?|messages?)|recordings?";
const MEDIA_ENDS = "(?:(?=\\s*(?:$|[?？,.;!)—–]|\\s-\\s))|\\s+(?:uploads?|files?|attachments?|content|messages?|posts?|notes?|clips?|too|as well|also|in|on|for|from|at all|or (?!\\w+\\s+(?:calls?|calling|chats?|search))))";
// A kind of media named anywhere ("Can people send voice notes, and how big are they?"), which the thesaurus may not hold.
const MEDIA_KIND_NAMED = new RegExp(`\\b(?:${MEDIA_KINDS})\\b`, "iu");
export const SUPPORTS_MEDIA = new RegExp(
  `\\b(?:support|handle|accept|allow)s?\\s+(?:(?!live\\b|real-?time\\b)[\\w-]+\\s+){0,2}?(?:${MEDIA_KINDS})\\b${MEDIA_ENDS}` +
    "|(?:사진|이미지|동영상|영상|첨부|음성)(?:파일)?(?:도|을|를|이|가|은|는)?\\s*(?:업로드(?:도|를|을|는|가)?\\s*)?(?:지원|올릴\\s*수|첨부\\s*가능|업로드\\s*가능)",
  "iu",
);
