import { describe, expect, it } from "vitest";
import { lastActionText, reportTimeline } from "@/lib/reports/timeline";

const at = (s: string) => new Date(`${s}+07:00`);
const fmt = (d: Date) => d.toISOString();

describe("report timeline", () => {
  it("lists every state change with who and when, oldest first", () => {
    const events = reportTimeline({
      createdAt: at("2026-11-02T08:00:00"), createdBy: "Nguyễn Văn Cán Bộ",
      preparedAt: at("2026-11-03T09:00:00"), preparedBy: "Nguyễn Văn Cán Bộ",
      versions: [
        { number: 1, submittedAt: at("2026-11-04T10:00:00"), submittedBy: "Trần Lãnh Đạo", outcome: "ACCEPTED", reviewedAt: at("2026-11-05T11:00:00"), reviewedBy: "Lê Sở Tư Pháp", reviewComment: null },
      ],
    });
    expect(events.map((e) => [e.kind, e.by])).toEqual([
      ["created", "Nguyễn Văn Cán Bộ"], ["prepared", "Nguyễn Văn Cán Bộ"], ["submitted", "Trần Lãnh Đạo"], ["accepted", "Lê Sở Tư Pháp"],
    ]);
    expect(lastActionText(events.at(-1)!, fmt)).toBe(`Đã tiếp nhận báo cáo — bởi Lê Sở Tư Pháp, lúc ${at("2026-11-05T11:00:00").toISOString()}.`);
  });
  it("keeps a return with its comment, and a later resubmission after it", () => {
    const events = reportTimeline({
      createdAt: at("2026-11-02T08:00:00"), createdBy: null, preparedAt: null, preparedBy: null,
      versions: [
        { number: 2, submittedAt: at("2026-11-08T10:00:00"), submittedBy: "B", outcome: "SUBMITTED", reviewedAt: null, reviewedBy: null, reviewComment: null },
        { number: 1, submittedAt: at("2026-11-04T10:00:00"), submittedBy: "B", outcome: "RETURNED", reviewedAt: at("2026-11-05T10:00:00"), reviewedBy: "C", reviewComment: "Bổ sung" },
      ],
    });
    expect(events.map((e) => e.kind)).toEqual(["created", "submitted", "returned", "submitted"]);
    expect(events[2]!.comment).toBe("Bổ sung");
    expect(lastActionText(events[0]!, fmt)).toMatch(/^Đã lập báo cáo — lúc /);
  });
});
