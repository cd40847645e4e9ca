import { TWO_FACTOR_POLICY } from "@/lib/auth/two-factor/policy";

const { codeDigits, recoveryCodeCount } = TWO_FACTOR_POLICY;

/** Vietnamese text of the two-factor steps of sign-in (enrolment, code, recovery codes). */
export const twoFactorMessages = {
  codeLabel: `Mã xác thực (${codeDigits} chữ số) hoặc mã khôi phục`,
  enrolCodeLabel: `Mã ${codeDigits} chữ số từ ứng dụng xác thực`,
  codeRequired: "Vui lòng nhập mã xác thực.",
  codeInvalid: "Mã xác thực không đúng hoặc đã được dùng. Vui lòng nhập mã mới nhất trên ứng dụng.",
  enrolInvalid: "Mã không khớp. Kiểm tra giờ trên điện thoại và nhập mã đang hiển thị.",
  expired: "Bước xác thực đã hết hạn. Vui lòng đăng nhập lại.",
  totpTitle: "Xác thực hai lớp",
  totpHint: `Nhập mã ${codeDigits} chữ số đang hiển thị trên ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…). Nếu không có điện thoại, nhập một mã khôi phục.`,
  enrolTitle: "Thiết lập xác thực hai lớp",
  enrolHint: `Vai trò của bạn bắt buộc xác thực hai lớp. Quét mã QR bằng ứng dụng xác thực trên điện thoại (hoặc nhập khóa bí mật bên dưới), rồi nhập mã ${codeDigits} chữ số mà ứng dụng hiển thị.`,
  qrAlt: "Mã QR để thêm tài khoản vào ứng dụng xác thực",
  secretLabel: "Khóa bí mật (nhập tay nếu không quét được)",
  verify: "Xác nhận",
  recoveryTitle: "Mã khôi phục",
  recoveryHint: `Lưu ${recoveryCodeCount} mã khôi phục này ở nơi an toàn. Mỗi mã dùng được một lần để đăng nhập khi không có điện thoại. Các mã chỉ hiển thị MỘT LẦN.`,
  continue: "Tôi đã lưu mã, tiếp tục",
};
