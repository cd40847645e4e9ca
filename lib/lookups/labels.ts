import type { EventType, MatchReason, Match, CivilRecord } from "@/lib/adapters/civil-registry/port";
import type { PurposeKind } from "@/lib/generated/prisma/enums";
import { nameDifference } from "@/lib/names/differ";
import { nameMessages } from "@/lib/names/messages";

// Vietnamese labels of the register's codes, for pages and exports.
export const EVENT_LABELS: Record<EventType, string> = {
  BIRTH: "Khai sinh",
  MARRIAGE: "Kết hôn",
  DEATH: "Khai tử",
  PARENTAGE: "Nhận cha, mẹ, con",
  GUARDIANSHIP: "Giám hộ",
  CHANGE_CORRECTION: "Thay đổi, cải chính hộ tịch",
  DIVORCE: "Ly hôn, hủy kết hôn",
  ADOPTION: "Nuôi con nuôi",
};

export const REASON_LABELS: Record<MatchReason, string> = {
  personal_id: "trùng số định danh",
  name_exact: "trùng họ tên",
  name_folded: "trùng họ tên (không dấu)",
  name_variant: "họ tên gần đúng",
  dob_exact: "trùng ngày sinh",
  dob_partial: "sổ chỉ ghi tháng/năm sinh",
  dob_swapped: "ngày và tháng sinh bị đảo",
  father_name: "trùng tên cha",
  mother_name: "trùng tên mẹ",
  spouse_name: "trùng tên vợ/chồng",
  entry_number: "trùng số đăng ký",
  book_number: "trùng quyển số",
  authority: "trùng cơ quan đăng ký",
  registered_on: "trùng ngày đăng ký",
};

/** How the person a record is about is called on each kind of record (the matched party's role label). */
export const SUBJECT_LABELS: Record<EventType, string> = {
  BIRTH: "người được khai sinh",
  MARRIAGE: "người được đăng ký",
  DEATH: "người chết",
  PARENTAGE: "con",
  GUARDIANSHIP: "người được giám hộ",
  CHANGE_CORRECTION: "người được thay đổi, cải chính hộ tịch",
  DIVORCE: "người được đăng ký",
  ADOPTION: "con nuôi",
};
/** The other places a person can hold on a record; a person in `related` is called by the record's own words. */
export const PARTY_LABELS = { HUSBAND: "chồng", WIFE: "vợ", FATHER: "cha", MOTHER: "mẹ" } as const;

/** A reason in words; a spelling variant names both spellings: "tên khác: Tám/Tâm" (asked/recorded). */
export function reasonLabel(reason: MatchReason, m?: { fullName: string; askedAs?: string }): string {
  const difference = reason === "name_variant" && m?.askedAs ? nameDifference(m.askedAs, m.fullName) : null;
  return difference ? nameMessages.otherName(difference) : REASON_LABELS[reason];
}

/**
 * The result row's line saying whom a record was found through and why:
 * "Khớp: vợ — Nguyễn Thị Hồng, số định danh 052187003321, lý do: trùng số định danh".
 */
export function matchedLine(m: { roleLabel: string; fullName: string; personalId: string | null; reasons: readonly MatchReason[]; askedAs?: string }): string {
  const id = m.personalId ? `, số định danh ${m.personalId}` : "";
  const why = m.reasons.length ? `, lý do: ${m.reasons.map((r) => reasonLabel(r, m)).join(", ")}` : "";
  return `Khớp: ${m.roleLabel} — ${m.fullName}${id}${why}`;
}

export const LEVEL_LABELS: Record<Match["level"], string> = { exact: "Khớp chính xác", probable: "Có thể là", possible: "Gần giống" };
export const ORIGIN_LABELS: Record<CivilRecord["origin"], string> = { "born-digital": "Đăng ký điện tử", digitised: "Số hóa từ sổ giấy" };
export const QUALITY_LABELS: Record<CivilRecord["quality"], string> = {
  verified: "Đã kiểm tra",
  needs_review: "Cần kiểm tra lại",
  incomplete: "Thiếu thông tin",
  suspected_duplicate: "Nghi trùng lặp",
};

export const PURPOSE_LABELS = {
  DOSSIER: "Giải quyết hồ sơ thủ tục hành chính",
  COPY_REQUEST: "Cấp bản sao trích lục hộ tịch",
  CONFIRMATION_REQUEST: "Xác nhận thông tin hộ tịch",
  AGENCY_REQUEST: "Yêu cầu cung cấp dữ liệu của cơ quan",
  RECORD_VERIFICATION: "Xác minh hồ sơ số hóa (trước khi cấp bản sao, xác nhận)",
  OTHER: "Mục đích khác",
  // Every purpose kind the database knows must have a label: a value added to the PurposeKind enum
  // (prisma/schema.prisma) fails the build here until it has one. RECORD_VERIFICATION is the access
  // log's own purpose (a register's holder confirming a record), never a lookup's.
} as const satisfies Record<PurposeKind | "RECORD_VERIFICATION", string>;

export const OUTCOME_LABELS = { FOUND: "Có kết quả", NOT_FOUND: "Không có kết quả", REFUSED: "Bị từ chối", UPSTREAM_FAILURE: "Lỗi kết nối" } as const;
export const SEARCH_BY_LABELS = { personalId: "Số định danh cá nhân", name: "Họ tên và ngày sinh", registration: "Số đăng ký" } as const;
/** How a lookup reached its records: the three searches, or a record chosen from an earlier lookup. */
export const QUERY_KIND_LABELS: Record<string, string> = { ...SEARCH_BY_LABELS, record: "Bản ghi chọn từ lượt tra cứu trước" };

/** Why a look failed or was refused (the access log's errorKind); unknown codes (a system's own, e.g. GRANT_EXPIRED) show as they are. */
export const ERROR_KIND_LABELS: Record<string, string> = {
  timeout: "hệ thống không trả lời kịp",
  unavailable: "hệ thống lỗi hoặc không kết nối được",
  bad_response: "hệ thống trả dữ liệu không hợp lệ",
  circuit_open: "tạm ngừng gọi hệ thống sau nhiều lỗi liên tiếp",
  refused: "hệ thống từ chối",
  no_grant: "chưa được cấp quyền",
  out_of_jurisdiction: "đơn vị ngoài phạm vi được phép",
  procedure_unknown: "thủ tục không có trong danh mục",
  papers_not_in_procedure: "giấy tờ không thuộc thủ tục",
  dossier_other_procedure: "mã hồ sơ đã dùng cho thủ tục khác",
  purpose: "mục đích (yêu cầu của cơ quan) không hợp lệ",
};
