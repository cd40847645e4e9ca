// Every Vietnamese string people read, in one place, so the interface can be reviewed and translated.
// Identifiers stay English; only the values are Vietnamese.

export const messages = {
  appName: "Cổng khai thác dữ liệu hộ tịch",
  appOwner: "Tỉnh Gia Lai",
  roles: {
    COMMUNE_OFFICER: "Công chức tư pháp - hộ tịch",
    COMMUNE_SIGNER: "Lãnh đạo UBND cấp xã",
    PROVINCIAL_OFFICER: "Cán bộ Sở Tư pháp",
    AGENCY_USER: "Cán bộ cơ quan, tổ chức",
    ADMINISTRATOR: "Quản trị hệ thống",
  },
  errors: {
    NOT_FOUND: "Không tìm thấy dữ liệu yêu cầu.",
    UNAUTHENTICATED: "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.",
    INVALID_INPUT: "Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.",
    CONFLICT: "Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại trang và thử lại.",
    RATE_LIMITED: "Quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ít phút.",
    UPSTREAM_UNAVAILABLE: "Hệ thống quốc gia tạm thời không phản hồi. Vui lòng thử lại sau.",
    INTERNAL: "Đã xảy ra lỗi ngoài dự kiến. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị hệ thống kèm mã lỗi.",
  },
  signIn: {
    title: "Đăng nhập",
    subtitle: "Dành cho công chức, lãnh đạo và cơ quan được cấp tài khoản",
    username: "Tên đăng nhập",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    submitting: "Đang đăng nhập…",
    usernameRequired: "Vui lòng nhập tên đăng nhập.",
    passwordRequired: "Vui lòng nhập mật khẩu.",
    invalid: "Tên đăng nhập hoặc mật khẩu không đúng.",
    locked: (until: string) =>
      `Tài khoản đã bị tạm khóa 15 phút do nhập sai mật khẩu 5 lần liên tiếp. Vui lòng thử lại sau ${until}, hoặc liên hệ quản trị hệ thống để mở khóa.`,
    inactive: "Tài khoản đã ngừng hoạt động. Vui lòng liên hệ quản trị hệ thống.",
    expired: "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.",
    signedOut: "Bạn đã đăng xuất.",
    failed: "Không đăng nhập được do lỗi hệ thống. Vui lòng thử lại sau ít phút.",
  },
  shell: {
    skipToContent: "Chuyển đến nội dung chính",
    signOut: "Đăng xuất",
    menu: "Menu",
    home: "Trang chủ",
    securityLog: "Nhật ký đăng nhập",
    mainNav: "Điều hướng chính",
  },
} as const;
