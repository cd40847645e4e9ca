/** Vietnamese text of the two-factor steps of sign-in (enrolment, code, recovery codes). */
export const twoFactorMessages = {
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
  secretLabel: "Khóa bí mật (nhập tay nếu không quét được)",
  verify: "Xác nhận",
  recoveryTitle: "Mã khôi phục",
  recoveryHint: "Lưu 10 mã khôi phục này ở nơi an toàn. Mỗi mã dùng được một lần để đăng nhập khi không có điện thoại. Các mã chỉ hiển thị MỘT LẦN.",
  continue: "Tôi đã lưu mã, tiếp tục",
};
