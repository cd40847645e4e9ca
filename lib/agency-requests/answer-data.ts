import { csvDocument } from "@/lib/csv";
import type { DocumentContent } from "@/lib/documents/content";
import type { AnswerPerson } from "@/lib/agency-requests/answer-content";
import { agencyMessages as m } from "@/lib/agency-requests/messages";

/** One record as the attachments give it: its facts as label/value pairs, and the registration line. */
type DataRecord = { recordId: string; type: string; typeLabel: string; fullName: string; personalId: string | null; dateOfBirth: string | null; registration: string; fields: Record<string, string> };

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
      recordId: r.recordId, type: r.type, typeLabel: r.typeLabel, fullName: r.fullName, personalId: r.personalId, dateOfBirth: r.dateOfBirth, registration: r.registration,
      fields: Object.fromEntries((r.blocks ?? []).flatMap((b) => (b.type === "fields" ? b.rows.flat().map((f) => [f.label, f.value] as const) : []))),
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

/** The CSV attachment: one row per person and record given or candidate (a person without any: one row). */
export function answerCsv(data: AnswerData): string {
  const header = ["stt", "so_dinh_danh", "ho_ten", "ngay_sinh", "ket_qua", "loai_ho_so", "ma_ho_so", "ho_ten_tren_ho_so", "so_dinh_danh_tren_ho_so", "ngay_sinh_tren_ho_so", "dang_ky"];
  const rows = data.people.flatMap((p) => {
    const base = [p.position, p.personalId, p.fullName, p.dateOfBirth, m.outcomes[p.outcome as keyof typeof m.outcomes] ?? p.outcome];
    const records = [...p.records, ...p.candidates];
    if (records.length === 0) return [[...base, "", "", "", "", "", ""]];
    return records.map((r) => [...base, r.typeLabel, r.recordId, r.fullName, r.personalId, r.dateOfBirth, r.registration]);
  });
  return csvDocument(header, rows);
}
