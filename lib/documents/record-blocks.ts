import type { CivilRecord, EventType, IdentityPaper, Parent, PersonOnRecord } from "@/lib/adapters/civil-registry/port";
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

/** Kinds of identity paper as the forms write them. */
const IDENTITY_PAPER_KINDS: Record<IdentityPaper["kind"], string> = {
  CCCD: "Căn cước công dân",
  CAN_CUOC: "Căn cước",
  CMND: "Chứng minh nhân dân",
  HO_CHIEU: "Hộ chiếu",
  KHAC: "Giấy tờ tùy thân",
};

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

/** A parent of a birth; the parent's personal ID number when the record gives it (born-digital births name both parents by it). */
function parentRows(role: "mẹ" | "cha", p: Parent | null | undefined): DocumentField[][] {
  if (!p) return [[f(`Họ, chữ đệm, tên người ${role}`, null)]];
  return [
    [f(`Họ, chữ đệm, tên người ${role}`, p.fullName)],
    [f("Năm sinh", p.birthYear ? String(p.birthYear) : null), f("Dân tộc", p.ethnicity), f("Quốc tịch", p.nationality)],
    [f("Nơi cư trú", p.residence)],
    ...(p.personalId ? [[f("Số định danh cá nhân", p.personalId)]] : []),
  ];
}

/** "Căn cước công dân số 052187003321, cấp ngày 10/05/2021, nơi cấp: …" (TT 04/2020: giấy tờ tùy thân). */
export function identityPaperText(paper: IdentityPaper | null | undefined): string | null {
  if (!paper) return null;
  const issued = paper.issuedOn ? `, cấp ngày ${partialDateText(paper.issuedOn)}` : "";
  const by = paper.issuedBy ? `, nơi cấp: ${paper.issuedBy}` : "";
  return `${IDENTITY_PAPER_KINDS[paper.kind]} số ${paper.number}${issued}${by}`;
}

/** A person of a record who is not a birth's child (spouse, deceased, parent recognising, guardian, ward…). */
type Party = Pick<PersonOnRecord, "fullName" | "ethnicity" | "nationality" | "residence" | "identityPaper"> & {
  personalId: string | null;
  dateOfBirth?: string | null;
  sex?: PersonOnRecord["sex"];
};

/** The identity rows the extract forms print for a party: name, birth date, [sex,] ethnicity, nationality, residence, paper, ID. */
function partyRows(p: Party, opts: { sex: boolean; residenceLabel?: string }): DocumentField[][] {
  const facts = [f("Dân tộc", p.ethnicity), f("Quốc tịch", p.nationality)];
  return [
    [f("Họ, chữ đệm, tên", upper(p.fullName))],
    [f("Ngày, tháng, năm sinh", dateText(p.dateOfBirth))],
    opts.sex ? [f("Giới tính", p.sex ? SEX[p.sex] : null), ...facts] : facts,
    [f(opts.residenceLabel ?? "Nơi cư trú", p.residence)],
    [f("Giấy tờ tùy thân", identityPaperText(p.identityPaper))],
    [f("Số định danh cá nhân", p.personalId)],
  ];
}

/** "04 giờ 30 phút, ngày 05/11/2024" (the form's "… giờ … phút, ngày … tháng … năm"); unknown parts print "—". */
export function timeOfDeathText(death: CivilRecord["death"]): string {
  const m = death?.timeOfDeath ? /^(\d{2}):(\d{2})$/.exec(death.timeOfDeath) : null;
  const time = m ? `${m[1]} giờ ${m[2]} phút` : "— giờ — phút";
  const on = death?.dateOfDeath ? partialDateText(death.dateOfDeath) : "—";
  return `${time}, ${/^\d/.test(on) ? `ngày ${on}` : on}`;
}

function deathRows(record: CivilRecord): DocumentField[][] {
  const d = record.death;
  return [
    [f("Đã chết vào lúc", timeOfDeathText(d))],
    ...(d?.dateOfDeath ? [[f("Ghi bằng chữ", dateInWords(d.dateOfDeath))]] : []),
    [f("Nơi chết", d?.placeOfDeath)],
    [f("Nguyên nhân chết", d?.causeOfDeath)],
  ];
}

/** How the extract forms name the facts the register keeps in `details`. */
const DETAIL_LABELS: Record<string, string> = {
  "Loại": "Loại việc",
  "Nội dung": "Nội dung",
  "Từ": "Thông tin trước khi thay đổi, cải chính",
  "Thành": "Thông tin sau khi thay đổi, cải chính, bổ sung",
  "Căn cứ": "Căn cứ",
};

/** Event-specific facts in the register's words, one row each. */
function detailRows(record: CivilRecord, labels: Record<string, string> = DETAIL_LABELS): DocumentField[][] {
  return Object.entries(record.details).map(([label, value]) => [f(labels[label] ?? label, value)]);
}

