import type { AgencyPersonOutcome } from "@/lib/generated/prisma/enums";
import { frame, type DocumentBlock, type DocumentContent, type DocumentIssue } from "@/lib/documents/content";
import { issuingBodyInText } from "@/lib/documents/letterhead";
import { partialDateText } from "@/lib/documents/vn-words";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { personLabel } from "@/lib/agency-requests/people";
import type { AnswerRecord } from "@/lib/agency-requests/records";

export type AnswerPerson = {
  position: number;
  personalId: string | null;
  fullName: string | null;
  dateOfBirth: string | null;
  note: string | null;
  outcome: AgencyPersonOutcome;
  records: AnswerRecord[];
};

export type AnswerInput = DocumentIssue & {
  request: { code: string; letterNumber: string; letterDate: string; agencyName: string; reason: string; legalBasis: string };
  people: AnswerPerson[];
};

const FOOTNOTE = "Văn bản được lập từ Cơ sở dữ liệu hộ tịch điện tử. Dữ liệu kèm theo (JSON, CSV) tải tại Cổng. Đối chiếu tại địa chỉ trong mã QR.";

const dmy = (iso: string) => partialDateText(iso);
const born = (iso: string | null) => (iso ? `, sinh ${/^\d{2}\//.test(dmy(iso)) ? "ngày " : ""}${dmy(iso)}` : "");

/**
 * Whom a record given is about: a record naming several people (a marriage, a guardianship…) is
 * printed whole, as its extract form is, and this line says which of them the agency asked about.
 */
function askedAboutLine(r: AnswerRecord): DocumentBlock[] {
  if (!r.roleLabel) return [];
  const id = r.personalId ? `, số định danh cá nhân ${r.personalId}` : "";
  return [{ type: "paragraph", text: `Người được yêu cầu trên hồ sơ: ${r.roleLabel} — ${r.fullName}${id}${born(r.dateOfBirth)}.`, style: "italic" }];
}

/** What the letter says of one person: the records given, or why none is. */
function personBlocks(p: AnswerPerson): DocumentBlock[] {
  const label = personLabel(p).replace(/, sinh (\S+)/, (_s, d: string) => `, sinh ngày ${d}`);
  const head: DocumentBlock = { type: "heading", text: `${p.position}. ${label}` };
  const note: DocumentBlock[] = p.note ? [{ type: "paragraph", text: `(Ghi chú của cơ quan yêu cầu: ${p.note})`, style: "italic" }] : [];
  switch (p.outcome) {
    case "FOUND":
      return [
        head, ...note,
        { type: "paragraph", text: `Kết quả: ${m.outcomes.FOUND.toLowerCase()} (${p.records.length} hồ sơ).`, style: "regular" },
        ...p.records.flatMap((r, i): DocumentBlock[] => [{ type: "paragraph", text: `${p.position}.${i + 1}. ${r.typeLabel}`, style: "bold" }, ...askedAboutLine(r), ...(r.blocks ?? [])]),
      ];
    case "AMBIGUOUS":
      return [
        head, ...note,
        {
          type: "paragraph",
          text: `Kết quả: chưa xác định được. Cơ sở dữ liệu có ${p.records.length} hồ sơ trùng họ tên và ngày sinh; đề nghị cơ quan cung cấp thêm số định danh cá nhân hoặc họ tên cha, mẹ để xác định. Các hồ sơ có thể trùng:`,
          style: "regular",
        },
        ...p.records.map((r): DocumentBlock => ({
          type: "paragraph",
          text: `– ${r.typeLabel}${r.roleLabel ? ` (${r.roleLabel})` : ""}: ${r.fullName}${r.dateOfBirth ? `, sinh ${dmy(r.dateOfBirth)}` : ""}${r.related ? `; ${r.related}` : ""}; ${r.registration}`,
          style: "regular",
        })),
      ];
    default:
      return [head, ...note, { type: "paragraph", text: "Kết quả: không có thông tin trong Cơ sở dữ liệu hộ tịch điện tử.", style: "regular" }];
  }
}

/**
 * The answer letter to an agency's request, laid out as an administrative document of Nghị định
 * 30/2020/NĐ-CP (the renderer's header, body and signature band): whom it answers and under which
 * letter, then for each person named what the register holds — the records given, the candidates
 * when several people match, or that nothing was found.
 */
export function buildAnswerContent(input: AnswerInput): DocumentContent {
  const { request } = input;
  const found = input.people.filter((p) => p.outcome === "FOUND").length;
  const body: DocumentBlock[] = [
    { type: "paragraph", text: `Kính gửi: ${request.agencyName}.`, style: "bold" },
    {
      type: "paragraph",
      text: `${issuingBodyInText(input.issuer.unitName)} nhận được Công văn số ${request.letterNumber} ngày ${dmy(request.letterDate)} của ${request.agencyName} đề nghị cung cấp thông tin hộ tịch (mã yêu cầu ${request.code}), lý do: ${request.reason.replace(/[.\s]+$/, "")}; căn cứ: ${request.legalBasis.replace(/[.\s]+$/, "")}.`,
      style: "regular",
    },
    {
      type: "paragraph",
      text: `Căn cứ Điều 64 Luật Hộ tịch năm 2014, sau khi tra cứu Cơ sở dữ liệu hộ tịch điện tử, ${issuingBodyInText(input.issuer.unitName)} cung cấp thông tin về ${input.people.length} người được nêu (có thông tin: ${found}) như sau:`,
      style: "regular",
    },
    ...input.people.flatMap(personBlocks),
    { type: "paragraph", text: `Thông tin được cung cấp chỉ dùng cho mục đích đã nêu trong công văn đề nghị, theo quy định về bảo vệ dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP).`, style: "italic" },
  ];
  return {
    ...frame("AGENCY_ANSWER", input),
    title: "VĂN BẢN CUNG CẤP THÔNG TIN HỘ TỊCH",
    subtitle: `(Trả lời yêu cầu ${request.code} của ${request.agencyName})`,
    body,
    holderNames: [request.agencyName],
    recordIds: input.people.flatMap((p) => (p.outcome === "FOUND" ? p.records.map((r) => r.recordId) : [])),
    footnote: FOOTNOTE,
  };
}
