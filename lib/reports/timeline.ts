// A report's history as the people who acted see it: every state change, who made it and when.
import type { ReportStatus } from "@/lib/generated/prisma/enums";

export type TimelineEvent = { kind: "created" | "prepared" | "submitted" | "accepted" | "returned"; label: string; by: string | null; at: Date; comment?: string | null };

type Input = {
  createdAt: Date; createdBy: string | null;
  preparedAt: Date | null; preparedBy: string | null;
  versions: readonly { number: number; submittedAt: Date; submittedBy: string; outcome: ReportStatus; reviewedAt: Date | null; reviewedBy: string | null; reviewComment: string | null }[];
};

/**
 * Every state change of a report, oldest first: opened (draft), completed and handed to the signer
 * (the latest time only: the report keeps one), each submission, and each acceptance or return.
 */
export function reportTimeline(r: Input): TimelineEvent[] {
  const events: TimelineEvent[] = [{ kind: "created", label: "Lập báo cáo (bản nháp)", by: r.createdBy, at: r.createdAt }];
  for (const v of r.versions) {
    events.push({ kind: "submitted", label: `Ký gửi Sở Tư pháp (lần ${v.number})`, by: v.submittedBy, at: v.submittedAt });
    if (v.reviewedAt && (v.outcome === "ACCEPTED" || v.outcome === "RETURNED")) {
      events.push(v.outcome === "ACCEPTED"
        ? { kind: "accepted", label: `Sở Tư pháp tiếp nhận báo cáo (lần ${v.number})`, by: v.reviewedBy, at: v.reviewedAt }
        : { kind: "returned", label: `Sở Tư pháp trả lại báo cáo (lần ${v.number})`, by: v.reviewedBy, at: v.reviewedAt, comment: v.reviewComment });
    }
  }
  if (r.preparedAt) events.push({ kind: "prepared", label: "Hoàn thành, trình lãnh đạo ký", by: r.preparedBy, at: r.preparedAt });
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The confirmation the page keeps showing until the next action: the latest state change. */
export function lastActionText(e: TimelineEvent, formatDateTime: (d: Date) => string): string {
  const what: Record<TimelineEvent["kind"], string> = {
    created: "Đã lập báo cáo",
    prepared: "Đã hoàn thành báo cáo, chuyển lãnh đạo ký gửi",
    submitted: "Đã ký gửi báo cáo về Sở Tư pháp",
    accepted: "Đã tiếp nhận báo cáo",
    returned: "Đã trả lại báo cáo để đơn vị chỉnh sửa",
  };
  return `${what[e.kind]} — ${e.by ? `bởi ${e.by}, ` : ""}lúc ${formatDateTime(e.at)}.`;
}
