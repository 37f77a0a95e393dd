import { matchQuestion, type MatchFact, type MatchResult } from "./matcher.ts";
import { companyAskedAsOurs } from "./intent/requests.ts";
import type { Interviewer } from "./intent/understand.ts";
import { hasHangul, plainText } from "./text-normalize.ts";

// The products a prompt is modelled on ("Design a chat application like WhatsApp or Facebook
// Messenger"). Asked about one of them ("How many users does WhatsApp have?"), a candidate is
// asking how big the thing to design is: an interviewer would not leave them to guess WhatsApp's
// figures ("that's general knowledge") but say that ours is our own and give its numbers. For a
// product the prompt does not name, the question stays general knowledge (requests.ts).

/** "like" or "similar to", then what the design is like, up to a full stop, colon, semicolon or parenthesis. */
const LIKE_PHRASE = /\b(?:like|similar to)\s+((?:[^.;:()!?]|\.(?=\S))+)/giu;
// "Google Drive-style", "YouTube-like": a name written before the suffix.
const STYLE_SUFFIX = /(?<![\w.*])((?:\*\*)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}(?:\*\*)?)-(?:style|like)\b/gu;
/**
 * A product's name: a bold span of one or two words, or a run of words each written as a name:
 * capitalised ("Facebook Messenger"), a domain ("bit.ly") or in camel case ("eBay", "iCloud").
 */
const NAME_WORD = "(?:[A-Z][\\w.]*|[a-z][\\w]*\\.[a-z]{2,}|[a-z]+[A-Z][\\w]*)";
const NAME = new RegExp(`\\*\\*([^*\\s]+(?:\\s[^*\\s]+)?)\\*\\*|(?<![\\w.])(${NAME_WORD}(?:\\s+${NAME_WORD})*)`, "gu");
// Words that open a sentence or a phrase rather than name a product ("A Google Drive-style …").
const NOT_A_NAME = new Set(["a", "an", "the", "i", "it", "this", "that", "our", "we", "design", "build", "think"]);
/**
 * Where the list of what the design is like ends: a comma or dash not followed by another name,
 * or a word that goes on to say something else ("like WhatsApp, where users …", "like Uber for
 * the city of Seoul").
 */
const LIST_END = /\s*[—–]|\s*,(?!\s*(?:or\s+|and\s+)?(?:the\s+)?(?:\*\*|[A-Z]|[a-z][\w]*\.[a-z]{2,}))|\s+-\s+|\s(?:where|which|that|who|with|without|for|to|from|in|on|at|but|so|except|only|plus|minus|whose)\s/u;

/**
 * Other spellings a question may use for a product the literature models prompts on: a short
 * name ("Dynamo"), a domain typed without its dot ("bitly") and the Hangul spelling ("유튜브"), so
 * "유튜브 사용자는 몇 명이에요?" reads as one in Latin letters. Hangul only for names that are no
 * Korean word of their own (메신저, "messenger", is).
 */
const OTHER_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  youtube: ["유튜브"],
  whatsapp: ["왓츠앱", "왓츠 앱", "왓츠업"],
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
  "amazon dynamo": ["Dynamo", "다이나모"],
  cassandra: ["카산드라"],
  "bit.ly": ["bitly", "비틀리"],
  tinyurl: ["tiny url", "타이니url", "타이니 url"],
};

/** The products the opening paragraph of the prompt's texts (statement, summary) names as what the design is like, in the order first named. */
export function modelProducts(texts: readonly (string | undefined)[]): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    const words = name.replace(/\*\*/g, "").trim().split(/\s+/);
    while (words.length > 0 && NOT_A_NAME.has(words[0].toLowerCase())) words.shift();
    const clean = words.join(" ");
    if (clean.length >= 2 && clean.length <= 40 && !names.some((n) => n.toLowerCase() === clean.toLowerCase())) names.push(clean);
  };
  for (const raw of texts) {
    if (typeof raw !== "string") continue;
    // The opening paragraph says what to design ("Design a … like …"); a "like" further on is
    // more often a verb or an example of a feature ("users like posts", "features like search").
    const text = raw.trim().split(/\n\s*\n/u)[0].replace(/\s+/g, " ");
    for (const like of text.matchAll(LIKE_PHRASE)) {
      const list = like[1].split(LIST_END)[0];
      for (const name of list.matchAll(NAME)) add(name[1] ?? name[2]);
    }
    for (const styled of text.matchAll(STYLE_SUFFIX)) add(styled[1]);
  }
  return names;
}

