import type { Families } from "./families.ts";

// What does a load question count? The load topics (users, traffic, read-write-mix) are one
// family (families.ts): the model is often sure a question is about load but not which reading,
// and "per day" pulls "Users per day?" towards the per-user rates of read-write-mix. The thing
// being counted decides it, whatever the time unit:
//   people ("how many users / shoppers / 몇 명")          -> users
//   requests ("QPS", "requests", "API calls", "요청")     -> traffic (the total load)
//   a rate per person ("per user", "each user", "인당")   -> read-write-mix
// Things people do ("posts", "uploads", "how many times", "몇 번") are counted too: with
// people they are the per-user rates, so they keep "How often do users post?" from *users*.
// A question that names more than one (people and the posts they make, requests and users)
// stays with the model's reading. Only a reading inside the model's own family is chosen, so
// this never turns a question into another kind of question.

const PER_PERSON =
  /\b(?:per|each|every|a|an|one|the average|an average|a typical)\s+(?:user|person|member|customer|account|visitor|viewer|subscriber|shopper|player|client)\b|(?:사용자|유저|이용자|회원|고객|사람|계정)\s*(?:당|마다|별로|한\s*명)|(?<![\uac00-\ud7a3])한\s*(?:사람|명|사용자|유저|회원)|1인당|인당/iu;
const PEOPLE =
  /\b(?:users?|people|ppl|persons?|visitors?|shoppers?|customers?|viewers?|riders?|drivers?|players?|members?|subscribers?|audience|dau|mau|daily actives?|monthly actives?|user ?base|sign-?ups?)\b|사용자|유저|이용자|회원|고객|방문자|가입자|시청자|몇\s*명|[0-9만천백]\s*명/iu;
const REQUESTS = /\b(?:requests?|reqs?|qps|rps|quer(?:y|ies)|api calls?|calls|hits|throughput|req\/s)\b|요청|호출|처리량|qps|rps/iu;
const ACTIONS =
  /\b(?:posts?|messages?|uploads?|downloads?|reads?|writes?|views?|clicks?|links?|urls?|photos?|pictures?|videos?|files?|searches|tweets?|comments?|likes?|orders?|redirects?|notifications?|edits?|events?|lookups?|keys?|times|how often)\b|몇\s*번|얼마나\s*자주|게시물|게시글|글을|글이|메시지|업로드|다운로드|읽기|쓰기|조회|클릭|링크|사진|동영상|파일|검색|댓글|좋아요|주문|알림|이벤트/iu;

/** The counted kind's topic for a load question, or null when the question names none or several. */
export function countedTopic(question: string): string | null {
  if (PER_PERSON.test(question)) return "read-write-mix";
  const people = PEOPLE.test(question);
  const requests = REQUESTS.test(question);
  const actions = ACTIONS.test(question);
  if (people && !requests && !actions) return "users";
  if (requests && !people && !actions) return "traffic";
  return null;
}

/** The model's reading, or the sibling the counted thing names when it is in the same family. */
export function readingByCount(question: string, topic: string, families: Families): string {
  const counted = countedTopic(question);
  if (counted === null || counted === topic || !families.has(counted)) return topic;
  return families.get(counted) === families.get(topic) ? counted : topic;
}

// A size is not a count: "How many times is a link clicked?" shares words with "How big is a
// link record?" but asks how many, not how big. A *payload* reading of a question that counts
// times, people or requests and names no size is dropped (the question then reveals nothing).
const TIMES = /\bhow many times\b|\bhow often\b|몇\s*번|얼마나\s*자주|몇\s*명/iu;
const SIZE = /\b(?:size|sizes|big|bigger|large|larger|small|heavy|bytes?|kb|mb|gb|kilobytes?|megabytes?|length|long|data)\b|크기|용량|바이트|길이|무게|데이터|kb|mb/iu;

/** Does the question count something rather than ask how big it is? */
export function countsNotSize(question: string): boolean {
  return TIMES.test(question) && !SIZE.test(question);
}
