import { describe, expect, it } from "vitest";
import { isClarificationRequest, isDesignChoice, isGeneralKnowledge, isGeneralQuestion, isGibberish, isNoise, isUnclear, socialKind } from "@/lib/interview/intent/requests";
import { familyScore, topicFamilies } from "@/lib/interview/intent/families";
import { readTopics } from "@/lib/interview/intent/corpus";
import path from "node:path";

// General-knowledge and about-the-interview questions reveal nothing, whatever topic words they
// share; a question that ties another product to ours is still about ours.

describe("isGeneralQuestion", () => {
  it.each([
    "How many users does WhatsApp have?",
    "What is Netflix's peak traffic?",
    "유튜브에는 하루에 영상이 몇 개 올라와요?",
    "How do I convert daily users into QPS?",
    "QPS는 어떻게 계산하나요?",
    "What is a CDN?",
    "What does eventual consistency mean?",
    "지연 시간과 처리량의 차이가 뭐예요?",
    "How many bytes are in a kilobyte?",
    "1메가바이트는 몇 바이트예요?",
    "Could we take a short break?",
    "저 지금 잘하고 있는 건가요?",
    // How the candidate's approach is going is about the interview, not a requirement.
    "Is my approach so far OK?",
    "지금까지 방향이 괜찮나요?",
    "제 접근 방식 괜찮나요?",
    // The job itself, wherever it is.
    "Where is this role located?",
    "Is this position remote?",
    "이 포지션 연봉 범위가 어떻게 되나요?",
    "What's the salary for this role?",
    "What's the compensation like?",
    "How many requests does Stripe handle per second?",
    "How many requests per second can a single nginx box usually handle?",
    "how many requests per second a single Redis node handles",
    "How many writes can one Cassandra node take?",
    "Does S3 guarantee eleven nines of durability?",
    "레디스 한 대가 보통 초당 몇 건 처리해요?",
    "AWS S3는 가용성을 몇 나인까지 보장해?",
    "How many requests per second can a single Postgres instance handle?",
    "How does Kafka deal with hot partitions?",
    "MySQL 한 대로 QPS 어느 정도까지 버틸 수 있어요?",
    // One machine or node of a named technology, what it can take, in typed chat.
    "엔진엑스 한대로 초당 요청 몇개까지 받을수있음",
    "카산드라 노드 하나 쓰기 몇 건 소화 가능해?",
    "mysql 1대 TPS 얼마나 나와요",
    // A named technology's own limit or its own parts counted.
    "What's the max object size in S3?",
    "What's the maximum item size in DynamoDB?",
    "kafka message size limit?",
    "S3 객체 최대 크기가 얼마죠?",
    "DynamoDB 아이템 최대 크기가 얼마였더라",
    "AWS 리전은 몇 개예요?",
    "What is S3's maximum object size?",
    "What's a typical p99 for a REST API?",
    "Generally speaking, what's considered a good p99 latency for a web API?",
    "보통 REST API p99는 몇 ms 정도가 일반적이에요?",
    "Is 99.99% availability about 52 minutes of downtime a year?",
    "99.9% 가용성이면 1년에 다운타임이 얼마예요?",
    "CDN이 뭐예요?",
    // How a kind of building block or protocol works.
    "How does a load balancer decide which server gets a request?",
    "How do CDNs pick the edge that serves a user?",
    "How does TLS work, and can a proxy read encrypted traffic?",
    "로드 밸런서는 어떤 서버로 보낼지 어떻게 결정해요?",
    "What does strong consistency mean exactly?",
    "QPS라는 건 초당 요청 수라는 뜻 맞죠?",
    // A technology's default, what it gives, and what other services do as a habit.
    "Does Cassandra give strong consistency?",
    "DynamoDB는 기본이 최종적 일관성이 맞죠?",
    "What's the typical uptime of a single AWS availability zone?",
    "How do most companies handle celebrities?",
    // How a kind of product usually does something.
    "How do password managers typically derive an encryption key from the master password?",
    "Out of curiosity, how do browsers usually cache fonts?",
    "How do fitness trackers generally count steps?",
    // Arithmetic, physics, industry lore, other products, and the interview's own rules.
    "How many minutes of downtime a year is five nines?",
    "What's the usual round-trip latency between US East and Europe?",
    "Outside of this problem, what peak-to-average ratio do textbooks usually assume?",
    "업계에서 보통 DAU/MAU 비율은 몇 프로쯤 나와요?",
    "How many daily users does Discord have these days?",
    "카톡은 메시지 서버에 얼마나 보관하나요?",
    "Can I skip the back-of-the-envelope math for users and QPS?",
    "Do I lose points if I never mention p99 latency?",
    "How long should the requirements phase take?",
    "감점되나요?",
    "AWS 리전은 전 세계에 몇 개 있어요?",
    "How many regions does AWS have?",
    "Why do people look at p99 instead of average latency?",
    "보통 글로벌 서비스들은 여러 리전을 어떻게 운영하는지 궁금합니다.",
    "Can I skip the estimation part?",
    "시간 얼마나 남았어요?",
    // Another company no list holds, by its capitalised name doing the having or the handling.
    "Out of curiosity, how many daily users does Nextdoor have?",
    "Does Nextdoor have a chat feature?",
    "How does Kickstarter deal with peak load when a big campaign launches?",
    "직방은 사용자가 몇 명이나 되나요?",
    "How many requests can one Redis node do per second?",
    "이 포지션은 어느 팀에서 일하게 되나요?",
    "입사하면 어떤 팀 소속이 되나요?",
    "제가 지원한 포지션은 어떤 일을 하나요?",
    "What does 99.9% mean?",
    "Is there a formula for turning DAU into QPS?",
    "What's a typical response time for a single REST call?",
    // The arithmetic of nines, the interview's own scoring and a term in general stay general.
    "Is 99.99% about 52 minutes of downtime a year?",
    "99.9% 가용성이면 1년에 다운타임이 얼마예요?",
    "QPS 계산 공식 알려주세요",
    "채점은 어떻게 하세요? 용량 계산도 점수에 들어가요?",
    "면접 채점 기준이 뭐예요?",
    "What's a good p99 for websites in general?",
    "What's the best database in general?",
    "How many days are in a leap year?",
    // The interview's own question, asked of the interviewer.
    "How long did it take you to come up with this question?",
    "Who wrote this problem?",
    "이 문제 직접 만드신 거예요?",
  ])("%s is general", (text) => {
    expect(isGeneralQuestion(text)).toBe(true);
  });

  it.each([
    "How many users do we have?",
    "How many users does it have?",
    // Our own clients, people, or the product itself doing something as a habit.
    "How do client apps usually reconnect after a deploy?",
    "How do users usually find a listing?",
    "How do our apps usually sync?",
    "How does the app usually sync photos?",
    // …nor a message that goes on to ask about ours (an independent review's).
    "How do dating apps usually rank profiles, and how many users are there?",
    "How do password managers typically derive keys? 사용자 수는 몇 명인가요?",
    "How do exchanges typically handle 10,000 orders per second, and what's ours?",
    "How do merchant apps typically upload menus in this system?",
    "How do apps typically integrate with the payment gateway here?",
    "How do creator tools typically upload long videos to the platform?",
    // A salary as a payroll system's data, not the job's pay.
    "Who can view salary data in the HR portal?",
    "If HR updates a salary, must payslips change at once?",
    "급여 명세서는 몇 년 보관해야 하나요?",
    // A payroll or grading product's own system, not the job's pay or the interview's scoring.
    "급여 시스템 고객사가 내년엔 얼마나 늘어날 것 같아요?",
    "급여 시스템 점검 시간 동안 서비스 중단돼도 괜찮아요?",
    "How many companies use the salary system each month?",
    "코딩 테스트 채점 사이트에 하루 들어오는 유저가 몇 명이나 되나요?",
    "코드 제출 하나 채점하는 데 평균 몇 초 걸리나요?",
    "채점 서버 점검 시간 가져도 돼?",
    // Downtime offered as a choice is our availability target, not arithmetic.
    "Does the reminder app need 99.99% uptime, or is a few hours of downtime a year fine?",
    // "Official" (공식) is no formula; "in general" about our system is ours.
    "게임 공식 웹사이트 방문자는 어느 지역에 많고, 정적 파일 비중은 얼마나 되나요?",
    "what is the load on the system in general, like requests per day?",
    "How busy is the file sync backend in general, in requests per second?",
    "so how much load on the attendance notification server in general?",
    // A record's bytes, not a unit's; pay landing in a payroll product.
    "and roughly how many bytes in a recipe (text only)?",
    "does the first of the month, when salaries and benefits land, cause a burst of logins?",
    // Our scale measured against another company's.
    "Should I size this for a startup-sized crowd or a Netflix-sized one?",
    "동영상 서비스 시청자가 몇 명이나 돼? 넷플릭스급이야, 아니면 훨씬 작아?",
    // Our call to another company's API is our slow work.
    "How long does each Stripe call take at checkout?",
    "How many sync calls does the app make, and how long does each Google or Outlook call take?",
    // Screens and sound as the product's (an independent review's examples): the words that
    // end in 제 (결제, 삭제), a user sharing a screen in the product, a screen name.
    "결제 화면이 보이기까지 몇 초 걸려도 되나요?",
    "삭제 화면이 보이는 데 얼마나 걸려야 하나요?",
    "결제 소리가 들리는 건 범위에 있나요?",
    "If I share my screen in a group call, how fast must it reach the other members?",
    "그룹 통화에서 사용자가 화면 공유해도 되나요?",
    "Should the feed show my screen name or my real name?",
    "Can I share the screen recording in a group chat, and how big are those files?",
    // Capitalised, but a day, a place, a platform, a plan or an event of ours (a review's examples).
    "How much traffic does Black Friday get?",
    "How much load does New Year have compared to normal days?",
    "How many users does Korea have?",
    "How many users does Seoul have?",
    "What permissions does Admin have?",
    "How many notifications does Android handle per day?",
    "선수 포지션별 통계도 보여줘야 하나요?",
    "플레이어 포지션 업데이트는 초당 몇 번 보내나요?",
    "신규 직원이 입사하면 계정이 자동으로 만들어져야 하나요?",
    "How many writes per second will the Kafka topic process?",
    "Does CDN have to serve the thumbnails too?",
    "Can we do 10k QPS on one box?",
    "지금 어떤 팀이 이 시스템을 운영하나요?",
    "피크 트래픽은 오토스케일링으로 버틸 정도인가요?",
    "Is it YouTube scale, how many videos a day?",
    "우리도 카카오톡처럼 사용자가 많나요?",
    "How many bytes per request?",
    "메시지 하나의 평균 크기가 몇 바이트예요?",
    "What does fast mean for this service, in milliseconds?",
    "주말과 평일 트래픽 차이가 있나요?",
    "Are there separate apps in the App Store and Google Play?",
    "What's the availability target?",
    "What breaks first when traffic doubles?",
    // A named technology tied to ours or to what runs today is the current setup, and a choice
    // of technology is the candidate's to make: neither is general knowledge.
    "How many requests does our nginx handle today?",
    "Is the data stored in a single Postgres instance?",
    "지금 쓰는 레디스는 몇 대예요?",
    "우리 엔진엑스 한 대로 초당 몇 건 받고 있어요?",
    // One machine of a named technology in a requirement, or words that only begin like it (한 대화방, 1대1).
    "엔진엑스 한 대에서 하루 요청 몇 건 받을 수 있어야 해요?",
    "레디스 노드 하나가 피크 트래픽을 소화할 수 있어야 하나요?",
    "레디스로 1대1 채팅 세션 몇 개 관리해요?",
    "레디스 한 대화방당 메시지 몇 개 캐시해요?",
    // The product's own files and records kept in a named technology, and its count of what we run.
    "S3에 올리는 파일 최대 크기 제한 있어요?",
    "What's the max file size users can upload to S3?",
    "몽고DB 문서 크기는 평균 몇 KB예요?",
    "지금 쓰는 S3 버킷은 몇 개예요?",
    "Which AWS regions are we deployed in?",
    // …and a product's limit said beside a technology, what runs, what is kept, what is uploaded.
    "What's the max message size a user can send? Attachments go to S3 I guess",
    "Is there a message size limit for chat? thinking attachments would live in S3",
    "For the key-value store, like Redis, what's the max value size?",
    "max item size in the cart? I'd store carts in DynamoDB",
    "S3 데이터는 몇 개월 보관해요?",
    "Redis 인스턴스는 몇 개 돌리고 있어요?",
    "카프카 브로커는 몇 개 운영 중이에요?",
    "S3 사진은 몇 개까지 올려요?",
    "DynamoDB 테이블은 몇 개 필요해요?",
    "AWS 리전은 몇 개 쓰세요?",
    "카프카 브로커 한 대당 하루에 쌓이는 이벤트 몇 건이에요?",
    "Should I use Kafka or RabbitMQ?",
    "Can we use Redis for the cache?",
    "What's a typical request size?",
    "What availability do we need, 99.9 or 99.99%?",
    "기능이 뭐예요?",
    "Are we on AWS?",
    "Do other services call this API?",
    "Which availability zones do we run in today?",
    "How many minutes of downtime per month are acceptable, 99.9%?",
    "What's the round trip between our two data centres?",
    "사업계획상 5년 후 목표 규모 같은 게 있을까요?",
    "리더보드는 점수 갱신이 더 많아, 조회가 더 많아?",
    "Do clients send bursts, like 10x their normal request rate for a few seconds?",
    "How long does a single push to Apple or Google take?",
    // How the design's own part works, or ours.
    "How does the load balancer pick a server?",
    "How does a cache fit in our design?",
    "How does a queue help here?",
    "How does Postgres fit into your architecture?",
    "How does a cache need to be invalidated when prices change?",
    "How do HTTP requests spike during sales?",
    "큐는 실패한 메시지를 어떻게 처리해야 하나요?",
    "캐시는 이 설계에서 어떻게 동작해요?",
    "How does checkout work?",
    // What is considered good for ours, or a state a thing of ours is considered to be in.
    "What latency is considered acceptable for a redirect in our service?",
    "Is 99.9% uptime considered enough for a service like ours?",
    "How long until a short link is considered expired for a user?",
    // A typical one of ours, for one item of ours, and a formula that is a product, not a sum.
    "How large is a typical timetable response from the bus API for a single stop?",
    "What if one recall, say contaminated baby formula, goes viral and everyone hits that same notice?",
    "Is this a Dropbox-like service?",
    // Words that only look like a product, a definition, others, lore or the interview.
    "How big is the meta data per post?",
    "Can users zoom into images?",
    "토스트 알림도 보내나요?",
    "피크와 평균의 차이가 어떻게 되나요?",
    "다른 서비스들이 이 API를 호출하나요?",
    "How do other services authenticate to this API?",
    "What's the round trip time between users in Asia and the servers?",
    "Does it need to handle an availability zone outage?",
    "Can users skip the verification step?",
    "Do we skip the transcoding step for small videos?",
    "Are posts scored for ranking?",
    "게시물에 점수를 매기나요?",
    "Do users get points for posting?",
    "Why do people need strong consistency here?",
    "Do we have Redis today?",
    "지금까지 진행된 트래픽 수치가 얼마예요?",
    "Is my design OK with 10M users?",
    // Asking whether the approach is fine and then asking on, or "접근" as access.
    "제 방향이 맞나요? 사용자가 천만 명이라고 가정했는데",
    "Is my approach fine if messages must be kept forever?",
    "Is my approach so far OK? Also, how many users are there?",
    "VPN 없이 사내 접근이 괜찮나요?",
    "관리자 권한 범위 내 접근이 맞나요?",
    "What's the role of the cache here?",
    "So the p99 means 200 ms for us?",
    "DAU라는 게 하루 천만 명이에요?",
    // A product's own problems, questions, prompts and exercises, and how its parts usually work.
    "How do the mobile apps usually connect, over REST or a socket?",
    "How do client apps usually reconnect after a deploy?",
    "How do partner banks typically send settlement files?",
    "How long does it take to process the problem reports users file?",
    "Can a user pick the problem difficulty?",
    "Do users pick the question of the day or is it random?",
    "Once the moderator has written the question, who can edit it?",
    "How does the service come up with the prompt for each user?",
    "Can trainers choose the exercise for each client?",
    "복제 지연이 문제를 만들 수 있나요?",
    "트래픽이 문제를 만드는 시간대가 있어요?",
  ])("%s is about the system", (text) => {
    expect(isGeneralQuestion(text)).toBe(false);
  });
});

