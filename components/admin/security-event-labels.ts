import type { SecurityEventType } from "@/lib/generated/prisma/enums";

export const SECURITY_EVENT_LABELS: Record<SecurityEventType, string> = {
  SIGN_IN_SUCCESS: "Đăng nhập thành công",
  SIGN_IN_FAILURE: "Đăng nhập sai",
  SIGN_IN_LOCKED: "Đăng nhập khi đang bị khóa",
  ACCOUNT_LOCKED: "Tài khoản bị tạm khóa",
  SIGN_IN_INACTIVE: "Đăng nhập tài khoản đã ngừng",
  SIGN_OUT: "Đăng xuất",
};
