// Typos against the corpus's own vocabulary: "latancy", "platfrom", "가용셩", "레이턴씨" are words
// the corpus never saw, so without correction they only dilute the question's vector and the
// question looks unrelated. A word the corpus does not know is replaced by the known word one
// slip away (isSlip), the most
// frequent one when several are. Lookup uses the symmetric-deletion trick: every known word is
// indexed under itself and each of its one-letter deletions, so a question word needs only its
// own deletions looked up (fast and deterministic, no distance loop over the vocabulary).
//
// Rules, so a correct but unseen word is not "corrected" into another word:
// - only words of MIN_LETTERS letters (Latin) or MIN_SYLLABLES syllables (Hangul) or more;
// - the first letter / syllable must stay the same (typos rarely hit it);
// - only slips (isSlip), not every one-edit neighbour; numbers are never corrected.

const MIN_LETTERS = 5;
const MIN_SYLLABLES = 3;
/** Letters from which the last two swapped are read as a typo (isSlip). */
const LONG_WORD = 7;
/** Letters a known word needs before one letter too many in it is read as a typo (isExtraLetter). */
const EXTRA_LETTER_WORD = 8;
const WORD = /\p{Script=Hangul}+|\p{N}+|(?:(?!\p{Script=Hangul})[\p{L}\p{M}])+/gu;
const HANGUL = /\p{Script=Hangul}/u;

export type Speller = { known: Map<string, number>; deletions: Map<string, string[]> };

function deletions(chars: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) out.push([...chars.slice(0, i), ...chars.slice(i + 1)].join(""));
  return out;
}

function eligible(word: string): boolean {
  if (/^\p{N}+$/u.test(word)) return false;
  const n = Array.from(word).length;
  return HANGUL.test(word) ? n >= MIN_SYLLABLES : n >= MIN_LETTERS;
}

const VOWEL = /[aeiouy]/;
// Syllables of Korean particles and endings: a change there is grammar, not a typo.
const KO_GRAMMAR = new Set(Array.from("은는이가을를의에엔도만요야여해돼되나냐다고서로와과랑께죠지까며면"));

/** A Korean syllable's initial, vowel and final jamo indices. */
function jamo(syllable: string): [number, number, number] | null {
  const code = (syllable.codePointAt(0) ?? 0) - 0xac00;
  if (code < 0 || code > 11171) return null;
  return [Math.floor(code / 588), Math.floor((code % 588) / 28), code % 28];
}

/**
 * Is `typed` a plausible typo of the known word `known`? Only the edits people make by slip
 * and never the ones that turn one real word into another:
 * - Latin: two neighbouring letters swapped ("platfrom"), a letter dropped ("availabilty"), or
 *   one vowel for another ("latancy"); never at the last letter ("crawled" is not "crawler"),
 *   but for the last two swapped in a long word ("downtiem"); an extra letter only inside a long
 *   word ("availabillity"; "launch" is not "lunch");
 * - Hangul: one syllable that differs in one jamo only ("가용셩", "레이턴씨"), same length and
 *   never in a particle or ending syllable ("읽기에" is not "읽기의").
 */
function isSlip(known: string[], typed: string[]): boolean {
  const hangul = jamo(known[0]) !== null;
  if (hangul) {
    if (known.length !== typed.length) return false;
    const diff = known.flatMap((c, i) => (c === typed[i] ? [] : [i]));
    if (diff.length !== 1) return false;
    if (KO_GRAMMAR.has(known[diff[0]]) || KO_GRAMMAR.has(typed[diff[0]])) return false;
    const a = jamo(known[diff[0]]);
    const b = jamo(typed[diff[0]]);
    return a !== null && b !== null && a.filter((x, i) => x !== b[i]).length === 1;
  }
  const last = known.length - 1;
  if (known.length === typed.length) {
    const diff = known.flatMap((c, i) => (c === typed[i] ? [] : [i]));
    if (diff.length === 1) return diff[0] < last && VOWEL.test(known[diff[0]]) && VOWEL.test(typed[diff[0]]);
    // The last two letters swapped ("downtiem") only in a long word: in a short one it is as
    // likely another word.
    const swapEnds = diff[1] < last || known.length >= LONG_WORD;
    return diff.length === 2 && diff[1] === diff[0] + 1 && swapEnds && known[diff[0]] === typed[diff[1]] && known[diff[1]] === typed[diff[0]];
  }
  if (typed.length === known.length + 1) return isExtraLetter(known, typed);
  if (known.length !== typed.length + 1) return false;
  let i = 0;
  while (i < typed.length && typed[i] === known[i]) i++;
  if (i >= last) return false;
  for (let j = i; j < typed.length; j++) if (typed[j] !== known[j + 1]) return false;
  return true;
}

/**
 * A letter too many inside a long word ("availabillity"): in a known word of EXTRA_LETTER_WORD
 * letters or more a stray key is a slip, while shorter words are often other words
 * one letter apart ("lunch" and "launch", "caching" and "catching", "through" and "thorough").
 * Never at the first or last letter ("replicas" is a word of its own).
 */
function isExtraLetter(known: string[], typed: string[]): boolean {
  if (known.length < EXTRA_LETTER_WORD) return false;
  let i = 0;
  while (i < known.length && typed[i] === known[i]) i++;
  if (i === 0 || i >= known.length) return false;
  for (let j = i; j < known.length; j++) if (typed[j + 1] !== known[j]) return false;
  return true;
}

export function buildSpeller(texts: readonly string[]): Speller {
  const known = new Map<string, number>();
  for (const text of texts) for (const word of text.normalize("NFKC").toLowerCase().match(WORD) ?? []) known.set(word, (known.get(word) ?? 0) + 1);
  const index = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = index.get(key);
    if (!list) index.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  for (const word of known.keys()) {
    if (!eligible(word)) continue;
    add(word, word);
    for (const d of deletions(Array.from(word))) add(d, word);
  }
  return { known, deletions: index };
}

/** The known word a word most likely misspells, or the word itself. */
export function correctWord(speller: Speller, word: string): string {
  const lower = word.toLowerCase();
  if (speller.known.has(lower) || !eligible(lower)) return word;
  const chars = Array.from(lower);
  const candidates = new Set<string>();
  for (const key of [lower, ...deletions(chars)]) for (const c of speller.deletions.get(key) ?? []) candidates.add(c);
  let best: string | null = null;
  let bestCount = 0;
  for (const c of candidates) {
    const cc = Array.from(c);
    if (cc[0] !== chars[0] || !isSlip(cc, chars)) continue;
    const count = speller.known.get(c) ?? 0;
    // Ties go to the alphabetically first word, so the result never depends on insertion order.
    if (count > bestCount || (count === bestCount && best !== null && c < best)) {
      best = c;
      bestCount = count;
    }
  }
  return best ?? word;
}

/** The text with every misspelt word replaced; punctuation and everything else unchanged. */
export function correctText(speller: Speller, text: string): string {
  return text.normalize("NFKC").replace(WORD, (word) => correctWord(speller, word));
}