describe("another company as a part of ours", () => {
  it("reads traffic from it, a sign-in or a payment through it as our requirement, not its figures", () => {
    expect(isGeneralQuestion("If a recipe gets shared from TikTok, how big is the spike?")).toBe(false);
    expect(isGeneralQuestion("Is Google sign-in required for the forum?")).toBe(false);
    expect(isGeneralQuestion("Should members be able to pay via PayPal?")).toBe(false);
    expect(isGeneralQuestion("Do reading lists import from Dropbox?")).toBe(false);
    // Its tools and wallets that we run on or integrate with, a way in through it, our sign-in options.
    expect(isGeneralQuestion("What does the lost-and-found board run on right now - a Google Form?")).toBe(false);
    expect(isGeneralQuestion("Does the vaccination wallet need to work inside Apple Wallet and Google Wallet?")).toBe(false);
    expect(isGeneralQuestion("백신 지갑이 애플 월렛이나 구글 월렛이랑 연동돼야 하나요?")).toBe(false);
    expect(isGeneralQuestion("Do diners book via the app, the website, or through Google?")).toBe(false);
    expect(isGeneralQuestion("For learners, which login options: email, Google, Apple?")).toBe(false);
    expect(isGeneralQuestion("구글 사용자는 몇 명이에요?")).toBe(true);
    expect(isGeneralQuestion("How many messages are sent on WhatsApp per day?")).toBe(true);
    // A Korean company's channel, sign-in or calendar that we use.
    expect(isGeneralQuestion("학부모는 카카오톡으로 받아요, 앱 푸시로 받아요?")).toBe(false);
    expect(isGeneralQuestion("회원 로그인은 카카오 로그인으로 한다고 가정해도 되죠?")).toBe(false);
    expect(isGeneralQuestion("출석 체크하면 카카오 알림톡 나가는데, 건당 몇 ms 걸려요?")).toBe(false);
    expect(isGeneralQuestion("회의실 시스템이 아웃룩이나 슬랙 캘린더랑 연동돼야 하나요?")).toBe(false);
    expect(isGeneralQuestion("Parents get the notification by KakaoTalk or by app push?")).toBe(false);
    expect(isGeneralQuestion("카카오톡 사용자는 몇 명이에요?")).toBe(true);
    expect(isGeneralQuestion("카톡 피크 트래픽은?")).toBe(true);
    // Its own figures stay general knowledge.
    expect(isGeneralQuestion("How many photos are shared on Instagram each day?")).toBe(true);
    expect(isGeneralQuestion("How many users does TikTok have?")).toBe(true);
    expect(isGeneralQuestion("How does Netflix handle peak traffic?")).toBe(true);
    // A feature of ours that reaches it, asked as a yes or no; how many things go there is its own figure.
    expect(isGeneralQuestion("Can users share clips to TikTok?")).toBe(false);
    expect(isGeneralQuestion("Does it post to Discord?")).toBe(false);
    expect(isGeneralQuestion("Is there a Spotify integration?")).toBe(false);
    expect(isGeneralQuestion("인스타그램에 공유 가능해요?")).toBe(false);
    expect(isGeneralQuestion("디스코드 봇으로 알림 받나요?")).toBe(false);
    expect(isGeneralQuestion("Can you tell me how many videos are posted to TikTok each day?")).toBe(true);
    expect(isGeneralQuestion("How many tweets are posted to Twitter per day?")).toBe(true);
    // Only a source or a means: a destination or a product of theirs is their own figures.
    expect(isGeneralQuestion("How many payments go through PayPal per second?")).toBe(true);
    expect(isGeneralQuestion("How many users log in to Facebook every day?")).toBe(true);
    expect(isGeneralQuestion("How many requests per second does Google Maps handle?")).toBe(true);
    // Our calls to it and our integrations with it (2026-12-07); how many requests it gets, or the integrations it has, are its own.
    expect(isGeneralQuestion("When a booking is made, how long do the calendar-provider API calls to Google or Outlook take?")).toBe(false);
    expect(isGeneralQuestion("Smart thermostat app — iOS and Android only, or also Alexa and Google Home integrations?")).toBe(false);
    expect(isGeneralQuestion("Do we need a Slack integration for alerts?")).toBe(false);
    expect(isGeneralQuestion("How many requests to Google are made per second?")).toBe(true);
    expect(isGeneralQuestion("Does Slack have integrations?")).toBe(true);
    // …nor how many, which or how long its integrations, nor anything about calls to it but how long ours take (an independent review).
    expect(isGeneralQuestion("How many Slack integrations exist?")).toBe(true);
    expect(isGeneralQuestion("Which Stripe integrations does Shopify offer?")).toBe(true);
    expect(isGeneralQuestion("How long do Google Home integrations take to certify?")).toBe(true);
    expect(isGeneralQuestion("What's the latency of API calls to Stripe?")).toBe(true);
    expect(isGeneralQuestion("How often do calls to Stripe fail?")).toBe(true);
    expect(isGeneralQuestion("What's the rate limit on calls to the Twitter API?")).toBe(true);
  });
});

