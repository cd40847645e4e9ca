import type { CivilRecord, EventType, Parent, PersonOnRecord } from "@/lib/adapters/civil-registry/port";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import type { DocumentBlock, DocumentField } from "@/lib/documents/content-schema";
import { dateInWords, partialDateText } from "@/lib/documents/vn-words";

// A record's content as the extract forms of Thông tư 04/2020/TT-BTP print it: the person's
// fields in the forms' order and wording, parents (mother first, as the 2016+ forms), both spouses,
// death facts, then the registration line and Ghi chú. Unknown values print "—" so nothing can be
// written into a blank after issue; legacy partial dates stay as precise as the register is.

const SEX = { M: "Nam", F: "Nữ" } as const;
const dash = (s: string | null | undefined) => (s && s.trim() ? s.trim() : "—");
const f = (label: string, value: string | null | undefined): DocumentField => ({ label, value: dash(value) });
const upper = (s: string) => s.normalize("NFC").toLocaleUpperCase("vi");

/** How the registration line names the act ("Đăng ký khai sinh ngày … tại …"). */
const REGISTERED_AS: Record<EventType, string> = {
  BIRTH: "Đăng ký khai sinh",
  MARRIAGE: "Đăng ký kết hôn",
  DEATH: "Đăng ký khai tử",
  PARENTAGE: "Đăng ký nhận cha, mẹ, con",
  GUARDIANSHIP: "Đăng ký giám hộ",
  CHANGE_CORRECTION: "Đăng ký thay đổi, cải chính hộ tịch",
  DIVORCE: "Ghi vào sổ hộ tịch việc ly hôn, hủy kết hôn",
  ADOPTION: "Đăng ký nuôi con nuôi",
};

/** "12/03/1998" for a full date; a legacy partial date as it is: "tháng 01 năm 1979". */
const dateText = (iso: string | null | undefined) => (iso ? partialDateText(iso) : null);

/** The date row and, for a known date, the same date in words (the forms' "Ghi bằng chữ"). */
function dateRows(label: string, iso: string | null | undefined): DocumentField[][] {
  const rows = [[f(label, dateText(iso))]];
  if (iso) rows.push([f("Ghi bằng chữ", dateInWords(iso))]);
  return rows;
}

/** The person named by the record: name in capitals as the forms write it, then identity facts. */
function personRows(p: PersonOnRecord, opts: { dateInWords: boolean; birthPlace: boolean }): DocumentField[][] {
  return [
    [f("Họ, chữ đệm, tên", upper(p.fullName))],
    ...(opts.dateInWords ? dateRows("Ngày, tháng, năm sinh", p.dateOfBirth) : [[f("Ngày, tháng, năm sinh", dateText(p.dateOfBirth))]]),
    [f("Giới tính", p.sex ? SEX[p.sex] : null), f("Dân tộc", p.ethnicity), f("Quốc tịch", p.nationality)],
    ...(opts.birthPlace ? [[f("Nơi sinh", p.placeOfBirth)], [f("Quê quán", p.hometown)]] : []),
    [f("Số định danh cá nhân", p.personalId)],
  ];
}

function parentRows(role: "mẹ" | "cha", p: Parent | null | undefined): DocumentField[][] {
  if (!p) return [[f(`Họ, chữ đệm, tên người ${role}`, null)]];
  return [
    [f(`Họ, chữ đệm, tên người ${role}`, p.fullName)],
    [f("Năm sinh", p.birthYear ? String(p.birthYear) : null), f("Dân tộc", p.ethnicity), f("Quốc tịch", p.nationality)],
    [f("Nơi cư trú", p.residence)],
  ];
}

function spouseRows(p: PersonOnRecord): DocumentField[][] {
  return [
    [f("Họ, chữ đệm, tên", upper(p.fullName))],
    [f("Ngày, tháng, năm sinh", dateText(p.dateOfBirth))],
    [f("Dân tộc", p.ethnicity), f("Quốc tịch", p.nationality)],
    [f("Nơi cư trú", p.residence)],
    [f("Số định danh cá nhân", p.personalId)],
  ];
}

