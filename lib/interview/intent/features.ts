import { stemEnglish } from "../text-normalize.ts";
import { THESAURUS } from "./thesaurus.ts";
import { isBareGrammar, koreanStem, splitQuestionWord } from "./korean.ts";

// A question as a bag of weighted features, the same for the corpus and for a live question:
//   w:  content words (English stems; Korean stems without particles and endings, korean.ts)
//   b:  neighbouring content-word pairs ("read write", "peak traffic")
//   g:  character n-grams, 3-5 letters of an English word, 1-3 syllables of a Korean word
//       (typos, compounds, particles the stripper missed, spacing: "일일활성사용자")
//   c:  thesaurus concepts, the bridge between synonyms and between the two languages
// Each group has a weight so that the many character n-grams do not drown the words.

export type Features = Map<string, number>;

const GROUP_WEIGHT = { w: 1, b: 0.6, g: 0.22, c: 1.1, f: 0.8 } as const;

const HANGUL = /[\uac00-\ud7a3]/;

const EN_STOP = new Set(
  (
    "a an the and or but if of to in on at by for from with into as than then is are was were be been being am " +
    "do does did doing have has had having will would shall should can could may might must we our us " +
    "he she it its they them their this that these those there here what whats which who whom how about any some " +
    "please tell let lets so just also ok okay like kind sort get got s t re ve ll d m know wondering wonder question " +
    "curious hey hi quick thing things"
  ).split(" "),
);

// Syllables in the longest Korean word (eojeol) taken as one: longer runs are several words
// written together. On the training folds with the spaces of the test questions removed, the
// Korean right - 2 wrong at the thresholds in use rose from 686 to 718 (top-1 953 -> 1017 of
// 1312); with the spaces kept nothing changed. 8 syllables did slightly worse, and touched
// correctly spaced compounds ("가용성목표몇이에요").
const MAX_KOREAN_WORD = 10;

// Korean number units: "100만" is a number, not the particle 만 ("only") on 100.
const NUMBER_UNIT = /^[만천백억조십]/u;

const KO_STOP = new Set([
  "얼마", "얼마나", "몇", "어떤", "어떻게", "무엇", "뭐", "뭔가", "정도", "대략", "혹시", "그", "저", "이", "있", "있나", "있어",
  "되", "돼", "하", "해", "할", "것", "건", "게", "수", "우리", "제가", "저희", "좀", "알려", "주세", "주시", "궁금", "궁금합니다",
  "궁금해", "요", "네", "그럼", "그러면", "혹시요", "대해", "대해서", "관련", "어느",
]);

type ConceptIndex = { english: Map<string, string[]>; koreanLong: [string, string][]; koreanShort: Map<string, string[]>; phrases: [RegExp, string][] };
let conceptIndex: ConceptIndex | undefined;

function concepts(): ConceptIndex {
  if (conceptIndex) return conceptIndex;
  const english = new Map<string, string[]>();
  const koreanLong: [string, string][] = [];
  const koreanShort = new Map<string, string[]>();
  const phrases: [RegExp, string][] = [];
  const add = (map: Map<string, string[]>, key: string, concept: string) => map.set(key, [...(map.get(key) ?? []), concept]);
  for (const [concept, words] of Object.entries(THESAURUS)) {
    for (const word of words) {
      // An entry of several words ("rush hour", "third party", "외부 호출") is found in the
      // text as a phrase: no single word of a question ever equals it.
      if (/\s/.test(word)) {
        const escaped = normalizeText(word).trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "[\\s-]*");
        phrases.push([new RegExp(HANGUL.test(word) ? escaped : `\\b${escaped}(?:e?s)?\\b`, "u"), concept]);
      } else if (HANGUL.test(word)) {
        if (Array.from(word).length >= 2) koreanLong.push([word, concept]);
        else add(koreanShort, word, concept);
      } else if (word.startsWith("=")) {
        // "=recording": this form only, so that its stem ("record", a database row) stays out of the concept.
        add(english, word.slice(1), concept);
      } else {
        add(english, stemEnglish(word), concept);
        add(english, word, concept);
      }
    }
  }
  conceptIndex = { english, koreanLong, koreanShort, phrases };
  return conceptIndex;
}

