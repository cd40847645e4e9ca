import type { UpstreamErrorKind } from "@/lib/adapters/errors";
import { SYSTEM_LABELS, type SystemId } from "@/lib/adapters/systems";

// What an officer reads when a national system fails: which system, what happened, what to do now.
// Vietnamese, like every string people read (lib/text/messages.ts); the system names are the official ones.

const WHAT: Record<UpstreamErrorKind, string> = {
  timeout: "không trả lời trong thời gian chờ",
  unavailable: "đang gặp lỗi hoặc không kết nối được",
  bad_response: "trả về dữ liệu không hợp lệ",
  circuit_open: "lỗi liên tiếp nhiều lần nên cổng tạm ngừng gửi yêu cầu đến hệ thống này",
  refused: "từ chối yêu cầu tra cứu",
};

const IT = "bộ phận công nghệ thông tin (quản trị hệ thống)";
const PAPER = "tiếp tục giải quyết hồ sơ theo giấy tờ do người dân xuất trình";

function advice(kind: UpstreamErrorKind, minutes: number): string {
  switch (kind) {
    case "refused":
      return `Kiểm tra lại thông tin tra cứu và quyền khai thác của tài khoản; nếu vẫn bị từ chối, liên hệ ${IT}.`;
    case "bad_response":
      return `Vui lòng thử lại sau khoảng ${minutes} phút; nếu vẫn lỗi, báo ngay ${IT}. Trong khi chờ, ${PAPER}.`;
    default:
      return `Vui lòng thử lại sau khoảng ${minutes} phút. Nếu cần giải quyết ngay, ${PAPER}. Nếu lỗi kéo dài, liên hệ ${IT}.`;
  }
}

/**
 * The message for a failed call: "<system> <what happened>. <what to do>." `retryMinutes` is how
 * long the portal leaves a failing system alone (its circuit breaker's cool-down), at least 1.
 */
export function upstreamFailureMessage(failure: { system: SystemId; kind: UpstreamErrorKind }, retryMinutes: number): string {
  const minutes = Math.max(1, Math.ceil(retryMinutes));
  return `${SYSTEM_LABELS[failure.system].official} ${WHAT[failure.kind]}. ${advice(failure.kind, minutes)} Lượt tra cứu này đã được ghi vào nhật ký khai thác.`;
}
