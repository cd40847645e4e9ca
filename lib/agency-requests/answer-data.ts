import { csvDocument } from "@/lib/text/csv";
import type { DocumentBlock, DocumentContent } from "@/lib/documents/content";
import type { AnswerPerson } from "@/lib/agency-requests/answer-content";
import { agencyMessages as m } from "@/lib/agency-requests/messages";

/**
 * One record as the attachments give it: the person asked about (name, number, date of birth, and
 * their place on the record), the extract's facts as label/value pairs, and the registration line.
 */
type DataRecord = {
  recordId: string; type: string; typeLabel: string; fullName: string; personalId: string | null; dateOfBirth: string | null;
  role: string | null; roleLabel: string | null; registration: string; fields: Record<string, string>;
};

const PARENT_NAME = /^Họ, chữ đệm, tên (người (?:mẹ|cha))$/;

/**
 * The extract's fields as label → value. A label the form repeats for another person is prefixed
 * with whose it is ("Bên vợ: Số định danh cá nhân", "Người mẹ: Dân tộc"): flattened as printed, the
 * wife's number would overwrite the husband's, and a parent's ethnicity the child's.
 */
export function flattenFields(blocks: readonly DocumentBlock[]): Record<string, string> {
  const out: Record<string, string> = {};
  let heading: string | null = null;
  for (const block of blocks) {
    if (block.type === "heading") heading = block.text;
    if (block.type !== "fields") {
      if (block.type !== "heading") heading = null;
      continue;
    }
    // A heading names the person of the fields right under it ("Bên chồng"); a later block is the record's own.
    let section = heading;
    heading = null;
    for (const field of block.rows.flat()) {
      const parent = PARENT_NAME.exec(field.label);
      if (parent) section = null;
      out[section ? `${section}: ${field.label}` : field.label] = field.value;
      if (parent) section = parent[1]!.charAt(0).toLocaleUpperCase("vi") + parent[1]!.slice(1);
    }
  }
  return out;
}

/** The machine-readable answer (the JSON attachment; the CSV is one row per person and record). */
export type AnswerData = {
  schema: "ho-tich-gia-lai/agency-answer/v1";
  request: { code: string; agency: string; letterNumber: string; letterDate: string; legalBasis: string };
  answer: { number: string; issuedOn: string; issuer: string };
  people: { position: number; personalId: string | null; fullName: string | null; dateOfBirth: string | null; note: string | null; outcome: string; records: DataRecord[]; candidates: DataRecord[] }[];
};

export function answerData(
  request: { code: string; letterNumber: string; letterDate: Date; legalBasis: string; agency: { name: string } },
  content: DocumentContent,
  people: AnswerPerson[],
): AnswerData {
  const toData = (p: AnswerPerson): DataRecord[] =>
    p.records.map((r) => ({
      recordId: r.recordId, type: r.type, typeLabel: r.typeLabel, fullName: r.fullName, personalId: r.personalId, dateOfBirth: r.dateOfBirth,
      role: r.role ?? null, roleLabel: r.roleLabel ?? null, registration: r.registration, fields: flattenFields(r.blocks ?? []),
    }));
  return {
    schema: "ho-tich-gia-lai/agency-answer/v1",
    request: { code: request.code, agency: request.agency.name, letterNumber: request.letterNumber, letterDate: request.letterDate.toISOString().slice(0, 10), legalBasis: request.legalBasis },
    answer: { number: content.series.label, issuedOn: content.issuedOn, issuer: content.issuer.unitName },
    people: people.map((p) => ({
      position: p.position, personalId: p.personalId, fullName: p.fullName, dateOfBirth: p.dateOfBirth, note: p.note, outcome: p.outcome,
      records: p.outcome === "FOUND" ? toData(p) : [],
      candidates: p.outcome === "AMBIGUOUS" ? toData(p) : [],
    })),
  };
}

/**
 * The CSV attachment: one row per person and record given or candidate (a person without any: one
 * row). The *_tren_ho_so columns describe the person asked about as the record names them, and
 * vai_tro_tren_ho_so their place on it ("vợ", "người giám hộ"); last, so earlier columns keep their place.
 */
export function answerCsv(data: AnswerData): string {
  const header = ["stt", "so_dinh_danh", "ho_ten", "ngay_sinh", "ket_qua", "loai_ho_so", "ma_ho_so", "ho_ten_tren_ho_so", "so_dinh_danh_tren_ho_so", "ngay_sinh_tren_ho_so", "dang_ky", "vai_tro_tren_ho_so"];
  const rows = data.people.flatMap((p) => {
    const base = [p.position, p.personalId, p.fullName, p.dateOfBirth, m.outcomes[p.outcome as keyof typeof m.outcomes] ?? p.outcome];
    const records = [...p.records, ...p.candidates];
    if (records.length === 0) return [[...base, "", "", "", "", "", "", ""]];
    return records.map((r) => [...base, r.typeLabel, r.recordId, r.fullName, r.personalId, r.dateOfBirth, r.registration, r.roleLabel ?? ""]);
  });
  return csvDocument(header, rows);
}
