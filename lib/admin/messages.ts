import { PASSWORD_POLICY } from "@/lib/admin/password-policy";

const { minLength, minClasses, classCount } = PASSWORD_POLICY;

/** Vietnamese text of the administration feature (accounts, two-factor, grants, API clients, settings, monitoring). */
export const adminMessages = {
  twoFactor: {
    codeLabel: "Mã xác thực (6 chữ số) hoặc mã khôi phục",
    enrolCodeLabel: "Mã 6 chữ số từ ứng dụng xác thực",
    codeRequired: "Vui lòng nhập mã xác thực.",
    codeInvalid: "Mã xác thực không đúng hoặc đã được dùng. Vui lòng nhập mã mới nhất trên ứng dụng.",
    enrolInvalid: "Mã không khớp. Kiểm tra giờ trên điện thoại và nhập mã đang hiển thị.",
    expired: "Bước xác thực đã hết hạn. Vui lòng đăng nhập lại.",
    totpTitle: "Xác thực hai lớp",
    totpHint: "Nhập mã 6 chữ số đang hiển thị trên ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…). Nếu không có điện thoại, nhập một mã khôi phục.",
    enrolTitle: "Thiết lập xác thực hai lớp",
    enrolHint: "Vai trò của bạn bắt buộc xác thực hai lớp. Quét mã QR bằng ứng dụng xác thực trên điện thoại (hoặc nhập khóa bí mật bên dưới), rồi nhập mã 6 chữ số mà ứng dụng hiển thị.",
    qrAlt: "Mã QR để thêm tài khoản vào ứng dụng xác thực",
    secretLabel: "Khóa bí mật (nhập tay nếu không quét được)",
    verify: "Xác nhận",
    recoveryTitle: "Mã khôi phục",
    recoveryHint: "Lưu 10 mã khôi phục này ở nơi an toàn. Mỗi mã dùng được một lần để đăng nhập khi không có điện thoại. Các mã chỉ hiển thị MỘT LẦN.",
    continue: "Tôi đã lưu mã, tiếp tục",
  },
  password: {
    tooShort: `Mật khẩu phải có ít nhất ${minLength} ký tự.`,
    classes: `Mật khẩu phải có chữ hoa, chữ thường, chữ số và ký tự đặc biệt (ít nhất ${minClasses} trong ${classCount} loại).`,
    containsUsername: "Mật khẩu không được chứa tên đăng nhập.",
    common: "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.",
    mismatch: "Mật khẩu nhập lại không khớp.",
    currentWrong: "Mật khẩu hiện tại không đúng.",
    sameAsOld: "Mật khẩu mới phải khác mật khẩu hiện tại.",
    rule: `Ít nhất ${minLength} ký tự, gồm ít nhất ${minClasses} trong ${classCount} loại: chữ hoa, chữ thường, chữ số, ký tự đặc biệt; không chứa tên đăng nhập.`,
  },
} as const;
