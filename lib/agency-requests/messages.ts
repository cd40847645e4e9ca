import type { AgencyPersonOutcome, AgencyRequestStatus } from "@/lib/generated/prisma/enums";

// Vietnamese text of agency data requests (Luật Hộ tịch Art. 64), kept apart from lib/messages.ts.
export const agencyMessages = {
  title: "Yêu cầu cung cấp thông tin hộ tịch",
  statuses: {
    SUBMITTED: "Chờ tiếp nhận",
    RETURNED: "Trả lại bổ sung",
    REFUSED: "Từ chối",
    ACCEPTED: "Đang xử lý",
    ANSWERED: "Đã trả lời",
  } satisfies Record<AgencyRequestStatus, string>,
  outcomes: {
    PENDING: "Chưa tra cứu",
    FOUND: "Có thông tin",
    NOT_FOUND: "Không có thông tin",
    AMBIGUOUS: "Chưa xác định được (nhiều kết quả)",
  } satisfies Record<AgencyPersonOutcome, string>,
  dueSoon: "Sắp đến hạn",
  overdue: "Quá hạn",
  // Form fields.
  letterNumberRequired: "Nhập số công văn.",
  letterNumberFormat: "Số công văn có tối đa 50 ký tự (chữ, số, dấu / - . _).",
  letterDateInvalid: "Ngày công văn không hợp lệ (dd/MM/yyyy, không sau hôm nay).",
  signerRequired: "Nhập họ tên người ký công văn.",
  reasonRequired: "Nêu lý do yêu cầu (ít nhất 10 ký tự).",
  legalBasisRequired: "Nêu căn cứ pháp lý (ít nhất 5 ký tự).",
  recordKindsRequired: "Chọn ít nhất một loại thông tin hộ tịch cần cung cấp.",
  requestedDueInvalid: "Thời hạn đề nghị không hợp lệ (dd/MM/yyyy, sau hôm nay).",
  peopleRequired: "Nêu ít nhất một người cần cung cấp thông tin (nhập từng dòng hoặc tải tệp CSV).",
  tooManyPeople: (max: number) => `Một yêu cầu nêu tối đa ${max} người; hãy tách thành nhiều yêu cầu.`,
  // One person.
  personIdOrName: "Nhập số định danh cá nhân, hoặc họ tên và ngày sinh.",
  personDobRequired: "Tra cứu theo họ tên cần ngày sinh (dd/MM/yyyy).",
  personDobInvalid: "Ngày sinh không hợp lệ (dd/MM/yyyy, MM/yyyy hoặc yyyy, không sau hôm nay).",
  personNameInvalid: "Họ tên phải có ít nhất 2 chữ cái.",
  // CSV upload.
  csvTooLarge: (kb: number) => `Tệp CSV quá lớn: tối đa ${kb} KB.`,
  csvNotText: "Tệp không phải văn bản CSV mã hóa UTF-8. Hãy lưu lại từ Excel bằng “CSV UTF-8 (Comma delimited)”.",
  csvNoHeader: "Tệp CSV cần dòng tiêu đề có cột so_dinh_danh hoặc ho_ten và ngay_sinh.",
  csvEmpty: "Tệp CSV không có dòng dữ liệu nào.",
  csvBadQuotes: "Dấu ngoặc kép không đóng.",
  csvBadRows: (n: number) => `Tệp CSV có ${n} dòng lỗi; chưa có gì được lưu. Sửa các dòng dưới đây rồi tải lại.`,
  csvLine: (line: number, message: string) => `Dòng ${line}: ${message}`,
  // Triage and handling.
  noteRequired: "Nêu nội dung cần bổ sung hoặc lý do (ít nhất 5 ký tự).",
  communeRequired: "Chọn xã, phường được giao xử lý.",
  communeUnknown: "Không có xã, phường này.",
  wrongStatus: (status: string) => `Yêu cầu đang ở trạng thái “${status}”, không thực hiện được thao tác này. Tải lại trang để xem trạng thái mới.`,
  stale: "Yêu cầu vừa được người khác thay đổi. Tải lại trang để xem trạng thái mới.",
  recordsRequired: "Chọn hồ sơ hộ tịch sẽ cung cấp (có trong kết quả tra cứu của người này).",
  candidatesRequired: "Chọn ít nhất hai hồ sơ có thể trùng để ghi là chưa xác định được.",
  searchFirst: "Tra cứu người này trước khi ghi kết quả.",
  peoplePending: "Còn người chưa ghi kết quả tra cứu; ghi đủ rồi mới lập văn bản trả lời.",
  // Done messages.
  done: {
    filed: "Đã gửi yêu cầu.",
    accept: "Đã tiếp nhận; Sở Tư pháp trực tiếp xử lý.",
    assign: "Đã giao xã, phường xử lý.",
    return: "Đã trả lại để cơ quan bổ sung.",
    refuse: "Đã từ chối yêu cầu.",
    marked: "Đã ghi kết quả tra cứu.",
    answered: "Đã lập văn bản trả lời.",
  },
} as const;
