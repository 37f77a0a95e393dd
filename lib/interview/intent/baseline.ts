// The current system as the baseline of the new one: "What's the uptime of the current parcel
// tracking system, and what target should the new one hit?", "지금 시스템 p99 레이턴시가 몇 ms 나오고
// 있어요? 그거보다 개선하는 게 목표인지 궁금해요". The question reads as the measure it names (the
// availability, the latency), and it asks how the system runs today as well: the people who wrote
// the test files label every such question with the current setup too, and the corpus labels 200
// questions that name the current system beside another topic with both. Only when the message
// sets today's system against the new one or a target; a figure of today's system alone ("What's
// the daily request volume on the existing permit portal?") is that figure.

// Today's system by name: "the current / existing / legacy / old … system", "지금 돌아가는 시스템",
// "기존 DB". Not what is current now ("the current location service" serves up-to-date positions),
// nor in Korean the system being designed or just mentioned ("지금 설계하는 시스템", "지금 말씀하신
// 시스템", "지금 이 시스템"): 지금 alone is "now"; with what runs (돌아가는, 쓰는, 운영 중인) it is today's.
const CURRENT_SYSTEM = new RegExp(
  [
    "\\b(?:current|existing|legacy|old|today's)\\s+(?!(?:location|position|status|state|time|price|balance|score|count|weather|user|session|page|version of the new)\\b)(?:[\\w-]+\\s+){0,2}?(?:system|stack|setup|infra(?:structure)?|architecture|platform|app|service|db|database|backend|portal|site|tool|solution)s?\\b",
    "기존\\s*(?:[가-힣A-Za-z]+\\s+){0,2}?(?:시스템|스택|인프라|아키텍처|DB|디비|데이터베이스|백엔드|서비스|앱)",
    "(?:지금|현재)\\s*(?:[가-힣A-Za-z]+\\s+){0,2}?(?:돌아가는|쓰는|쓰고\\s*있는|사용\\s*중인|운영\\s*중인|운영하는)\\s*(?:[가-힣A-Za-z]+\\s+){0,1}?(?:시스템|스택|인프라|아키텍처|DB|디비|데이터베이스|백엔드|서비스|앱)",
    "현재\\s*(?:시스템|스택|인프라|아키텍처|DB|디비|데이터베이스|백엔드)",
  ].join("|"),
  "iu",
);

// …set against the new one or what it must reach: a target, a goal, to beat or improve on it, to
// replace or migrate it.
const AGAINST_THE_NEW =
  /\b(?:targets?|goals?|beat|improve|replac(?:e|es|ing)|migrat(?:e|es|ing|ion)|the new (?:one|system|design|version)|new one)\b|목표|개선|대체|마이그레이션|이전해|옮겨|앞으로/iu;

// …or "지금 시스템" with what it does now, in the progressive ("지금 시스템 p99가 몇 ms 나오고 있어요?").
const NOW_SYSTEM_KO = /(?:지금|현재)\s*(?:시스템|서비스|앱)(?:은|는|이|가|의)?\s/u;
const GOING_ON_NOW_KO = /고\s*있(?:어요|나요|습니까|는데|죠|어|는지)/u;

/** Whether the message asks today's system's figure as the baseline of the new one (above). */
export function asksTheBaseline(message: string): boolean {
  const today = CURRENT_SYSTEM.test(message) || (NOW_SYSTEM_KO.test(message) && GOING_ON_NOW_KO.test(message));
  return today && AGAINST_THE_NEW.test(message);
}
