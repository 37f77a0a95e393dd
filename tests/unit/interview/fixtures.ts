import type { MatchFact } from "@/lib/interview/matcher";

// A realistic fact list in the shape of content/prompts facts (id, ask phrasings, answer, the
// requirement fields each sets, which tie it to the interviewer's intent topics).
export const FACTS: MatchFact[] = [
  {
    id: "dau",
    ask: ["how many users", "daily active users", "DAU", "user base", "사용자 수", "일일 활성 사용자"],
    answer: "About 10 million daily active users.",
    sets: { dailyActiveUsers: 10_000_000 },
  },
  {
    id: "read-write",
    ask: ["read write ratio", "reads per user", "writes per user", "how many reads", "how many writes", "posts per day", "읽기 쓰기 비율", "쓰기 횟수", "읽기 횟수"],
    answer: "Each user reads about 20 times and writes twice a day.",
    sets: { readsPerUserPerDay: 20, writesPerUserPerDay: 2 },
  },
  {
    id: "storage",
    ask: ["storage", "how much to store", "retention", "how long keep", "저장 용량", "보관 기간"],
    answer: "Keep everything for five years.",
    sets: { retentionYears: 5 },
  },
  {
    id: "latency",
    ask: ["latency", "response time", "how fast", "지연 시간", "응답 시간"],
    answer: "Reads should return within 200 ms at the 99th percentile.",
    sets: { latencyP99Ms: 200 },
  },
  {
    id: "availability",
    ask: ["availability", "uptime", "SLA", "downtime", "가용성"],
    answer: "We target 99.99 % availability.",
    sets: { availabilityTarget: 0.9999 },
  },
  {
    id: "regions",
    ask: ["regions", "global", "countries", "where are users located", "multiple data centers", "지역", "글로벌", "해외 사용자"],
    answer: "Users are in North America and Europe.",
    sets: { userRegions: ["us-east", "eu-west"] },
  },
  {
    id: "media",
    ask: ["media", "images", "photos", "videos", "file size", "미디어", "이미지", "동영상"],
    answer: "About 10 % of posts carry a 1 MB image.",
    sets: { mediaShareOfWrites: 0.1, bytesPerMedia: 1_000_000 },
  },
  {
    id: "consistency",
    ask: ["consistency", "stale reads", "strongly consistent", "일관성"],
    answer: "Eventual consistency is fine; a few seconds of staleness is acceptable.",
    sets: { consistency: "eventual" },
  },
  {
    id: "peak",
    ask: ["peak traffic", "traffic spikes", "busiest time", "peak to average", "최대 트래픽", "피크"],
    answer: "Peak traffic is about twice the average.",
    sets: { peakToAverageRatio: 2 },
  },
];

import type { EventOf, EventType, InterviewEvent } from "@/lib/interview/events";

export const T0 = new Date("2026-03-01T10:00:00.000Z");
export const minute = (m: number) => new Date(T0.getTime() + m * 60_000);

/** Builds a log of events with ids e0000001… and `at` given in interview minutes from T0. */
export function eventLog() {
  const events: InterviewEvent[] = [];
  const add = <T extends EventType>(m: number, type: T, payload: EventOf<T>["payload"]) => {
    const event = { id: `e${String(events.length + 1).padStart(7, "0")}`, type, payload, at: minute(m).toISOString() };
    events.push(event as InterviewEvent);
    return event.id;
  };
  return { events, add };
}

export const HIGH_LEVEL_DESIGN = {
  nodes: [
    { id: "users", kind: "client" as const },
    { id: "lb", kind: "load_balancer" as const, instances: 2 },
    { id: "web", kind: "web_server" as const, instances: 3, stateless: true },
    { id: "db", kind: "sql_database" as const, role: "primary" as const },
  ],
  edges: [
    { from: "users", to: "lb" },
    { from: "lb", to: "web" },
    { from: "web", to: "db" },
  ],
};
