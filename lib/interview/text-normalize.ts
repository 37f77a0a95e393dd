// Word normalisation for the interviewer's question matcher: English stems and stop-words,
// Korean particle and ending stripping, and a few synonyms, so that "How many people use
// it?" and "사용자는 몇 명인가요?" reduce to comparable content words.

const HANGUL = /[\uac00-\ud7a3]/;

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** Korean consonants and vowels typed alone ("ㅇㅇ", "ㅋㅋ", "ㅁㄴㅇㄹ"): the compatibility jamo. */
export const KOREAN_LETTERS = "\\u3131-\\u318e";
const JAMO = new RegExp(`[${KOREAN_LETTERS}]`, "u");

/**
 * Whether a message is written in Korean, so the interviewer answers in Korean: a syllable, or
 * Korean letters typed alone in a message with no Latin letters ("ㅇㅇ"; "How many users? ㅋㅋ"
 * is English with a laugh). The matcher's words are syllables only.
 */
export function writtenInKorean(text: string): boolean {
  return HANGUL.test(text) || (JAMO.test(text) && !/[A-Za-z]/.test(text));
}

const ENGLISH_STOP_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for from with without about into over under as than then " +
    "is are was were be been being am do does did done doing have has had having will would shall should can could may might must " +
    "i me my we our us you your he she it its they them their this that these those there here " +
    "what whats which who whom whose when where why how many much any some each every all both either " +
    "please tell know let lets assume assuming say said like just also ok okay so very really roughly approximately approx " +
    "expect expected expecting typical typically usually average around per need needs needed support supported " +
    "system service app application product design data number amount kind type thing things level good " +
    "use used uses every each happen happens same one two get gets go goes make makes want wants okay fine ok " +
    "s t re ve ll d m"
  ).split(/\s+/),
);

// Stripped after the ending list, so "사용자는요" → "사용자는" → "사용자".
const KOREAN_ENDINGS = [
  "입니까", "인가요", "일까요", "습니까", "인지요", "나요", "가요", "까요", "에요", "예요", "이요", "인가", "인지",
];
const KOREAN_PARTICLES = [
  "에서는", "에서", "으로", "까지", "부터", "이나", "이랑", "에게", "한테", "보다",
  "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "요", "랑",
];

const KOREAN_STOP_WORDS = new Set([
  "얼마", "얼마나", "몇", "어느", "어떤", "어떻게", "무엇", "뭐", "뭔가", "정도", "대략", "혹시", "그", "저", "이",
  "있", "있나", "있어", "있을까", "없", "되", "돼", "하", "해", "해야", "하나", "할", "것", "건", "수", "우리", "제가",
  "저희", "경우", "필요", "필요한", "많", "많은", "많이", "좀", "시스템", "서비스", "데이터", "알려", "주세", "주시겠어",
  "나", "어디", "언제", "보통", "평균", "뒤", "후", "전",
]);

// Small canon so that everyday wording meets the words authors use. Applied to stems.
const SYNONYMS: Record<string, string> = {
  people: "user", person: "user", customer: "user", visitor: "user", member: "user", users: "user",
  dau: "dau", mau: "mau",
  pic: "imag", picture: "imag", photo: "imag", imag: "imag",
  video: "video", clip: "video",
  uptim: "uptim", sla: "sla",
  countri: "region", europ: "region", asia: "region", america: "region", africa: "region", australia: "region", continent: "region", worldwid: "global", international: "global", globally: "global",
  qps: "qps", rps: "qps",
  keep: "retain", retention: "retain", retain: "retain", retent: "retain",
  fast: "latenc", slow: "latenc", latency: "latenc", latenc: "latenc",
  이용자: "사용자", 유저: "사용자", 명: "사용자", 몇명: "사용자", 회원: "사용자",
  사진: "이미지", 그림: "이미지", 영상: "동영상", 비디오: "동영상",
};

export function stemEnglish(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  if (w.endsWith("y") && w.length > 4) w = w.slice(0, -1) + "i";
  return w;
}

