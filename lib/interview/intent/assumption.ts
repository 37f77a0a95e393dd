import { collapseSpaces } from "../text-normalize.ts";

// A candidate who proposes a figure and asks the interviewer to confirm it asks about the thing
// they propose: "I'll size for a 5x peak factor — ok with you?", "Can I assume each message is
// around 1KB?", "피크는 평균의 2배 정도로 잡으면 될까요?". The plan's opening ("I'll size for", "Can
// I assume") and the request to confirm ("ok with you?", "잡으면 될까요?") are the form of every
// such question whatever it is about; to the classifier they read as a plan (which reveals
// nothing), so they drown the one or two words that say what is proposed. The classifier reads
// what is left: "a 5x peak factor", "each message is around 1KB", "피크는 평균의 2배 정도".

// Chat's fillers before the opening: "ok so I'll assume …", "Alright, let's assume …".
const FILLERS = String.raw`(?:(?:so|ok(?:ay)?|alright|and|then|right),?\s+){0,2}`;

const OPENING_EN = new RegExp(
  String.raw`^\s*${FILLERS}(?:` +
    [
      String.raw`i'?m thinking(?: of| about)?(?: maybe)?`,
      String.raw`i am thinking(?: of| about)?`,
      String.raw`we'?(?:ll| will) (?:just )?assume`,
      String.raw`i'?(?:ll|d| will| would) (?:probably |just )?(?:assume|ballpark|go with|size (?:it )?for|say|take|use|plan for|design for|estimate|guess|pick|budget for)`,
      String.raw`let'?s (?:just )?(?:say|assume|go with|take|use|ballpark)`,
      String.raw`let me (?:assume|say|go with)`,
      String.raw`(?:can|could|may|shall) (?:i|we) (?:just )?(?:assume|take it that|say|plan for|design for|size for)`,
      String.raw`is it (?:ok|okay|fine|safe|fair|reasonable) (?:to|if i) (?:assume|say)`,
      String.raw`would it be (?:ok|okay|fine|safe|fair|reasonable|right|correct) (?:to|if i) (?:assume|say)`,
      String.raw`i(?:'?m| am) (?:going|planning) to (?:assume|aim for|target|go with|size (?:it )?for|plan for|design for|estimate|use|take)`,
      String.raw`i'?(?:ll|d| will| would) (?:aim for|target)`,
      String.raw`i'?m (?:assuming|guessing)`,
      String.raw`i assume`,
      String.raw`assuming`,
      String.raw`my (?:assumption|guess|estimate) (?:is|would be)`,
    ].join("|") +
    String.raw`)\b[\s:,—–-]*(?:that\s+)?`,
  "iu",
);

// The request to confirm, at the end: "…, right?", "— fair?", "sound right?", "is that in the
// right ballpark?", "does that work?". A bare "ok?" or "fine?" only after a dash or a comma:
// "Is a lag fine?" asks about the lag, and its "fine" is the question. "works", "matches",
// "makes sense" only after "does that …" ("Does saving kick off indexing work?" asks about the
// work); the tail is whole words ("ok" is not the end of "look" or "book": the group before it
// needs a space or a mark). "sounds right?" confirms; "Does the feed have to look right?" asks.
const STANDALONE = String.raw`right|correct|true|valid|fair(?: enough)?|good enough|acceptable|close|ok(?:ay)?|fine|reasonable|realistic|sensible|sane|accurate|plausible|agreed|in the (?:right )?ballpark|ok with you|fine with you`;
const AFTER_THAT = String.raw`${STANDALONE}|good|work(?: for you)?|match(?:es)?(?: (?:what you have in mind|your (?:scenario|expectations?|numbers?|figures?|assumptions?)))?|align(?: with yours)?|make sense`;
const TAIL_EN = new RegExp(
  String.raw`(?: ?[,;:—–-] ?| )(?:(?:(?:is|does|would|will|can|could) (?:that|this|it) |that |this |which )(?:(?:sounds?|looks?|seems?|feels?) )?(?:about |roughly )?(?:${AFTER_THAT})|sounds? (?:about |roughly )?(?:${STANDALONE})|(?<=[,;:—–-] ?)(?:about |roughly )?(?:${STANDALONE}))` +
    String.raw`(?: to you| for you| for this| here)? ?[?？.!]*$`,
  "iu",
);

// Korean: "…(으)로 잡으면/가정하면/보면 될까요?", "…가정해도 될까요?", "…잡을게요, 맞나요?", "…맞죠?",
// "…나온다고 생각하고 설계해도 될까요?", "…충분할지 확인하고 싶습니다".
const TAIL_KO =
  / ?(?:(?:으로|로)? ?(?:잡|가정하|(?<=(?:라고|다고|로|으로|고) ?)보|생각하|설정하|두|계산하)(?:으면|면|고) ?(?:될까요|되나요|되죠|돼요|될까|되지|돼|괜찮을까요|괜찮나요|괜찮죠|맞나요|맞죠|맞아요|맞을까요)|(?:으로|로)? ?(?:가정해|잡아|(?<=(?:라고|다고|로|으로|고) ?)봐|생각해|계산해|설계해)도 ?(?:될까요|되나요|되죠|돼요|될까|되지|돼|괜찮을까요|괜찮나요|괜찮죠)|(?:으로|로)? ?(?:잡을게요|잡을께요|가정할게요|가정하겠습니다|잡겠습니다)[,.]? ?(?:맞나요|맞죠|괜찮죠|괜찮나요|될까요)?|(?:(?:라고|다고) ?)?(?:생각|가정)하고 ?(?:설계|계산|진행)해도 ?(?:될까요|되나요|돼요|괜찮을까요|괜찮나요)|지 ?확인하고 싶(?:습니다|어요|네요)|[,.]? ?(?:맞나요|맞죠|맞아요|맞을까요|괜찮죠|괜찮나요|괜찮을까요)) ?[?？.!~]*$/u;

