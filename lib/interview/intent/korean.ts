// Korean words for the intent features (features.ts). Korean is agglutinative: one content word
// appears as "호출", "호출하나요", "호출해야", "호출됩니까", "호출할" and a noun carries its
// particle ("수는", "명이", "QPS가"), so the surface word alone splits one meaning into many rare
// features. Here a word is reduced to its stem with closed lists of particles and endings and a
// few rules of Korean morphology, at the level of jamo where an ending lives in a syllable's final
// consonant ("될까요" = 되 + ㄹ까요, "합니다" = 하 + ㅂ니다). The rules only ever remove known
// grammar from the end of a word and keep a stem long enough to be a word, so a noun that merely
// ends like an ending ("이미지", "화면", "증가") stays whole.

const SYLLABLE_BASE = 0xac00;
const SYLLABLE_COUNT = 11172;
const FINALS = 28;
/** Final-consonant (batchim) indices of the syllable block. */
const FINAL = { none: 0, n: 4, l: 8, m: 16, b: 17, ss: 20 } as const;

function isSyllable(ch: string): boolean {
  const code = (ch.codePointAt(0) ?? 0) - SYLLABLE_BASE;
  return code >= 0 && code < SYLLABLE_COUNT;
}

function finalOf(ch: string): number {
  return isSyllable(ch) ? ((ch.codePointAt(0) ?? 0) - SYLLABLE_BASE) % FINALS : -1;
}

/** The syllable without its final consonant ("될" → "되"). */
function withoutFinal(ch: string): string {
  const code = (ch.codePointAt(0) ?? 0) - SYLLABLE_BASE;
  return String.fromCodePoint(SYLLABLE_BASE + code - (code % FINALS));
}

// Particles (조사), longest first. A noun keeps at least two syllables, or one when it is a known
// one-syllable noun (ONE_SYLLABLE_NOUNS), so "증가" and "국가" are not read as 증 + 가.
const PARTICLES = [
  "에서는", "에서도", "으로는", "에게는", "이라고", "라고", "이라는", "라는", "이라면", "라면", "처럼", "마다", "까지", "부터",
  "에서", "으로", "이나", "이랑", "에게", "한테", "보다", "하고", "에는", "에도", "으론", "이란", "이든", "든지", "들",
  "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "요", "랑", "나", "엔", "론",
  // The copula of typed chat ("글로벌임?", "웹임 앱임?"): a noun keeps two syllables or is one of
  // the few one-syllable nouns asked about so (COPULA_ONE_SYLLABLE: "책임", responsibility, is not
  // 책 + 임), and loanwords in -타임, -네임, -레임, -게임, -다임, -라임 (time, name, frame, game,
  // paradigm, prime) stay whole (NOT_COPULA_BEFORE).
  "임",
];
const NOT_COPULA_BEFORE = new Set(Array.from("타네레게다라"));
const COPULA_ONE_SYLLABLE = new Set(Array.from("웹앱키팀"));
// One-syllable nouns that questions about requirements carry particles on: counters and bound
// nouns (수, 명, 개, 건, 번 …) and a few short content nouns (글, 앱, 웹, 키, 값).
const ONE_SYLLABLE_NOUNS = new Set(Array.from("수명개건번회배년달일주초분장곳때중것양값키글앱웹팀대쪽편점줄말돈책표몇"));

// Plural 들 and polite 요 make words of a one-syllable noun too often ("번들", "주요", "수요").
const LONG_NOUN_ONLY = new Set(["들", "요"]);

// Predicate endings (어미) that end a question or a clause, longest first. `final`: the ending
// also takes the final consonant of the syllable before it ("될까요", "합니까", "큰가요"); the
// spelt-out forms come first, so "있을까요" is 있 + 을까요, not 있으 + ㄹ까요.
type Ending = { text: string; final?: number; min?: number; afterFinal?: boolean };
const ENDINGS: Ending[] = [
  ...["입니까", "입니다", "인가요", "일까요", "인지요", "이에요", "이예요", "이었나요", "였나요", "었나요", "았나요", "이어야", "이어도"].map((text) => ({ text })),
  ...["을까요", "습니까", "습니다", "는가요", "는지요", "나요", "에요", "예요", "세요", "셔요", "인가", "인지", "는지", "은지", "는데", "은데", "던데", "지요", "나여", "에여", "예여", "래요", "대요", "거든요", "잖아요", "세여", "여야"].map((text) => ({ text })),
  { text: "까요", final: FINAL.l },
  { text: "가요", final: FINAL.n },
  ...["가요", "까요"].map((text) => ({ text })),
  { text: "니까", final: FINAL.b },
  { text: "니다", final: FINAL.b },
  { text: "까", final: FINAL.l, min: 1 },
  { text: "가", final: FINAL.n, min: 1 },
  ...["죠", "냐"].map((text) => ({ text, min: 2 })),
  // -겠- (intention, conjecture), bared by the ending after it: "보겠습니다", "되겠죠".
  { text: "겠", min: 1 },
  // -아 / -어 after a stem that ends in a consonant ("괜찮아", "없어"); after a vowel they merge into it.
  ...["아", "어"].map((text) => ({ text, min: 2, afterFinal: true })),
];

