import { hasHangul } from "../text-normalize.ts";
import { cutWhereBothSidesRead, type SideReading } from "./run-on-cut.ts";
import { contentTerms } from "./features.ts";

// Korean chat leaves out the marks between sentences: "출근 기록 하루에 몇 건이나 쌓여요 피크는 9시
// 직전이겠죠", "청취자 몇 명 정도임 ㅋㅋ 1년 뒤엔 몇 배 될 거 같아요", "지금 뭐 써 트래픽은". A
// sentence-final ending ends a sentence wherever it stands, and so does a run of laughter, so the
// mark the writer left out is put back: the rules after the model split questions at marks
// (clauses.ts, sentences.ts), and a message written so read as one sentence about its first topic.

const SYLLABLE = "[\\uac00-\\ud7a3]";
// The formal endings -ㅂ니까 / -ㅂ니다 sit on any syllable whose final consonant is ㅂ (씁니까, 옵니다).
const FINAL_B = Array.from({ length: 11172 / 28 }, (_, i) => String.fromCodePoint(0xac00 + i * 28 + 17)).join("");

// Polite endings: any syllable before 요 but the nouns that end in it (필요 need, 중요 importance,
// 주요, 수요 demand, 소요 time taken, 개요, 강요, 동요, 요요, the app 요기요; -면요 joins a condition to what follows); -죠; -ㅂ니까 / -ㅂ니다.
const POLITE = new RegExp(`(?:${SYLLABLE}(?<![필중주수소개강동요기면])요|${SYLLABLE}죠|[${FINAL_B}]니[까다])$`, "u");
// Plain (반말) endings, each a closed list so that nouns stay whole: questions in -까 (not 아까, a
// while ago, nor the connective -니까, because), -냐, -나 on a verb (있나, 되나; 하나 only after
// -야, "해야 하나", as it is also "one"); -어/-아 on a verb ("뭐 써", "돼?", "있어", "같아"; loanwords
// end in 어 too: 레이어, 플레이어, 스토어); and the noun-like -ㅁ of typed chat ("몇 명임", "어떻게
// 함", "있음", "봐줌": 게임, 다음, 처음, 포함, 보관함 and other nouns in -ㅁ are no ending, so 함 only
// as a word of its own); -야 after a question noun ("얼마야", "정도야"); -해 on a 하다 verb ("필요해",
// not 이해, 올해, 피해).
const PLAIN = new RegExp(
  `(?:${SYLLABLE}(?<![아니])까|${SYLLABLE}냐|[있없되됐했봤갔왔났겠]나|[있없했됐였봤왔갔났겠맞싶]어|[같많괜찮좋]아|어때|(?:[뭐거]|얼마|정도|어디|언제|누구)야|${SYLLABLE}이야|${SYLLABLE}(?<![이올피매손방])해|(?:필요|가능|중요|충분|부족)함|걸려|쌓여|들어와|나와|몰려|${SYLLABLE}(?<!까)[써돼봐줘]|[있없같많적했됐였겠]음|${SYLLABLE}[됨줌씀])$`,
  "u",
);
const HANA_AFTER_MUST = /야$/u;
const BARE_VERB = /^[써돼봐줘함씀됨]$/u;
const HELPED = /(?:까|[어아워와해봐려져줘여게고])$/u;
const THIS_WAY = /^(?:어떻게|이렇게|그렇게|저렇게)$/u;
// The copula of typed chat ("몇임", "글로벌임", "100만임"), but not a noun in -임 (게임, 타임, 네임, 프레임,
// 모임, 책임, 위임, 담임).
const CHAT_COPULA = new RegExp(`^[\\p{L}\\p{N}]+(?<![타네레게다라모책위담])임$`, "u");
// A helping verb after -어/-아 or -ㄹ까 carries on the same sentence: "나눠 보려고", "알려 줘", "들어
// 있어", "몰릴까 봐", "할까 싶어", "보고 싶어 하는", "써 왔는데", "많아 지면" (its forms, not any word
// in 보, 주, 내, 가 or 지: 보안, 보통, 주문, 내년, 가용성, 지역).
const CARRIES_ON = /^(?:보(?:[고면니나세여다자기는내]|려)|봐|본|볼|봤|봅|주(?:[고면세시어기는]|실)|줘|준|줄|줬|줍|있|놓|두(?:[고면세는])|둬|버리|버려|내(?:[고면세]|요)|싶|가지고|하(?:는|고|다|면|지|기)|해$|해요|해서|했|오(?:[고는면다])|와서|왔|가(?:[고는다]|며|면서)|갈|갔|지(?:[고는다니면])|져|졌)/u;
// "쓸까 말까 고민", "쓸까 고민 중", "할까 해요", "있나 궁금해요", "몰릴까 걱정돼요": a question
// weighed or wondered about, not asked.
const WEIGHS_IT = /^(?:말까|고민|생각|궁금|걱정|모르|몰라|확인|안$|없나|하(?:[고려는면]|기)|해(?:요|서요?|야|봐|보)?$|합니|했)/u;
// 좋아요 is also the Like button: "좋아요 수는", "좋아요 누르는".
const LIKE = /^(?:좋아요|싫어요)$/u;
const LIKE_AS_NOUN = /^(?:수|개수|버튼|기능|카운트|숫자|누|표시|랑|와|나|같은|처럼|이|가|를|은|는)/u;
// Openers and nouns that only look like endings: 근데요, 혹시요 (but, by any chance), 벌써 (already), 말씀, 케냐,
// the app 여기어때, 가요 (pop songs).
const NOT_ENDINGS = new Set(["근데요", "혹시요", "그래서요", "그리고요", "아니면요", "벌써", "말씀", "케냐", "여기어때", "가요"]);
const LAUGHTER = /^[ㅋㅎㅠㅜ]{2,}$/u;
const TRAILING_LAUGHTER = /[ㅋㅎㅠㅜ]{2,}$/u;
// What chat glues onto an ending: "몇 명이에요~", "있어요ㅎ", "돼요^^".
const GLUED = /(?:[~^]+|[ㅋㅎ])$/u;

