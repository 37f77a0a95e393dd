// Korean chat leaves out the marks between sentences: "출근 기록 하루에 몇 건이나 쌓여요 피크는 9시
// 직전이겠죠", "청취자 몇 명 정도임 ㅋㅋ 1년 뒤엔 몇 배 될 거 같아요". A polite or question ending
// (-요, -죠, -까, -냐, -니다) ends a sentence wherever it stands, and so does a run of laughter, so
// the mark the writer left out is put back: the rules after the model split questions at marks
// (understand.ts), and a question written so read as one sentence about its first topic.

// A word that ends a sentence: any syllable before 요 except the nouns that end in it (필요 need,
// 중요 importance, 주요, 수요 demand, 소요 time taken, 개요, 강요, 동요, 요요); 죠; 까 but not 아까
// (a while ago), the connective -니까 (because) or -ㄹ까 봐 / -ㄹ까 싶어 (for fear that, thinking
// of); the formal -ㅂ니까 and -ㅂ니다; 냐.
// The formal endings -ㅂ니까 / -ㅂ니다 sit on any syllable whose final consonant is ㅂ (씁니까, 옵니다).
const FINAL_B = Array.from({ length: 11172 / 28 }, (_, i) => String.fromCodePoint(0xac00 + i * 28 + 17)).join("");
const SYLLABLE = String.raw`[\uac00-\ud7a3]`;
const ENDING = String.raw`(?:${SYLLABLE}(?<![필중주수소개강동요])요|${SYLLABLE}죠|${SYLLABLE}(?<![아니])까(?!\s+(?:봐|싶))|[${FINAL_B}]니[까다]|${SYLLABLE}냐)`;
const LAUGHTER = String.raw`[ㅋㅎㅠㅜ]{2,}`;
const SENTENCE_GAP = new RegExp(String.raw`(?<=${ENDING}|${LAUGHTER})\s+(?!${LAUGHTER}(?:\s|$))(?=[\p{L}\p{N}])`, "gu");
const LAUGHING = new RegExp(String.raw`${LAUGHTER}$`, "u");
const ENDS = new RegExp(String.raw`${ENDING}$`, "u");

// Endings that state rather than ask (a plan, a report, a remark): "…할게요", "…했어요", "…네요".
const STATES = new RegExp(`(?:[${FINAL_B}]니다|게요|께요|었어요|았어요|였어요|했어요|네요|군요|거든요|더라고요|더라구요)$`, "u");
// A sentence with a question word asks, whatever its last word: "몇 명 정도임 ㅋㅋ".
const ASKS = /몇|얼마|어떤|어떻|어느|어디|무슨|뭐|뭔|언제|누가|누구|[?？]/u;

/** The message with "?" (or "." after a statement) where a Korean sentence ends unmarked before another. */
export function markKoreanSentenceEnds(text: string): string {
  let start = 0;
  return text.replace(SENTENCE_GAP, (gap, offset: number) => {
    const sentence = text.slice(start, offset);
    start = offset + gap.length;
    // Laughter ends the sentence its last word would have ended ("필요해요 ㅋㅋ" asks); after a bare
    // word ("정도임 ㅋㅋ") the sentence asks when it has a question word.
    const words = sentence.trim().split(/\s+/u).map((w) => w.replace(LAUGHING, "")).filter(Boolean);
    const last = words.at(-1) ?? "";
    const asks = ENDS.test(last) ? !STATES.test(last) : ASKS.test(sentence);
    return `${asks ? "?" : "."} `;
  });
}
