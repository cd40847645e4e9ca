/** Vietnamese text of the administration feature (accounts, grants, API clients, settings, monitoring). */
export const adminMessages = {
  password: {
    tooShort: "Mật khẩu phải có ít nhất 10 ký tự.",
    classes: "Mật khẩu phải có chữ hoa, chữ thường, chữ số và ký tự đặc biệt (ít nhất 3 trong 4 loại).",
    containsUsername: "Mật khẩu không được chứa tên đăng nhập.",
    common: "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.",
    mismatch: "Mật khẩu nhập lại không khớp.",
    currentWrong: "Mật khẩu hiện tại không đúng.",
    sameAsOld: "Mật khẩu mới phải khác mật khẩu hiện tại.",
    rule: "Ít nhất 10 ký tự, gồm ít nhất 3 trong 4 loại: chữ hoa, chữ thường, chữ số, ký tự đặc biệt; không chứa tên đăng nhập.",
  },
} as const;