// Names spelt with a capital inside, for a name typed in lower case ("tiktok" → "TikTok").
const SPELT: Readonly<Record<string, string>> = {
  tiktok: "TikTok", youtube: "YouTube", paypal: "PayPal", linkedin: "LinkedIn", github: "GitHub", openai: "OpenAI",
  chatgpt: "ChatGPT", doordash: "DoorDash", whatsapp: "WhatsApp", ebay: "eBay", wechat: "WeChat", tripadvisor: "TripAdvisor",
  bytedance: "ByteDance", stackoverflow: "StackOverflow", kakaotalk: "KakaoTalk", tinyurl: "TinyURL",
};
/** A company's name typed in lower case ("ticketmaster") as it is spelt; Hangul and other spellings as typed. */
const asWritten = (name: string) => SPELT[name.toLowerCase()] ?? (/^[a-z]+$/u.test(name) ? name[0].toUpperCase() + name.slice(1) : name);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The ways a question may write a product's name: as written (any case, any spacing) and its other spellings. */
function spellings(product: string): string[] {
  return [product, ...(OTHER_SPELLINGS[product.toLowerCase()] ?? [])];
}

// What may follow a Hangul name: nothing, a space or a mark, or a particle ("유튜브는", "유튜브처럼").
const KOREAN_PARTICLE = "(?:은|는|이|가|을|를|의|에서|에게|에는|에|도|만|처럼|같은|같이|랑|이랑|하고|과|와|으로|로|보다|까지)";
// Another product of the same name ("Facebook Messenger" on a prompt like Facebook, "YouTube
// Music", "페이스북 메신저"): a capitalised word after the name (not an acronym: "YouTube DAU"), or
// after a space a Hangul word that names an edition or a sister product.
const ANOTHER_PRODUCT_AFTER = new RegExp(`^\\s+(?:[A-Z][a-z]|(?:메신저|뮤직|쇼츠|마켓플레이스|마켓|라이트|키즈|프리미엄|스튜디오|비즈니스|워크플레이스|웹|라이브|게이밍|포토|스토리)(?=$|[^\\uac00-\\ud7a3]|${KOREAN_PARTICLE}))`, "u");

/**
 * The question with the first model product it names read as our own service ("How many users
 * does WhatsApp have?" → "How many users does our service have?"), and that product; null when it
 * names none. A longer name is looked for first ("Facebook Messenger" before "Facebook"), and a
 * name that is part of another product's ("YouTube Music") or of a link ("bit.ly/abc") is none.
 */