describe("another company as the thing to design", () => {
  it("reads a requirement's words or the company set as the scene as a question about ours", () => {
    for (const text of [
      "what growth should dropbox plan for over the next 3 yrs",
      "Do WhatsApp messages need to show up in the same order for everyone?",
      "is it fine if a new Yelp review shows up a few seconds later?",
      "whats the expected qps for ticketmaster",
      "For DoorDash, how many people order daily?",
      "Spotify: how many MAU?",
      "ok so on Netflix, what p99 are we aiming for?",
      "any spikes around black friday for the Shopify checkout?",
      "쿠팡 주문 데이터는 몇 년 보관해야 하나요?",
      "토스 송금은 무조건 강한 일관성이어야겠죠?",
      "밀리의 서재는 최종적 일관성이면 돼요?",
      "카톡 메시지 종단간 암호화 필요함?",
      "In this problem, how many daily orders does DoorDash get?",
      "Netflix — what's the peak QPS?",
      "카톡 메시지 순서 보장돼야 하나요?",
      "배민 피크 주문량 얼마로 잡으면 될까요?",
      "쿠팡 기준으로 DAU는 얼마예요?",
    ])
      expect(isGeneralQuestion(text), text).toBe(false);
  });

  it("keeps its figures, history and habits asked as such general, and a plan that is a price plan", () => {
    for (const text of [
      "How many users does Zillow have, out of curiosity?",
      "Do you know how Amazon's peak traffic on Black Friday compares to a normal day?",
      "How long does Slack keep messages on the free plan?",
      // The words of need or target when the story or the word is the company's own (an independent review's examples).
      "Why did Discord need to migrate from Cassandra to ScyllaDB?",
      "What's DoorDash's expected revenue this year?",
      "What's Netflix's SLA with its ISP partners?",
      "Which pricing plan for Slack is best for a startup?",
      "쿠팡 올해 예상 매출 아세요?",
      "유튜브 프리미엄은 한 달에 얼마 내면 돼요?",
      // A second review's: a list of companies, what the company has, its history, a figure word's "for" that is no figure.
      "Netflix, YouTube and Hulu, how many users do they have?",
      "Uber and Lyft: how many rides per day?",
      "How many users does Netflix have? I'd assume around 200M",
      "넷플릭스는 어떻게 설계됐나요?",
      "카카오페이 사용자 수 몇 명이에요?",
      "What database is used for Instagram's feed?",
      "How many people signed up for Spotify in 2023?",
      "Do you know what database Instagram originally ran on?",
      "넷플릭스는 DAU가 얼마나 되죠?",
      "쿠팡은 블프 때 피크 트래픽이 평소의 몇 배라던데, 혹시 아세요?",
    ])
      expect(isGeneralQuestion(text), text).toBe(true);
  });
});

