import { KOREAN_LETTERS } from "../text-normalize.ts";
import { withoutRequestOpening } from "./indirect.ts";
import { assumptionCore } from "./assumption.ts";
import { contentTerms } from "./features.ts";
import { NAMED_PRODUCT } from "./product.ts";

// Requests about the conversation itself rather than about the problem: "Can you repeat
// that?", "What do you mean by fan-out?" (and their Korean forms). They ask for no fact; the
// conversation (conversation.ts) answers them.

export const REPEAT_REQUEST =
  /\b(?:can|could|would) you (?:please )?(?:repeat|say (?:that|it) again|rephrase)|\brepeat (?:that|the question|please)|\bsay (?:that|it) again|^\s*(?:sorry|pardon)\s*\??\s*$|다시\s*(?:한\s*번\s*)?(?:말씀|말해|얘기|설명|한번)|다시요\??$|뭐라고\s*(?:하셨|요)/iu;

// Picking the thread up again after a break in the call: "Sorry, my internet dropped, where were
// we?", "where did we leave off?", "어디까지 얘기했죠?". The interviewer says where it was. The whole
// question, so "where were we hosting it before?" asks about the current setup, and "어디까지
// 확장해야 하나요" about growth.
export const RESUME_REQUEST =
  /(?:^|[\s,.!?])(?:where (?:were|was) (?:we|i)(?: again| at| up to)?|where did (?:we|i) (?:leave off|stop|get to)|what were we (?:just )?(?:talking about|discussing|on))(?:[?？.!]*,? ?(?:sorry|again|exactly))?[\s?？.!]*$|어디까지 ?(?:얘기|이야기|말|말씀|진행)(?:를|을)? ?(?:했|하고 ?있었|하던|나눴|드렸|하셨)[^\s?？.!]{0,4}[\s?？.!~]*$|어디까지 ?했(?:죠|었죠|더라|지|나요|었나요|었지|어요)[\s?？.!~]*$|무슨 ?(?:얘기|이야기) ?(?:하고 ?있었|하던|중이었)[^\s?？.!]{0,4}[\s?？.!~]*$/iu;

export const MEANING_REQUEST = /\bwhat do(?:es)? (?:you|it|that) mean(?: by)?\s*(.*)$|\bwhat is meant by\s*(.*)$|\bwhat does\s+(.+?)\s+mean\b/iu;
export const MEANING_REQUEST_KO = /(.+?)(?:이|가|은|는|란|이란)?\s*(?:무슨|어떤)\s*(?:뜻|의미)|(.+?)(?:이|가)?\s*무슨\s*말씀|무슨\s*(?:뜻|의미)/u;

export function isRepeatRequest(text: string): boolean {
  return REPEAT_REQUEST.test(text) || RESUME_REQUEST.test(text);
}

export function isClarificationRequest(text: string): boolean {
  return isRepeatRequest(text) || MEANING_REQUEST.test(text) || MEANING_REQUEST_KO.test(text);
}

// General knowledge rather than a question about the system being designed: another company's
// figures ("How many users does WhatsApp have?", "넷플릭스 피크 트래픽은?"), how to compute or
// convert something ("How do I turn daily requests into QPS?", "QPS는 어떻게 계산하나요?") and
// what a term means ("What is a CDN?", "가용성과 신뢰성의 차이"). They share a topic's words, so
// the classifier alone would answer them with our facts; the interviewer must not. A question
// that ties the other product to ours ("like YouTube", "our", "우리", "YouTube처럼") is not general.
// Its tools that a product runs on or works inside (a Google Form, Google Wallet, 구글 월렛) are
// not the company asked about.
const OTHER_PRODUCT =
  /\b(?:facebook|instagram|whatsapp|gmail|google|youtube|netflix|uber|twitter|tiktok|cloudflare|amazon|slack|spotify|airbnb|linkedin|wikipedia|kakao(?:talk)?|naver|coupang|discord|telegram|snapchat|pinterest|reddit|dropbox|github|twitch|wechat|paypal|stripe|shopify|bitly|tinyurl|microsoft|tinder|bumble|strava|zillow|redfin|eventbrite|ticketmaster|quora|stack ?overflow|yelp|doordash|lyft|grubhub|instacart|etsy|ebay|alibaba|expedia|tripadvisor|duolingo|coursera|udemy|robinhood|coinbase|venmo|revolut|klarna|hulu|roblox|fortnite|peloton|fitbit|tesla|openai|chatgpt|yahoo|baidu|tencent|bytedance)\b(?! play| cloud| drive| wallet| forms?| sheets?| docs| calendar| workspace| analytics)|페이스북|인스타그램|왓츠앱|지메일|구글(?!\s*(?:월렛|페이|플레이|드라이브|클라우드|캘린더|폼|시트|독스|문서|로그인|계정\s*로그인))|유튜브|넷플릭스|우버|트위터|틱톡|클라우드플레어|아마존|슬랙|스포티파이|카카오톡|카톡|카카오|네이버|쿠팡이츠|쿠팡|위키피디아|디스코드|텔레그램|드롭박스|라인\s*메신저|당근마켓|배민|배달의민족|직방|(?<![\uac00-\ud7a3])토스(?!트)|야놀자|여기어때|무신사|번개장터|중고나라|마켓컬리|요기요|티맵|멜론|왓챠|티빙|리디북스|밀리의\s*서재|쏘카|넥슨|넷마블|크래프톤|엔씨소프트|삼성전자|에어비앤비|링크드인|트위치|스트라바|틴더|질로우|핀터레스트|레딧|스냅챗|위챗|페이팔|쇼피파이|마이크로소프트/iu;
// Another company no list holds, by the form of its name: a capitalised name (not an acronym)
// doing the having or the handling ("How many users does Tinder have?", "How does Eventbrite
// deal with peak load?", "Does Nextdoor have a chat feature?"). Case-sensitive, so "does it
// have" and "does CDN have" are not names; a name that is a thesaurus concept (a region, a
// platform, an event: "does Europe have", "does Android handle", "does Black Friday have") or a
// day, a season, a place or a plan (NOT_A_COMPANY) is part of our requirements, not a company.
const NAMED_COMPANY_DOES = /\b(?:[Dd]oes|[Dd]o|[Dd]id) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?:have|handle|deal|cope|manage|serve|process|run)\b/u;
const NOT_A_COMPANY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|halloween|thanksgiving|new year|black friday|cyber monday|chuseok|lunar new year|europe|asia|africa|america|north america|south america|latin america|oceania|australia|seoul|busan|tokyo|london|paris|berlin|singapore|california|texas|new york|admin|admins|moderator|guest|pro|premium|free|basic|plus|enterprise|business|android|ios|windows|mac|linux|web|mobile|desktop|it|this|that)$/iu;

function namesAnotherCompany(text: string): boolean {
  const match = NAMED_COMPANY_DOES.exec(text);
  if (match === null) return false;
  const name = match[1];
  return !NOT_A_COMPANY.test(name) && contentTerms(name).concepts.length === 0;
}
// A push "to Apple or Google" is our notification provider (APNs, FCM), not their figures; a
// scale measured against theirs ("a Netflix-sized crowd", "넷플릭스급이야?", "shopify-ish") is ours.
const TIED_TO_OURS = /\b(?:we|our|us|like|such as|similar|style|scale|clone|version of)\b|-sized\b|-ish\b|\b(?:push(?:es)?|notifications?) (?:\w+ ){0,2}(?:to|via|through) (?:apple|google)\b|(?:애플|구글)(?:이나|나|과|와)?\s*(?:(?:애플|구글)\s*)?(?:으로|로)\s*(?:\S+\s+){0,2}푸시|우리|저희|처럼|같은|같이|비슷|수준|규모|(?<=[\uac00-\ud7a3A-Za-z])급(?=이|인|으로|의|\s|$)/iu;
// "공식" is a formula, but also "official" (공식 웹사이트); "in general" asks in general unless
// the message names our system before it ("the load on the system in general").
const HOW_TO =
  /\bhow (?:do|would|should|can|to) (?:i |you |we |one )?(?:calculate|compute|estimate|convert|turn|derive|figure out|work out)\b|\b(?:a|the|what|which|any|some|standard|simple|general) formula\b|\bformula (?:for|to)\b|\brule of thumb\b|\bin general\b(?<!\b(?:we|our|us|this (?:thing|system|app|service|site|platform|product|backend)|the (?:system|app|service|site|platform|backend|product)|the (?!best\b|most\b|fastest\b|biggest\b|right\b)(?:[\w-]+ ){0,3}(?:backend|system|app|service|platform|site|servers?))\b.*)|어떻게\s*(?:계산|구하|산정|환산|바꿔|바꾸|변환)|계산하는\s*(?:법|방법)|구하는\s*(?:법|방법)|(?<!비)공식(?!\s*(?:웹\s*사이트|사이트|홈페이지|앱|어플|계정|채널|블로그|스토어|쇼핑몰|몰|문서|파트너|출시|발표|행사|대회|경기|기록|인증|판매|커뮤니티|굿즈|팬|서버|api|API))|일반적으로/iu;
