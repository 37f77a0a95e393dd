import { PERSON_NOUNS } from "./counted.ts";
import { contentTerms } from "./features.ts";
import { namesDesignPart } from "./requests.ts";
import { NAMED_PRODUCT } from "./product.ts";

// "Do we need file versioning?", "Can a user undo sending a message?", "단톡도 돼야 하나요?": a
// question whether the product does something is about its features, whatever the something
// is. The model learns features from the words of features the corpus names (read receipts,
// search) and cannot know every feature a product may have, so it abstains on one it never saw.
// The form of the question says it instead: the product or its users as the subject of needing,
// supporting or being able to, or scope words ("in scope", "part of the MVP", "기능", "범위").
// It is the reading of last resort (understand.ts: only when the model names no topic), and
// never of a question that names another topic's concept ("Do we need to keep data forever?"
// is retention), a building block ("Do we need a cache?" is the candidate's call) or a step of
// the interview ("Do we need to estimate storage?").

// The product or its builders as the subject: "we", "it" and the product by name (never "you",
// the interviewer, nor any "the …": "Does the interview have to be in English?").
const PRODUCT = `(?:we|it|${NAMED_PRODUCT})`;
// Its users as the subject ("Can a user undo…"), never "anyone" or "they" ("Can anyone hear me?").
const PEOPLE = "(?:users?|people|customers|members|viewers|creators|buyers|sellers|riders|drivers|senders?|recipients?|a (?:user|customer|member|viewer|creator|person|sender)|the (?:user|customer|sender|recipient|uploader|owner))";
// …and in the product's own nouns for its people (counted.ts), only as what they should or can do
// ("Should residents be able to upvote…?"): "Do travellers book months ahead?" asks how they behave.
const OWN_PEOPLE = `(?:subscribers|agents|admins|moderators|hosts|landlords|${PERSON_NOUNS})`;
// A scene set before the question ("For ticket resale, should sellers…", "For the ride app, …")
// is no part of its form.
const SCENE = "(?:in|for|on|with|within)\\s[^,]{1,40},";
const OPENING = `^(?:${SCENE}\\s*)?(?:(?:so|and|also|ok(?:ay)?|then|now|alright|right|one more thing|another question)[,\\s]+)*`;
const DOES = "(?:support|offer|provide|handle|include|allow|let|build|implement|show|display|send|track|render|dedupe|deduplicate|crawl|suggest|notify|sync|store|keep|cover)";
// "…need to be real-time / accurate": a quality the product must have, not a thing it does.
const NOT_A_QUALITY = "(?!be\\b)";
// What a product is made of: "Which kinds of notifications…", not "What kinds of questions…".
const THINGS = "(?:notifications?|messages?|content|posts?|files?|alerts?|channels?|clients?|media|reports?|events?|pages?)";

const ASKS_WHAT_IT_DOES_EN = new RegExp(
  [
    `${OPENING}(?:do|does|will|would|must|should) ${PRODUCT} (?:also |even |still |really )?(?:need|have|want) to ${NOT_A_QUALITY}`,
    `${OPENING}(?:do|does|will) ${PRODUCT} (?:also |even |still |really )?need (?!to\\b)`,
    `${OPENING}(?:should|must|will|would|does|do) ${PRODUCT} (?:also |even )?${DOES}\\b`,
    `${OPENING}(?:should|must|will|does|do) ${NAMED_PRODUCT} (?:also |even )?(?!be\\b|have\\b|get\\b|need\\b)\\w+`,
    `${OPENING}(?:should|can|could|will|must|may|do|does) ${PEOPLE} (?:also |even )?(?:be able to |need to |get to )?${NOT_A_QUALITY}\\w+`,
    `${OPENING}(?:should|can|could|must) ${OWN_PEOPLE} (?:also |even )?(?:be able to |get to )?${NOT_A_QUALITY}\\w+`,
    // Whatever the product's part is called ("Should the meetup organiser handle RSVPs?"), when
    // it does one of the things a product does.
    `${OPENING}(?:should|must|will|does|do) the (?:[\\w-]+ ){1,3}?(?:also |even )?${DOES}\\b`,
    `${OPENING}(?:are|will) we (?:also |even |only |just )?(?:building|supporting|including|covering|offering|handling)\\b`,
    // "Is the home energy app expected to let customers control …, or only view usage?"
    `${OPENING}(?:is|are) ${PRODUCT} (?:expected|supposed|required|meant) to (?:also |even )?${DOES}\\b`,
    `${OPENING}is there (?:a way|an option|any way|a feature|support|the ability) (?:to|for)\\b`,
    `\\bwhat (?:should|does|must|do|will|would) (?:it|someone|${PEOPLE}|${NAMED_PRODUCT}) (?:need to |have to )?(?:be able to )?(?:do|support|offer)\\b`,
    `\\b(?:part of (?:it|this|the (?:mvp|scope|product|first (?:version|release)|v1|launch))|in scope|out of scope|in the scope|must[- ]haves?|nice[- ]to[- ]haves?|day one|the mvp)\\b`,
    `${OPENING}(?:which|what) (?:features|functionality|use cases|kinds? of ${THINGS}|types? of ${THINGS})\\b`,
  ].join("|"),
  "iu",
);