// The tails are read on the message's end only, with its spaces collapsed: a long run of spaces
// or words before them cannot make the search slow (every chat message passes here).
const TAIL_WINDOW = 80;

/** What a proposal asks about, without its opening and its request to confirm; null when the question is no proposal. */
export function assumptionCore(question: string): string | null {
  const text = collapseSpaces(question);
  const windowStart = Math.max(0, text.length - TAIL_WINDOW);
  const end = text.slice(windowStart);
  const tail = TAIL_EN.exec(end) ?? TAIL_KO.exec(end);
  const opening = OPENING_EN.exec(text);
  if (!tail && !opening) return null;
  let core = tail ? text.slice(0, windowStart + tail.index) : text;
  if (opening) core = core.slice(opening[0].length);
  core = core.trim();
  // Nothing left, or no proposal at all ("Is that right?"): the question as it was.
  return /[\p{L}\p{N}]{3,}|\p{N}|\p{Script=Hangul}{2,}/u.test(core) && core !== text ? core : null;
}

// A requirement the candidate states as an assumption, without asking to confirm it: "I'll assume
// 5M DAU.", "Let's say 2 KB per order.", "트윗 하나 1KB, DAU 1억으로 잡을게요", "레슨 예약 사이트는 가용성
// 99.9%로 가정하겠습니다.". The interviewer holds the figure, and in a real interview confirms or
// corrects it on the spot, so it is read like a proposal to confirm (assumptionCore gives what it is
// about). Only a figure: a walkthrough ("Let's say a user opens the app and scrolls the feed.", "I'll
// assume the client retries on failure.") and 잡다 as "handle" ("피크 트래픽은 오토스케일링으로
// 잡을게요") state no requirement. "Let's say" only before the figure: "Let's say a client sends 100
// requests in a second." walks through a scenario. Not one machine's capacity ("I'll assume each app
// server handles about 1k RPS.", "서버 한 대가 초당 1만 건 처리한다고 가정할게요": the design's), nor
// when the candidate moves on with it ("… and move on", "for now", "and proceed", "일단 …",
// "가정하고 진행할게요"), nor an assumption about the design ("I'm going to assume we use Postgres"; the
// caller checks the design part). "I'll use", "I'll go with" and "I'll target" choose.
const STATED_EN = new RegExp(
  String.raw`^\s*${FILLERS}(?:(?:i'?ll|i'?d|i will|i would|i'?m going to|i am going to|let me|let'?s|i|we'?ll|we will)\s+(?:just\s+|probably\s+)?assume|i'?m assuming|let'?s (?:just )?say(?= (?:about |around |roughly |maybe |~)?\d))\b`,
  "iu",
);
const STATED_KO = /(?:(?:으로|로|다고|라고) ?)?(?:가정할게요|가정할께요|가정하겠습니다|가정합니다|잡을게요|잡을께요|잡겠습니다|두겠습니다|둘게요)[.!~\s]*$/u;
const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|half|double|twice|nines)\b|(?:십|백|천|만|억) ?(?:명|건|개|배|회|번)|[한두세네] ?(?:배|개|명)|절반/iu;
const ONE_MACHINE = /\b(?:each|every|one|a single|per) (?:app |web |api |db |database |cache )?(?:server|machine|node|box|instance|host|core)s?\b|\bper (?:server|machine|node|box|instance|host)\b|서버 ?(?:한 ?대|1 ?대|당)|(?<![\uac00-\ud7a3])(?:한 ?대|1 ?대)(?:가|로|에서|당)|대당|노드 ?(?:하나|한 ?개|당)|인스턴스 ?(?:하나|한 ?개|당)/iu;
const MOVING_ON = /\b(?:move on|moving on|for now|revisit|come back to (?:it|this|that)|and proceed|proceed with (?:it|that|this)|go from there|move forward|going forward with (?:it|that)|go with that|going with that|unless it matters)\b|일단|우선(?!순위)|넘어가|넘어갈|나중에|(?:가정하고|잡고) ?(?:진행|갈|가)/iu;

/** Whether the message states a requirement's figure as an assumption without asking to confirm it (the caller rules out design parts). */
export function statesAnAssumption(text: string): boolean {
  const plain = collapseSpaces(text);
  if (!(STATED_EN.test(plain) || STATED_KO.test(plain)) || MOVING_ON.test(plain) || ONE_MACHINE.test(plain)) return false;
  const core = assumptionCore(plain);
  return core !== null && FIGURE.test(core);
}
