import { describe, expect, it } from "vitest";
import { asksTheBaseline } from "@/lib/interview/intent/baseline";
import { sharedInterviewer, understand } from "@/lib/interview/intent/understand";

// Today's system set against the new one asks how it runs today as well (baseline.ts).
describe("today's system as the baseline of the new one", () => {
  it("is named and set against a target, an improvement or its replacement, in English and Korean", () => {
    for (const q of [
      "How fast does the existing booking system respond, and what should the new one aim for?",
      "What's the error rate on the legacy stack, and is the goal to halve it?",
      "현재 시스템 응답 시간이 어느 정도고 목표는 얼마예요?",
      "기존 DB 데이터는 전부 마이그레이션해야 하나요?",
      "지금 쓰는 앱의 응답 시간은 어때요? 목표는요?",
      "지금 서비스 에러율이 몇 % 나오고 있어요? 목표는 얼마예요?",
      "What's the uptime of the old system and what should the new one hit?",
    ]) {
      expect(asksTheBaseline(q), q).toBe(true);
    }
  });
  it("is not a figure of today's system alone, nor a target without today's system", () => {
    for (const q of [
      "What's the daily request volume on the existing permit portal?",
      "What availability target should we aim for?",
      "지금 사용자가 몇 명이에요?",
      "현재 트래픽은 얼마나 돼요?",
      // What is current now, and in Korean the system being designed or just mentioned.
      "What's the latency target for the current location service?",
      "지금 설계하는 시스템의 가용성 목표는 어떻게 되나요?",
      "지금 시스템 설계에서 가용성 목표가 어떻게 되나요?",
      "지금 말씀하신 시스템의 가용성 목표가 99.9%인가요?",
      "그럼 지금 이 시스템의 목표 레이턴시는 몇 ms예요?",
    ]) {
      expect(asksTheBaseline(q), q).toBe(false);
    }
  });
  it("adds the current setup to the measure the message reads as", () => {
    const topics = understand(sharedInterviewer(), "What's the p99 of the current checkout service, and what target should the new one hit?").topics;
    expect(topics).toContain("current-setup");
    expect(topics).toContain("latency");
  });
});