// Endings that state rather than ask (a plan, a report, a guess, a remark): "…할게요", "…했어요",
// "…네요", "…중인데요", "…것 같아요", "…하려고요"; with a question word the sentence asks all the same
// ("작년 피크는 몇 배였어요").
const STATES = new RegExp(
  `(?:[${FINAL_B}]니다|게요|께요|었어요|았어요|였어요|했어요|네요|군요|거든요|더라고요|더라구요|데요|같아요|같아|싶어요|려고요|고요|서요|겠어요|됐어요|죄송해요|[할볼쓸둘]게|했음|겠음)$`,
  "u",
);
// A sentence of one acknowledgement states ("좋아요. 그럼 피크는요": understand.ts reads what follows it).
const ACKNOWLEDGES = /^(?:좋아요|좋아|알겠어요|알겠어|감사해요|고마워요|잠깐만요|잠시만요|죄송해요|맞아요|괜찮아요|오케이요|오케이)$/u;
// A sentence with a question word asks, whatever its last word: "몇 명 정도임 ㅋㅋ". Each is found within
// one word, so the sentence's words are read one by one.
const ASKS = /몇|얼마|어떤|어떻|어느|어디|무슨|뭐|뭔|언제|누가|누구|[?？]/u;

/** Does this word end a sentence when another word follows it? */
function endsASentence(word: string, previous: string, next: string): boolean {
  if (NOT_ENDINGS.has(word)) return false;
  if (LIKE.test(word) && LIKE_AS_NOUN.test(next)) return false;
  if (/[까나냐]$/u.test(word) && WEIGHS_IT.test(next)) return false;
  if (POLITE.test(word)) return true;
  if (CHAT_COPULA.test(word)) return true;
  if (word === "하나") return HANA_AFTER_MUST.test(previous);
  // A verb of one syllable ends a sentence ("뭐 써", "돼?") unless it is the helping verb of the
  // word before it ("몰릴까 봐", "알려 줘", "해 봐"; "어떻게 돼" asks).
  if (BARE_VERB.test(word)) return (THIS_WAY.test(previous) || !HELPED.test(previous)) && !CARRIES_ON.test(next);
  return PLAIN.test(word) && !CARRIES_ON.test(next);
}

// "웹이야 모바일이야?", "국내용인가요 해외용인가요?": one noun and its copula, then another of the same kind
// (the same concept of the thesaurus), offer the alternatives of one question (web or mobile?), not
// two questions of one word each. Nouns of two kinds ask two yes/no questions ("앱이에요 글로벌이에요?":
// is it an app? is it global?; an independent review, 2026-12-07).
const COPULA_ENDING = /(?:[이]?야|(?:이)?에요|예요|인가요|인가|이냐|냐|임)$/u;
const kindOf = (word: string): string | null => {
  if (!COPULA_ENDING.test(word) || ASKS.test(word)) return null;
  const concepts = [...new Set(contentTerms(word.replace(COPULA_ENDING, "")).concepts)];
  return concepts.length === 1 ? concepts[0] : null;
};
/** Whether `word`, a sentence's first word (after a comma too), and the `next` offer alternatives so. */
function offersAnAlternative(word: string, next: string): boolean {
  const following = next.replace(/[^\p{L}\p{N}]+$/u, "").replace(TRAILING_LAUGHTER, "").replace(GLUED, "");
  const kind = kindOf(word);
  return kind !== null && kind === kindOf(following);
}

