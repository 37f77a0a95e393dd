import { describe, expect, it } from "vitest";
import { asksTheAverageLoad, countedTopic, countsWhatOnePersonHas, hotItemReading, peakReading, readingByCount } from "@/lib/interview/intent/counted";
import { sharedInterviewer, understand } from "@/lib/interview/intent/understand";

// What a load question counts picks its reading among the load family (counted.ts).
const families = new Map([
  ["users", "users"],
  ["traffic", "users"],
  ["read-write-mix", "users"],
  ["latency", "latency"],
]);

describe("what a load question counts", () => {
  it("names people, requests or a rate per person, in English and Korean", () => {
    expect(countedTopic("Visitors per day?")).toBe("users");
    expect(countedTopic("How many registered members?")).toBe("users");
    expect(countedTopic("하루에 몇 명 들어와요?")).toBe("users");
    expect(countedTopic("How many API calls a day?")).toBe("traffic");
    expect(countedTopic("초당 요청은 몇 건이에요?")).toBe("traffic");
    expect(countedTopic("How much does each subscriber upload?")).toBe("read-write-mix");
    expect(countedTopic("회원당 하루 요청 수는요?")).toBe("read-write-mix");
  });

  it("knows the people of a product in its own words, and a rate per one of them", () => {
    expect(countedTopic("How many passengers open the taxi app on a typical day?")).toBe("users");
    expect(countedTopic("How many engineers does the CI farm serve?")).toBe("users");
    expect(countedTopic("Per courier per day, how many route updates do they write?")).toBe("read-write-mix");
    // Things in -er are no people; "every household in the area" counts people, it is no rate.
    expect(countedTopic("How many workers pull from the queue?")).toBeNull();
    expect(countedTopic("How many servers do we run today?")).toBeNull();
    expect(countedTopic("Is it every household in the service area?")).not.toBe("read-write-mix");
  });

  // 2026-12-07 (fortieth session): more people by their trade or part, never a word that names a machine or a company.
  it("knows more people by their trade, and one average client's rate", () => {
    expect(countedTopic("How many contractors submit hours through the timesheet app?")).toBe("users");
    expect(countedTopic("how many alumni do we have")).toBe("users");
    expect(countedTopic("How many homeowners file permits each year?")).toBe("users");
    expect(countedTopic("Per landlord, how many listings a month?")).toBe("read-write-mix");
    expect(countedTopic("how many API calls does an average client make per day")).toBe("read-write-mix");
    expect(countedTopic("How many agents run on each host?")).toBeNull();
    expect(countedTopic("How many consumers read from the topic?")).toBeNull();
    expect(countedTopic("How many clients connect to the broker?")).toBeNull();
  });
  // Found by an independent review (2026-12-07): each had been read as the user base.
  it("counts the more person nouns only as a product's people, not one thing's, a limit, its staff or its partners", () => {
    for (const q of ["How many reviewers does each pull request need?", "How many gamers can be in one lobby?", "How many analysts does the company have in-house?", "How many lenders does the marketplace integrate with?", "How many candidates take part in leader election?", "How many applicants apply to each job posting?"]) {
      expect(countedTopic(q), q).not.toBe("users");
    }
  });

  it("decides by what is counted, not by every word mentioned", () => {
    expect(countedTopic("How many photos do members share daily?")).toBeNull();
    expect(countedTopic("유저들이 하루에 피드를 몇 번 열어요?")).toBeNull();
    expect(countedTopic("How many requests do the users send?")).toBe("traffic");
    expect(countedTopic("How many users and how many requests per second?")).toBeNull();
    expect(countedTopic("What's the p99?")).toBeNull();
    // "로그인한 사용자" is not "한 사용자" (one user), and "an account" is no rate per person.
    expect(countedTopic("로그인한 사용자 기준 하루 몇 명?")).toBe("users");
    expect(countedTopic("How many people have an account?")).toBe("users");
  });

  it("reads one kind of request counted per act of another as the mix of reads and writes", () => {
    expect(countedTopic("How many product pages does a shopper open for every purchase?")).toBe("read-write-mix");
    expect(countedTopic("How many searches happen per checkout?")).toBe("read-write-mix");
    expect(readingByCount("how many lookups does a guest run for each reservation they end up making?", "traffic", families)).toBe("read-write-mix");
    // The act named by what it makes.
    expect(countedTopic("How many searches does a guest run for each room they reserve?")).toBe("read-write-mix");
    expect(countedTopic("How many seat-map views per ticket sold?")).toBe("read-write-mix");
    expect(countedTopic("For each order placed, how many product views are there?")).toBe("read-write-mix");
    expect(countedTopic("주문 생성 대비 상품 조회 요청은 몇 배예요?")).toBe("read-write-mix");
    // A time unit is no act, and an order's page is a thing, not an act.
    expect(countedTopic("How many searches per second?")).toBe("traffic");
    expect(countedTopic("How many requests per day do we make to the bank?")).toBe("traffic");
    expect(countedTopic("How many requests per order page?")).toBe("traffic");
    // Only requests are counted so: the requests of a sale are its load, its users people.
    expect(countedTopic("How many requests per second do we expect for each flash sale?")).toBe("traffic");
    expect(countedTopic("How many users do we expect for each product launch?")).toBe("users");
    // "글로벌" is no "글" (post).
    expect(countedTopic("글로벌 대비 국내 사용자는 몇 명이에요?")).toBe("users");
  });

  it("reads one act set against another as the mix, whoever does them; people against people stay people", () => {
    expect(countedTopic("How many tenants pay rent online versus just check their balance?")).toBe("read-write-mix");
    expect(countedTopic("How many recipes do cooks publish per week compared to how many they browse?")).toBe("read-write-mix");
    expect(readingByCount("How many riders book a trip each day vs only look at the map?", "users", families)).toBe("read-write-mix");
    expect(countedTopic("How many clinicians versus patients log in each day?")).toBe("users");
    expect(countedTopic("How many drivers are there, compared to riders?")).toBe("users");
    // A verb's stem in -er or -or names a person: buyers, viewers, readers, publishers.
    expect(countedTopic("How many sellers versus buyers are there?")).toBe("users");
    expect(countedTopic("How many creators vs viewers do we have?")).toBe("users");
    expect(countedTopic("How many subscribers compared to publishers?")).toBe("users");
    // A brand is no act ("versus OpenTable"); "actually" before the act is one.
    expect(countedTopic("How many diners use the app versus OpenTable?")).toBe("users");
    expect(countedTopic("How many members browse versus actually post?")).toBe("read-write-mix");
  });

  it("reads a rate of one person described as typical or average as the mix", () => {
    expect(countedTopic("What's the daily message count per average account?")).toBe("read-write-mix");
    expect(countedTopic("How many loans does a typical member take out a year?")).toBe("read-write-mix");
    expect(countedTopic("How many routes does a typical learner log a week?")).toBe("read-write-mix");
    // Typical people counted, an active user defined, a person's record and a playlist are no rate of one person.
    expect(countedTopic("How many of the typical users are in the US?")).not.toBe("read-write-mix");
    expect(countedTopic("How many active users - is an active user someone who logs in daily?")).toBe("users");
    expect(countedTopic("How many typical user records do we store?")).not.toBe("read-write-mix");
    expect(countedTopic("How many songs does a typical playlist hold?")).not.toBe("read-write-mix");
    // A household or a tenant holds people and seats; a watchlist is no person.
    expect(countedTopic("How many seats does a typical tenant buy?")).not.toBe("read-write-mix");
    expect(countedTopic("How many people does an average household have on the family plan?")).not.toBe("read-write-mix");
    expect(countedTopic("How many stocks are on a typical watchlist?")).not.toBe("read-write-mix");
  });

  it("moves only within the model's own family", () => {
    expect(readingByCount("Visitors per day?", "read-write-mix", families)).toBe("users");
    expect(readingByCount("Visitors per day?", "latency", families)).toBe("latency");
    expect(readingByCount("How fast?", "traffic", families)).toBe("traffic");
  });
});

