// Vietnamese texts of the shared field rules (lib/validation/fields.ts), kept apart from lib/text/messages.ts
// to merge cleanly. A rule's own message (e.g. "Nhập số đăng ký…") stays with its feature's messages.

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

export const fieldMessages = {
  /** Each field's name as the messages say it. */
  labels: {
    fullName: "Họ tên",
    fatherName: "Họ tên cha",
    motherName: "Họ tên mẹ",
    spouseName: "Họ tên vợ/chồng",
    entryNumber: "Số đăng ký",
    bookNumber: "Quyển số",
    authority: "Cơ quan đăng ký",
    dossierCode: "Mã hồ sơ",
    procedureCode: "Mã thủ tục",
    paperCode: "Mã giấy tờ",
    purposeDescription: "Mục đích tra cứu",
    legalBasis: "Căn cứ pháp lý",
    unitCode: "Mã đơn vị",
    requesterName: "Họ tên người yêu cầu",
    requesterAddress: "Địa chỉ",
    authorisationRef: "Văn bản ủy quyền",
    feeExemptReason: "Lý do miễn phí",
    purposeText: "Mục đích sử dụng",
    reason: "Lý do",
    letterNumber: "Số công văn",
    signerName: "Họ tên người ký",
    signerTitle: "Chức vụ người ký",
    requestReason: "Lý do yêu cầu",
    personNote: "Ghi chú",
    note: "Nội dung",
    reportText: "Nội dung",
    reportComment: "Ý kiến",
    reportTitle: "Tên báo cáo",
    field: "Trường này",
  },
  tooLong: (label: string, max: number) => `${label} tối đa ${max.toLocaleString("vi-VN")} ký tự.`,
  tooShort: (label: string, min: number) => `${label} phải có ít nhất ${min} ký tự.`,
  required: (label: string) => `Nhập ${lowerFirst(label)}.`,
  letters: (label: string) => `${label} phải có ít nhất 2 chữ cái.`,
  format: (label: string) => `${label} không đúng định dạng.`,
  control: (label: string) => `${label} có ký tự điều khiển không hợp lệ (thường do dán từ tệp khác). Xóa và gõ lại.`,
  /** A request body or upload larger than allowed. */
  bodyTooLarge: (kb: number) => `Dữ liệu gửi lên quá lớn (tối đa ${kb} KB).`,
  /** A URL carrying a NUL byte (answered before any page or route runs). */
  badUrl: "Địa chỉ không hợp lệ.",
} as const;
