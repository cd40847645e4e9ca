import type { SettingKey } from "@/lib/settings/settings";
import { COPY_KINDS, DOCUMENT_FORM_TEXTS as DF, DOCUMENTED_SYMBOL_KINDS } from "@/lib/documents/forms";

/** How one form field maps to a setting's value: a path into the object and how to read the text. */
export type SettingField = {
  path: string;
  label: string;
  /** "pairs": one entry per line, "case | legal basis" (e.g. fee exemptions); "text": one line of text. */
  kind: "int" | "optionalInt" | "time" | "lines" | "dates" | "pairs" | "text";
  hint?: string;
};

/**
 * One configuration page. `basis` lists the legal texts the defaults come from, each line as shown;
 * a default that could not be confirmed from its text says "(cần xác nhận)".
 */
export type SettingPage = { key: SettingKey; title: string; description: string; basis?: readonly string[]; fields: SettingField[] };

/** The separator of a "pairs" line: "Người có công với cách mạng | Điều …, Thông tư …". */
export const PAIR_SEPARATOR = " | ";

/** The configuration pages, one per setting, with Vietnamese labels. */
export const SETTING_PAGES: readonly SettingPage[] = [
  {
    key: "fees", title: "Phí và miễn phí", description: "Phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch khi cấp bản sao trích lục (đồng), phí văn bản xác nhận, mức riêng theo kênh tiếp nhận, và các trường hợp được miễn phí kèm căn cứ pháp lý.",
    basis: [
      "Thông tư 281/2016/TT-BTC, Điều 4: phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch 8.000 đồng/bản sao trích lục/sự kiện hộ tịch đã đăng ký. Đây là phí, không phải lệ phí.",
      "Văn bản xác nhận thông tin hộ tịch: chưa tìm thấy mức thu trong văn bản trung ương; mặc định 0 đồng (cần xác nhận).",
      "Miễn phí: Luật Phí và lệ phí 2015, Điều 10 cho phép văn bản quy định từng khoản phí nêu đối tượng miễn; Thông tư 281/2016/TT-BTC không nêu đối tượng miễn phí khai thác thông tin hộ tịch (cần xác nhận). Vì vậy mặc định không có trường hợp miễn; chỉ thêm trường hợp có văn bản cụ thể và ghi căn cứ.",
    ],
    fields: [
      { path: "copyFeePerCopy", label: "Phí mỗi bản sao (đồng)", kind: "int", hint: "Thông tư 281/2016/TT-BTC: 8.000 đồng/bản/sự kiện." },
      { path: "confirmationFee", label: "Phí mỗi văn bản xác nhận (đồng)", kind: "int", hint: "Cần xác nhận: chưa tìm thấy mức thu trung ương." },
      { path: "copyFeeByChannel.COUNTER", label: "Mức riêng: nộp trực tiếp (để trống = mức chung)", kind: "optionalInt" },
      { path: "copyFeeByChannel.ONLINE", label: "Mức riêng: nộp trực tuyến (để trống = mức chung)", kind: "optionalInt" },
      { path: "copyFeeByChannel.POST", label: "Mức riêng: qua bưu chính (để trống = mức chung)", kind: "optionalInt" },
      { path: "exemptions", label: "Trường hợp miễn phí và căn cứ pháp lý (mỗi dòng: Trường hợp | Căn cứ)", kind: "pairs", hint: "VD: Người thuộc trường hợp … | Khoản …, Điều …, Nghị quyết/Thông tư số …" },
    ],
  },
  {
    key: "serviceHours", title: "Giờ làm việc và ngày nghỉ lễ", description: "Giờ làm việc của Bộ phận một cửa, giờ chốt nhận hồ sơ trong ngày, và các ngày nghỉ lễ rơi vào ngày làm việc.",
    fields: [
      { path: "workdayStart", label: "Giờ bắt đầu làm việc", kind: "time" },
      { path: "workdayEnd", label: "Giờ kết thúc làm việc", kind: "time" },
      { path: "cutoffHour", label: "Giờ chốt trả kết quả trong ngày", kind: "time", hint: "Yêu cầu nhận trước giờ này được trả trong ngày." },
      { path: "holidays", label: "Ngày nghỉ lễ (mỗi dòng một ngày, dd/MM/yyyy)", kind: "dates" },
    ],
  },
  {
    key: "reportingCalendar", title: "Lịch báo cáo", description: "Hạn nộp báo cáo thống kê hộ tịch và tháng bắt đầu kỳ báo cáo năm.",
    fields: [
      { path: "dueDay", label: "Hạn nộp: trước ngày (của tháng sau kỳ)", kind: "int" },
      { path: "yearStartMonth", label: "Tháng bắt đầu kỳ báo cáo năm", kind: "int" },
    ],
  },
  {
    key: "unusualUse", title: "Ngưỡng cảnh báo khai thác bất thường", description: "Khi nào một cán bộ được đánh dấu tra cứu bất thường trong nhật ký khai thác.",
    fields: [
      { path: "burstCount", label: "Số lượt tra cứu dồn dập", kind: "int" },
      { path: "burstMinutes", label: "Trong khoảng (phút)", kind: "int" },
      { path: "workdayStart", label: "Giờ bắt đầu làm việc", kind: "time" },
      { path: "workdayEnd", label: "Giờ kết thúc làm việc", kind: "time" },
      { path: "offHoursMin", label: "Số lượt ngoài giờ để cảnh báo", kind: "int" },
      { path: "notFoundStreak", label: "Số lượt liên tiếp không tìm thấy (dò số định danh)", kind: "int" },
      { path: "days", label: "Xét trong (ngày gần nhất)", kind: "int" },
    ],
  },
  {
    key: "agencyRequests", title: "Thời hạn yêu cầu của cơ quan", description: "Thời hạn trả lời yêu cầu cung cấp thông tin của cơ quan, tổ chức.",
    fields: [
      { path: "defaultWorkingDays", label: "Thời hạn trả lời (ngày làm việc)", kind: "int" },
      { path: "dueSoonWorkingDays", label: "Cảnh báo sắp đến hạn trước (ngày làm việc)", kind: "int" },
      { path: "maxPeople", label: "Số người tối đa trong một yêu cầu", kind: "int" },
    ],
  },
  {
    key: "documentForms", title: DF.pageTitle, description: DF.pageDescription,
    fields: [
      { path: "numberFormat", label: DF.numberFormatLabel, kind: "text", hint: DF.numberFormatHint },
      ...COPY_KINDS.flatMap((k): SettingField[] => [
        { path: `forms.${k}.title`, label: DF.titleLabel(DF.kinds[k]), kind: "text", hint: DF.titleHint },
        { path: `forms.${k}.symbol`, label: DF.symbolLabel(DF.kinds[k]), kind: "text", hint: DF.symbolHint(DOCUMENTED_SYMBOL_KINDS.includes(k)) },
      ]),
    ],
  },
  {
    key: "monitoring", title: "Giám sát kết nối", description: "Chu kỳ kiểm tra kết nối tới hai hệ thống quốc gia.",
    fields: [
      { path: "probeIntervalSeconds", label: "Chu kỳ kiểm tra (giây)", kind: "int" },
      { path: "slowMs", label: "Ngưỡng phản hồi chậm (mili giây)", kind: "int" },
    ],
  },
];

export function settingPage(key: string): SettingPage | undefined {
  return SETTING_PAGES.find((p) => p.key === key);
}

/** The value at a dotted path of a setting, as the form shows it. */
export function fieldText(value: unknown, field: SettingField): string {
  const v = field.path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), value);
  if (v === undefined || v === null) return "";
  if (field.kind === "dates" && Array.isArray(v)) return v.map((d: string) => d.split("-").reverse().join("/")).join("\n");
  if (field.kind === "pairs" && Array.isArray(v)) return v.map((e: { reason: string; basis: string }) => `${e.reason}${PAIR_SEPARATOR}${e.basis}`).join("\n");
  if (Array.isArray(v)) return v.join("\n");
  return String(v);
}