describe("what a Korean load question counts", () => {
  it("reads calls counted in times as requests and accounts counted as people", () => {
    expect(countedTopic("결제 API 호출이 하루에 몇 번 들어와요?")).toBe("traffic");
    expect(countedTopic("검색 쿼리는 초당 얼마나 와요?")).toBe("traffic");
    expect(countedTopic("등록된 계정이 전부 몇 개예요?")).toBe("users");
  });

  it("keeps a write's requests and other things counted in 개 with the model", () => {
    expect(countedTopic("업로드 요청은 하루 몇 건이에요?")).toBeNull();
    expect(countedTopic("유저가 하루에 몇 개의 댓글을 달아요?")).toBeNull();
  });
});

describe("Korean counted things with particles, spacing and counters", () => {
  it("reads a person noun with 들/의 or glued to 수, and people counted as 얼마나 돼 or a big number, as users", () => {
    expect(countedTopic("구매자들의 수는 대략?")).toBe("users");
    expect(countedTopic("접속자수 알려주세요")).toBe("users");
    expect(countedTopic("판매자 숫자가 궁금해요")).toBe("users");
    expect(countedTopic("앱을 쓰는 학생이 얼마나 돼요?")).toBe("users");
    expect(countedTopic("가입자 500만 명 정도인가요?")).toBe("users");
  });

  it("reads 초당 with a count, a request rate and the size of the traffic as requests", () => {
    expect(countedTopic("초당 수백 건 정도인가요?")).toBe("traffic");
    expect(countedTopic("초당 몇 개나 처리해요?")).toBe("traffic");
    expect(countedTopic("리퀘스트를 몇 번 받아요?")).toBe("traffic");
    expect(countedTopic("요청률 기준이 있나요?")).toBe("traffic");
    expect(countedTopic("트래픽 볼륨은요?")).toBe("traffic");
  });

  it("reads 명당, 각 사용자 and 평균적인 사용자 as a rate per person, but 평균 사용자 수 as people", () => {
    expect(countedTopic("명당 하루에 몇 번 열어요?")).toBe("read-write-mix");
    expect(countedTopic("각 회원이 한 달에 몇 개 올려요?")).toBe("read-write-mix");
    expect(countedTopic("평균적인 유저는 하루 몇 번 검색해요?")).toBe("read-write-mix");
    expect(countedTopic("월 평균 사용자 수가 어떻게 돼요?")).toBe("users");
  });
  it("reads one person written with a figure (1명이, 1인이) as a rate per person, not a count of one, one in ten, a denial or a one-person business", () => {
    expect(countedTopic("회원 1명이 하루에 예약 몇 번 하고 조회는 몇 번 해요?")).toBe("read-write-mix");
    expect(countedTopic("기사 1인이 하루 배송 몇 건 처리해요?")).toBe("read-write-mix");
    expect(countedTopic("동시 접속자는 1명이 아니라 수천 명이죠?")).not.toBe("read-write-mix");
    expect(countedTopic("가입자가 11명이 넘어요?")).not.toBe("read-write-mix");
    expect(countedTopic("사용자가 1명이에요?")).not.toBe("read-write-mix");
    expect(countedTopic("10명 중 1명은 유료 사용자인가요?")).not.toBe("read-write-mix");
    expect(countedTopic("10명 중 1명이 하루에 몇 번 결제해요?")).not.toBe("read-write-mix");
    expect(countedTopic("사용자 1명이 아닌 여러명이 하루 몇번 써요?")).not.toBe("read-write-mix");
    expect(countedTopic("1인이 운영하는 쇼핑몰인데 하루 주문 몇 건이에요?")).not.toBe("read-write-mix");
  });
});