function deathRows(record: CivilRecord): DocumentField[][] {
  const d = record.death;
  return [
    ...dateRows("Đã chết vào ngày", d?.dateOfDeath),
    [f("Nơi chết", d?.placeOfDeath)],
    [f("Nguyên nhân chết", d?.causeOfDeath)],
  ];
}

/** Facts of the other events (parentage, guardianship, corrections…): who else, and what. */
function otherRows(record: CivilRecord): DocumentField[][] {
  return [
    [f("Loại việc hộ tịch", EVENT_LABELS[record.type])],
    ...record.related.map((r) => [f(r.role, r.personalId ? `${r.fullName}, số định danh cá nhân ${r.personalId}` : r.fullName)]),
    ...Object.entries(record.details).map(([label, value]) => [f(label, value)]),
  ];
}

/**
 * "Đăng ký khai sinh ngày 20/03/1998 tại UBND thị trấn Ia Kha, huyện Ia Grai, tỉnh Gia Lai, số 45,
 * quyển số 01/1998." The authority is named as it was on that day (the 2025 reform renamed most).
 */
export function registrationLine(record: CivilRecord): string {
  const r = record.registration;
  const on = partialDateText(r.registeredOn);
  const when = /^\d/.test(on) ? `ngày ${on}` : on;
  const book = r.bookNumber ? `, quyển số ${r.bookNumber}` : "";
  return `${REGISTERED_AS[record.type]} ${when} tại ${r.authority}, số ${r.entryNumber}${book}.`;
}

/** The rows describing what the record is about, by event type. */
export function recordFieldRows(record: CivilRecord): DocumentField[][] {
  switch (record.type) {
    case "BIRTH":
      return [
        ...(record.subject ? personRows(record.subject, { dateInWords: true, birthPlace: true }) : []),
        ...parentRows("mẹ", record.mother),
        ...parentRows("cha", record.father),
      ];
    case "DEATH":
      return [...(record.subject ? [...personRows(record.subject, { dateInWords: false, birthPlace: false }), [f("Nơi cư trú cuối cùng", record.subject.residence)]] : []), ...deathRows(record)];
    default:
      return [...(record.subject ? personRows(record.subject, { dateInWords: false, birthPlace: false }) : []), ...otherRows(record)];
  }
}

/**
 * The whole body a record contributes: its fields (marriage: both spouses under their headings),
 * the registration line, the unit now holding the register when it is known, and Ghi chú.
 */
export function recordBlocks(record: CivilRecord, currentHolderName: string | null): DocumentBlock[] {
  const fields: DocumentBlock[] =
    (record.type === "MARRIAGE" || record.type === "DIVORCE") && record.spouses
      ? [
          { type: "heading", text: "Bên chồng" },
          { type: "fields", rows: spouseRows(record.spouses.husband) },
          { type: "heading", text: "Bên vợ" },
          { type: "fields", rows: spouseRows(record.spouses.wife) },
          ...(record.type === "DIVORCE" ? [{ type: "fields" as const, rows: otherRows(record) }] : []),
        ]
      : [{ type: "fields", rows: recordFieldRows(record) }];
  return [
    ...fields,
    { type: "paragraph", text: registrationLine(record), style: "regular" },
    ...(currentHolderName ? [{ type: "fields" as const, rows: [[f("Đơn vị hiện quản lý sổ hộ tịch", currentHolderName)]] }] : []),
    { type: "fields", rows: [[f("Ghi chú", record.notes.length ? record.notes.join("; ") : null)]] },
  ];
}

/** The people a record is about, as written: the subject, or both spouses. */
export function recordHolderNames(record: CivilRecord): string[] {
  if (record.subject) return [record.subject.fullName];
  if (record.spouses) return [record.spouses.husband.fullName, record.spouses.wife.fullName];
  return record.related.slice(0, 1).map((r) => r.fullName);
}
