import { contentTerms } from "./features.ts";

// The product a question is about, as people name it: "the photo-sharing app", "the game's login
// API", "the city's parking-permit portal". One list of the kinds of product, for the rules that
// read a question's form (scope.ts: "Should the meetup organiser handle RSVPs?"), the scene a
// clause sets ("For the chat app, …") and a clause read without the product's name (below).
export const PRODUCT_KINDS =
  "(?:shop|app|application|service|system|product|platform|site|website|crawler|feed|chat|api|tool|shortener|client|backend|limiter|rate limiter|generator|store|bot|chatbot|player|search|notification service|board|registry|manager|builder|engine|tracker|hub|marketplace|auction|portal|dashboard|wallet|exchange|editor|judge|pipeline|messenger|sync)";

/** "the" and up to two words before a kind of product: the product as the subject of a question. */
export const NAMED_PRODUCT = `(?:the (?:[\\w-]+ ){0,2}${PRODUCT_KINDS})`;

// A word of a product's name: not a function word nor a quantity ("the rest of the site", "the
// load on the API", "the only client" name no product, they ask about it).
const NAME_WORD = "(?!(?:the|a|an|of|on|in|at|to|for|by|from|with|and|or|only|rest|same|most|whole|this|that|our|your|its|is|are|was|be)\\b)[\\w-]+(?:'s)?";
// "the photo app's feed", "the app's search API", "the lyrics search API": a part of the product
// is the product too.
const PRODUCT_NAME = new RegExp(`\\bthe (?:${NAME_WORD} ){1,3}?${PRODUCT_KINDS}(?: ${PRODUCT_KINDS})?(?:'s (?:${NAME_WORD} ){0,2}${PRODUCT_KINDS})?\\b`, "giu");
const KIND = new RegExp(`\\b${PRODUCT_KINDS}\\b`, "giu");
// A name that says the client ("the mobile app", "the Mac app", "the partner API") is the
// platform, and one that says what runs today ("the legacy system") the current setup: such a
// name is what the clause asks about.
const NAME_THAT_ASKS = new Set(["platform", "current"]);

/**
 * A clause with the product's name read as "it". In "How many users are on the photo-sharing app,
 * and are there celebrity accounts…?" the name's "photo" pulled the first clause to media, under
 * the clause bar, and "the game's login API" pulled "How much traffic does … get" to security:
 * the name says what the whole question is about, not what the clause asks.
 */
export function withoutProductName(part: string): string {
  return part.replace(PRODUCT_NAME, (name) => {
    const words = name.replace(/^the\s+/iu, "").replace(KIND, " ");
    return contentTerms(words).concepts.some((c) => NAME_THAT_ASKS.has(c)) ? name : "it";
  });
}

// Korean names the product first, without "the" or a particle: "사진 공유 앱 MAU와, …", "설문 툴
// 전체 QPS와 …", "웹툰 플랫폼 댓글이랑 별점 기능도 …" (one to three plain words, none ending in a
// particle, then a kind of product as a word of its own, with what the clause asks about after it).
// As English reads such a name as "it", Korean reads it as a plain "앱": dropped altogether, a short
// clause leans to "nothing" ("주식 알림 서비스 지금 어떤 메시지 큐 쓰세요" lost its current setup), and
// "플랫폼" alone pulls to the platform. Not a name with a figure or a word of a topic ("인증 서비스",
// "국내 서비스", "3년 보관 시스템": what is asked about), one that says the client or what runs today
// ("모바일 앱", "기존 결제 시스템"), a question word ("어떤 플랫폼"), what is supported ("지원 플랫폼"),
// nor a kind the clause asks about itself ("캐시 서비스 쓰고 있나요", "백업 시스템 있나요", "… 앱 알려주세요").
const KO_NAME_WORD = "[\\p{Script=Hangul}A-Za-z-]*[\\p{Script=Hangul}A-Za-z-](?<![이가을를은는에도와과랑의로])";
const KO_PRODUCT_NAME = new RegExp(
  `^\\s*(?:(?:이|그|우리|저희)\\s+)?((?:${KO_NAME_WORD}\\s+){0,2}${KO_NAME_WORD})\\s+(?:앱|어플|서비스|시스템|플랫폼|사이트|메신저|쇼핑몰|스토어|툴)(?:의|에서는?|에선|은|는)?\\s+(?=\\S)(?!알려|말해|말씀|궁금|설명|있|없|쓰|써|사용(?!자)|도입|따로|필요|맞|만들|구축|붙|운영|이에요|인가|인지)`,
  "u",
);
const KO_NAME_THAT_ASKS = /^(?:모바일|웹|ios|android|안드로이드|아이폰|아이패드|태블릿|워치|데스크톱|pc|기존|레거시|현재|지금|옛|구형|예전|어떤|어느|무슨|몇|뭔|무엇|얼마나|다른|지원|대상|타깃|타겟)$/iu;
const KO_PLAIN_PRODUCT = "앱 ";

/** A Korean clause with the product's name it opens with read as a plain "앱". */
export function withoutKoreanProductName(part: string): string {
  return part.replace(KO_PRODUCT_NAME, (whole, name: string) =>
    name.split(/\s+/u).some((word) => KO_NAME_THAT_ASKS.test(word)) || contentTerms(name).concepts.length > 0 ? whole : KO_PLAIN_PRODUCT,
  );
}