describe("times or size", () => {
  const withPayload = new Map([...families, ["payload", "payload"]]);

  it("reads a payload reading that counts times, not size, as load", () => {
    expect(readingByCount("글 하나 올리면 평균 몇 번 조회돼요?", "payload", withPayload)).toBe("read-write-mix");
    expect(readingByCount("How many times is one record fetched?", "payload", withPayload)).toBe("read-write-mix");
    expect(readingByCount("결제 API 호출이 하루에 몇 번 들어와요?", "payload", withPayload)).toBe("traffic");
  });

  it("leaves size questions and questions counting both with payload, and never moves load to payload", () => {
    expect(readingByCount("응답 하나는 몇 KB예요?", "payload", withPayload)).toBe("payload");
    expect(readingByCount("몇 번 올리고 하나는 얼마나 커요?", "payload", withPayload)).toBe("payload");
    expect(readingByCount("What's the size of the audience?", "users", withPayload)).toBe("users");
    expect(readingByCount("몇 번 조회돼요?", "payload", families)).toBe("payload");
  });
});

describe("things counted per unit of time", () => {
  const withMedia = new Map([...families, ["media", "media"]]);

  it("reads a media reading that counts uploads per day, not their share or size, as load", () => {
    expect(readingByCount("How many videos are uploaded each day?", "media", withMedia)).toBe("read-write-mix");
    expect(readingByCount("하루에 동영상이 몇 편 올라와요?", "media", withMedia)).toBe("read-write-mix");
    expect(readingByCount("What share of posts carry a photo each day?", "media", withMedia)).toBe("media");
    expect(readingByCount("How big are the videos uploaded each day?", "media", withMedia)).toBe("media");
    expect(readingByCount("Are videos uploaded?", "media", withMedia)).toBe("media");
  });

  it("counts searches as requests", () => {
    expect(countedTopic("How many searches per day?")).toBe("traffic");
    expect(readingByCount("How many searches per day?", "users", families)).toBe("traffic");
  });

  it("never reads things counted per unit of time as the users: the total load, or one person's rate", () => {
    expect(readingByCount("How many deploys and builds a day does the pipeline run overall?", "users", families)).toBe("traffic");
    expect(readingByCount("How many parcel scans happen across all depots each hour?", "users", families)).toBe("traffic");
    expect(readingByCount("하루에 예약이 몇 건 들어와요?", "users", families)).toBe("traffic");
    expect(readingByCount("How many sessions does a gym member log each week?", "users", families)).toBe("read-write-mix");
    expect(readingByCount("How many orders per customer a month?", "users", families)).toBe("read-write-mix");
    // People counted, or no time, stay as they were; so does any other reading.
    expect(readingByCount("How many members book classes each week?", "users", families)).toBe("users");
    expect(readingByCount("How many orders has the biggest customer placed?", "users", families)).toBe("users");
    expect(readingByCount("How many orders a day?", "read-write-mix", families)).toBe("read-write-mix");
    // A place is no person's rate; joining counts people.
    expect(readingByCount("How many bookings does a hotel get each month?", "users", families)).toBe("traffic");
    expect(readingByCount("하루 신규 가입이 몇 건 정도예요?", "users", families)).toBe("users");
    expect(readingByCount("How many app installs and orders a day?", "users", families)).toBe("users");
  });
});