export function stripKorean(word: string): string {
  let w = word;
  for (let changed = true; changed; ) {
    changed = false;
    for (const ending of KOREAN_ENDINGS) {
      if (w.endsWith(ending) && w.length - ending.length >= 1) {
        w = w.slice(0, -ending.length);
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (const particle of KOREAN_PARTICLES) {
      // Keep two syllables so nouns that merely end like a particle (증가, 평가) survive.
      if (w.endsWith(particle) && w.length - particle.length >= 2) {
        w = w.slice(0, -particle.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}

export type Token = { text: string; hangul: boolean };

/** Content tokens of a text: lower-cased, punctuation removed, stemmed, stop-words dropped. */
export function contentTokens(text: string): Token[] {
  const words = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’](s|t|re|ve|ll|d|m)\b/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const tokens: Token[] = [];
  for (const word of words) {
    if (hasHangul(word)) {
      let stripped = stripKorean(word);
      // A one-syllable stop-word with a particle ("수는") is kept whole by stripKorean.
      const bare = KOREAN_PARTICLES.find((p) => stripped.endsWith(p) && stripped.length > p.length);
      if (bare && KOREAN_STOP_WORDS.has(stripped.slice(0, -bare.length))) stripped = stripped.slice(0, -bare.length);
      const canon = SYNONYMS[stripped] ?? stripped;
      if (!KOREAN_STOP_WORDS.has(stripped) && !KOREAN_STOP_WORDS.has(canon)) tokens.push({ text: canon, hangul: true });
    } else {
      if (ENGLISH_STOP_WORDS.has(word)) continue;
      const stem = stemEnglish(word);
      const canon = SYNONYMS[word] ?? SYNONYMS[stem] ?? stem;
      if (!ENGLISH_STOP_WORDS.has(stem)) tokens.push({ text: canon, hangul: false });
    }
  }
  return tokens;
}

/** Character bigrams of a Hangul word; a one-syllable word is its own unit. */
export function bigrams(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** One space for every run of spaces and line breaks, none at either end. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

// Phones and word processors type ’ for an apostrophe, “ ” for quotes and ‑ for a hyphen ("I’d
// also like to know …", "the game’s login API", "back‑of‑the‑envelope"); Korean input methods
// type the full-width ＇; text pasted from macOS may hold Korean in decomposed jamo. The rules
// spell the plain marks and composed syllables, so such a question read differently from the
// same question typed on a laptop.
const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u02b9\u02bb\u02bc\u2032\u00b4\uff07]|(?<=\p{L})`(?=\p{L})/gu;
const QUOTES = /[\u201c\u201d\u201e\u201f\u2033\uff02]/gu;
const HYPHENS = /[\u2010\u2011]/gu;

// Question words typed with a slip ("hwo many users", "waht's the p99", "how meny", "wich
// regions"): too short for the corpus speller (spelling.ts corrects words of five letters or
// more), yet the rules that read a question's form start at them. Only forms that are no word.
const QUESTION_WORD_SLIPS: Readonly<Record<string, string>> = {
  hwo: "how", waht: "what", whta: "what", wht: "what", wat: "what", meny: "many", mnay: "many", manny: "many", amny: "many",
  mcuh: "much", muhc: "much", mutch: "much", wher: "where", whre: "where", wehre: "where", wich: "which", whcih: "which",
  whihc: "which", wihch: "which", wehn: "when", teh: "the", hte: "the", adn: "and", yuo: "you",
};
const QUESTION_WORD_SLIP = new RegExp(`(?<![\\p{L}\\p{N}'-])(?:${Object.keys(QUESTION_WORD_SLIPS).join("|")})(?![\\p{L}\\p{N}-])`, "giu");
function withQuestionWordsSpelt(text: string): string {
  return text.replace(QUESTION_WORD_SLIP, (slip) => {
    // In capitals it is an acronym ("ADN sequences", "WAT metadata"), no slip.
    if (slip === slip.toUpperCase()) return slip;
    const word = QUESTION_WORD_SLIPS[slip.toLowerCase()];
    return slip[0] === slip[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
  });
}

/** A message as the interviewer's rules read it: composed, plain apostrophes, quotes and hyphens, question words spelt, one space between words. */
export function plainText(text: string): string {
  return collapseSpaces(withQuestionWordsSpelt(text.normalize("NFC").replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(HYPHENS, "-")));
}
