// The cut the reading decides, shared by the English and Korean rules for two questions typed
// together without a mark (english-sentences.ts `splitRunOnByReading`, korean-sentences.ts
// `splitKoreanRunOnByReading`): each language chooses where a question may open, this chooses among
// those places by reading both sides.

/** How the caller reads one side of a cut alone: its topic (null when unsure) and how sure. */
export type SideReading = (part: string, first: boolean) => { topic: string | null; score: number };

/**
 * `tokens` is the message split at its spaces (words at even places); a candidate `w` cuts before
 * word `w`. The message with "?" put at the candidate whose two sides read different topics, the
 * one with the surer weaker side (the first of equals); as written when none does.
 */
export function cutWhereBothSidesRead(tokens: readonly string[], candidates: readonly number[], topicOf: SideReading): string {
  let best: { w: number; score: number } | null = null;
  for (const w of candidates) {
    const left = topicOf(tokens.slice(0, 2 * w - 1).join(""), true);
    if (left.topic === null) continue;
    const right = topicOf(tokens.slice(2 * w).join(""), false);
    if (right.topic === null || right.topic === left.topic) continue;
    const score = Math.min(left.score, right.score);
    if (best === null || score > best.score) best = { w, score };
  }
  if (best === null) return tokens.join("");
  const cut = [...tokens];
  cut[2 * best.w - 2] += "?";
  return cut.join("");
}
