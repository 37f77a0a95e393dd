import { hasHangul } from "../text-normalize.ts";
import { countedLoad, countsWhatOnePersonHas } from "./counted.ts";

// Does a clause count the product's users, the user base a prompt's DAU answers? Not a limit, the
// people of one thing, recipients, a share, the team that runs it or a count to come: each read as
// the user base until a review's probes found it (understand.ts asks these of a clause the model
// is unsure of, and ASKED_FORMS of a count read as another topic).

const USERS = "users";
// A question that opens by counting: "How many …", after a word that joins it on.
export const HOW_MANY_EN = /^(?:(?:and|also|so|then|now|ok|okay|roughly|approximately|about|around|just)\b[\s,]*)*how many\b/iu;

// The people who use the product, counted: "How many listeners does the live radio have?", "How
// many people upload videos to the community app?", "지금 쓰는 시스템에 가입자 몇 명 있는지". An English
// question opens with the count; a Korean one counts the people it names ("가입자 몇 명", "몇 명이
// 써요"). Not a limit or a capacity ("How many users can be in a group chat?", "몇 명까지"), the
// people of one thing or of the biggest ("How many people share one family account?", "How many
// subscribers does the biggest channel have?", "영상 하나를 몇 명이 봐요?"), those something goes
// out to ("How many people get the alert?", "몇 명에게"), nor a share ("How many members post
// photos versus just text?"): an independent review found each read as the user base.
const PEOPLE_COUNTED_KO = /(?:사용자|유저|이용자|방문자|가입자|접속자|회원|고객|시청자|청취자)(?:들)?(?:[이가은는]|수[가는]?)?\s*(?:총\s*|대략\s*|하루에?\s*|매일\s*)?몇\s*명|몇\s*명(?:이나|쯤|정도)?[이가]?\s*(?:써|쓰|사용|이용|접속|방문|들어와|와요|옵니까)/u;
const NOT_THE_USER_BASE_EN =
  /\b(?:can|could|may|might|allowed|at most|max(?:imum)?|up to|limit|one|a single|each|every|per|biggest|largest|busiest|most popular|top|same|share|get|gets|receive|receives|notified|alerted|invited|tagged|versus|vs\.?|rather than|at least|in (?:a|the|one|each|any) (?:group|room|chat|channel|call|team|account|household|family|meeting|session|game|match|lobby))\b/iu;
const NOT_THE_USER_BASE_KO = /까지|최대|하나|한\s*(?:장|개|방|명|번)|같은|에게|한테|당|동시에\s*같은|대비|보다/u;

// …and a later clause that counts them as the people who use the product ("…, and how many gardeners
// will use it?"), not those of what the first clause named ("how many followers is typical?"). With
// counted.ts counting any people who use it, three seeds (2026-12-07): 37 more right facts, none wrong.
export const USES_THE_PRODUCT = /\b(?:use|uses|using)\s+(?:it|this|the)\b/iu;

// …as those who use it, look at it or visit it ("How many engineers use it?", "How many teams use the
// flag service", "How many engineers look at the wind-farm dashboards"): the users, whatever the
// team's size pulls the model to (current setup: "How many engineers do we have?", "How many people
// are on call for it today?" ask who runs it).
const USING_IT = /\b(?:use|uses|using|used|look at|looks at|looking at|visit|visits|visiting|browse|browses|open|opens|log (?:in|into|on)|logs (?:in|into|on)|sign (?:in|up)|signs (?:in|up)|rely on|relies on|depend on|depends on)\b/iu;
/** Does the clause count the people who use the product as such (countsTheUserBase, with a verb of using it)? */
export function countsThoseWhoUseIt(part: string): boolean {
  return countsTheUserBase(part) && USING_IT.test(part) && !USES_THE_STACK.test(part);
}
// …not those who use a technology, the team's tools or what runs today ("How many engineers use
// Kubernetes today?", "How many developers on the team use the staging environment?", "How many
// engineers log in to the production servers?": an independent review, 2026-12-07): a name in
// capitals after the verb (not an acronym: "How many clients use the API" is ours), infrastructure,
// the team, or today's system.
const USES_THE_STACK =
  /\b(?:use|uses|using|used|log (?:in|into|on)(?: to)?|logs (?:in|into|on)(?: to)?|rely on|relies on|depend on|depends on)\s+(?:the\s+)?(?:[A-Z][a-z][\w.+#-]*|[a-z]+[A-Z][\w]*)\b|\b(?:today|currently|right now|in production|in-house|on the (?:current )?team|the team|staging|production|servers?|environments?|clusters?|databases?|monolith|stack|codebase|repo|infrastructure|old|legacy|previous|existing)\b/u;

// …and a message's first clause that opens by counting the product's people asks the users with no
// verb of using it ("How many filers do we expect, and is this US only …?": growth 0.59, users 0.13
// by "expect"). Not the team that runs it, people singled out, a moment's crowd, the people of one
// thing or a count to come ("How many staff run the support desk, …?", "How many drivers have been
// flagged for fraud, …?", "How many players are online at peak, …?", "How many authors contribute
// to a document, …?": an independent review's probes; "How many users we will have after 2 year,
// …?" asks the growth). "Online" as a moment's crowd, not a kind of attendee ("How many online
// attendees do we expect?"); a count to come by its time ("after 2 years", "in three years", "next
// year"), not any year ("in the first year" is the launch's users).
const NOT_THE_WHOLE_BASE =
  /\b(?:staff|team|teams|on-?call|rotation|employ\w*|maintain\w*|operat(?:e|es|ing)|support (?:desk|team|agents?)|run|runs|running|concurrent(?:ly)?|(?:are|is|be|go|come|get) online|online (?:at|now|right now|simultaneously|at once|together)|simultaneous(?:ly)?|at (?:the )?(?:peak|once|same time)|in the (?:last|final|busiest)|have been|has been|were \w+ed|got|(?:to|on|of|for|in) (?:a|an) [\w-]+|will have|after (?:\w+ ){0,2}(?:years?|months?)|(?:in|within) (?:\d+|two|three|four|five|ten|a few|several) (?:years?|months?)|next (?:year|month|quarter)|from now|project(?:ed|ion)s?|grow\w*)\b/iu;
// English only (HOW_MANY_EN): a Korean count of people asks the users by the model or PEOPLE_COUNTED_KO.
export function countsTheUserBaseFirst(part: string): boolean {
  return countsThoseWhoUseIt(part) || (HOW_MANY_EN.test(part.trim()) && countsTheUserBase(part) && !NOT_THE_WHOLE_BASE.test(part));
}

/** Does the clause count the people who use the product (not a limit, one thing's people, recipients or a share)? */
export function countsTheUserBase(part: string): boolean {
  const clause = part.trim();
  if (countedLoad(clause) !== USERS || countsWhatOnePersonHas(clause)) return false;
  return hasHangul(clause)
    ? PEOPLE_COUNTED_KO.test(clause) && !NOT_THE_USER_BASE_KO.test(clause)
    : HOW_MANY_EN.test(clause) && !NOT_THE_USER_BASE_EN.test(clause);
}