/** Facts of an event without its own layout here (a record lacking its parties): who else, and what. */
function otherRows(record: CivilRecord): DocumentField[][] {
  return [
    [f("Loại việc hộ tịch", EVENT_LABELS[record.type])],
    ...record.related.map((r) => [f(r.role, r.personalId ? `${r.fullName}, số định danh cá nhân ${r.personalId}` : r.fullName)]),
    ...detailRows(record),
  ];
}

/** A heading and the party's rows under it. */
function partyBlocks(heading: string, p: Party | null | undefined, opts: { sex: boolean; residenceLabel?: string }): DocumentBlock[] {
  return [{ type: "heading", text: heading }, { type: "fields", rows: p ? partyRows(p, opts) : [[f("Họ, chữ đệm, tên", null)]] }];
}

const roleIs = (re: RegExp) => (r: CivilRecord["related"][number]) => re.test(r.role);

/**
 * The fields of each event's extract form (Thông tư 04/2020/TT-BTP): birth (the child, mother,
 * father); marriage and the divorce note (each spouse under "Bên chồng"/"Bên vợ" with ethnicity,
 * nationality, residence and identity paper; the judgment for a divorce); death (the deceased's
 * identity, last residence, time, place and cause); parentage (who recognises, who is recognised,
 * the relation); guardianship (guardian and ward); change/correction (the person, what changed,
 * from what to what, the basis); adoption (adoptive parents and the child).
 */
function formBlocks(record: CivilRecord): DocumentBlock[] {
  const subject = record.subject;
  switch (record.type) {
    case "BIRTH":
      return [{ type: "fields", rows: recordFieldRows(record) }];
    case "DEATH":
      return [{ type: "fields", rows: recordFieldRows(record) }];
    case "MARRIAGE":
    case "DIVORCE": {
      const spouses = record.spouses;
      if (!spouses) return [{ type: "fields", rows: recordFieldRows(record) }];
      return [
        ...partyBlocks("Bên chồng", spouses.husband, { sex: false }),
        ...partyBlocks("Bên vợ", spouses.wife, { sex: false }),
        ...(record.type === "DIVORCE"
          ? [{ type: "fields" as const, rows: detailRows(record, { "Căn cứ": "Bản án, quyết định của Tòa án", "Ngày ly hôn": "Ngày ly hôn, hủy việc kết hôn" }) }]
          : []),
      ];
    }
    case "PARENTAGE": {
      const parent = record.related.find(roleIs(/^(cha|mẹ)/i)) ?? record.related[0];
      return [
        ...partyBlocks("Người nhận", parent, { sex: true }),
        ...partyBlocks("Người được nhận", subject, { sex: true }),
        { type: "fields", rows: [[f("Quan hệ giữa người nhận và người được nhận", parent ? `${parent.role} - con` : null)], ...detailRows(record)] },
      ];
    }
    case "GUARDIANSHIP": {
      const guardian = record.related.find(roleIs(/giám hộ/i)) ?? record.related[0];
      return [
        ...partyBlocks("Người giám hộ", guardian, { sex: true }),
        ...partyBlocks("Người được giám hộ", subject, { sex: true }),
        { type: "fields", rows: detailRows(record) },
      ];
    }
    case "CHANGE_CORRECTION":
      return [
        ...partyBlocks("Người được thay đổi, cải chính, bổ sung thông tin hộ tịch", subject, { sex: true }),
        { type: "fields", rows: detailRows(record) },
      ];
    case "ADOPTION":
      return [
        ...(record.related.length ? record.related.flatMap((r) => partyBlocks(r.role, r, { sex: false })) : partyBlocks("Cha, mẹ nuôi", null, { sex: false })),
        ...partyBlocks("Con nuôi", subject, { sex: true }),
        ...(Object.keys(record.details).length ? [{ type: "fields" as const, rows: detailRows(record) }] : []),
      ];
  }
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
      return [
        ...(record.subject
          ? [...personRows(record.subject, { dateInWords: false, birthPlace: false }), [f("Giấy tờ tùy thân", identityPaperText(record.subject.identityPaper))], [f("Nơi cư trú cuối cùng", record.subject.residence)]]
          : []),
        ...deathRows(record),
      ];
    default:
      return [...(record.subject ? personRows(record.subject, { dateInWords: false, birthPlace: false }) : []), ...otherRows(record)];
  }
}

/**
 * The whole body a record contributes: its fields (marriage: both spouses under their headings),
 * the registration line, the unit now holding the register when it is known, and Ghi chú.
 */
export function recordBlocks(record: CivilRecord, currentHolderName: string | null): DocumentBlock[] {
  return [
    ...formBlocks(record),
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
