import { z } from "zod";
import type { EventType } from "@/lib/adapters/civil-registry/port";
import type { DocumentKind } from "@/lib/generated/prisma/enums";

// One extract form per registered event (Thông tư 04/2020/TT-BTP, annexes, as amended): its title,
// the symbol of its number ("Số: 470/2025/TLKT-BS") and the way the number is written. These are
// the `documentForms` setting (lib/settings/settings.ts): an administrator can correct a title or
// symbol without a release; the title, symbol and printed number in force at
// signing are stored in the issued document (content.title, IssuedDocument.symbol and .label,
// content.series.label), so a later change never alters a document already issued nor its hash.

/** The series a new copy of an extract can be numbered in: one per event kind of the register. */
export const COPY_KINDS = [
  "COPY_BIRTH",
  "COPY_MARRIAGE",
  "COPY_DEATH",
  "COPY_PARENTAGE",
  "COPY_GUARDIANSHIP",
  "COPY_CHANGE_CORRECTION",
  "COPY_DIVORCE",
  "COPY_ADOPTION",
] as const satisfies readonly DocumentKind[];
export type CopyKind = (typeof COPY_KINDS)[number];

/** The copy series of each event kind of the civil registry. */
export const COPY_KIND_OF_EVENT: Record<EventType, CopyKind> = {
  BIRTH: "COPY_BIRTH",
  MARRIAGE: "COPY_MARRIAGE",
  DEATH: "COPY_DEATH",
  PARENTAGE: "COPY_PARENTAGE",
  GUARDIANSHIP: "COPY_GUARDIANSHIP",
  CHANGE_CORRECTION: "COPY_CHANGE_CORRECTION",
  DIVORCE: "COPY_DIVORCE",
  ADOPTION: "COPY_ADOPTION",
};

/** Symbols outside the setting: confirmations (their own procedure) and the retired generic series. */
export const FIXED_SYMBOLS = {
  CONFIRMATION: "XNHT",
  /** Documents issued before each event had its own form; never allocated again. */
  COPY_OTHER: "TLHT-BS",
} as const;

/** The subtitle every certified copy carries under its title. */
export const COPY_SUBTITLE = "(BẢN SAO)";

/** How the number is printed: "470/TLKT-BS", or with the year of issue "470/2025/TLKT-BS". */
export const ZNumberFormat = z.enum(["N/SYMBOL", "N/YYYY/SYMBOL"]);
export type NumberFormat = z.infer<typeof ZNumberFormat>;

/** A symbol goes into the printed number and into file names: capitals, digits and hyphens. */
const ZSymbol = z.string().trim().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/).max(20);
const ZForm = z.object({ title: z.string().trim().min(5).max(200), symbol: ZSymbol });
export type DocumentForm = z.infer<typeof ZForm>;

export const ZDocumentForms = z
  .object({
    numberFormat: ZNumberFormat,
    forms: z.object(Object.fromEntries(COPY_KINDS.map((k) => [k, ZForm])) as Record<CopyKind, typeof ZForm>),
  })
  // Two series sharing a symbol would print the same number on two documents.
  .superRefine((v, ctx) => {
    const seen = new Set<string>(Object.values(FIXED_SYMBOLS));
    for (const k of COPY_KINDS) {
      const symbol = v.forms[k].symbol;
      if (seen.has(symbol)) ctx.addIssue({ code: "custom", message: "duplicate symbol", path: ["forms", k, "symbol"] });
      seen.add(symbol);
    }
  });
export type DocumentForms = z.infer<typeof ZDocumentForms>;

/**
 * The default forms. Titles are those of the extract forms of Thông tư 04/2020/TT-BTP; symbols
 * TLKS-BS, TLKH-BS and TLKT-BS are those of real copies. The symbols of the other five
 * were not found on a real copy: (to confirm) TLNCMC-BS, TLGH-BS, TLTDCC-BS, TLLH-BS, TLNCN-BS,
 * written in ASCII capitals like the documented ones. Real 2025–26 copies carry the year in their
 * number ("470/2025/TLKT-BS"), so the year form is the default.
 */
