// Vietnamese texts of the file exports (the export panel and its download routes).
export const exportMessages = {
  /** The panel's default button, also named in the refusal of a too-large direct download. */
  byFilter: "Tải xuống theo bộ lọc",
  panel: "Xuất tệp",
  preparing: "Đang chuẩn bị…",
  recentTitle: "Tệp xuất gần đây",
  /** How long a finished file stays downloadable (the portal's configured export lifetime). */
  keptFor: (hours: number) => `Tệp được giữ ${hours} giờ, chỉ bạn tải được.`,
  downloading: (rows: string) => `Đang tải ${rows} dòng…`,
  queued: (rows: string) => `Danh sách có ${rows} dòng: tệp đang được tạo ở nền, bạn có thể tiếp tục làm việc.`,
  requestFailed: "Không gửi được yêu cầu xuất tệp. Vui lòng thử lại.",
  rows: (rows: string) => `${rows} dòng`,
  progress: (kind: string) => `Tiến độ tạo tệp ${kind}`,
  download: (size: string) => `Tải tệp (${size})`,
  tooLarge: (rows: string) => `Danh sách có ${rows} dòng, quá lớn để tải ngay. Hãy dùng nút "${exportMessages.byFilter}" để tạo tệp xuất nền.`,
} as const;