describe("the load named with its peak", () => {
  it("reads a traffic question about peak QPS, 피크 트래픽 or 최대 요청 as the peak", () => {
    for (const q of ["peak QPS?", "What's the peak write QPS?", "busiest-hour traffic?", "피크 QPS는 어느 정도인가요?", "최대 요청 수는요?", "순간 최대 트래픽", "피크 때 초당 요청 수를 알려주세요", "최대 초당 요청 수는?", "피크 시간대에 트래픽 얼마나 돼요?"]) {
      expect(peakReading(q, "traffic"), q).toBe("peak");
    }
  });

  it("reads a count per second asked at the peak or the busiest hour as the peak", () => {
    for (const q of ["how many reactions per second do we see at the peak, say during an all-hands?", "How many requests per second hit the API at peak?", "How many orders a minute come in during the busiest hour?"]) {
      expect(peakReading(q, "traffic"), q).toBe("peak");
    }
    // Found by an independent review (2026-12-07): the load on one hot item, the peak set aside, the peak of another clause.
    expect(peakReading("How many requests per second hit the most popular post at peak?", "traffic")).toBe("traffic");
    expect(peakReading("How many requests per second do we handle today, not at peak but on average?", "traffic")).toBe("traffic");
    expect(peakReading("How many requests per second do we serve, and is latency worse at peak?", "traffic")).toBe("traffic");
    // A count per day is no peak's; nor is the peak a figure of a different question after it.
    expect(peakReading("How many orders a day, and what happens at peak?", "traffic")).toBe("traffic");
    expect(peakReading("How many requests per second do we get? At peak I'd guess 3x.", "traffic")).toBe("traffic");
  });

  it("leaves other readings, and traffic without its peak, as they were", () => {
    expect(peakReading("How many requests per second?", "traffic")).toBe("traffic");
    expect(peakReading("What's the average QPS?", "traffic")).toBe("traffic");
    expect(peakReading("평균 초당 요청 수는요?", "traffic")).toBe("traffic");
    expect(peakReading("피크 때 사용자당 초당 요청 수는?", "traffic")).toBe("traffic");
    expect(peakReading("How many users at peak QPS?", "users")).toBe("users");
    expect(peakReading("peak p99?", "latency")).toBe("latency");
    // The most one user or node may send is a limit, not the load's peak.
    expect(peakReading("What's the max requests per user per minute?", "traffic")).toBe("traffic");
    expect(peakReading("What's the max throughput per node?", "traffic")).toBe("traffic");
  });
});

