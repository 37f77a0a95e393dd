import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { UnavailableReportSchema } from "@/lib/report/session-report";
import { reportFailureReason, unavailableReport } from "@/lib/sessions/build-report";
import { formatText, text } from "@/lib/simulator/text";
import { foldEvents } from "@/lib/interview/fold";
import path from "node:path";
import { loadPromptFiles } from "@/lib/prompts/load-content";

const { prompts } = await loadPromptFiles(path.join(import.meta.dirname, "../../../content/prompts"));

/** A report that could not be built says why in the reader's language, and keeps its English for API readers. */
describe("unavailable reports", () => {
  const input = async () => ({ prompt: prompts.find((p) => p.slug === "scale-to-millions")!, promptVersion: 1, state: foldEvents([]), reason: "manual" as const, submittedAt: new Date("2026-12-02T00:00:00Z") });

  it("stores the English and the text of a reason the app chose", async () => {
    const report = unavailableReport(await input(), text("problems.detail.reportNotBuiltAtSubmit"));
    expect(UnavailableReportSchema.parse(report)).toEqual(report);
    expect(report.unavailable.why).toBe("The report could not be built when the interview was submitted.");
    expect(formatText(report.unavailable.whyText!, "ko")).toBe("인터뷰를 제출할 때 리포트를 만들지 못했습니다.");
  });

  it("takes an error's own text, and only English from an error thrown with plain words", async () => {
    expect(formatText(reportFailureReason(new Error("boom")) as never, "ko")).toBe("시뮬레이터가 이 설계를 처리하지 못했습니다.");
    const said = reportFailureReason(new AppError("bad_request", text("problems.detail.designTooLarge", { reason: "900 nodes" })));
    expect(typeof said).not.toBe("string");
    const plain = unavailableReport(await input(), reportFailureReason(new AppError("bad_request", "Plain words.")));
    expect(plain.unavailable).toEqual({ why: "Plain words." });
  });
});