/** Concepts of an English word: by the word, its stem, or a thesaurus word it starts with ("staleness", "hypergrowth" by suffix). */
function englishConcepts(index: ConceptIndex, word: string): string[] {
  const direct = index.english.get(word) ?? index.english.get(stemEnglish(word));
  if (direct) return direct;
  if (word.length < 6) return [];
  for (let cut = word.length - 1; cut >= 4; cut--) {
    const hit = index.english.get(word.slice(0, cut));
    if (hit && cut >= 5) return hit;
  }
  for (let start = 1; start <= word.length - 5; start++) {
    const hit = index.english.get(word.slice(start));
    if (hit) return hit;
  }
  return [];
}

const INVENTORY_NOUNS =
  "bed|beds|table|tables|spot|spots|slot|slots|seat|seats|room|rooms|car|cars|locker|lockers|parking|hotel|hotels|restaurant|restaurants|scooter|scooters|bike|bikes|campsite|campsites|court|courts|desk|desks|ticket|tickets|stock|inventory|product|products|item|items|appointment|appointments|tee[\\s-]time|tee[\\s-]times|class|classes|lesson|lessons|shift|shifts|doctor|doctors|vaccine|dose|doses|driver|drivers|unit|units|listing|listings|book|books|copy|copies|delivery|pickup|charger|chargers|dock|docks|space|spaces";
const INVENTORY_AVAILABILITY = new RegExp(
  String.raw`\b((?:${INVENTORY_NOUNS})[\s-]|(?:stale|live|dynamic|old|exact|up-to-date)\s|check(?:s|ed|ing)?\s(?:(?:the|their|its|an?|\w+)\s)?|show(?:s|ing)?\s)availability\b|\bavailability(?=[\s-](?:checks?|data|lookups?|search(?:es)?|responses?|calls?|quer(?:y|ies)|updates?|changes?|counts?|calendar|grid|map|feed)\b)`,
  "g",
);

