import type { RegistrationStatus } from "@/lib/generated/prisma/enums";

/** Vietnamese texts of the registration with the national civil-registry system. */
export const registrationTexts = {
  status: {
    DELIVERED: "Đã đăng ký với hệ thống quốc gia",
    PENDING: "Đang chờ đăng ký với hệ thống quốc gia",
    REFUSED: "Hệ thống quốc gia từ chối đăng ký",
  } satisfies Record<RegistrationStatus, string>,
  revokeStatus: {
    DELIVERED: "Đã báo thu hồi tới hệ thống quốc gia",
    PENDING: "Đang chờ báo thu hồi tới hệ thống quốc gia",
    REFUSED: "Hệ thống quốc gia từ chối ghi nhận thu hồi",
  } satisfies Record<RegistrationStatus, string>,
  /** Why the national system said no, by its code. */
  refusal: (code: string | undefined, message: string): string => {
    switch (code) {
      case "NUMBER_TAKEN":
        return "Số văn bản này đơn vị đã dùng trong hệ thống quốc gia (có thể đã cấp bằng phần mềm của Bộ Tư pháp). Cần thu hồi văn bản và cấp lại với số khác.";
      case "REGISTRATION_NOT_FOUND":
        return "Hệ thống quốc gia không có bản đăng ký của văn bản này.";
      case "IDEMPOTENCY_KEY_REUSED":
        return "Hệ thống quốc gia báo khóa giao dịch đã dùng cho nội dung khác; cần quản trị viên kiểm tra.";
      default:
        return `Hệ thống quốc gia từ chối (${code ?? "không rõ mã"}): ${message}`;
    }
  },
  unavailable: (kind: string) => `Chưa gửi được (${kind === "timeout" ? "quá thời gian chờ" : kind === "circuit_open" ? "tạm ngừng gọi do lỗi liên tiếp" : "hệ thống quốc gia không phản hồi"}); sẽ tự gửi lại.`,
  waitingForRegistration: "Chờ văn bản được đăng ký trước khi báo thu hồi.",
} as const;