// The stem form of a verb or adjective before -어/-아 endings: "해야", "돼요", "써도" keep the
// vowel of the infinitive (해 = 하 + 여), so -야 / -요 / -도 / -서 come off only after one.
// ㅚ too: "되요", "되서" are the everyday misspelling of 돼요, 돼서.
const INFINITIVE_VOWELS = new Set([0, 1, 4, 6, 9, 10, 11, 14]); // ㅏ ㅐ ㅓ ㅕ ㅘ ㅙ ㅚ ㅝ
function vowelOf(ch: string): number {
  return isSyllable(ch) ? Math.floor((((ch.codePointAt(0) ?? 0) - SYLLABLE_BASE) % 588) / FINALS) : -1;
}
const AFTER_INFINITIVE = ["야", "요", "도", "서"];

// 하다 / 되다 verbs built on a noun: "호출하나요", "처리해야", "허용되나요" are about 호출, 처리, 허용.
const DERIVATIONS = ["하", "해", "했", "할", "한", "함", "합", "되", "돼", "됐", "될", "된", "됨", "됩"];

function stripOnce(chars: string[]): string[] | null {
  const word = chars.join("");
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending.text)) continue;
    const rest = chars.slice(0, chars.length - Array.from(ending.text).length);
    if (rest.length < (ending.min ?? 1)) continue;
    if (ending.afterFinal && finalOf(rest[rest.length - 1]) <= FINAL.none) continue;
    if (ending.final === undefined) return rest;
    const last = rest[rest.length - 1];
    if (finalOf(last) !== ending.final) continue;
    return [...rest.slice(0, -1), withoutFinal(last)];
  }
  if (chars.length >= 2 && AFTER_INFINITIVE.includes(chars[chars.length - 1]) && INFINITIVE_VOWELS.has(vowelOf(chars[chars.length - 2])) && finalOf(chars[chars.length - 2]) === FINAL.none) {
    return chars.slice(0, -1);
  }
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const rest = chars.slice(0, chars.length - Array.from(particle).length);
    if (particle === "임" && (NOT_COPULA_BEFORE.has(rest[rest.length - 1] ?? "") || (rest.length === 1 && !COPULA_ONE_SYLLABLE.has(rest[0])))) continue;
    if (rest.length >= 2 || (rest.length === 1 && ONE_SYLLABLE_NOUNS.has(rest[0]) && !LONG_NOUN_ONLY.has(particle))) return rest;
  }
  return null;
}

/** The stem of a Korean word: particles and predicate endings removed, and a 하다/되다 verb reduced to its noun. */
export function koreanStem(word: string): string {
  let chars = Array.from(word);
  for (let next = stripOnce(chars); next !== null; next = stripOnce(chars)) chars = next;
  if (chars.length >= 3 && DERIVATIONS.includes(chars[chars.length - 1])) chars = chars.slice(0, -1);
  return chars.join("");
}

const BARE_GRAMMAR = new Set([...PARTICLES, ...ENDINGS.map((e) => e.text), "인", "이다", "이야", "예요", "이에요", "인데", "이고", "이면", "이랑", "인지", "인가"]);

/**
 * Is a Hangul run only grammar? After a Latin word or a number it is the particle or ending
 * of that word ("QPS가", "API를", "p99인가요", "500KB예요"), not a content word.
 */
export function isBareGrammar(run: string): boolean {
  if (BARE_GRAMMAR.has(run)) return true;
  const chars = Array.from(run);
  for (let next = stripOnce(chars); next !== null; next = stripOnce(next)) if (next.length === 0 || BARE_GRAMMAR.has(next.join(""))) return true;
  return false;
}

// Question words written onto the next word ("몇명", "얼마나돼", "어느정도", "어떻게되나요"):
// Korean spacing writes them apart, and people often do not.
const GLUED_QUESTION_WORDS = ["얼마나", "어떻게", "어느", "어떤", "몇"];

/** A word split after a question word written onto it, else the word alone. */
export function splitQuestionWord(word: string): string[] {
  for (const prefix of GLUED_QUESTION_WORDS) {
    if (word.length > prefix.length && word.startsWith(prefix)) return [prefix, word.slice(prefix.length)];
  }
  return [word];
}
