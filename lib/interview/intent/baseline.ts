// The current system as the baseline of the new one: "What's the uptime of the current parcel
// tracking system, and what target should the new one hit?", "지금 시스템 p99 레이턴시가 몇 ms 나오고
// 있어요? 그거보다 개선하는 게 목표인지 궁금해요". The question reads as the measure it names (the
// availability, the latency), and it asks how the system runs today as well: the people who wrote
// the test files label every such question with the current setup too, and the corpus labels 200
// questions that name the current system beside another topic with both. Only when the message
// sets today's system against the new one or a target; a figure of today's system alone ("What's
// the daily request volume on the existing permit portal?") is that figure.

// Today's system by name: "the current / existing / legacy … system", "지금 돌아가는 시스템", "기존 DB".
const CURRENT_SYSTEM =
  /\b(?:current|existing|legacy|today's)\s+(?:[\w-]+\s+){0,2}?(?:system|stack|setup|infra(?:structure)?|architecture|platform|app|service|db|database|backend|portal|site|tool|solution)s?\b|(?:지금|현재|기존)\s*(?:[가-힣A-Za-z]+\s+){0,2}?(?:돌아가는\s*)?(?:시스템|스택|인프라|아키텍처|DB|디비|데이터베이스|백엔드)/iu;

// …set against the new one or what it must reach: a target, a goal, to beat or improve on it, to
// replace or migrate it.
const AGAINST_THE_NEW =
  /\b(?:targets?|goals?|beat|improve|replac(?:e|es|ing)|migrat(?:e|es|ing|ion)|the new (?:one|system|design|version)|new one)\b|목표|개선|대체|마이그레이션|이전해|옮겨|앞으로/iu;

/** Whether the message asks today's system's figure as the baseline of the new one (above). */
export function asksTheBaseline(message: string): boolean {
  return CURRENT_SYSTEM.test(message) && AGAINST_THE_NEW.test(message);
}