/** The message with "?" (or "." after a statement) where a Korean sentence ends unmarked before another. */
export function markKoreanSentenceEnds(text: string): string {
  if (!hasHangul(text)) return text;
  // Words at even places, the spaces between them at odd ones.
  const tokens = text.split(/(\s+)/u);
  // The sentence so far: its words without laughter or glued marks, and whether one is a question word.
  let words: string[] = [];
  let hasQuestionWord = false;
  for (let i = 0; i < tokens.length; i += 2) {
    const word = tokens[i].replace(TRAILING_LAUGHTER, "").replace(GLUED, "");
    if (word) words.push(word);
    hasQuestionWord ||= ASKS.test(tokens[i]);
    const next = tokens[i + 2];
    if (next === undefined || !/^[\p{L}\p{N}]/u.test(next) || LAUGHTER.test(next) || words.length === 0) continue;
    // Laughter ends the sentence its last word ends ("필요해요 ㅋㅋ" asks); after any other word
    // ("정도임ㅋㅋ", "얼마 ㅋㅋ") the sentence asks when it has a question word.
    const laughed = TRAILING_LAUGHTER.test(tokens[i]);
    const last = words[words.length - 1];
    const ended = /[\uac00-\ud7a3]$/u.test(last) && endsASentence(last, words[words.length - 2] ?? "", next);
    if (!ended && (!laughed || WEIGHS_IT.test(next))) continue;
    const opensItsSentence = words.length === 1 || /[,，;]$/u.test(tokens[i - 2] ?? "");
    if (ended && !laughed && opensItsSentence && offersAnAlternative(last, next)) continue;
    const acknowledges = words.length === 1 && ACKNOWLEDGES.test(last);
    const asks = !acknowledges && (hasQuestionWord || (ended && !STATES.test(last)));
    tokens[i] += asks ? "?" : ".";
    words = [];
    hasQuestionWord = false;
  }
  return tokens.join("");
}

// Where the reading decides a cut in Korean (below): a question word alone ("얼마나", "몇", "어느")
// asks about the words after it; a word whose particle or ending ties it to the verb after it
// ("몇장씩 올리는지", "몇GB까지", "몇명인지 알려줘요") or that only contains a question word (언제나,
// 누구나) ends nothing; nor does the word before a verb that embeds the question ("…올리는지 알려주세요").
const BARE_QUESTION_WORD = /^(?:몇|몇몇|얼마|얼마나|어느|어떤|어떻게|무슨|뭐|뭘|뭔|언제|어디|누가|누구)$/u;
const EMBEDDED = "는지|은지|인지|할지|될지";
const TIED_TO_THE_NEXT = new RegExp(`(?:까지|씩|안에|이나|부터|쯤|에|로|으로|${EMBEDDED})$|^(?:언제나|누구나|얼마전|어디든|뭐든)`, "u");
const EMBEDDING_VERB = new RegExp(`^\\S*(?:${EMBEDDED})`, "u");
const MAX_KOREAN_WORDS = 24;

/**
 * Korean chat runs two questions together without an ending between them too: "게임 동접 몇명 유저
 * 어느리전에 있어", "정적리소스 비율 유저당 하루 페이지뷰". Where no ending shows the cut, the reading
 * decides, as for English (english-sentences.ts `splitRunOnByReading`): the message is cut after
 * a word that asks with what it asks about ("몇명", "몇KB", "얼마나보관") when each side reads, on its
 * own, as a question about a topic and the two topics differ; the cut with the surer weaker side
 * wins (run-on-cut.ts). A message with a mark inside it, or longer than two questions typed
 * together, is left as it is.
 */
export function splitKoreanRunOnByReading(text: string, topicOf: SideReading): string {
  if (!hasHangul(text) || /[?？.!;:,—–]\s*\S|\s-\s/u.test(text)) return text;
  const tokens = text.split(/(\s+)/u);
  const count = Math.ceil(tokens.length / 2);
  if (count > MAX_KOREAN_WORDS) return text;
  const candidates: number[] = [];
  for (let w = 2; w < count; w++) {
    const before = tokens[2 * w - 2];
    if (ASKS.test(before) && !BARE_QUESTION_WORD.test(before) && !TIED_TO_THE_NEXT.test(before) && !EMBEDDING_VERB.test(tokens[2 * w])) candidates.push(w);
  }
  return cutWhereBothSidesRead(tokens, candidates, topicOf);
}