describe("isDesignChoice", () => {
  // The candidate's own decisions, asked of the interviewer: nothing is revealed, whatever topic
  // words they share; a question about scope or load that merely names a part is not one.
  it.each([
    "Should the cache be write-through?",
    "Can you tell me whether I should use Kafka?",
    "I'd like to know if we should shard by user id",
    "I wonder if I should store images in S3",
    "Does a message queue make sense between the upload service and the transcoder?",
    "Would you use Cassandra for this?",
    // Where to keep, run or build a part is the candidate's choice too (independent-12).
    "Should I store the raw upload in blob storage before transcoding?",
    "Should we keep the sessions in Redis?",
    "Is sharding by user id a good idea?",
    "모바일 클라이언트용으로는 gRPC가 나을까요, REST가 나을까요?",
    "캐시는 레디스 쓰는 게 좋을까요?",
    "For celebrity fan-out, would you go push or pull?",
    // Words about today in a question that chooses are still a choice.
    "Should we put a cache in front of the database, since reads currently dominate writes?",
    "Would it be fair to say a CDN is needed for media?",
    "현재 구조에서 캐시를 추가하는 게 좋을까요?",
    "채점 결과는 메시지 큐로 비동기 처리하는 방향으로 갈게요, 괜찮죠?",
    // A plan for a part of the design, put up for approval.
    "예약 중복 방지를 DB 유니크 제약으로 처리하려는데 괜찮나요?",
    "중복 결제는 트랜잭션으로 막으려는데 괜찮을까요?",
    // Asking whether a part is the right tool is a choice too; a lock is a part as the design's.
    "Would a distributed lock be the right way to stop two people booking the same seat?",
    "Is optimistic locking the best approach for inventory updates?",
  ])("%s is a design choice", (text) => {
    expect(isDesignChoice(text)).toBe(true);
  });

  it.each([
    "Should we support video uploads?",
    "Should I design for 10x growth?",
    "How many requests hit the cache?",
    "Is there a cache in front of the database today?",
    "Do we need strong consistency?",
    "캐시 적중률은 어느 정도예요?",
    "Is it better to restrict uploads to 10 MB?",
    "시큐리티 요구사항은 어떻게 정하는 게 좋을까요?",
    // What runs today is the current setup, to confirm, not a choice to make.
    "Would it be fair to say the team today runs everything on a single MySQL instance?",
    "지금은 MySQL 한 대로 다 돌리고 있다고 봐도 괜찮을까요?",
    // A plan about what users see is a requirement to confirm, not a part of the design.
    "새 글은 5초 늦게 보여주려는데 괜찮나요?",
    // A smart lock is the product, not a part of the design.
    "Should the smart lock keep working when the Wi-Fi is down?",
    "Is a week the right retention for camera clips?",
    // Keeping without a part to keep it in asks the retention.
    "Should we keep messages forever?",
    "Should we store deleted files for 30 days?",
    // …nor measured with a part named: a figure or "forever" asks the requirement.
    "Should the queue keep messages forever?",
    "Should the cache handle 1M QPS?",
    "Could the queue handle 50k messages per second?",
  ])("%s is not", (text) => {
    expect(isDesignChoice(text)).toBe(false);
  });
});