const DEFINITION =
  /(?:^|\s)(?:cdn|dns|api|sla|slo|p99|qps|rps|캐시|샤딩|샤드|로드\s*밸런서|레플리카|복제|메시지\s*큐|해싱|일관성\s*해싱)(?:이|가|은|는|이란|란)?\s*(?:뭐예요|뭔가요|무엇인가요|무엇입니까|뭐죠|뭐야|뭐에요)\s*\??\s*$|^\s*what(?:'s| is| are) (?:a|an) [\w-]+(?: [\w-]+)?\s*\??\s*$|\bwhat does [\w\s.%-]+ (?:mean|stand for)(?: in general| exactly| precisely| again)?\s*\??\s*$|(?:^|\s)(?:cdn|dns|api|sla|slo|p\d{2,3}|qps|rps|tps|dau|mau|캐시|샤딩|레플리카)(?:이)?라는\s*(?:게|건|것은|말은|용어는).{0,60}(?:라는|이라는)\s*(?:뜻|의미|말)|\bdifference between\b|\bexplain what\b|차이가?\s*(?:정확히|대체|도대체|정확하게)?\s*(?:뭐|뭔|무엇)|(?:이란|란)\s*(?:뭐|무엇)|무슨\s*(?:뜻|의미)|뭐가\s*달라/iu;
// A typical figure for a kind of thing rather than for ours: "What's a typical p99 for a REST
// API?", "보통 REST API p99는 몇 ms 정도가 일반적이에요?"; and the arithmetic of nines ("Is 99.99 %
// about 52 minutes of downtime a year?", "99.9% 가용성이면 1년에 다운타임이 얼마예요?").
const TYPICAL_OF_A_KIND = /\b(?:typical|usual|normal|common|standard)\b.*\bfor (?:a|an|any)\b(?! few| couple| bit| while| second| minute| moment)|일반적(?:이|인가|인지|이에|이죠|이야)/iu;
// What the industry considers good for a kind of thing ("What's considered a good p99 for a web
// API?"), unless it is ours ("What latency is
// considered acceptable for a redirect in our service?", "… for a service like ours?").
const CONSIDERED_OF_A_KIND = /\bconsidered (?:an? )?(?:good|acceptable|reasonable|normal|typical)\b.*\bfor (?:a|an|any)\b/iu;
const LIKE_OURS = /\bours\b/iu;
// …but a typical one for one item of a product named ("How large is a typical timetable response
// from the bus API for a single stop?") is ours.
const FOR_ONE_OF_OURS = /\bfor (?:a|an|one) (?:single|given|particular|specific)\b/iu;
const NAMES_OUR_PRODUCT = new RegExp(`\\b${NAMED_PRODUCT}\\b`, "iu");
// Physics, theory and industry lore rather than our requirement: the round trip between two
// places, what the CAP theorem says, what textbooks or the industry assume.
const LORE = /\b(?:cap|pacelc)\s*(?:theorem|정리)|\b(?:round[\s-]?trip|rtt|ping)\b.*\bbetween\b|\blatency\b[^?]*\bbetween (?:the )?(?:us|usa|uk|eu|europe|asia|america|north america|south america|africa|australia|japan|korea|china|india|east coast|west coast|continents)\b|\btextbooks?\b|\b(?:in the|across the) industry\b|\bindustry (?:standard|average|norm)\b|\boutside (?:of )?this (?:problem|interview|question|design)\b|(?<!사)업계|교과서|이론상/iu;
// Why people in general do something: "Why do people look at p99 instead of the average?"
const WHY_IN_GENERAL = /^\s*why (?:do|does|would|is|are) (?:people|engineers|companies|everyone|most \w+|systems|services|interviewers)\b|(?:사람들|회사들|엔지니어들|다들)(?:은|이)?\s*(?:\S+\s+){0,4}왜/iu;
// Ours, without "us" (which is also the US: "between US East and Europe"); a round trip between
// our users and servers is our latency.
const OURS = /\b(?:we|our|here|(?<!outside (?:of )?)this|these|current(?:ly)?|existing|users?|servers?|clients?|customers?)\b|우리|저희|현재|기존|사용자|유저|서버|고객/iu;
// The system in the question ("this API"): not others in general.
const THIS_ONE = /\b(?:this|these)\b|이\s*(?:서비스|시스템|api)/iu;
const NINES_ARITHMETIC = /\b(?:minutes|hours|seconds) of downtime\b.*\b(?:is|equals?|means?)\s+(?:\w+\s+)?(?:nines|\d+(?:\.\d+)?\s*%)|\bnines\b.*\b(?:minutes|hours|seconds) of downtime\b|\bhow much downtime (?:is|does|do|would|per year is)\b.*\b(?:nines|%)|(?:나인|%)\s*(?:이면|면)\s*.*다운타임|\d\s*(?:\.\d+)?\s*%.*\b(?:minutes|hours|seconds) of downtime\b|\d\s*%\s*(?:가용성|가동률)?\s*(?:이면|면).*다운타임/iu;
// …but offered as a choice for ours ("Does the app need 99.99% uptime, or is a few hours of
// downtime a year fine?", "99.9%면 1년에 9시간 다운타임인데 괜찮나요?") it asks for our target.
const DOWNTIME_TO_ACCEPT = /\bor\b.*\b(?:fine|ok|okay|acceptable|tolerable|allowed|enough|good enough)\b|\b(?:fine|ok|okay|acceptable|tolerable|allowed)\b.*\bor\b|괜찮|허용|충분|감수/iu;
const UNIT_FACT_OF_UNITS = /\bhow many (?:bytes|bits|seconds|minutes|hours|days) (?:are )?in (?:a|an|one) (?:leap\s+)?(?:kilo|mega|giga|tera|peta)?(?:bytes?|bits?|kb|mb|gb|tb|seconds?|minutes?|hours?|days?|weeks?|months?|years?|ms|milliseconds?)\b|\d\s*(?:킬로|메가|기가|테라)?(?:바이트|byte)[은는]?\s*몇/iu;
// The size of a standard kind of value rather than of our data: "how many bytes is a UUID", "How
// big is a 64-bit integer?", "UUID는 몇 바이트예요?". The whole question is about the kind: "how big
// is a UUID in our URLs" or "How many bytes is a post?" asks about ours.
const STANDARD_VALUE_EN =
  String.raw`(?:uuid|guid|ulid|snowflake id|(?:32|64|128)[- ]?bit (?:int(?:eger)?|number|id)|int(?:eger)?|long|bigint|float|double|boolean|char(?:acter)?|(?:unix |epoch )?timestamp|ipv[46](?: address)?|ip address|(?:sha-?\d+|md5)(?: hash| digest)?)s?`;
const STANDARD_VALUE_KO = String.raw`(?:uuid|guid|ulid|스노우플레이크\s*ID|(?:32|64|128)\s*비트\s*정수|정수|int|long|bigint|타임스탬프|유닉스\s*타임스탬프|IPv[46](?:\s*주소)?|IP\s*주소|(?:SHA-?\d+|MD5)(?:\s*해시)?)`;
const STANDARD_VALUE_SIZE = new RegExp(
  String.raw`^\s*(?:(?:so|and|also|quick question|btw),? )?(?:how (?:many (?:bytes|bits|characters|chars)|big|large|long) (?:is|are|does|do|in) (?:a |an |one )?(?:standard |typical |single )?${STANDARD_VALUE_EN}(?: (?:take|need|use|occupy)(?: up)?)?|what(?:'s| is) the size of (?:a |an |one )?${STANDARD_VALUE_EN})(?: in (?:bytes|bits))?(?:,? (?:roughly|approximately|exactly|again))?[\s?？.!]*$` +
    String.raw`|^\s*${STANDARD_VALUE_KO} ?(?:는|은|가|이|하나는|하나가|하나|한 ?개는|한 ?개)? ?(?:보통 |정확히 )?(?:몇 ?(?:바이트|비트|byte|bit|자리)|크기가? ?(?:얼마|몇)|사이즈가? ?(?:얼마|몇))(?: ?[^\s?？.!]{1,6}){0,2}[\s?？.!]*$`,
  "iu",
);
const UNIT_FACT = new RegExp(`${UNIT_FACT_OF_UNITS.source}|${STANDARD_VALUE_SIZE.source}`, "iu");

// About the interview or the job itself, not the system: a break, how the candidate is doing,
// salary, benefits, the hiring process (a salary as the product's data, "Who can see salary
// data?", "If HR updates a salary, …", "급여 명세서", "급여 시스템", is a payroll system's), the
// interview's scoring (채점 opening a sentence or of the interview; "코딩 테스트 채점 사이트", "코드
// 제출 하나 채점하는 데" are a grading product's), the interview's question itself, asked of the
// interviewer ("How long did it take you to come up with this question?", "Who wrote this
// problem?"; "Can a user pick the problem difficulty?" is the product's).
const ABOUT_INTERVIEW =
  /\b(?:take|took) you (?:to )?(?:come up with|write|prepare)\b|\b(?:did|do|have) you (?:come up with|write|pick|choose|prepare|make up|create|design) (?:this|the) (?:interview |design )?(?:question|problem|prompt|exercise|scenario)\b|\bwho (?:wrote|came up with|picked|chose|prepared|made up|designed) this (?:interview |design )?(?:question|problem|prompt|exercise|scenario)\b|(?:^|[\s,.?!])이\s*문제(?:를|는)?\s*(?:직접\s*)?(?:만드셨|만드신|만들어\s*주신|출제하셨|출제하신|고르셨|고르신|골라\s*주신)|\b(?:this|the) (?:role|position)\b(?! of)|\bthis job\b|\bwhich team (?:would|will|do) i\b|(?:이|그|해당|지원한|채용\s*중인|제)\s*포지션|(?:어느|어떤|무슨)\s*팀\s*(?:에서\s*일하|소속|에\s*합류|으로\s*합류)|\b(?<!\b(?:updates?|updated|changes?|changed|edits?|edited|sees?|views?|stores?|process(?:es)?|pays?|each|every|employees?|employees'|their|his|her)\s+(?:a\s+|the\s+|an\s+)?)(?:salary|salaries|compensation)\b(?!\s+(?:and\s+\w+\s+)?(?:land|lands|landed|arrive|arrives|arrived|go\s+out|are\s+paid|get\s+paid|hit|post|posts|posted)\b)(?!\s+(?:data|records?|fields?|details?|info(?:rmation)?|history|changes?|updates?|slips?|files?|tables?|reports?|calculations?|processing|payments?|runs?|days?|deposits?|transfers?|system|systems|app|apps|platform|service|software|tool|module|portal|database))|\b(?:pay range|benefits package|hiring process|interview process)\b|\b(?:are you|is (?:your|the) (?:team|company)) (?:still )?hiring\b|\bdo you (?:hire|sponsor visas)\b|(?:연봉|급여|복지|처우)(?!\s*(?:데이터|정보|명세|내역|기록|테이블|지급|계산|이체|정산|포인트|일|날|변경|수정|조회|인상\s*(?:내역|반영)|시스템|서비스|앱|플랫폼|솔루션|프로그램|관리|업무|처리|파일|대장|담당))|채용\s*(?:절차|과정)|면접\s*(?:절차|과정|결과)|\bskip (?:the |this |that )?(?:back[- ]of[- ]the[- ]envelope |capacity |storage |traffic |detailed |whole )?(?:estimation|estimates?|math|numbers|calculations?|(?:estimation |design |deep[- ]dive |requirements? )?(?:part|section|step|phase))\b|\b(?:lose|losing|cost me) (?:any )?points\b|\b(?:marked down|my score|the rubric|am i (?:being )?(?:graded|scored))\b|\bhow long (?:should|does|do|will) (?:the |this |each )?(?:requirements?|clarification|clarifying|estimation|high[- ]level|design|deep[- ]dive|wrap[- ]up)(?: [\w-]+)? (?:phase|step|part|section|stage)\b|감점|(?:^|[.?!]\s*)(?:이\s*|면접\s*|인터뷰\s*)?채점\s*(?:은|는|이|기준|방식)|(?:면접|인터뷰)\s*채점|(?:제|내|면접)\s*점수|(?:요구사항|추정|설계|심화|마무리)\s*단계(?:는|를|에)?\s*(?:얼마나|몇\s*분)|\b(?:how much )?time (?:is )?left\b|\bhow long (?:is|does) (?:the|this) interview\b|시간\s*(?:이\s*)?얼마나\s*남|남은\s*시간|건너뛰어도|넘어가도\s*(?:돼|될)|\b(?:take|have) a (?:short |quick |little )?break\b|\bam i (?:doing|on (?:the right )?track|heading)\b|\bhow am i doing\b|잘하고\s*있|잘\s*하고\s*있|쉬었다\s*(?:해|가)|잠깐\s*쉬|쉬어도\s*(?:돼|될)/iu;

export function isGeneralQuestion(text: string): boolean {
  return isGeneralKnowledge(text) || isAboutInterview(text);
}

// What a named technology can do in general: "How many requests can a single nginx box
// handle?", "Does S3 guarantee eleven nines?", "레디스 한 대가 초당 몇 건 처리해요?", "postgres 한대
// TPS 얼마나 나와" (one machine of it, one node, what it can take). The figure
// belongs to the technology, not to the system being designed, unless the question ties it to
// ours or to what runs today ("our nginx", "지금 쓰는 레디스": the current setup).
const TECHNOLOGY_NAMES =
  "nginx|apache|haproxy|envoy|redis|memcached?|kafka|rabbitmq|postgres(?:ql)?|mysql|mongo(?:db)?|cassandra|dynamodb|s3|ec2|elasticsearch|cloudfront|akamai|fastly|zookeeper|etcd|spanner|bigtable|hbase|sqs|kinesis|lambda|aws|gcp|azure|kubernetes|k8s|docker";
const TECHNOLOGY = new RegExp(
  `\\b(?:${TECHNOLOGY_NAMES})\\b|엔진엑스|레디스|멤캐시|카프카|래빗엠큐|포스트그레스|마이에스큐엘|몽고\\s*db|카산드라|다이나모|엘라스틱서치|일래스틱서치|주키퍼`,
  "iu",
);
// One machine or node of it (한 대, 1대, 노드 하나; not 한 대화방, 한 대기열, 1대1 chat) and, after it, what
// it can take (받을 수, 받아, 처리, 소화, 버티, 나와): "nginx 한대로 초당 몇요청 받을수있어", "postgres 1대 쓰기 TPS
// 얼마나 나와". A requirement ("…받을 수 있어야 해요?") is ours: KO_REQUIRED below.
const KO_ONE_MACHINE_TAKES =
  "(?:(?<![\\uac00-\\ud7a3])한\\s*대(?![화기상표역시댓요])|(?<![\\d.\\uac00-\\ud7a3])1\\s*대(?!\\s*(?:\\d|다|[nN]))|(?:노드|인스턴스|서버|브로커|머신|박스)\\s*(?:하나|한\\s*개|1\\s*개))(?:[^?？.]*?)(?:받을\\s*수|받아|처리|소화|버티|버텨|견디|견뎌|나와|나오)";
const KO_REQUIRED = /(?:해야|어야|아야|돼야|되어야|여야)\s*(?:하|해|돼|되|할|될|합)/u;
const TECHNOLOGY_IN_GENERAL_RE =
  /\b(?:a single|one|each) (?:\w+ ){0,2}(?:node|box|instance|server|machine|broker|cluster) (?:can )?(?:handles?|sustains?|serves?|takes?)\b|\b(?:usually|typically|typical|normally|generally|by default|default|out of the box|in practice)\b|\b(?:can|could|does|do|will) (?:a |an |one |it |they )?(?:\w+ ){0,3}(?:handle|take|sustain|serve|guarantee|promise|offer|provide|support|give|have|do|process|push|manage)\b|\bin the world\b|전\s*세계에|\bguarantees?\b|\bhow (?:does|do|would|can) (?:\w+ ){0,2}(?:deal|cope|work|handle|manage|scale|avoid|solve|prevent)\b|보통|일반적으로|기본적으로|기본이|기본값|디폴트|대개|보장|버티|버텨|버틸|처리할\s*수|처리\s*가능|지원하나|지원해/iu;
const TECHNOLOGY_IN_GENERAL = new RegExp(`${TECHNOLOGY_IN_GENERAL_RE.source}|${KO_ONE_MACHINE_TAKES}`, "iu");
// A named technology's own limits and parts: the largest object, item or message it stores ("What's
// the max object size in S3?", "DynamoDB 아이템 최대 크기가 얼마였더라") and how many of its own
// regions or zones there are ("AWS 리전은 몇 개예요?"; "How many regions does AWS have?" reads as its
// capacity above). Only its own unit next to its name, and only its limit: "S3에 올리는 파일 최대
// 크기", "the max file size users upload to S3", "What's the max message size a user can send?
// Attachments go to S3" and "몽고DB 문서 크기는 평균 몇 KB예요?" are the product's files and records;
// "Redis 인스턴스는 몇 개 돌리고 있어요?", "S3 데이터는 몇 개월 보관해요?" what runs and what is kept: each a
// requirement.
const OWN_UNIT_EN = "(?:object|item|record|document|row|key|value|message|partition|topic|queue|table|bucket)s?";
const OWN_UNIT_KO = "(?:객체|오브젝트|아이템|레코드|도큐먼트|문서|행|키|값|메시지|파티션|토픽|큐|테이블|버킷)";
const OWN_PARTS_KO = "(?:리전|가용\\s*영역|AZ|엣지\\s*로케이션|엣지|PoP|데이터\\s*센터)";
const NAMED = `(?:${TECHNOLOGY.source})`;
const TECHNOLOGY_LIMIT = new RegExp(
  [
    `\\b(?:max(?:imum)?|largest|biggest)\\s+${OWN_UNIT_EN}\\s+(?:size|length)\\s+(?:in|for|of|on|allowed\\s+(?:in|by))\\s+(?:an?\\s+|the\\s+)?${NAMED}`,
    `${NAMED}(?:'s)?\\s+(?:(?:max(?:imum)?|largest|biggest)\\s+${OWN_UNIT_EN}\\s+(?:size|length)|${OWN_UNIT_EN}\\s+size\\s+limits?)`,
    `${NAMED}\\s*(?:의\\s*)?${OWN_UNIT_KO}\\s*(?:하나\\s*)?(?:의\\s*)?(?:최대\\s*(?:크기|용량|사이즈)|(?:크기|용량|사이즈)\\s*(?:제한|한도|상한))`,
    `${NAMED}\\s*(?:의\\s*)?${OWN_PARTS_KO}\\s*(?:은|는|이|가)?\\s*(?:전\\s*세계에\\s*)?(?:총\\s*)?몇\\s*개(?!월)(?![^?？.!]*(?:쓰|써|운영|돌리|떠\\s*있|사용|필요|두|둘))`,
  ].join("|"),
  "iu",
);
// "the Kafka topic", "the Lambda": a technology with the article is the one in our design.
const THE_TECHNOLOGY_OF_OURS = new RegExp(`\\bthe (?:${TECHNOLOGY_NAMES})\\b`, "iu");
const CURRENT_OR_OURS = /\b(?:we|our|us|current(?:ly)?|today|existing|now|already)\b|우리|저희|지금|현재|기존|쓰고\s*있|사용\s*중|쓰는/iu;

// How other services in general do something: "How do most companies run several regions?",
// "보통 글로벌 서비스들은 리전을 어떻게 운영해요?". Others in general, as a habit: "Do other
// services call this API?" names no habit and is a question about our clients.
const OTHERS_IN_GENERAL =
  /\b(?:most|many|other|big|large) (?:companies|services|apps|products|platforms|sites|websites|systems|tech companies|teams)\b.*\b(?:usually|typically|generally|normally|tend to|in practice)\b|\bhow do (?:most|many|big|large) (?:companies|services|apps|products|platforms|sites|websites|systems|tech companies|teams)\b|(?:보통|대부분의?|일반적으로)\s*(?:[\uac00-\ud7a3\w]+\s+)?(?:서비스|회사|기업|플랫폼)들|다른\s*(?:[\uac00-\ud7a3\w]+\s+)?(?:서비스|회사|기업|플랫폼)들(?:은|는)\s*(?:보통|주로|대개|일반적으로)/iu;

// Trivia about the world: "Who is the most popular singer right now?", "Which cloud is the
// biggest?": a superlative about people or things at large, not tied to ours.
const WORLD_SUPERLATIVE =
  /^\s*(?:who|which (?:cloud|clouds|company|companies|singer|artist|band|language|framework|database|vendor|provider|browser|phone|car|movie|song|game|sport|team)) (?:is|was|are|were) (?:the )?(?:most popular|biggest|largest|best|richest|most famous|most used|fastest[- ]growing)\b|(?:가장|제일)\s*(?:인기\s*(?:있는|많은)|유명한|큰|잘나가는)\s*(?:가수|배우|회사|클라우드|언어|프레임워크|연예인)/iu;

// Another company as a part of our system, not as the thing asked about: traffic that arrives
// from it ("a thread linked from Reddit"), a sign-in, a payment or an import by way of it ("login
// with Google", "pay via PayPal", "import from Dropbox", "Google sign-in"), or our call to its API
// ("each Stripe call"). Only a source or a means: "logins to Facebook", "payments through PayPal", "synced to Dropbox" and "Google Maps"
// are that company's own figures.
const OTHER_PRODUCT_AS_OUR_PART = new RegExp(
  String.raw`\b(?:linked|shared|posted|referred|coming|comes|arriving|arrives|log(?:ging)?[- ]?in|logins?|sign(?:ing)?[- ]?(?:in|up)|signups?|pay(?:ing|ments?)?|checkout|integrat(?:e|es|ed|ing|ion|ions)|sync(?:s|ed|ing)?|export(?:s|ed|ing)?|import(?:s|ed|ing)?|embed(?:s|ded)?|connect(?:s|ed|ing|ion)?)\s+(?:\w+\s+){0,2}(?:from|with|via|using)\s+(?:a\s+|the\s+|their\s+)?(?:${OTHER_PRODUCT.source})` +
    String.raw`|(?:${OTHER_PRODUCT.source})[- ](?:sign[- ]?in|sign[- ]?on|log[- ]?in|sso|oauth|pay)\b` +
    // A way in by way of it, or one of our sign-in options ("book through Google", "login options: email, Google, Apple?").
    String.raw`|(?:\b(?:via|inside|into)|\bor through)\s+(?:the\s+|a\s+)?(?:${OTHER_PRODUCT.source})|\b(?:log[- ]?in|sign[- ]?in|auth(?:entication)?)\s+(?:options?|methods?|providers?)\b` +
    // A Korean company's channel or sign-in as ours: "카카오톡으로 받아요", "카카오 로그인", "카카오 알림톡", "슬랙 캘린더랑 연동".
    String.raw`|(?:${OTHER_PRODUCT.source})\s*(?:으로|로)\s*(?:받|보내|알림|로그인|가입|결제|공유|연동|접수|예약|문의)|(?:${OTHER_PRODUCT.source})\s*(?:로그인|간편\s*로그인|알림톡|채널|캘린더|계정으로)|(?:${OTHER_PRODUCT.source})[^?？.]{0,16}연동|\b(?:by|over)\s+(?:${OTHER_PRODUCT.source})|(?:${OTHER_PRODUCT.source})\s+(?:alimtalk|channel|calendar)` +
    // Our calls to another company's API ("how long does each Google or Outlook call take?"), how
    // long ours to it take ("how long do the … API calls to Google or Outlook take?"; the latency of
    // calls to Stripe, how often they fail or the rate limit on them are its own figures) and our
    // integrations with it, not asked how many, which or how long ("Alexa and Google Home
    // integrations?"; "How many Slack integrations exist?" is its own; an independent review, 2026-12-07).
    String.raw`|(?:${OTHER_PRODUCT.source})(?:\s+or\s+[\w-]+)?(?:\s+api)?\s+(?:calls?|requests?|lookups?|webhooks?)\b` +
    String.raw`|\bhow\s+(?:long|slow)\b[^?]{0,60}?\b(?:calls?|requests?|lookups?|webhooks?)\s+(?:to|into)\s+(?:the\s+)?(?:${OTHER_PRODUCT.source})` +
    String.raw`|(?<!\b(?:how|which|what)\b[^?]*)(?:${OTHER_PRODUCT.source})(?:\s+(?:home|assistant|maps|calendar|sheets|drive|chat|pay|business|ads))?\s+(?:integrations?|plug-?ins?|connectors?)\b` +
    // A feature of ours that reaches it, asked as a yes or no ("Can users share clips to TikTok?",
    // "Does it post to Discord?", "Is there a Spotify integration?", "인스타그램에 공유 가능해요?",
    // "디스코드 봇으로 알림 받나요?"); how many things are posted to it is its own figure.
    String.raw`|^\s*(?:can|could|does|do|will|would|is|are)\b(?![^?]*\bhow\s+(?:many|much)\b)[^?]{0,60}?\b(?:share|shared|sharing|post|posted|posts|cross-?post(?:ed)?|send|sent|publish(?:ed)?|notif(?:y|ied))\s+(?:[\w-]+\s+){0,2}?(?:to|into)\s+(?:a\s+|the\s+|their\s+|users'\s+)?(?:${OTHER_PRODUCT.source})` +
    String.raw`|\b(?:is|are)\s+there\s+(?:an?\s+)?(?:${OTHER_PRODUCT.source})\s+(?:integration|plugin|bot|app|embed|share|sharing|login|sign-?in)\b` +
    String.raw`|(?:${OTHER_PRODUCT.source})\s*(?:에|에도|으로|로)\s*(?:공유|올리|올려|보내|알림|첨부)[^?？.]{0,12}(?:가능|되|돼|하나요|할\s*수)|(?:${OTHER_PRODUCT.source})\s*(?:봇|페이|영상\s*첨부|링크\s*첨부)[^?？.]{0,12}(?:되나요|돼요|되죠|가능|지원|있나요|있어요|필요|받나요|쓸\s*수)`,
  "iu",
);

// How a kind of building block or protocol works, not ours: "How does a load balancer decide which
// server gets a request?", "How do CDNs pick an edge?", "How does TLS work?". With "the" ("How does
// the load balancer pick a server?"), our or your words ("How does a cache fit in our design?",
// "How does Postgres fit into your architecture?"), "here", or a requirement's words ("How does a
// cache need to be invalidated when prices change?", "큐는 실패한 메시지를 어떻게 처리해야 하나요?") it is
// the design's, and stays a question.
const BUILDING_BLOCKS =
  "load balancers?|reverse prox(?:y|ies)|prox(?:y|ies)|caches?|cdns?|dns|message queues?|queues?|brokers?|consistent hashing|bloom filters?|databases?|replicas?|shards?|tls|ssl|tcp|udp|oauth|jwts?|raft|paxos|gossip|websockets?";
const HOW_A_KIND_WORKS = new RegExp(
  `^\\s*(?:so,? |and |but )?how (?:does|do) (?:a |an )?(?:${BUILDING_BLOCKS}|${TECHNOLOGY_NAMES})\\b`,
  "iu",
);
const HOW_A_KIND_WORKS_KO =
  /^\s*(?:로드\s*밸런서|리버스\s*프록시|프록시|캐시|cdn|dns|tls|ssl|메시지\s*큐|큐|브로커|샤드|레플리카|복제본|카프카|레디스|일관성\s*해싱|블룸\s*필터)(?:는|은|가|이|에서는)\s*(?:보통\s*|일반적으로\s*)?(?:\S+\s+){0,3}?어떻게\s*(?:동작|작동|결정|고르|골라|선택|정하|정해|처리|돌아가|굴러가)/iu;
const IN_THIS_DESIGN =
  /\b(?:here|your|you|this (?:design|system|app|service|product|site|platform)|needs?|must|should|acceptable|expected|required|requirements?|budget|targets?|allowed|fine|ok(?:ay)?)\b|여기|이\s*(?:설계|시스템|서비스|앱)|해야|돼야|되어야|하면\s*되|나면|되면|장애|괜찮/iu;
// Kinds of product people use, in the plural; not the parts a system talks to (services, systems,
// APIs, banks: "How do partner banks typically send settlement files?" asks about ours).
const KINDS_OF_PRODUCT =
  "apps|managers|crawlers|trackers|aggregators|platforms|sites|websites|engines|marketplaces|exchanges|messengers|wallets|games|browsers|shops|stores|tools|networks|companies|organi[sz]ations|startups";
// Whose apps or tools they are when they are ours: our clients, partners and the people of the product.
const OUR_SIDE =
  "client|mobile|web|ios|android|desktop|front-?end|partner|upstream|downstream|internal|external|third-party|legacy|existing|connected|driver|rider|merchant|seller|buyer|tenant|customer|creator|vendor|courier|kiosk|pos|member|user|admin|staff|employee|store|restaurant|our|your|the|we|you|they|these|those|its|their|my";
// How a kind of product does something as a habit: "How do password managers typically derive an
// encryption key from the master password?". A kind in the plural, with no article or owner, asked
// what it usually does and nothing else, is general knowledge: every such line of the corpus and the
// test files is labelled unrelated. Not our own ("How do client apps usually reconnect after a
// deploy?", "How do merchant apps typically upload menus in this system?"), and not a message that
// goes on to ask about ours ("How do dating apps usually rank profiles, and how many users are
// there?"): an independent review found both silenced.
const HOW_A_KIND_OF_PRODUCT_USUALLY = new RegExp(
  `^\\s*(?:(?:out of curiosity|just curious|so|and|but)[,\\s]+)?how (?:do|does) (?!(?:${OUR_SIDE})\\b)(?:[\\w-]+\\s+){0,2}(?:${KINDS_OF_PRODUCT})\\s+(?:typically|usually|generally|normally|commonly)\\b`,
  "iu",
);
const ASKS_ON = /[?？]\s*\S|(?:,|\band\b|\balso\b|\bplus\b)\s*(?:and\s+)?(?:what|what's|whats|how|where|which|who|when|why|is|are|do|does|did|can|could|will|would|should)\b|[\uac00-\ud7a3]/iu;
function asksHowAKindOfProductUsually(text: string): boolean {
  const opening = HOW_A_KIND_OF_PRODUCT_USUALLY.exec(text);
  if (opening === null || ASKS_ON.test(text.slice(opening[0].length).trim())) return false;
  return !CURRENT_OR_OURS.test(text) && !IN_THIS_DESIGN.test(text) && !/\b(?:ours|the platform)\b/iu.test(text);
}

// Another company asked about as the thing to design rather than as itself: a requirement's words
// of need, target or scope ("what growth should dropbox plan for", "Do WhatsApp messages need to
// show up in order?", "is it fine if a new Yelp review shows up later?", "쿠팡 주문 데이터는 몇 년
// 보관해야 하나요?", "최종적 일관성이면 돼요?", "배민 피크 주문량 얼마로 잡으면 될까요?") or the
// company set as the scene ("For DoorDash, how many people order daily?", "Spotify: how many MAU?",
// "Netflix — what's the peak QPS?", "…for the Shopify checkout?", "If I'm designing Spotify, …").
// Its figures, history and habits asked as such ("How many users does Zillow have, out of
// curiosity?", "How does Netflix handle peak traffic?", "넷플릭스는 DAU가 얼마나 되죠?") stay general:
// no such words; nor do those words when the story or business is the company's own (ITS_OWN_STORY:
// "Why did Discord need to migrate …?", "What's DoorDash's expected revenue?", "쿠팡 올해 예상 매출
// 아세요?") or the word is its own ("What's Netflix's SLA?"). An independent review's 210 wordings
// (2026-12-06) shaped these lists; "ok" and "fine" alone, "plan to" and an SLA were too broad.
const ASKED_AS_A_REQUIREMENT =
  /\b(?:needs?|must|should|have to|has to|supposed to|expect(?:ed)?|required|requirements?|budget|targets?|goals?|aim(?:ing)?|(?:to|we|i)\s+(?:[\w-]+\s+)?plan(?:ning)? for|in scope|scope|assume|acceptable|tolerable|good enough|reasonable|is it (?:fine|ok(?:ay)?|alright)|(?:suppose|let's say|say) it's|at launch)\b|-(?:type|wise)\b|필요|필수|(?<=[\uac00-\ud7a3])야\s*(?:하|해|돼|되|겠|할|합)|면\s*(?:돼|되|될|됩|충분)|잡으면|잡을까|잡아요|충분|예상|목표|고려|괜찮|허용|가정|범위|포함|요구\s*사항|설계|기준으로/iu;
const ITS_OWN_STORY =
  /\b(?:why|did|was|were|had|used to|originally|found(?:ed|ing|ers?)|history|revenue|valuation|ceo|stock|market cap|do you know|out of curiosity|just curious|actually|in real life|these days|nowadays|work(?:ed)? (?:for|at)|pric(?:e|es|ing)|costs?|premium|subscription|policy|blogs?|hired|hiring|audience)\b|in (?:19|20)\d\d|(?:했|였|었|됐|았|되었)(?:어요|나요|죠|대요|다|습니까|을까|던)|대요|매출|시가총액|주가|아세요|알아요|실제|요즘|요금|프리미엄|가입하려면|보려면|만든|만들었/iu;
const COMPANY_OWN_WORD = new RegExp(String.raw`(?:${OTHER_PRODUCT.source})(?:'s|’s)\s+(?:\w+\s+){0,2}?(?:slas?|targets?|goals?|budget|plans?|requirements?|expectations?)\b`, "iu");
// The company set as the scene at the start, alone ("For X, …", "X: …", "X — …", "for doordash how
// many …"), or as the thing being designed ("If I'm designing Spotify"): the question pictures it.
// Not a company before a part of ours ("For Stripe payments, …", "Google Maps, …") nor one of a
// list ("Uber and Lyft: …", "Netflix, YouTube and Hulu, …"): those ask about it or its kind.
const SCENE_OPENING = String.raw`^\s*(?:(?:ok|okay|so|and|alright)[,\s]+)?`;
const OTHER_PRODUCT_OPENS_THE_SCENE = new RegExp(
  String.raw`${SCENE_OPENING}(?:for\s+)?(?:the\s+)?(?:${OTHER_PRODUCT.source})\s*(?:[:,—–]|\s-\s)(?!\s*(?:(?:${OTHER_PRODUCT.source})|and\b|or\b|&))` +
    String.raw`|${SCENE_OPENING}for\s+(?:the\s+)?(?:${OTHER_PRODUCT.source})\s+(?=(?:how|what|what's|whats|where|when|whens|which|who|is|are|do|does|can|could|should|will|would|any)\b)` +
    String.raw`|\b(?:designing|building)\s+(?:a\s+|an\s+|the\s+)?(?:${OTHER_PRODUCT.source})\b`,
  "iu",
);
// …or named after a figure of the design it asks for ("whats the QPS for ticketmaster", "whens the
// busiest hour for lyft", "any spikes … for the Shopify checkout?"); "signed up for Spotify" and
// "used for Instagram's feed" ask about the company.
const OTHER_PRODUCT_AS_THE_SCENE = new RegExp(
  String.raw`${OTHER_PRODUCT_OPENS_THE_SCENE.source}|\b(?:qps|rps|tps|dau|mau|traffic|load|latency|p\d{2,3}|peak|busiest\s+\w+|spikes?|uptime|availability|growth|grow|growing|volume|ratio|storage|retention|users?|requests?)\b[^?.!]{0,24}?\bfor\s+(?:the\s+)?(?:${OTHER_PRODUCT.source})`,
  "iu",
);
// What the company has or uses is its own figure, whatever else the message says ("How many users
// does Netflix have? I'd assume around 200M").
const WHAT_THE_COMPANY_HAS = new RegExp(String.raw`\b(?:does|do|did)\s+(?:the\s+)?(?:${OTHER_PRODUCT.source})\s+(?:\w+\s+)?(?:have|use|handle|serve|process|run|get|make)\b`, "iu");

// The exercise named outright ties the company to ours, whatever else the question says.
const IN_THIS_PROBLEM = /\bin this (?:problem|exercise|question|design|interview)\b|이번\s*문제/iu;

const askedAsOurs = (text: string) =>
  IN_THIS_PROBLEM.test(text) ||
  (!ITS_OWN_STORY.test(text) && !WHAT_THE_COMPANY_HAS.test(text) && ((ASKED_AS_A_REQUIREMENT.test(text) && !COMPANY_OWN_WORD.test(text)) || OTHER_PRODUCT_AS_THE_SCENE.test(text)));

/**
 * The other company a question sets as the scene of the design, as the question writes it ("For
 * DoorDash, how many people order daily?" → "DoorDash"), so the interviewer can say that ours is
 * our own before the figures; null when it names none, ties it to ours ("like Uber"), uses it as a
 * part of ours ("pay via PayPal") or only names it elsewhere in a question about ours ("Does
 * checkout need PayPal support?", "인스타그램 공유 기능 필요한가요?"): saying "not PayPal itself" there
 * would answer a question nobody asked.
 */
export function companyAskedAsOurs(text: string): string | null {
  const named = OTHER_PRODUCT.exec(text);
  if (named === null || TIED_TO_OURS.test(text) || OTHER_PRODUCT_AS_OUR_PART.test(text) || !askedAsOurs(text)) return null;
  return OTHER_PRODUCT_OPENS_THE_SCENE.test(text) ? named[0] : null;
}

// The world's geography, not where our users are: "How many countries are there in the EU?", "How
// many time zones does Russia span?", "What's the biggest city in Korea?", "Which country has the
// most internet users?" (an independent review, 2026-12-07, found each revealing the regions).
// Where ours are asks with we, our, the product or its people ("How many countries are we in?").
const PLACES = "(?:countries|states|cities|provinces|continents|time ?zones)";
const WORLD_GEOGRAPHY = new RegExp(
  [
    // Alone only what the world has so few of that no footprint is meant ("How many countries are there?" may ask ours).
    "\\bhow many (?:continents|time ?zones) (?:are there|exist)\\s*[?？.!]*\\s*$",
    `\\bhow many ${PLACES} (?:are|is) (?:there )?in (?:the )?(?:world|eu|european union|europe|asia|africa|america|north america|south america|latin america|oceania)\\b`,
    `\\bhow many ${PLACES} (?:does|do) (?!(?:we|our|it|they|you|users?|customers?|clients?|people|members)\\b)\\w+ (?:span|have|cover|border)\\b`,
    "\\b(?:biggest|largest|most populous|smallest) (?:city|country|continent|state)\\b(?! (?:we|our)\\b)",
    "\\bcapital (?:city )?of\\b",
    "^\\s*which (?:country|city|continent|state) (?:has|is|was) the (?:most|biggest|largest|fastest|highest)\\b",
  ].join("|"),
  "iu",
);
const OURS_IN_GEOGRAPHY = /\b(?:we|our|ours|this|these|the (?:app|service|site|platform|system|product|backend))\b/iu;

/** General knowledge: another company's figures, a technology's capacity, how to compute something, what a term means. */
export function isGeneralKnowledge(text: string): boolean {
  if (WORLD_SUPERLATIVE.test(text) && !OURS.test(text) && !THIS_ONE.test(text)) return true;
  if (WORLD_GEOGRAPHY.test(text) && !OURS_IN_GEOGRAPHY.test(text)) return true;
  if ((OTHER_PRODUCT.test(text) || namesAnotherCompany(text)) && !TIED_TO_OURS.test(text) && !OTHER_PRODUCT_AS_OUR_PART.test(text) && !askedAsOurs(text)) return true;
  if (OTHERS_IN_GENERAL.test(text) && !CURRENT_OR_OURS.test(text) && !THIS_ONE.test(text)) return true;
  if (TECHNOLOGY.test(text) && (TECHNOLOGY_IN_GENERAL.test(text) || TECHNOLOGY_LIMIT.test(text)) && !CURRENT_OR_OURS.test(text) && !THE_TECHNOLOGY_OF_OURS.test(text) && !KO_REQUIRED.test(text)) return true;
  if ((LORE.test(text) || WHY_IN_GENERAL.test(text)) && !OURS.test(text)) return true;
  const typicalOfAKind =
    (TYPICAL_OF_A_KIND.test(text) && !(FOR_ONE_OF_OURS.test(text) && NAMES_OUR_PRODUCT.test(text))) ||
    (CONSIDERED_OF_A_KIND.test(text) && !CURRENT_OR_OURS.test(text) && !LIKE_OURS.test(text));
  const ninesArithmetic = NINES_ARITHMETIC.test(text) && !DOWNTIME_TO_ACCEPT.test(text);
  const howAKindWorks = (HOW_A_KIND_WORKS.test(text) || HOW_A_KIND_WORKS_KO.test(text)) && !CURRENT_OR_OURS.test(text) && !IN_THIS_DESIGN.test(text);
  return HOW_TO.test(text) || DEFINITION.test(text) || UNIT_FACT.test(text) || typicalOfAKind || ninesArithmetic || howAKindWorks || asksHowAKindOfProductUsually(text);
}

// A design decision the candidate should make, asked of the interviewer: "Should the cache be
// write-through?", "Does a message queue make sense here?", "gRPC가 나을까요, REST가 나을까요?".
// It names a building block of the design (not a requirement) in the form of a choice; the
// interviewer leaves it to the candidate and reveals nothing, whatever topic words it shares.
// Words, not parts of words: "rest" is not in "restrict", nor 큐 in 시큐리티. A lock is a part
// only as the design's ("a distributed lock", "optimistic locking"): a smart lock is a product.
const DESIGN_PART =
  /\b(?:cache|caching|caches|queue|queues|kafka|rabbitmq|redis|memcached|shard(?:s|ing)?|partition(?:s|ing)?|replica(?:s|tion)?|load balancer|cdn|websockets?|long polling|polling|grpc|rest|graphql|sql|nosql|relational|cassandra|dynamodb|mongo(?:db)?|postgres(?:ql)?|mysql|microservices?|monolith|jwt|s3|object stor(?:e|age)|blob stor(?:e|age)|elasticsearch|write-through|write-back|write-behind|consistent hashing|leader|quorum|bloom filter|batch(?:ing)?|cron|workers?|push or pull|pull or push|fan-?out on (?:write|read))\b|캐시|(?<![\uac00-\ud7a3])큐|메시지\s*큐|카프카|레디스|샤딩|샤드|파티션|레플리카|로드\s*밸런서|웹소켓|폴링|관계형|마이크로서비스|모놀리스|워커|배치|(?:db|디비|데이터베이스)\s*(?:유니크|unique)\s*(?:제약|키|인덱스)|유니크\s*(?:제약|키|인덱스)|\bunique (?:constraint|index|key)s?\b|트랜잭션|분산\s*락|\bdistributed locks?\b|\b(?:optimistic|pessimistic|row[- ]level) lock(?:s|ing)?\b|\bmutex(?:es)?\b|\btwo[- ]phase commit\b|\b2pc\b|\bsagas?\b/iu;
// A plan for such a part put up for approval ("…DB 유니크 제약으로 처리하려는데 괜찮나요?") chooses too.
const CHOICE =
  /^\s*(?:should|would|could|shall) (?:i|we|it|the|a|an|this|that)\b.*\b(?:be|use|go|pick|choose|add|put|make|prefer|start)\b|\bmake sense\b|\bthe (?:right|best|correct|proper) (?:way|approach|tool|choice|call|fit)\b|\b(?:better|worth it|a good (?:fit|idea|choice)|overkill)\b|\bwould you (?:use|pick|choose|go with|go|recommend|do)\b|\bor\b.*\bbetter\b|나을까|좋을까|맞을까|괜찮을까|괜찮죠|괜찮겠죠|적합할까|적합한가|쓸까요|써야\s*할까|쓰는\s*게\s*(?:좋|나)|어떨까|(?:하려는데|하려고\s*(?:하는데|해요|합니다)|할\s*(?:건데|계획인데|생각인데)|쓰려는데|쓸\s*건데|두려는데|넣으려는데)\s*(?:[\uac00-\ud7a3]+\s*){0,2}?(?:괜찮|어떠|어때|문제\s*없)/iu;

/**
 * Word salad, not a question: a word typed three times running ("users users users latency").
 * (A Korean word doubled in itself is often a word of its own: "어디어디", "뭐뭐".)
 */
export function isNoise(text: string): boolean {
  return /(?<![\p{L}\p{N}])(\p{L}{2,})(?:\s+\1(?![\p{L}\p{N}])){2,}/iu.test(text);
}

// Korean consonants and vowels typed alone: a keyboard mash ("ㅁㄴㅇㄹ"), unless it is laughter
// or a chat "yes"/"OK" ("ㅋㅋ", "ㅎㅎ", "ㅇㅇ", "ㅇㅋ"), which ACKNOWLEDGEMENT takes.
const JAMO_ONLY = new RegExp(`^[\\s${KOREAN_LETTERS}\\p{P}]+$`, "u");

/**
 * No question at all: only punctuation or symbols ("?", "...", "#"; not an emoji reaction), a word typed three times
 * running, or Korean letters that spell no syllable. The interviewer says it did not follow,
 * rather than "make an assumption" about nothing.
 */
export function isUnclear(text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text) || JAMO_ONLY.test(text)) return socialKind(text) === null;
  return isNoise(text);
}

// The share of a message's words the corpus has never seen for it to be unreadable: "lorem
// ipsum dolor sit amet" knows only "sit"; "Tell me a joke" knows half.
const UNREAD_SHARE = 0.8;

// A mash of keys: a word with no vowel, or a run along a keyboard row ("asdf", "qwer", "hjkl").
const KEY_RUN = /qwer|wert|erty|rtyu|tyui|yuio|uiop|asdf|sdfg|dfgh|fghj|ghjk|hjkl|zxcv|xcvb|cvbn|vbnm/iu;
const MASHED = (word: string) => !/[aeiouy]/iu.test(word) || KEY_RUN.test(word);
// Fewer words than this are read as a mash only by their shape: "Typeahead?", "Quotas?",
// "Idempotent retries?" are terse questions in words the corpus may never have seen.
const SENTENCE_WORDS = 3;

/**
 * Words the corpus has never seen and none close to one ("qwerty uiop asdf", "lorem ipsum dolor
 * sit amet", a sentence in another language written in Latin letters): nothing to read. `known`
 * says whether a word (or its stem, or its corrected spelling) is in the corpus's vocabulary;
 * words of one letter do not count. A short message is a mash only if every word looks like one
 * ("asdf", "qwer zxcv"). A Korean syllable or a digit is read as something, so a message with
 * either is never gibberish.
 */
export function isGibberish(text: string, known: (word: string) => boolean): boolean {
  if (/[\uac00-\ud7a3\p{N}]/u.test(text)) return false;
  const words = (text.match(/\p{L}+/gu) ?? []).filter((word) => word.length > 1);
  if (words.length === 0) return false;
  if (words.length < SENTENCE_WORDS) return words.every((word) => MASHED(word) && !known(word.toLowerCase()));
  const unread = words.filter((word) => !known(word.toLowerCase())).length;
  return unread >= UNREAD_SHARE * words.length;
}

/** It names a building block of the design ("cache", "queue", "샤딩"). */
export function namesDesignPart(text: string): boolean {
  return DESIGN_PART.test(text);
}

/** It names a technology by name ("Kafka", "S3", "Kubernetes"). */
export function namesTechnology(text: string): boolean {
  return TECHNOLOGY.test(text);
}

// What runs today, proposed for the interviewer to confirm, is the current setup, not a choice
// to make: "Would it be fair to say the team runs everything on one MySQL today?", "지금은 MySQL
// 한 대로 돌리고 있다고 봐도 될까요?". Only as a proposal (assumption.ts) whose own words choose
// nothing: "Should we add a cache, since reads currently dominate?" is still the candidate's call.
const AS_IT_IS_TODAY = /\b(?:today|currently|at the moment|at present|existing|already (?:use|run|have)s?)\b|지금은|현재|기존|이미/iu;

function confirmsWhatRunsToday(text: string): boolean {
  const core = assumptionCore(text);
  return core !== null && AS_IT_IS_TODAY.test(core) && !CHOICE.test(core);
}

// "Can you tell me whether I should use Kafka?", "I'd like to know which database we should
// pick": the choice an indirect request embeds (indirect.ts).
// An embedded question keeps a statement's word order: "whether I should", "which … we should".
const EMBEDDED_CHOICE = /^(?:whether|if|which|what)\b.{0,60}?\b(?:i|we)\s+(?:should|shall|ought to)\b/iu;

// Where to keep, run or build a part is the candidate's choice too ("Should I store the raw upload
// in blob storage before transcoding?", "Should we keep the sessions in Redis?"), unless it is
// measured: a figure, a duration or "forever" asks the requirement ("Should the queue keep messages
// forever?", "Could the queue take 50k messages a second?").
const KEEPING_CHOICE = /^\s*(?:should|would|could|shall) (?:i|we|it|the|a|an|this|that)\b.*\b(?:store|keep|save|host|run|write|send|split|shard|precompute|generate|build)\b/iu;
const MEASURED = /\d|\b(?:forever|indefinitely|per (?:second|minute|hour|day)|a (?:second|minute|day)|how (?:long|many|much))\b|\bfor (?:\w+ )?(?:years?|months?|weeks?|days?|hours?)\b/iu;

export function isDesignChoice(text: string): boolean {
  const chooses = CHOICE.test(text) || EMBEDDED_CHOICE.test(withoutRequestOpening(text)) || (KEEPING_CHOICE.test(text) && !MEASURED.test(text));
  return DESIGN_PART.test(text) && chooses && !confirmsWhatRunsToday(text);
}

// Whether the approach so far is fine, as the whole message: "Is my approach so far OK?",
// "지금까지 방향이 괜찮나요?", "제 접근 방식 괜찮나요?". Not when it goes on to ask or to state a
// figure ("Is my approach fine if messages are kept forever?", "제 방향이 맞나요? 사용자가 천만
// 명이라고…"), and not "접근" alone, which is also access ("사내 접근이 괜찮나요?").
const HOW_AM_I_DOING =
  /^\s*(?:so,?\s+)?is my (?:approach|direction|thinking)(?: so far| here)? (?:ok(?:ay)?|fine|good|right|reasonable|on track)(?: so far)?\s*[?？.!]*\s*$|^\s*(?:(?:지금까지|여기까지)\s*(?:의\s*)?(?:제\s*)?|(?:제|내)\s*)(?:접근\s*방식|방향|설계\s*방향|풀이\s*방향|흐름)\s*(?:이|은|가|는)?\s*(?:괜찮|맞|어때|어떤가)[\p{Script=Hangul}]*\s*[?？.!~]*\s*$/iu;

/** About the interview or the job: a break, how the candidate is doing, salary. */
export function isAboutInterview(text: string): boolean {
  return ABOUT_INTERVIEW.test(text) || HOW_AM_I_DOING.test(text);
}

// Greetings and thanks, said to the interviewer as to a person: the whole message is one
// ("Hi!", "How are you today?", "Thanks, that helps", "안녕하세요", "감사합니다"), so a question
// that opens with one ("Hi, how many users are there?") is still a question.
const GREETING_PART =
  /(?:hi|hello|hey|good (?:morning|afternoon|evening))(?: there)?|how are you(?: doing)?(?: today)?|how['’]s it going|nice to meet you|안녕하세요|안녕|반갑습니다|반가워요|처음 뵙겠습니다|잘 지내(?:셨어요|시죠|세요)?|오늘 어떠세요|잘 부탁드립니다|잘 부탁드려요/iu;
const GREETING = new RegExp(`^\\s*(?:(?:${GREETING_PART.source})[\\s,!.?~]*)+`, "iu");
// A greeting may end with the candidate's name ("Hi, I'm Sam Lee": capitalised, one or two
// words), a name only: "Hi, I'm curious about the DAU" is a question.
const NAME = /^(?:[Ii]['’]m|[Ii] am|[Mm]y name is) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?[\s!.~]*$/u;

function isGreeting(text: string): boolean {
  const opening = GREETING.exec(text);
  if (!opening) return false;
  const rest = text.slice(opening[0].length);
  return rest === "" || NAME.test(rest);
}
// Thinking aloud and chat laughter count ("hmm", "ㅋㅋ", "ㅇㅇ"); a run of one letter must end
// where the letter does ((?!…)), so a long run cannot be split many ways.
const ACKNOWLEDGEMENT =
  /^\s*(?:(?:ok(?:ay)?|alright|h+m+(?!m)|u+m+(?!m)|uh(?:-huh)?|mhm|ㅇㅇ|ㅇㅋ|ㅋ+(?!ㅋ)|ㅎ+(?!ㅎ)|음+(?!음)|흠+(?!흠)|great|perfect|got it|understood|i see|cool|sure|thanks(?: a lot| so much)?|thank you(?: (?:so|very) much)?|thx|that helps|that's helpful|감사합니다|고맙습니다|감사해요|고마워요|알겠습니다|알겠어요|이해했습니다|좋아요|좋습니다|네)[\s,!.~]*)+$/iu;
const WELLBEING = /how are you|how['’]s it going|잘 지내|어떠세요/iu;
// Small talk about the interviewer's own day: "Did you have lunch already?", "How busy are you
// today?", "점심 드셨어요?". Answered in kind, like "how are you".
const PERSONAL =
  /\b(?:did|have|do|are|were) you\b.*\b(?:lunch|dinner|breakfast|coffee|eat|eaten|ate|sleep|slept|weekend|vacation|hobby|hobbies|movie|movies)\b|^\s*(?:are|were) you (?:on|using|calling from|joining from|in)\b[^?]*\b(?:right now|now|today|at the moment)\s*[?!.]*$|\bhow (?:busy|tired) are you(?: today| doing)?\s*[?!.]*$|(?:점심|저녁|아침|식사|밥|커피)\s*(?:은|을|는|도)?\s*(?:드셨|먹었|하셨|잡수)|주말\s*(?:은|에)?\s*(?:잘|어떻게)\s*(?:보내|지내)/iu;
const THANKS = /thank|thx|감사|고맙|고마워/iu;

/** A greeting, a thank-you or an "OK" and nothing else: the interviewer answers in kind and asks for questions. */
// A reaction with no words ("👍", "🙏", "🙂"), as chat apps send for "OK".
const EMOJI_ONLY = /^[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f!.~]+$/u;

// A message that is only about the call itself, as in a video interview: "Shall I share my
// screen?", "Can you hear me?", "화면 공유할까요?", "제 화면 잘 보이세요?". The whole message, so a
// question after it still asks ("Let me share my screen. How many users do we have?") and a
// product's screen sharing ("Can users share their screen in a group call?") is a feature.
const CALL_ITSELF = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|so|alright|right|great|hi|hey|sorry)[,!.]?\s+)?(?:` +
    String.raw`(?:(?:let me|i'll|i will|i'm going to|shall i|should i|can i|could i|may i|mind if i|is it ok(?:ay)? if i)\s+(?:quickly\s+|just\s+)?(?:(?:share|show)\s+(?:my|the)\s+screen|screen\s?share)(?:\s+(?:now|quickly|with you|real quick|first))?)` +
    String.raw`|(?:(?:can|could)\s+(?:you|everyone|everybody|you all)\s+(?:see|hear)\s+(?:my\s+screen|me)(?:\s+(?:ok(?:ay)?|now|clearly|well|alright|fine))?)` +
    String.raw`|(?:is\s+my\s+(?:screen|audio|mic(?:rophone)?|video|camera)\s+(?:visible|ok(?:ay)?|working|clear|on|fine))` +
    String.raw`|(?:(?:네|넵|그럼|자|잠시만요)[,.]?\s*)?(?:제\s*)?화면\s*(?:[을를]\s*)?공유\s*(?:좀\s*)?(?:할까요|할게요|할께요|하겠습니다|해도\s*(?:될까요|되나요|돼요|되죠|괜찮을까요|괜찮나요)|해\s*드릴까요|드릴까요|가능할까요|가능한가요)` +
    String.raw`|(?:제\s*)?화면(?:이|은)?\s*(?:잘\s*)?보이(?:세요|나요|시나요|시죠|죠|니|시는지)` +
    String.raw`|(?:제\s*)?(?:목소리|소리|말)(?:가|이|는|은)?\s*(?:잘\s*)?들리(?:세요|나요|시나요|시죠|죠|니|시는지)` +
    String.raw`)\s*[?？.!~]*\s*$`,
  "iu",
);

export function socialKind(text: string): "greeting" | "wellbeing" | "thanks" | "acknowledgement" | "call" | null {
  if (CALL_ITSELF.test(text.trim())) return "call";
  if (EMOJI_ONLY.test(text) && /\p{Extended_Pictographic}/u.test(text)) return "acknowledgement";
  if (isGreeting(text)) return WELLBEING.test(text) ? "wellbeing" : "greeting";
  if (PERSONAL.test(text)) return "wellbeing";
  if (ACKNOWLEDGEMENT.test(text)) return THANKS.test(text) ? "thanks" : "acknowledgement";
  return null;
}
