import type { VerificationStatus } from "@/lib/generated/prisma/enums";

/** The Vietnamese texts of record verifications (the quality gate of copies and confirmations). */
export const verificationTexts = {
  title: "Yêu cầu xác minh hồ sơ",
  reasons: {
    needs_review: "Hồ sơ số hóa đang chờ rà soát",
    suspected_duplicate: (duplicateOf: string | null) => (duplicateOf ? `Nghi trùng với hồ sơ ${duplicateOf}` : "Nghi trùng với hồ sơ khác"),
  },
  statuses: { PENDING: "Chờ xác nhận", CONFIRMED: "Đã xác nhận", REJECTED: "Không xác nhận" } satisfies Record<VerificationStatus, string>,
  /** Why a request cannot go on: one line per record that is not fit to certify. */
  notFit: (lines: readonly string[]) =>
    `Chưa thể cấp: ${lines.join("; ")}. Bản ghi số hóa chỉ được dùng để cấp bản sao, xác nhận khi đơn vị đang quản lý sổ hộ tịch xác nhận. Gửi yêu cầu xác minh tại trang yêu cầu.`,
  blockedLine: (subject: string, reason: string) => `${subject} — ${reason}`,
  sendButton: "Gửi yêu cầu xác minh",
  sent: (unitName: string) => `Đã gửi yêu cầu xác minh đến ${unitName}.`,
  alreadyPending: (unitName: string) => `Yêu cầu xác minh đã được gửi đến ${unitName} và đang chờ trả lời.`,
  alreadyConfirmed: "Hồ sơ đã được đơn vị quản lý sổ xác nhận, có thể tiếp tục cấp.",
  noNeed: "Bản ghi này không cần xác minh.",
  recordNotInRequest: "Bản ghi không thuộc yêu cầu này.",
  requestClosed: "Yêu cầu đã qua bước chuẩn bị, không gửi xác minh được nữa.",
  answerRequired: "Nhập lý do không xác nhận (ít nhất 5 ký tự).",
  decisionRequired: "Chọn Xác nhận hoặc Không xác nhận.",
  notOwnQuestion: "Người gửi yêu cầu xác minh không tự trả lời yêu cầu của mình.",
  alreadyAnswered: (status: string) => `Yêu cầu xác minh đã được trả lời (${status}).`,
  confirmed: "Đã xác nhận hồ sơ.",
  rejected: "Đã trả lời không xác nhận hồ sơ.",
  refuseWith: (answer: string) => `Đơn vị quản lý sổ không xác nhận hồ sơ: ${answer}`,
  legalBasis: "Luật Hộ tịch 2014, Điều 63; Nghị định 87/2020/NĐ-CP, Điều 13 (xác minh dữ liệu hộ tịch số hóa trước khi cấp bản sao, xác nhận)",
} as const;