describe("socialKind", () => {
  it.each([
    ["Hello there!", "greeting"],
    ["Good morning, nice to meet you.", "greeting"],
    ["hey, how's it going?", "wellbeing"],
    ["반갑습니다. 잘 부탁드립니다.", "greeting"],
    ["잘 지내셨어요?", "wellbeing"],
    ["Great, thank you so much!", "thanks"],
    ["고맙습니다~", "thanks"],
    ["Got it.", "acknowledgement"],
    ["네, 알겠습니다.", "acknowledgement"],
    ["Hi, I'm Sam Lee.", "greeting"],
    ["How’s it going?", "wellbeing"],
    // The call itself, as in a video interview.
    ["Shall I share my screen?", "call"],
    ["Can you see my screen now?", "call"],
    ["Can you hear me okay?", "call"],
    ["Mind if I screen share?", "call"],
    ["Is my audio okay?", "call"],
    ["화면 공유할까요?", "call"],
    ["화면 공유 좀 해도 될까요?", "call"],
    ["화면공유 할께요", "call"],
    ["제 화면 잘 보이세요?", "call"],
    ["소리 잘 들리시나요?", "call"],
  ])("%s is %s", (message, kind) => expect(socialKind(message)).toBe(kind));

  it.each([
    "Let me share my screen. How many daily active users do we have?",
    "화면 공유할게요. 일일 활성 사용자는 몇 명인가요?",
    "Can users share their screen in a group call?",
    "그룹 통화에서 사용자가 화면 공유해도 되나요?",
    "Should I share my screen recordings with the group by default?",
  ])("%s is not only about the call", (message) => expect(socialKind(message)).toBeNull());

  it.each(["Hi, I'm curious about the DAU.", "Hey there, I'm wondering how many users?", "Hi, I'm Sam, how many users?", "Hi, what's the peak traffic?", "Thanks. How long do we keep the data?", "OK so how many users?", "안녕하세요, 사용자 수가 궁금해요", "Is it OK if reads are stale?", "네트워크 지연은요?"])(
    "%s is a question, not small talk",
    (message) => expect(socialKind(message)).toBeNull(),
  );
});

