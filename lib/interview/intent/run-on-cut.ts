// The cut the reading decides, shared by the English and Korean rules for two questions typed
// together without a mark (english-sentences.ts `splitRunOnByReading`, korean-sentences.ts
// `splitKoreanRunOnByReading`): each language chooses where a question may open, this chooses among
// those places by reading both sides.

/** How the caller reads one side of a cut alone: its topic (null when unsure) and how sure. */
export type SideReading = (part: string, first: boolean) => { topic: string | null; score: number };

/**
 * How sure each side of a cut must be, read alone: both at `weaker` (the caller's SideReading gives
 * a topic only from there), one of them at `surer`. A side is a clause's fragment and reads less
 * sure than a question: at 0.9 for both, "how many messages does each user send per day | are
 * attachments allowed" (0.86 and 0.99) and "게임 동접 몇명 | 유저 어느리전에 있어" stayed one question
 * with one answer. Three training seeds on every eval file (2026-12-06): 0.85 / 0.95 found six
 * questions' second topic and lost none, and cut none of the 400 single questions typed fast
 * (natural-questions.test.ts); 0.8 / 0.97 cut single questions ("데이터가 어디서나 | 바로 최신이어야
 * 돼?", "if the short link is deleted | what should people who click it see").
 */
export const RUN_ON_SIDES = { weaker: 0.85, surer: 0.95 };

/**
 * `tokens` is the message split at its spaces (words at even places); a candidate `w` cuts before
 * word `w`. The message with "?" put at the candidate whose two sides read different topics, one of
 * them at RUN_ON_SIDES.surer, the one with the surer weaker side (the first of equals); as written
 * when none does.
 */
export function cutWhereBothSidesRead(tokens: readonly string[], candidates: readonly number[], topicOf: SideReading): string {
  let best: { w: number; score: number } | null = null;
  for (const w of candidates) {
    const left = topicOf(tokens.slice(0, 2 * w - 1).join(""), true);
    if (left.topic === null) continue;
    const right = topicOf(tokens.slice(2 * w).join(""), false);
    if (right.topic === null || right.topic === left.topic) continue;
    if (Math.max(left.score, right.score) < RUN_ON_SIDES.surer) continue;
    const score = Math.min(left.score, right.score);
    if (best === null || score > best.score) best = { w, score };
  }
  if (best === null) return tokens.join("");
  const cut = [...tokens];
  cut[2 * best.w - 2] += "?";
  return cut.join("");
}
