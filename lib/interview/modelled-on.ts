import { matchQuestion, type MatchFact, type MatchResult } from "./matcher.ts";
import type { Interviewer } from "./intent/understand.ts";

// The products a prompt is modelled on ("Design a chat application like WhatsApp or Facebook
// Messenger"). Asked about one of them ("How many users does WhatsApp have?"), a candidate is
// asking how big the thing to design is: an interviewer would not leave them to guess WhatsApp's
// figures ("that's general knowledge") but say that ours is our own and give its numbers. For a
// product the prompt does not name, the question stays general knowledge (requests.ts).

/** Up to the end of the phrase that names what the design is like: a full stop, colon, semicolon or parenthesis. */
const LIKE_PHRASE = /\blike\s+((?:[^.;:()!?]|\.(?=\S))+)/giu;
// "Google Drive-style", "YouTube-like": a name written before the suffix.
const STYLE_SUFFIX = /((?:\*\*)?(?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*)*(?:\*\*)?)-(?:style|like)\b/gu;
/** A bold span, or a run of capitalised words (a product's name: "Facebook Messenger", "YouTube"). */
const NAME = /\*\*([^*]+)\*\*|\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)/gu;
// Capitalised words that start a clause rather than name a product.
const NOT_A_NAME = new Set(["A", "An", "The", "I", "It", "This", "That", "Our", "We", "Design"]);

/**
 * The Hangul spellings of products the system design literature models prompts on, so a Korean
 * question that writes the name in Hangul ("유튜브 사용자는 몇 명이에요?") is read as one in Latin
 * letters. Only names that are no Korean word of their own (메신저, "messenger", is).
 */
const HANGUL_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  youtube: ["유튜브"],
  whatsapp: ["왓츠앱", "왓츠 앱", "왓츠업", "왓샵"],
  facebook: ["페이스북", "페북"],
  "facebook messenger": ["페이스북 메신저", "페북 메신저"],
  instagram: ["인스타그램", "인스타"],
  twitter: ["트위터"],
  dropbox: ["드롭박스"],
  "google drive": ["구글 드라이브"],
  netflix: ["넷플릭스"],
  slack: ["슬랙"],
  discord: ["디스코드"],
  tiktok: ["틱톡"],
  uber: ["우버"],
  "bit.ly": ["비틀리"],
  tinyurl: ["타이니url", "타이니 url"],
};

/** The products the opening paragraph of the prompt's texts (statement, summary) names as what the design is like, in the order first named. */
export function modelProducts(texts: readonly (string | undefined)[]): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    const clean = name.replace(/\*\*/g, "").trim();
    if (clean.length >= 2 && !NOT_A_NAME.has(clean) && !names.some((n) => n.toLowerCase() === clean.toLowerCase())) names.push(clean);
  };
  for (const raw of texts) {
    if (typeof raw !== "string") continue;
    // The opening paragraph says what to design ("Design a … like …"); a "like" further on is
    // more often a verb or an example of a feature ("users like posts", "features like search").
    const text = raw.trim().split(/\n\s*\n/u)[0].replace(/\s+/g, " ");
    for (const like of text.matchAll(LIKE_PHRASE)) {
      for (const name of like[1].matchAll(NAME)) add(name[1] ?? name[2]);
    }
    for (const styled of text.matchAll(STYLE_SUFFIX)) add(styled[1]);
  }
  return names;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The ways a question may write a product's name: as written (any case, any spacing) and in Hangul. */
function spellings(product: string): string[] {
  return [product, ...(HANGUL_SPELLINGS[product.toLowerCase()] ?? [])];
}

/**
 * The question with the first model product it names read as our own service ("How many users
 * does WhatsApp have?" → "How many users does our service have?"), and that product; null when it
 * names none. A longer name is looked for first ("Facebook Messenger" before "Facebook").
 */
export function readAsOurs(question: string, products: readonly string[]): { question: string; product: string } | null {
  const ordered = [...products].sort((a, b) => b.length - a.length);
  for (const product of ordered) {
    for (const spelling of spellings(product)) {
      const hangul = /[\uac00-\ud7a3]/u.test(spelling);
      const body = spelling.split(/\s+/).map(escape).join("\\s*");
      // Latin letters on neither side ("YouTube는" keeps its particle); a Hangul spelling is not
      // part of a longer Hangul word before it.
      const pattern = new RegExp(hangul ? `(?<![\\uac00-\\ud7a3])${body}` : `(?<![\\p{L}\\p{N}])${body}(?:'s|’s)?(?![A-Za-z0-9])`, "iu");
      const found = pattern.exec(question);
      if (!found) continue;
      const ours = hangul || /[\uac00-\ud7a3]/u.test(question) ? "우리 서비스" : /(?:'s|’s)$/u.test(found[0]) ? "our service's" : "our service";
      return { question: question.slice(0, found.index) + ours + question.slice(found.index + found[0].length), product };
    }
  }
  return null;
}

/**
 * What the product did or how the company does business is its story, not our requirement, and
 * stays general knowledge: "How did YouTube scale their MySQL?", "Why did WhatsApp use Erlang?",
 * "How much does YouTube pay creators?", "유튜브는 처음에 어떻게 시작했어요?"; so is a question about
 * "their" systems or asked "out of curiosity" ("how does YouTube decide which CDN edge serves a
 * viewer? I've read about their cache boxes…").
 */
const ITS_STORY_OR_BUSINESS =
  /\b(?:their|out of curiosity|did|was|were|had|used to|originally|back then|in (?:19|20)\d\d|pay|pays|paid|earn|earns|earned|revenue|profits?|valuation|employees|founded|founders?|acquired|acquisition|ceo|salar(?:y|ies)|stock|market share)\b|(?:했|었|았|였)(?:어요|나요|습니까|죠|니|어|던)|수익|매출|직원|인수|창업|연봉|주가|처음에/iu;

/** What the interviewer says before our figures when the question asked about a model product. */
export function oursNotTheirs(product: string, language: "en" | "ko"): string {
  return language === "ko"
    ? `${product} 자체가 아니라 ${product} 같은 우리 서비스를 설계하는 거예요. 우리 서비스 기준으로는:`
    : `We're designing our own service like ${product}, not ${product} itself. For ours:`;
}

/**
 * The match for a question, read as about our own service when it revealed nothing as asked and
 * names a model product (then `lead` says so before the answers; otherwise it is empty).
 */
export function matchAsOurs(
  question: string,
  facts: readonly MatchFact[],
  products: readonly string[],
  interviewer?: Interviewer,
  asked: MatchResult = matchQuestion(question, facts, interviewer),
): { match: MatchResult; lead: string } {
  if (asked.factIds.length > 0) return { match: asked, lead: "" };
  const ours = ITS_STORY_OR_BUSINESS.test(question) ? null : readAsOurs(question, products);
  if (!ours) return { match: asked, lead: "" };
  const match = matchQuestion(ours.question, facts, interviewer);
  return match.factIds.length > 0 ? { match, lead: oursNotTheirs(ours.product, match.language) } : { match: asked, lead: "" };
}