export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'(s|t|re|ve|ll|d|m)\b/g, " ")
    // Two-word verbs and chat abbreviations as the one word the corpus and thesaurus know.
    .replace(/\b(?:log|sign)[\s-]+(?:in|on)\b/g, " login ")
    .replace(/\bsign[\s-]+up\b/g, " signup ")
    // To lock something down is to secure it ("lock down the PII", "locked down access"), whatever
    // "down" says of the uptime elsewhere.
    .replace(/\block(?:s|ed|ing)?[\s-]+(?:it\s+|them\s+|this\s+|that\s+)?down\b/g, " secure ")
    .replace(/\byrs?\b/g, " years ")
    .replace(/\bsecs?\b/g, " seconds ")
    .replace(/\bmsgs?\b/g, " messages ")
    .replace(/\breqs\b/g, " requests ")
    // Named consistency guarantees are one term, not their words: "read-your-writes" asks about
    // consistency, and its "read" and "writes" would read it as the read/write mix.
    // Only with its possessive or "own"/"after": "read write ratio" is the read/write mix.
    .replace(/\bread[\s-]+(?:your|my|their|its|one's)[\s-]+(?:own[\s-]+)?writes?\b|\bread[\s-]+(?:own|after)[\s-]+writes?\b/g, " readyourwrites ")
    // Reads that dominate are the read/write mix ("Is the site heavily read-dominated?", "Do reads
    // dominate writes?"), as "read-heavy" says; "dominate" alone is a hot key's ("a few cities
    // dominate"), as are reads dominated by a few accounts.
    .replace(/\b(read|write)s?[\s-]+dominat(?:e|es|ed|ing)\b(?!\s+by\b)/g, "$1-heavy")
    // A time budget is a latency target ("p99 budget", "latency budget"), an error budget the
    // downtime allowed; "budget" alone is money, which no requirement here is about.
    .replace(/(?<![a-z])(latency|p\d\d|time|response[\s-]time|ms|millisecond)s?\s+budget\b/g, "$1 target")
    .replace(/\berror\s+budget\b/g, " errorbudget ")
    // Korean -량 after an action noun is how many times the action happens ("링크 생성량", "리뷰
    // 작성량", "하루 업로드량": how many links, reviews, uploads), the count the corpus asks with 건수;
    // as one rare word its grams read as little. Not 용량, 처리량, 저장량, 전송량, 사용량: a size, a
    // throughput, an amount of data or of use.
    .replace(/(생성|작성|업로드|등록|게시|조회|주문|발송|가입|예약|결제|클릭|방문|검색|구매|판매|발급|쓰기|읽기|접속)량/gu, "$1 건수")
    // What is free to book is no uptime: "campsite availability", "can seat availability be
    // stale?", "checking availability", "availability checks" are the product's inventory, and the
    // availability concept would read them as the uptime target.
    .replace(INVENTORY_AVAILABILITY, "$1 vacancy")
    // "recorded answers", "recorded calls": before a noun, what was recorded is a recording
    // (media); the verb stays ("a payment recorded in the ledger", "events recorded per second").
    .replace(/\brecorded\s+(?!(?:in|into|per|by|at|on|to|for|as|with|from|every|each|when|and|or|the|a|an|our|their|its|once|twice|daily|locally|automatically|somewhere|anywhere)\b)(?=[a-z])/g, "recording ")
    .replace(/\bp(99|95|50)\b/g, "p$1");
}

/** Words, with a change of script splitting a word: "DAU는" is "dau" and "는", "100ms" is "100" and "ms". */
export function words(text: string): string[] {
  return wordsOfNormalized(normalizeText(text));
}

function wordsOfNormalized(normalized: string): string[] {
  return normalized.match(/\p{Script=Hangul}+|\p{N}+|(?:(?!\p{Script=Hangul})[\p{L}\p{M}])+/gu) ?? [];
}

// A Hangul syllable is often a morpheme of its own (읽, 쓰, 량, 률, 속), so single syllables are
// grams too; the word-start mark "^" only in longer grams. Chosen by 5-fold CV on the training
// split (Korean rows): top-1 1115 -> 1128 of 1312 topic questions, understand() exact
// 1259 -> 1289 of 1578 (2-4 syllables instead: 1106 and 1246).
function hangulGrams(word: string, out: string[]): void {
  const chars = Array.from(`^${word}`);
  for (let i = 1; i < chars.length; i++) out.push(chars[i]);
  for (const n of [2, 3]) for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(""));
}

function latinGrams(word: string, out: string[]): void {
  const padded = `^${word}$`;
  for (const n of [3, 4, 5]) for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
}

