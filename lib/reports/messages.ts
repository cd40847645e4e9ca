import { formatCount } from "@/lib/format";
import { REPORT_TEXT_MAX_LENGTH } from "@/lib/reports/limits";

// Vietnamese texts of the reporting feature (kept here, not in lib/messages.ts, to merge cleanly).
export const reportMessages = {
  statuses: { DRAFT: "Đang lập", SUBMITTED: "Đã gửi, chờ Sở Tư pháp", RETURNED: "Bị trả lại", ACCEPTED: "Đã tiếp nhận" },
  notStarted: "Chưa lập",
  overdue: "Quá hạn",
  wrongStatus: (s: string) => `Báo cáo đang ở trạng thái "${s}", không thể thực hiện thao tác này.`,
  notPrepared: "Công chức chưa hoàn thành báo cáo để trình ký.",
  periodNotEnded: "Kỳ báo cáo chưa kết thúc.",
  badPeriod: "Kỳ báo cáo không hợp lệ.",
  commentRequired: "Nhập lý do trả lại báo cáo.",
  textTooLong: `Nội dung quá dài (tối đa ${formatCount(REPORT_TEXT_MAX_LENGTH)} ký tự).`,
  titleRequired: "Nhập tên báo cáo.",
  dateInvalid: "Ngày không hợp lệ (dd/MM/yyyy).",
  rangeInvalid: "Ngày kết thúc phải sau ngày bắt đầu.",
  unitsUnknown: (codes: string) => `Không có đơn vị mã: ${codes}.`,
  done: {
    save: "Đã lưu báo cáo.",
    prepare: "Đã hoàn thành báo cáo, chuyển lãnh đạo ký gửi.",
    submit: "Đã ký gửi báo cáo về Sở Tư pháp.",
    accept: "Đã tiếp nhận báo cáo.",
    return: "Đã trả lại báo cáo để đơn vị chỉnh sửa.",
    adHoc: "Đã gửi yêu cầu báo cáo đột xuất.",
  },
} as const;
