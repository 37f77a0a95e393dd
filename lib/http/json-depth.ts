/**
 * The deepest nesting of arrays and objects in a JSON text, found in one pass without parsing.
 *
 * JSON.parse itself copes with deep nesting, but everything after it — zod, the event fold,
 * Prisma's JSON serialisation — recurses, and a document nested a few thousand levels deep
 * overflows the stack there (a 500). Checking the text first lets the route answer 400 "nested
 * too deep" before anything recursive runs. Brackets inside strings do not count.
 */
export const MAX_JSON_DEPTH = 64;

export function jsonDepthExceeds(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}