describe("familyScore", () => {
  const topics = readTopics(path.resolve(import.meta.dirname, "../../../content/interviewer")).topics;
  const families = topicFamilies(topics);

  it("adds the probabilities of the best topic's family, not of other topics", () => {
    const scores = { none: 0.05, users: 0.4, "read-write-mix": 0.35, traffic: 0.1, latency: 0.1 };
    expect(familyScore(scores, "users", families)).toBeCloseTo(0.85);
    expect(familyScore(scores, "latency", families)).toBeCloseTo(0.1);
  });

  it("gives slow work a family of its own: it is not a load reading", () => {
    expect(families.get("slow-work")).not.toBe(families.get("traffic"));
  });
});

describe("small talk, trivia and word salad", () => {
  it("answers small talk about the interviewer's day in kind", () => {
    for (const q of ["Did you have lunch already?", "How busy are you today?", "점심 드셨어요?", "주말 잘 보내셨어요?"]) expect(socialKind(q), q).toBe("wellbeing");
    for (const q of ["How busy is the service at lunch?", "Do you have users in Europe?", "How busy are you at peak?"]) expect(socialKind(q), q).toBeNull();
  });

  it("takes what the CAP theorem says for theory, unless it is asked of ours", () => {
    for (const q of ["CAP 정리에서 가용성과 일관성 중 하나는 포기해야 하는 거죠?", "The CAP theorem says you can only have two of three, right?"]) expect(isGeneralKnowledge(q), q).toBe(true);
    for (const q of ["Given the CAP theorem, should our bookings favour consistency or availability?"]) expect(isGeneralKnowledge(q), q).toBe(false);
  });

  it("takes a superlative about the world for trivia, unless it is about ours", () => {
    for (const q of ["Who is the most popular singer right now?", "Which cloud is the biggest?", "요즘 가장 인기 있는 가수가 누구예요?"]) expect(isGeneralKnowledge(q), q).toBe(true);
    for (const q of ["Which region is the biggest?", "Who are our biggest customers?", "Which company is the biggest user of this API?"]) expect(isGeneralKnowledge(q), q).toBe(false);
  });

  // Found among an independent review's probes, each revealing a fact (2026-12-07).
  it("takes the interviewer's device, the team's hiring and the latency between continents for small talk, the job and lore", () => {
    expect(socialKind("Are you on desktop or mobile right now?")).toBe("wellbeing");
    expect(socialKind("Are users on desktop or mobile right now?")).toBeNull();
    expect(isGeneralQuestion("Are you hiring in other countries?")).toBe(true);
    expect(isGeneralQuestion("Is the team hiring?")).toBe(true);
    expect(isGeneralQuestion("What's the typical latency between the US and Europe?")).toBe(true);
    expect(isGeneralQuestion("What latency is acceptable between a click and the redirect?")).toBe(false);
    expect(isGeneralQuestion("Are the users in other countries?")).toBe(false);
  });

  // An independent review found each revealing the regions (2026-12-07).
  it("takes the world's geography for trivia, unless it asks where ours are", () => {
    for (const q of ["How many countries are there in the EU?", "How many time zones are there?", "How many time zones does Russia span?", "What's the biggest city in Korea?", "What is the capital of Australia?", "Which country has the most internet users?"]) {
      expect(isGeneralKnowledge(q), q).toBe(true);
    }
    for (const q of ["How many countries are we in?", "How many countries does it cover?", "How many time zones do our users span?", "How many countries are there?", "What's the biggest city we serve?", "How many cities are there in our launch plan?"]) {
      expect(isGeneralKnowledge(q), q).toBe(false);
    }
  });

  it("takes a message with no question in it for unclear: marks only, Korean letters that spell nothing, noise", () => {
    for (const q of ["?", "...", "#", "ㅁㄴㅇㄹ", "users users users"]) expect(isUnclear(q), q).toBe(true);
    for (const q of ["ㅋㅋ", "ㅇㅇ", "👍", "DAU?", "5", "사용자 수?"]) expect(isUnclear(q), q).toBe(false);
  });

  it("takes a message whose words the corpus has never seen for gibberish, not one with a Korean word or a figure", () => {
    const known = (word: string) => ["how", "many", "users", "sit", "tell", "me", "joke"].includes(word);
    for (const q of ["asdf", "qwerty uiop", "lorem ipsum dolor sit amet", "¿Cuántos usuarios hay?"]) expect(isGibberish(q, known), q).toBe(true);
    for (const q of ["How many users?", "Tell me a joke", "asdf 10", "asdf 사용자", "?"]) expect(isGibberish(q, known), q).toBe(false);
    // Fewer than three words: a mash only by its shape (no vowel, a run along a keyboard row).
    for (const q of ["Typeahead?", "Quotas?", "Idempotent retries?"]) expect(isGibberish(q, known), q).toBe(false);
    for (const q of ["qwer zxcv", "hjkl", "sdfg?"]) expect(isGibberish(q, known), q).toBe(true);
  });

  it("takes a word typed three times running for noise, and Korean reduplication for words", () => {
    expect(isNoise("users users users latency peak")).toBe(true);
    for (const q of ["users, users and latency?", "플랫폼 어디어디 지원해요?", "How many users use it?"]) expect(isNoise(q), q).toBe(false);
  });
});

