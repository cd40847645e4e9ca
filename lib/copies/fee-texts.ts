import { formatMoney } from "@/lib/text/format";

/** Vietnamese texts of the fee (phí khai thác, sử dụng thông tin trong CSDL hộ tịch), one place for pages and exports. */
export const feeTexts = {
  label: "Phí",
  receiptLabel: "Số biên lai thu phí",
  receiptRequired: "Nhập số biên lai thu phí đã giao cho người yêu cầu.",
  receiptTooLong: "Số biên lai tối đa 40 ký tự.",
  receiptInvalid: "Số biên lai chỉ gồm chữ, số và các dấu / . -",
  receiptTaken: "Số biên lai này đã được ghi cho một yêu cầu khác của đơn vị.",
  /** "0 đ (miễn phí: <case>; căn cứ: <basis>)" */
  exempt: (reason: string, basis: string | null) => `${formatMoney(0)} (miễn phí: ${reason}${basis ? `; căn cứ: ${basis}` : ""})`,
} as const;
