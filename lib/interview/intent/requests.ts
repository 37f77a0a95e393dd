// Requests about the conversation itself rather than about the problem: "Can you repeat
// that?", "What do you mean by fan-out?" (and their Korean forms). They ask for no fact; the
// conversation (conversation.ts) answers them.

export const REPEAT_REQUEST =
  /\b(?:can|could|would) you (?:please )?(?:repeat|say (?:that|it) again|rephrase)|\brepeat (?:that|the question|please)|\bsay (?:that|it) again|^\s*(?:sorry|pardon)\s*\??\s*$|다시\s*(?:한\s*번\s*)?(?:말씀|말해|얘기|설명|한번)|다시요\??$|뭐라고\s*(?:하셨|요)/iu;

export const MEANING_REQUEST = /\bwhat do(?:es)? (?:you|it|that) mean(?: by)?\s*(.*)$|\bwhat is meant by\s*(.*)$|\bwhat does\s+(.+?)\s+mean\b/iu;
export const MEANING_REQUEST_KO = /(.+?)(?:이|가|은|는|란|이란)?\s*(?:무슨|어떤)\s*(?:뜻|의미)|(.+?)(?:이|가)?\s*무슨\s*말씀|무슨\s*(?:뜻|의미)/u;

export function isRepeatRequest(text: string): boolean {
  return REPEAT_REQUEST.test(text);
}

export function isClarificationRequest(text: string): boolean {
  return REPEAT_REQUEST.test(text) || MEANING_REQUEST.test(text) || MEANING_REQUEST_KO.test(text);
}