export const DEFAULT_DOCUMENT_FORMS: DocumentForms = {
  numberFormat: "N/YYYY/SYMBOL",
  forms: {
    COPY_BIRTH: { title: "TRÍCH LỤC KHAI SINH", symbol: "TLKS-BS" },
    COPY_MARRIAGE: { title: "TRÍCH LỤC KẾT HÔN", symbol: "TLKH-BS" },
    COPY_DEATH: { title: "TRÍCH LỤC KHAI TỬ", symbol: "TLKT-BS" },
    COPY_PARENTAGE: { title: "TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON", symbol: "TLNCMC-BS" },
    COPY_GUARDIANSHIP: { title: "TRÍCH LỤC ĐĂNG KÝ GIÁM HỘ", symbol: "TLGH-BS" },
    COPY_CHANGE_CORRECTION: { title: "TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH HỘ TỊCH, XÁC ĐỊNH LẠI DÂN TỘC, BỔ SUNG THÔNG TIN HỘ TỊCH", symbol: "TLTDCC-BS" },
    COPY_DIVORCE: { title: "TRÍCH LỤC GHI VÀO SỔ HỘ TỊCH VIỆC LY HÔN, HỦY VIỆC KẾT HÔN", symbol: "TLLH-BS" },
    COPY_ADOPTION: { title: "TRÍCH LỤC ĐĂNG KÝ NUÔI CON NUÔI", symbol: "TLNCN-BS" },
  },
};

export function isCopyKind(kind: string): kind is CopyKind {
  return (COPY_KINDS as readonly string[]).includes(kind);
}

/** The symbol a new document of `kind` is numbered with under `forms`. */
export function seriesSymbol(forms: DocumentForms, kind: DocumentKind): string {
  if (isCopyKind(kind)) return forms.forms[kind].symbol;
  return FIXED_SYMBOLS[kind];
}

/** The number as printed after "Số:": "470/TLKT-BS" or "470/2025/TLKT-BS". */
export function seriesLabel(format: NumberFormat, number: number, year: number, symbol: string): string {
  return format === "N/YYYY/SYMBOL" ? `${number}/${year}/${symbol}` : `${number}/${symbol}`;
}

/** The number of an issued document as it printed it: the stored label, or "number/symbol" for old rows. */
export function printedNumber(doc: { number: number; symbol: string; label?: string | null }): string {
  return doc.label ?? `${doc.number}/${doc.symbol}`;
}

/** The settings page's labels and hints for this setting (Vietnamese). */
export const DOCUMENT_FORM_TEXTS = {
  pageTitle: "Mẫu trích lục và số văn bản",
  pageDescription:
    "Tên mẫu và ký hiệu số của bản sao trích lục theo từng loại việc hộ tịch (Thông tư 04/2020/TT-BTP, đã sửa đổi), và cách ghi số văn bản. Thay đổi chỉ áp dụng cho văn bản ký sau khi lưu; văn bản đã cấp giữ nguyên tên, ký hiệu và số.",
  numberFormatLabel: "Cách ghi số (N/SYMBOL hoặc N/YYYY/SYMBOL)",
  numberFormatHint: "N/YYYY/SYMBOL: có năm cấp, VD 470/2025/TLKT-BS, như bản sao thực tế năm 2025–2026 (mặc định); N/SYMBOL: 470/TLKT-BS.",
  kinds: {
    COPY_BIRTH: "khai sinh",
    COPY_MARRIAGE: "kết hôn",
    COPY_DEATH: "khai tử",
    COPY_PARENTAGE: "nhận cha, mẹ, con",
    COPY_GUARDIANSHIP: "giám hộ",
    COPY_CHANGE_CORRECTION: "thay đổi, cải chính, bổ sung hộ tịch",
    COPY_DIVORCE: "ly hôn, hủy việc kết hôn",
    COPY_ADOPTION: "nuôi con nuôi",
  } satisfies Record<CopyKind, string>,
  titleLabel: (kind: string) => `Tên mẫu: ${kind}`,
  symbolLabel: (kind: string) => `Ký hiệu số: ${kind}`,
  symbolHint: (documented: boolean) =>
    documented ? "Ký hiệu của bản sao thực tế." : "Chưa xác nhận được từ văn bản thực tế (cần xác nhận).",
  symbolInvalid: "Chỉ dùng chữ in hoa không dấu, chữ số và dấu gạch ngang, tối đa 20 ký tự, VD TLKS-BS.",
  symbolDuplicate: "Ký hiệu này đã dùng cho loại văn bản khác; mỗi loại cần một ký hiệu riêng.",
  titleHint: "Theo mẫu trích lục của Thông tư 04/2020/TT-BTP; in kèm dòng \"(BẢN SAO)\".",
} as const;

/** Symbols confirmed on real copies; the others are marked (to confirm) on the settings page. */
export const DOCUMENTED_SYMBOL_KINDS: readonly CopyKind[] = ["COPY_BIRTH", "COPY_MARRIAGE", "COPY_DEATH"];
