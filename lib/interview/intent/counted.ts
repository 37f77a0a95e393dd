import type { Families } from "./families.ts";

// What does a load question count? The load topics (users, traffic, read-write-mix) are one
// family (families.ts): the model is often sure a question is about load but not which reading,
// and "per day" pulls "Users per day?" towards the per-user rates of read-write-mix. The thing
// being counted decides it, whatever the time unit:
//   people ("how many users / shoppers / 몇 명")          -> users
//   requests ("QPS", "requests", "API calls", "요청")     -> traffic (the total load)
//   a rate per person ("per user", "each user", "인당")   -> read-write-mix
// Only what the question counts decides, not every word it mentions: "How many documents do
// users save per day?" mentions users but counts documents, and stays with the model, as does a
// question that counts both people and requests. Only a reading inside the model's own family
// is chosen, so this never turns a question into another kind of question.

const PEOPLE_EN = "(?:unique |daily |monthly |weekly |active |registered |concurrent |logged-in )*(?:users?|people|ppl|persons?|visitors?|shoppers?|customers?|viewers?|riders?|drivers?|players?|members?|subscribers?|accounts?)";
// Counting people: "how many (daily) users", "number of visitors", "users per day", "DAU", "몇 명", "사용자 수".
const COUNTS_PEOPLE = new RegExp(
  `\\bhow many ${PEOPLE_EN}\\b|\\b(?:number|count|amount) of ${PEOPLE_EN}\\b|\\b${PEOPLE_EN} (?:per|a|each|every) (?:day|week|month)\\b|\\b(?:user|visitor|customer|subscriber) (?:count|numbers?|base)\\b|\\baudience size\\b|\\b(?:dau|mau|daily actives|monthly actives)\\b|몇\\s*명|[0-9만천백억]\\s*명|(?:사용자|유저|이용자|방문자|가입자|회원|고객|시청자)\\s*(?:수|규모)|dau|mau`,
  "iu",
);
// Counting requests: "how many requests", "QPS", "API calls a day", "초당 요청", "요청 수".
const COUNTS_REQUESTS =
  /\bhow many (?:api )?(?:requests?|calls|queries|hits)\b|\b(?:number|count|volume) of (?:api )?(?:requests?|calls|queries)\b|\b(?:requests?|calls|queries) (?:per|a|each) (?:second|minute|day)\b|\b(?:qps|rps|req\/s|throughput)\b|요청\s*(?:수|량|이\s*(?:몇|얼마))|초당\s*(?:요청|호출)|호출\s*(?:수|량)|처리량|qps|rps/iu;
// A rate per person: "per user", "each user", "a typical user", "사용자당", "인당", "한 사람이".
const PER_PERSON =
  /\b(?:per|each|every|a typical|the average|an average|one) (?:user|person|member|customer|visitor|viewer|subscriber|shopper|player)\b|(?:사용자|유저|이용자|회원|고객|사람)\s*(?:당|마다)|(?<![\uac00-\ud7a3])한\s*(?:사람|명|사용자|유저|회원)(?:이|가|당|은|는)|1인당|인당/iu;

/** The counted kind's topic for a load question, or null when the question names none or several. */
export function countedTopic(question: string): string | null {
  if (PER_PERSON.test(question)) return "read-write-mix";
  const people = COUNTS_PEOPLE.test(question);
  const requests = COUNTS_REQUESTS.test(question);
  if (people && !requests) return "users";
  if (requests && !people) return "traffic";
  return null;
}

/** The model's reading, or the sibling the counted thing names when it is in the same family. */
export function readingByCount(question: string, topic: string, families: Families): string {
  const counted = countedTopic(question);
  if (counted === null || counted === topic || !families.has(counted)) return topic;
  return families.get(counted) === families.get(topic) ? counted : topic;
}