describe("the size of a standard kind of value, and the difference between two terms", () => {
  it.each([
    "how many bytes is a UUID",
    "How big is a 64-bit integer?",
    "how many bits does a UUID take up?",
    "What's the size of an IPv6 address?",
    "UUID는 몇 바이트예요?",
    "타임스탬프 하나는 몇 바이트죠?",
    "eventual consistency랑 strong consistency 차이가 정확히 뭐였죠?",
    "How many bytes is a UUID, roughly?",
    "how big is a UUID in bytes?",
    "How many bytes in a UUID?",
    "UUID는 몇 바이트 정도예요?",
  ])("%s is general knowledge", (text) => {
    expect(isGeneralQuestion(text)).toBe(true);
  });

  it.each([
    // Ours: our data's size, our IDs, a standard value inside our records.
    "How many bytes is a post?",
    "how big is a UUID in our short URLs?",
    "How big is each timestamp in the events we store?",
    "ID 길이 제한이 있어요? 64비트 안에 들어가야 해요?",
    "짧은 URL은 몇 자리예요?",
    "How big is the timestamp?",
    "How many bytes is the UUID?",
    "웹이랑 모바일 앱 기능 차이는 뭐예요?",
    "읽기와 쓰기 차이가 얼마나 나요?",
  ])("%s is about the system", (text) => {
    expect(isGeneralQuestion(text)).toBe(false);
  });
});

describe("picking the conversation up again", () => {
  it.each(["Sorry, my internet dropped for a sec, where were we?", "Where were we, sorry?", "Where were we?? sorry", "where did we leave off?", "What were we talking about?", "죄송해요, 어디까지 얘기했죠?", "어디까지 말씀드렸죠?", "아까 무슨 얘기 하고 있었죠?", "어디까지 했었죠?"])(
    "%s asks where the conversation stopped",
    (text) => {
      expect(isClarificationRequest(text)).toBe(true);
    },
  );

  it.each([
    "Where were we hosting it before the migration?",
    "어디까지 확장해야 하나요?",
    "Where are we storing the images?",
    "트래픽이 어디까지 늘어날까요?",
    // A question after it asks.
    "Where did we get to with the posting rate, how many posts per day?",
    "What were we discussing regarding retention, how long do we keep posts?",
    "아까 어디까지 얘기했죠? 아 맞다, DAU가 몇 명이었죠?",
  ])("%s is a question about the system", (text) => {
    expect(isClarificationRequest(text)).toBe(false);
  });
});
