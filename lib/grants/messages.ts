// The Vietnamese texts of the signer's grant-request page (app/(portal)/grants). Plain data: server and
// client components both import it.

export const grantTexts = {
  metaTitle: "Quyền khai thác CSDL dân cư",
  title: "Quyền khai thác CSDL quốc gia về dân cư",
  intro: "Công an tỉnh cấp quyền khai thác cho từng cán bộ. Lãnh đạo UBND đề nghị; quản trị hệ thống ghi nhận quyết định. Quyền hết hạn hoặc tài khoản ngừng hoạt động thì tự động mất hiệu lực.",
  columns: { officer: "Cán bộ", state: "Tình trạng quyền", decision: "Quyết định / hiệu lực", request: "Đề nghị" },
  empty: "Đơn vị chưa có cán bộ nào.",
  username: (username: string) => `(${username})`,
  noGrant: "Chưa có quyền",
  validUntil: (date: string) => ` · đến ${date}`,
  reason: "Lý do đề nghị",
  defaultReason: "Giải quyết thủ tục hộ tịch tại Bộ phận một cửa",
  request: "Đề nghị cấp quyền",
} as const;