const ASKS_WHAT_IT_DOES_KO =
  /(?:돼야|되어야|해야|있어야|할\s*수\s*있어야|될\s*수\s*있어야)\s*(?:하나요|해요|하죠|할까요|돼요|되나요|되죠|합니까|하는지|되는지|돼|해|하냐|되냐|함|됨|되나여|하나여)|(?:기능|지원)(?:이|가|은|는|도)?\s*(?:있|필요|포함|들어가)|지원(?:하나요|해요|하죠|되나요|돼요|할까요|하는지|해야|하냐|해\s*[?？])|포함(?:인가요|이에요|이죠|일까요|인지)|만\s*하면\s*되|까지는?\s*(?:필요\s*없|안\s*해도)|(?:뭘|무엇을|뭐)\s*만들|(?:어떤|무슨)\s*기능|범위에\s*(?:포함|들어)|(?:포함|들어가)(?:나요|되나요|돼요|되는지|돼\s*[?？])|까지\s*(?:하는|되는|지원하는|제공하는|포함하는)\s*(?:거|건)|아니면\s.{1,30}?(?:까지만|만)\s*(?:이에요|인가요|예요|이야|인지)/u;

// Steps of the interview, not of the product: "Do we need to estimate storage?", "Should I draw…",
// "Do we need to write tests?", "영어로 답해야 하나요?"; and the candidate as the subject ("제가…").
const INTERVIEW_STEP =
  /\b(?:estimate|estimation|calculate|calculation|math|draw|diagram|whiteboard|design|discuss|cover|talk about|think about|go into|explain|write code|code|tests?|start|move on|deep[- ]dive|high[- ]level|interview|interviewer|hint|hints|questions?|answer|approach|english|time|first|next|sense|matter|cost|perfect)\b|추정|계산|그려|그리|설계|다이어그램|화이트보드|넘어가|시작|면접|힌트|질문|답해야|답변|대답|코드|(?:답안|문서|설계서)\s*(?:을|를)?\s*작성|발표|영어|시간 안에|다음에|다음 단계|(?<![\uac00-\ud7a3])(?:제가|저는|내가|나는|저도)/iu;

// A feature is asked about with whether, never with how much: a figure or a quantity word asks
// about a measure ("Do we need to store data for 5 years?", "몇 년치 저장해야 돼요?", "얼마나 빨리
// 전달돼야 해요?"), and "mostly … or …" about a mix ("Do users mostly browse, or write?").
const MEASURE = /\bhow (?:much|many|long|fast|quickly|often|big|large|far|soon)\b|\d|\bmostly\b|\bmore than\b|\bnumbers?\b|\bfigures?\b|얼마|몇|언제까지|대부분|주로|오래|어느\s*정도|규모/iu;

// Concepts of other topics (thesaurus.ts): the question names one, so the model's doubt is about
// that topic, not a feature. Users, reads and writes are what features are made of.
const FEATURE_NEUTRAL = new Set(["feature", "user", "active", "read", "write"]);

export function asksWhatItDoes(question: string): boolean {
  if (!(ASKS_WHAT_IT_DOES_EN.test(question) || ASKS_WHAT_IT_DOES_KO.test(question))) return false;
  if (MEASURE.test(question) || INTERVIEW_STEP.test(question) || namesDesignPart(question)) return false;
  // The product named as the subject or the scene ("Should the game backend handle…", "For the
  // ride app, do we include…") is no concept of the question's: "backend" and "app" name it.
  // A scene that names another topic ("In Europe, should the app store data locally?") stays.
  const scene = SCENE_CLAUSE.exec(question);
  const sceneNamesNothing = scene !== null && contentTerms(scene[0].replace(NAMED_PRODUCT_ANYWHERE, " ")).concepts.every((c) => FEATURE_NEUTRAL.has(c) || c === "platform");
  const unnamed = question.replace(NAMED_PRODUCT_ANYWHERE, " ");
  const withoutProduct = ASKS_SCOPE.test(question) ? unnamed.replace(FIRST_RELEASE, " ") : unnamed;
  const asked = sceneNamesNothing ? withoutProduct.replace(SCENE_CLAUSE, " ") : withoutProduct;
  return contentTerms(asked).concepts.every((c) => FEATURE_NEUTRAL.has(c));
}
const NAMED_PRODUCT_ANYWHERE = new RegExp(`\\b${NAMED_PRODUCT}\\b`, "giu");
// "…has to do for launch", "what must it do at launch?": the first release the scope is for, not
// the launch day's rush (the thesaurus's "launch" is the peak's). Only in a question that asks what
// the product does: "Will users flood in at launch?" asks about the rush.
const FIRST_RELEASE = /\b(?:for|at|by|before)\s+(?:the\s+)?(?:first\s+|initial\s+|public\s+)?(?:launch|release|go-?live)\b/giu;
const ASKS_SCOPE = /\b(?:(?:need|needs|have|has|got) to do|(?:must|should|will|can|does|do) (?:[\w-]+ ){0,3}?do|support|offer|include|must[- ]haves?|in scope|features?|v1|mvp)\b/iu;
const SCENE_CLAUSE = new RegExp(`^\\s*${SCENE}`, "iu");