export function readAsOurs(question: string, products: readonly string[]): { question: string; product: string } | null {
  const ordered = [...products].sort((a, b) => b.length - a.length);
  for (const product of ordered) {
    for (const spelling of spellings(product)) {
      const hangul = hasHangul(spelling);
      const body = spelling.split(/\s+/).map(escape).join("\\s*");
      const pattern = new RegExp(
        hangul
          ? `(?<![\\uac00-\\ud7a3])${body}(?=$|[^\\uac00-\\ud7a3]|${KOREAN_PARTICLE})`
          : `(?<![\\p{L}\\p{N}/.])${body}(?:'s|’s)?(?![A-Za-z0-9/]|\\.[A-Za-z])`,
        "iu",
      );
      const found = pattern.exec(question);
      if (!found) continue;
      const rest = question.slice(found.index + found[0].length);
      if (ANOTHER_PRODUCT_AFTER.test(rest)) return null;
      const korean = hangul || hasHangul(question);
      const ours = korean ? "우리 서비스" : /(?:'s|’s)$/u.test(found[0]) ? "our service's" : "our service";
      // 서비스 ends in a vowel: "WhatsApp은" reads "우리 서비스는".
      const after = korean ? rest.replace(/^(은|이|을|과)(?![\uac00-\ud7a3])/u, (p) => ({ 은: "는", 이: "가", 을: "를", 과: "와" })[p] ?? p) : rest;
      return { question: question.slice(0, found.index) + ours + after, product };
    }
  }
  return null;
}

/**
 * What the product did, how it is built or how the company does business is its story, not our
 * requirement, and stays general knowledge: "How did YouTube scale their MySQL?", "Why did
 * WhatsApp use Erlang?", "What database does WhatsApp use?", "How does WhatsApp store messages?",
 * "How much does YouTube pay creators?", "Is Facebook still popular with teenagers?", "유튜브는
 * 어떤 코덱을 쓰나요?", "유튜브는 처음에 어떻게 시작했어요?"; so is one asked "out of curiosity".
 */
const ITS_STORY_OR_BUSINESS = new RegExp(
  [
    "\\b(?:why|out of curiosity|did|was|were|had|used to|originally|back then|in (?:19|20)\\d\\d|pay|pays|paid|earn|earns|earned|revenue|profits?|valuation|employees|founded|founders?|acquired|acquisition|ceo|salar(?:y|ies)|stock|market share)\\b",
    "^\\s*how (?:does|do) (?!.*\\b(?:need|have to|must|required|allowed|supposed)\\b)",
    "\\b(?:does|do) [\\w.]+(?: \\w+)? use\\b|\\b(?:written in|built (?:with|on)|protocols?|codecs?|algorithms?|tech stack|popular|popularity|better than|worse than|vs\\.?|versus)\\b",
    "(?:했|었|았|였)(?:어요|나요|습니까|죠|니|어|던)|수익|매출|직원|인수|창업|연봉|주가|처음에|왜|인기",
    "어떻게\\s*(?:\\S+\\s+)?(?:저장|처리|만들|구현|동작|작동|돌아|운영|해결|관리|보여|정렬|추천)",
    "어떤\\s+\\S+?(?:을|를)?\\s*(?:쓰|써|사용)",
  ].join("|"),
  "iu",
);

/** What the interviewer says before our figures when the question asked about a model product. */
export function oursNotTheirs(product: string, language: "en" | "ko"): string {
  return language === "ko"
    ? `${product} 자체가 아니라 ${product} 같은 우리 서비스를 설계하는 거예요. 우리 서비스 기준으로는:`
    : `We're designing our own service like ${product}, not ${product} itself. For ours:`;
}

/** What the interviewer says before our figures when the question named another company as the thing to design. */
export function oursNotThatCompany(company: string, language: "en" | "ko"): string {
  return language === "ko"
    ? `${company} 자체가 아니라 우리 서비스를 설계하는 거예요. 우리 서비스 기준으로는:`
    : `We're designing our own service, not ${company} itself. For ours:`;
}

/** The same, shorter, before figures already given ("As I said, …"). */
export function oursAsSaid(product: string, language: "en" | "ko"): string {
  return language === "ko" ? `앞서 말씀드렸듯이, ${product} 자체가 아니라 우리 서비스 기준으로:` : `As I said, for ours rather than ${product} itself:`;
}

/** A reply with the lead before it, when there is one. */
export function afterLead(lead: string, reply: string): string {
  return lead ? `${lead} ${reply}` : reply;
}

/**
 * The match for a question, read as about our own service when it revealed nothing as asked and
 * names a model product (then `lead` says so before the answers and `product` names it; otherwise
 * they are empty and null).
 */
export function matchAsOurs(
  question: string,
  facts: readonly MatchFact[],
  products: readonly string[],
  interviewer?: Interviewer,
  asked: MatchResult = matchQuestion(question, facts, interviewer),
): { match: MatchResult; lead: string; product: string | null } {
  const asAsked = { match: asked, lead: "", product: null };
  if (asked.factIds.length > 0) {
    // Answered as asked, yet about a company set as the scene of the design ("For DoorDash, how many
    // people order daily?"): the figures are ours, and the interviewer says so, as for a model product.
    const named = companyAskedAsOurs(plainText(question));
    if (named === null) return asAsked;
    const model = products.find((product) => readAsOurs(named, [product]) !== null);
    const company = model ?? asWritten(named);
    return { match: asked, lead: model ? oursNotTheirs(model, asked.language) : oursNotThatCompany(company, asked.language), product: company };
  }
  const ours = ITS_STORY_OR_BUSINESS.test(question) ? null : readAsOurs(question, products);
  if (!ours) return asAsked;
  const match = matchQuestion(ours.question, facts, interviewer);
  return match.factIds.length > 0 ? { match, lead: oursNotTheirs(ours.product, match.language), product: ours.product } : asAsked;
}
