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