// 2026-12-07, thirty-ninth session: each read the user base before.
describe("the people or the load counted in an opening's first minutes", () => {
  it("is the rush: the peak", () => {
    for (const q of ["How many students hit the registration system in the first minute the enrollment window opens?", "How many of them register in the first hour, and is the current system Banner?", "How many fans try to buy the moment tickets go live?"]) {
      expect(peakReading(q, "users"), q).toBe("peak");
    }
    expect(peakReading("How many requests arrive within the first few seconds of a flash sale?", "traffic")).toBe("peak");
  });
  it("is not a first day or year, nor what one person may send", () => {
    expect(peakReading("How many users sign up in the first year?", "users")).toBe("users");
    expect(peakReading("How many orders do we expect on the first day?", "traffic")).toBe("traffic");
    expect(peakReading("How many requests per user in the first minute are allowed?", "traffic")).toBe("traffic");
    expect(peakReading("How big is a photo uploaded in the first minute?", "payload")).toBe("payload");
    // Each person's own first minutes are no shared rush (an independent review).
    expect(peakReading("How many users sign up in the first few minutes of using the app?", "users")).toBe("users");
    expect(peakReading("How many users see the banner the moment they open the app?", "users")).toBe("users");
    expect(peakReading("How many users pay in the first hour of their subscription?", "users")).toBe("users");
    expect(peakReading("How many users use the app within the first hour of waking up?", "users")).toBe("users");
  });
});

describe("the average load beside its peak", () => {
  it("is asked as a figure of its own", () => {
    for (const q of ["What's the average request rate, and how far does it spike on launch day?", "whats avg qps look like and whens the peak", "평소 초당 요청은 몇 건이에요? 피크는요?", "평균 트래픽은 얼마고 피크는 몇 배예요?"]) {
      expect(asksTheAverageLoad(q), q).toBe(true);
    }
  });
  it("is not the average a peak is measured against", () => {
    for (const q of ["How much higher than average does load get at peak?", "Is the spike about 5x the normal rate?", "peak vs avg qps", "마감 직전에 부하가 평소의 몇 배까지 올라가죠?", "퇴근 시간에 평균 요청이 얼마나 늘어나요?"]) {
      expect(asksTheAverageLoad(q), q).toBe(false);
    }
  });
});

describe("the load on the most popular thing", () => {
  const withHot = new Map([...families, ["hot-keys", "hot-keys"]]);

  it("reads a load question about the top post, the most clicked link or the top 1 % as hot keys", () => {
    for (const q of ["How many reads does the top post get?", "What share of traffic goes to the most popular account?", "How many followers do the biggest creators have?", "가장 많이 클릭되는 링크는 트래픽의 몇 %인가요?", "상위 1% URL이 읽기의 몇 %를 차지하나요?"]) {
      expect(hotItemReading(q, "read-write-mix", withHot), q).toBe("hot-keys");
      expect(hotItemReading(q, "traffic", withHot), q).toBe("hot-keys");
    }
  });

  it("leaves other readings, the biggest file and load questions about everything as they were", () => {
    expect(hotItemReading("How many reads does the top post get?", "latency", withHot)).toBe("latency");
    expect(hotItemReading("What's the biggest file we store?", "read-write-mix", withHot)).toBe("read-write-mix");
    expect(hotItemReading("How many reads does a post get?", "read-write-mix", withHot)).toBe("read-write-mix");
    expect(hotItemReading("How many reads does the top post get?", "read-write-mix", families)).toBe("read-write-mix"); // no hot-keys topic
  });
});

describe("what one person has", () => {
  // A figure of one person's account (often a limit) is no load: not how many people, nor how often each acts.
  it.each([
    "How many friends can a user have?",
    "How many saved cards does each member keep?",
    "How many devices does a typical user have?",
    "How many groups can a member join?",
    "한 사용자가 친구를 최대 몇 명까지 가질 수 있어요?",
  ])("%s asks what one person has", (q) => {
    expect(countsWhatOnePersonHas(q)).toBe(true);
  });

  it.each([
    "How many users do we have?",
    // A rate per person is the read/write mix, and stays so.
    "How many posts does a user create per day?",
    "How many friends does a user have on average, and how many posts per day?",
    // A thing, not a person.
    "How many photos does a listing have?",
  ])("%s does not", (q) => {
    expect(countsWhatOnePersonHas(q)).toBe(false);
  });
});

describe("what a question about two topics counts", () => {
  // Read in the clause that surely asks each topic (understand.ts), not over the whole message: the
  // readers are counted per day, the videos are not.
  it("keeps the media of a clause that counts nothing, beside one that counts per day", () => {
    expect(understand(sharedInterviewer(), "How many readers visit per day, and do articles embed video clips?").topics.sort()).toEqual(["media", "users"]);
  });
});
