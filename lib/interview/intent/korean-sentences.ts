// Korean chat leaves out the marks between sentences: "출근 기록 하루에 몇 건이나 쌓여요 피크는 9시
// 직전이겠죠", "청취자 몇 명 정도임 ㅋㅋ 1년 뒤엔 몇 배 될 거 같아요", "지금 뭐 써 트래픽은". A
// sentence-final ending ends a sentence wherever it stands, and so does a run of laughter, so the
// mark the writer left out is put back: the rules after the model split questions at marks
// (understand.ts), and a message written so read as one sentence about its first topic.

const SYLLABLE = "[\\uac00-\\ud7a3]";
// The formal endings -ㅂ니까 / -ㅂ니다 sit on any syllable whose final consonant is ㅂ (씁니까, 옵니다).
const FINAL_B = Array.from({ length: 11172 / 28 }, (_, i) => String.fromCodePoint(0xac00 + i * 28 + 17)).join("");

// Polite endings: any syllable before 요 but the nouns that end in it (필요 need, 중요 importance,
// 주요, 수요 demand, 소요 time taken, 개요, 강요, 동요, 요요); -죠; -ㅂ니까 / -ㅂ니다.
const POLITE = new RegExp(`(?:${SYLLABLE}(?<![필중주수소개강동요])요|${SYLLABLE}죠|[${FINAL_B}]니[까다])$`, "u");
// Plain (반말) endings, each a closed list so that nouns stay whole: questions in -까 (not 아까, a
// while ago, nor the connective -니까, because), -냐, -나 on a verb (있나, 되나; 하나 only after
// -야, "해야 하나", as it is also "one"); -어/-아 on a verb ("뭐 써", "돼?", "있어", "같아"; loanwords
// end in 어 too: 레이어, 플레이어, 스토어); and the noun-like -ㅁ of typed chat ("몇 명임", "어떻게
// 함", "있음", "봐줌": 게임, 다음, 처음, 포함, 보관함 and other nouns in -ㅁ are no ending, so 함 only
// as a word of its own).
const PLAIN = new RegExp(
  `(?:${SYLLABLE}(?<![아니])까|${SYLLABLE}냐|[있없되됐했봤갔왔났겠]나|[있없했됐였봤왔갔났겠맞싶]어|[같많괜찮좋]아|어때|[뭐거]야|${SYLLABLE}이야|${SYLLABLE}(?<!까)[써돼봐줘]|[있없같많적했됐였겠]음|${SYLLABLE}[됨줌씀])$`,
  "u",
);
const HANA_AFTER_MUST = /야$/u;
const BARE_VERB = /^[써돼봐줘함씀됨]$/u;
const HELPED = /(?:까|[어아워와해봐려져줘여게고])$/u;
// The copula of typed chat ("몇임", "글로벌임"), but not a noun in -임 (게임, 타임, 네임, 프레임, 모임, 책임).
const CHAT_COPULA = new RegExp(`^${SYLLABLE}+(?<![타네레게다라모책])임$`, "u");
// A verb after -어/-아 or -ㄹ까 carries on the same sentence: "나눠 보려고", "알려 줘", "들어 있어",
// "몰릴까 봐", "할까 싶어".
const CARRIES_ON = /^(?:보|봐|본|볼|봤|주|줘|준|줄|줬|있|놓|두|버리|내|싶)/u;
// "쓸까 말까 고민", "쓸까 고민 중", "할까 해요": a question weighed, not asked.
const WEIGHS_IT = /^(?:말까|고민|생각|하|해|합|했)/u;
const LAUGHTER = /^[ㅋㅎㅠㅜ]{2,}$/u;
const TRAILING_LAUGHTER = /[ㅋㅎㅠㅜ]{2,}$/u;

// Endings that state rather than ask (a plan, a report, a remark): "…할게요", "…했어요", "…네요",
// "…중인데요".
// An acknowledgement stays one too ("좋아요. 그럼 피크는요": understand.ts reads what follows it).
const STATES = new RegExp(
  `(?:[${FINAL_B}]니다|게요|께요|었어요|았어요|였어요|했어요|네요|군요|거든요|더라고요|더라구요|데요|[할볼쓸둘]게|했음|겠음|^(?:좋아요|알겠어요|감사해요|고마워요|잠깐만요))$`,
  "u",
);
// A sentence with a question word asks, whatever its last word: "몇 명 정도임 ㅋㅋ".
const ASKS = /몇|얼마|어떤|어떻|어느|어디|무슨|뭐|뭔|언제|누가|누구|[?？]/u;

/** Does this word end a sentence when another word follows it? */
function endsASentence(word: string, previous: string, next: string): boolean {
  if (POLITE.test(word)) return true;
  if (CHAT_COPULA.test(word)) return true;
  if (word === "하나") return HANA_AFTER_MUST.test(previous);
  // A verb of one syllable ends a sentence ("뭐 써", "돼?") unless it is the helping verb of the
  // word before it ("몰릴까 봐", "알려 줘", "해 봐").
  if (BARE_VERB.test(word)) return !HELPED.test(previous) && !CARRIES_ON.test(next);
  if (/까$/u.test(word) && WEIGHS_IT.test(next)) return false;
  return PLAIN.test(word) && !CARRIES_ON.test(next);
}

/** The message with "?" (or "." after a statement) where a Korean sentence ends unmarked before another. */
export function markKoreanSentenceEnds(text: string): string {
  if (!/[\uac00-\ud7a3]/u.test(text)) return text;
  // Words at even places, the spaces between them at odd ones.
  const tokens = text.split(/(\s+)/u);
  let sentence: string[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    sentence.push(tokens[i]);
    const next = tokens[i + 2];
    if (next === undefined || !/^[\p{L}\p{N}]/u.test(next) || LAUGHTER.test(next)) continue;
    // Laughter ends the sentence its last word ends ("필요해요 ㅋㅋ" asks); after any other word
    // ("정도임ㅋㅋ", "얼마 ㅋㅋ") the sentence asks when it has a question word.
    const words = sentence.map((w) => w.replace(TRAILING_LAUGHTER, "")).filter(Boolean);
    const laughed = TRAILING_LAUGHTER.test(tokens[i]);
    if (words.length === 0) continue;
    const last = words.at(-1) ?? "";
    const ended = last !== "" && /[\uac00-\ud7a3]$/u.test(last) && endsASentence(last, words.at(-2) ?? "", next);
    if (!ended && !laughed) continue;
    const polite = POLITE.test(last);
    const asks = polite ? !STATES.test(last) : ASKS.test(sentence.join(" ")) || (ended && !STATES.test(last));
    tokens[i] += asks ? "?" : ".";
    sentence = [];
  }
  return tokens.join("");
}
