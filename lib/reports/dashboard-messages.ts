import { messages } from "@/lib/text/messages";
import { reportMessages } from "@/lib/reports/messages";

// Vietnamese texts of the provincial dashboard (app/(portal)/dashboard and components/dashboard).

/** The province totals' tiles. */
const kpis = { lookupsTotal: "Lượt tra cứu", dossiers: "Hồ sơ TTHC có tra cứu", papersCut: "Giấy tờ được cắt giảm", copiesIssued: "Bản sao, xác nhận đã cấp", copiesIssuedOnTime: "Cấp đúng hạn", agencyReceived: "Yêu cầu của cơ quan (quá hạn)", feesCollected: "Phí đã thu", officersWithGrant: "Công chức được khai thác CSDL dân cư" } as const;
const papersCut = "Giấy tờ cắt giảm";
const copiesIssued = "Bản sao đã cấp";

export const dashboardMessages = {
  page: {
    title: reportMessages.list.dashboard,
    kpis,
    heading: (month: string) => `${reportMessages.list.dashboard} — ${month}`,
    intro: (communes: string) => `Số liệu tổng hợp từ dữ liệu của Cổng cho ${communes} xã, phường (tổng toàn tỉnh gồm cả hoạt động của Sở Tư pháp); mỗi số liệu dẫn tới danh sách bản ghi tương ứng.`,
    pickMonth: "Chọn tháng",
    previousMonth: "‹ Tháng trước",
    nextMonth: "Tháng sau ›",
    summaryPdf: "Báo cáo tổng hợp (PDF)",
    summaryExcel: "Báo cáo tổng hợp (Excel)",
    provinceTotals: "Tổng toàn tỉnh",
    notDue: (before: string) => `Chưa đến hạn (trước ${before}).`,
    trendCard: (months: number) => `Xu hướng ${months} tháng`,
    trendTitle: "Tra cứu, giấy tờ cắt giảm và bản sao đã cấp theo tháng",
    papersSeries: papersCut,
    copiesSeries: copiesIssued,
    availabilityCard: "Tỷ lệ sẵn sàng theo tháng (%)",
    availabilityTitle: "Tỷ lệ kiểm tra kết nối thành công",
  },
  unitsTable: {
    columns: { lookupsTotal: kpis.lookupsTotal, dossiers: "Hồ sơ TTHC", papersCut: papersCut, copiesReceived: "Bản sao tiếp nhận", copiesIssued: copiesIssued, copiesOnTimePct: "Cấp đúng hạn (%)", agencyReceived: "YC cơ quan", agencyLate: "YC quá hạn", feesCollected: "Phí (đ)", reportingRate: "Tỷ lệ báo cáo (%)", onTimeRate: "Đúng hạn (%)" },
    groupName: (group: string, communes: number) => `${group} — ${communes} xã, phường`,
    groupSent: (sent: number, communes: number) => `${sent}/${communes} đã gửi`,
    groupBy: "Nhóm theo",
    byUnit: "Xã, phường (hiện nay)",
    byDistrict: "Huyện, thị xã, thành phố cũ",
    byProvince: "Tỉnh cũ (Gia Lai, Bình Định)",
    addColumn: "Thêm cột chỉ tiêu",
    rowsOfMonth: (rows: number, month: string) => `${rows} dòng · ${month}`,
    scrollHint: "Bảng rộng: vuốt hoặc cuộn ngang trong khung để xem các cột khác.",
    region: (month: string) => `Bảng chỉ tiêu các xã, phường — ${month}`,
    unit: messages.common.unit,
    monthlyReport: "Báo cáo tháng",
  },
  liveTiles: {
    stale: (at: string) => `Không tải được số liệu mới; số liệu trên là của lần cập nhật lúc ${at}.`,
    connections: "Kết nối hệ thống quốc gia",
    noFigures: "chưa có số liệu",
    availability: (percent: string, p95: number | string) => `${percent} % sẵn sàng, p95 ${p95} ms`,
    reporting: "Tình hình báo cáo",
    submitted: (month: string) => `Đã gửi báo cáo ${month}`,
    reportingRate: (periods: number) => `Tỷ lệ báo cáo (${periods} kỳ tháng gần nhất)`,
    onTimeRate: "Tỷ lệ báo cáo đúng hạn",
    overdue: (n: number) => `Đơn vị quá hạn (${n})`,
  },
  unitsChart: {
    noMatch: "Không có xã, phường nào khớp với tìm kiếm.",
    empty: "Chưa có lượt tra cứu, giấy tờ cắt giảm hay bản sao nào trong tháng ở các xã, phường này.",
    chartLabel: (title: string) => `${title}. Số liệu chi tiết ở bảng ngay dưới biểu đồ.`,
    showTable: "Xem số liệu của biểu đồ dạng bảng",
    tableLabel: (title: string) => `Số liệu của biểu đồ — ${title}`,
  },
  statusGrid: {
    legend: "Chú giải trạng thái báo cáo",
    grid: (month: string) => `Tình hình báo cáo ${month} của từng xã, phường`,
  },
  communes: {
    search: "Tìm xã, phường",
    searchPlaceholder: "Ví dụ: pleiku, ia o, 23575",
    matching: (shown: number, total: number, query: string) => `${shown}/${total} xã, phường khớp với “${query}”`,
    count: (total: number) => `${total} xã, phường`,
    reporting: (month: string) => `Tình hình gửi báo cáo ${month}`,
    chartCard: "Chỉ tiêu chính theo xã, phường",
    chartTitle: (month: string) => `Tra cứu, giấy tờ cắt giảm và bản sao đã cấp — ${month}`,
    chartTop: (top: number, shown: number) => `${top} xã, phường có nhiều lượt tra cứu nhất trong ${shown} đơn vị đang hiển thị; tìm theo tên để xem đơn vị khác.`,
    tableCard: "Các xã, phường",
    tableNote: (indicators: number) => `Chỉ tiêu trong bảng: ${indicators} chỉ tiêu báo cáo; chọn đơn vị để xem chi tiết và danh sách bản ghi.`,
  },
  trend: {
    empty: "Chưa có số liệu trong khoảng thời gian này.",
    month: (month: string) => `Tháng ${month}`,
  },
  unit: {
    title: `${reportMessages.list.dashboard} — đơn vị`,
    code: (code: string) => `(mã ${code})`,
    figuresCard: "Chỉ tiêu theo tháng (bấm số liệu để xem danh sách bản ghi)",
    figuresRegion: (unit: string) => `Chỉ tiêu theo tháng — ${unit}`,
    reportsCard: "Báo cáo của đơn vị",
    noReports: "Đơn vị chưa lập báo cáo nào.",
    submitted: (at: string, late: boolean) => `gửi ${at}${late ? " (muộn)" : ""}`,
    notSubmitted: "chưa gửi",
  },
} as const;