/** The content terms of a text, with the concepts they name (used for features and for ask phrases). */
export function contentTerms(text: string): { terms: string[]; grams: string[]; concepts: string[] } {
  const index = concepts();
  const terms: string[] = [];
  const grams: string[] = [];
  const found: string[] = [];
  // Normalised once, for the words and for the thesaurus's phrases.
  const normalized = normalizeText(text);
  const list = wordsOfNormalized(normalized);
  for (const [phrase, concept] of index.phrases) if (phrase.test(normalized)) found.push(concept);
  for (let i = 0; i < list.length; i++) {
    const word = list[i];
    if (HANGUL.test(word)) {
      // A word that is only grammar is the grammar of the word before it: a particle or ending
      // written onto a Latin word or a number ("QPS가", "API를", "p99인가요") or written apart by
      // a spacing slip ("사용자 는"). A number's unit ("100만") is not grammar. On the training
      // folds with Korean particles written apart, dropping the lone ones too lifted right - 2
      // wrong from 878 to 884 (top-1 1111 -> 1127); with normal spacing it moved by one (894 -> 893).
      if (!NUMBER_UNIT.test(word) && isBareGrammar(word)) {
        hangulGrams(word, grams);
        continue;
      }
      hangulGrams(word, grams);
      // Joined neighbours catch "일일 활성 사용자" against "일일활성사용자".
      if (i + 1 < list.length && HANGUL.test(list[i + 1])) hangulGrams(word + list[i + 1], grams);
      for (const [key, concept] of index.koreanLong) if (word.includes(key)) found.push(concept);
      // A run longer than any Korean word is words written without spaces ("사용자수가얼마나되나요");
      // as one term it is a word no question shares, which only shortens the question's vector,
      // so its character grams alone carry it.
      if (Array.from(word).length > MAX_KOREAN_WORD) continue;
      for (const stem of splitQuestionWord(word).map(koreanStem)) {
        for (const concept of index.koreanShort.get(stem) ?? []) found.push(concept);
        if (!KO_STOP.has(stem)) terms.push(stem);
      }
    } else {
      for (const concept of englishConcepts(index, word)) found.push(concept);
      if (EN_STOP.has(word)) continue;
      const stem = stemEnglish(word);
      terms.push(stem);
      if (word.length >= 3 && !/^\d+$/.test(word)) latinGrams(word, grams);
    }
  }
  return { terms, grams, concepts: found };
}

// The form of a message, so the model can learn that a plan or a remark is not a question.
const FORMS: [string, RegExp][] = [
  ["question-mark", /[?？]\s*$/u],
  ["plan", /^\s*(?:i'll|i will|i'm going|i am going|let me|let's|i'd like|i think|i'd|my |at my|i live|i've|i have|i see|i guess|ok|okay|alright|got it|sounds|makes sense|thanks|thank you)\b/iu],
  ["definition", /\b(?:what (?:is|are|does) (?:an? )?[\w-]+(?: in general| stand for| mean)|what's the difference|difference between|how does [\w-]+ work)\b/iu],
  ["ko-statement", /(?:게요|겠습니다|겠어요|네요|했어요|봤어요|알고 있어요|습니다|어요|거든요|군요)[.!~ㅎㅋ\s]*$/u],
  ["ko-definition", /(?:차이가 뭐|뭐예요|뭔가요|이란|란 뭐|무슨 뜻|뭐죠)/u],
  ["you", /\b(?:you|your)\b|(?:당신|면접관님|선생님)/iu],
  ["self", /\b(?:am i|i am|i'm|my|me)\b|(?:^|\s)(?:저|제가|제|저는|전|나)\s/iu],
  ["how-to", /\bhow (?:do|would|should|can|to) (?:i |you |we )?(?:calculate|compute|estimate|convert|figure|work out|pick|choose)|어떻게 (?:계산|구하|산정|정하)|계산(?:하나요|해요|법|방법)/iu],
  ["general", /\b(?:in general|these days|nowadays|generally|in a day|are there in)\b|(?:하루는|일반적으로|보통은|요즘)/iu],
];

/** Raw (unweighted by IDF) feature counts of a text. */
export function rawFeatures(text: string): Features {
  const { terms, grams, concepts: found } = contentTerms(text);
  const out: Features = new Map();
  const add = (key: string, weight: number) => out.set(key, (out.get(key) ?? 0) + weight);
  for (const t of terms) add(`w:${t}`, GROUP_WEIGHT.w);
  for (let i = 0; i + 1 < terms.length; i++) add(`b:${terms[i]}_${terms[i + 1]}`, GROUP_WEIGHT.b);
  for (const g of grams) add(`g:${g}`, GROUP_WEIGHT.g);
  for (const c of new Set(found)) add(`c:${c}`, GROUP_WEIGHT.c);
  for (const [name, pattern] of FORMS) if (pattern.test(text)) add(`f:${name}`, GROUP_WEIGHT.f);
  return out;
}
