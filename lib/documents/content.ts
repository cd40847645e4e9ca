import { createHash } from "node:crypto";
import type { CivilRecord, EventType } from "@/lib/adapters/civil-registry/port";
import { canonicalJson } from "@/lib/audit/chain";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import type { DocumentBlock, DocumentContent } from "@/lib/documents/content-schema";
import { COPY_KIND_OF_EVENT, COPY_SUBTITLE, DEFAULT_DOCUMENT_FORMS, isCopyKind, seriesLabel, seriesSymbol, type CopyKind, type DocumentForms } from "@/lib/documents/forms";
import { issuingBodyInText, issuingBodyLines, placeOfIssue, signerTitleLines } from "@/lib/documents/letterhead";
import { recordBlocks, recordHolderNames } from "@/lib/documents/record-blocks";
import { datesAgree, sameName } from "@/lib/copies/requester-rules";
import { partiesOf, type RecordParty } from "@/lib/lookups/parties";
import { partialDateText, placeDateLine } from "@/lib/documents/vn-words";

export { ZDocumentContent, type DocumentContent, type DocumentBlock, type DocumentField } from "@/lib/documents/content-schema";

/** The unit that issues the document (the actor's commune), as named today. */
export type DocumentIssuer = {
  /** "Phường Pleiku" */
  unitName: string;
  unitCode: string;
  /** Overrides the header lines derived from the name (lib/documents/letterhead.ts). */
  headerLines?: string[];
  /** Overrides the place written before the date ("Pleiku"). */
  placeName?: string;
};

/** Who signs: `title` as held ("Phó Chủ tịch"); a deputy gets the "KT. CHỦ TỊCH" line by itself. */
export type DocumentSigner = { name: string; title: string; onBehalfOf?: string | null };

/** The person a confirmation is about, as its opening sentence names them. */
export type ConfirmationSubject = { fullName: string; dateOfBirth: string | null; personalId?: string | null };

/** What every document needs besides its records: its number, day, issuer and signer. */
export type DocumentIssue = {
  /** From allocateDocumentNumber, inside the signing transaction. */
  number: number;
  symbol: string;
  year: number;
  /** Day of issue in Vietnam, yyyy-MM-dd (lib/text/dates.ts todayInVietnam). */
  issuedOn: string;
  issuer: DocumentIssuer;
  signer: DocumentSigner;
  /**
   * The `documentForms` setting in force at signing (from allocateDocumentNumber): the symbol the
   * number must carry, the copy's title and the number format. Defaults to the settings' default.
   */
  forms?: DocumentForms;
};

const COPY_FOOTNOTE = "Bản sao được cấp từ Cơ sở dữ liệu hộ tịch điện tử. Đối chiếu nội dung tại địa chỉ trong mã QR.";
const CONFIRMATION_FOOTNOTE = "Văn bản được lập từ Cơ sở dữ liệu hộ tịch điện tử. Đối chiếu nội dung tại địa chỉ trong mã QR.";

/** The series a copy of a record belongs to: each event kind its own (BIRTH → COPY_BIRTH, …, ADOPTION → COPY_ADOPTION). */
export function documentKindFor(recordType: EventType): CopyKind {
  return COPY_KIND_OF_EVENT[recordType];
}

/**
 * sha256 (hex) over the canonical JSON of the content (keys sorted at every level, as
 * lib/audit/chain.ts does), so the hash survives jsonb's reordering of keys. Store it as
 * IssuedDocument.contentHash and bind the verification code to it.
 */
export function contentHash(content: DocumentContent): string {
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}

/** The parts every document shares: kind, number, day, issuer lines, place-date line, signer lines. */
export function frame(kind: DocumentContent["kind"], issue: DocumentIssue): Pick<DocumentContent, "schemaVersion" | "kind" | "series" | "issuedOn" | "issuer" | "signer"> {
  const issueYear = Number(issue.issuedOn.slice(0, 4));
  // The series is per year of issue: a number of one year printed with another year's date would
  // collide with, or skip, a number of that other year.
  if (issue.year !== issueYear) throw new Error(`document year ${issue.year} differs from the year of issue ${issue.issuedOn}`);
  const forms = issue.forms ?? DEFAULT_DOCUMENT_FORMS;
  if (kind !== "AGENCY_ANSWER" && issue.symbol !== seriesSymbol(forms, kind)) throw new Error(`symbol ${issue.symbol} is not the series symbol of ${kind}`);
  // Answer letters keep their own numbering (lib/agency-requests/numbers.ts).
  const label = kind === "AGENCY_ANSWER" ? `${issue.number}/${issue.symbol}` : seriesLabel(forms.numberFormat, issue.number, issue.year, issue.symbol);
  const { issuer, signer } = issue;
  return {
    schemaVersion: 1,
    kind,
    series: { number: issue.number, symbol: issue.symbol, year: issue.year, label },
    issuedOn: issue.issuedOn,
    issuer: {
      unitName: issuer.unitName,
      unitCode: issuer.unitCode,
      headerLines: issuer.headerLines ?? issuingBodyLines(issuer.unitName),
      placeDate: placeDateLine(issuer.placeName ?? placeOfIssue(issuer.unitName), issue.issuedOn),
    },
    signer: { name: signer.name, titleLines: signerTitleLines(signer.title, signer.onBehalfOf) },
  };
}

/**
 * The content of a certified copy of one record's extract (bản sao trích lục hộ tịch), following
 * the extract forms of Thông tư 04/2020/TT-BTP. `kind` must be `documentKindFor(record.type)`.
 * `currentHolderName` is the unit now holding the register (null when outside the province);
 * `holderName` the person the copy was asked for, when the record names several.
 */
export function buildCopyContent(input: DocumentIssue & { record: CivilRecord; kind: DocumentKind; currentHolderName: string | null; holderName?: string | null }): DocumentContent {
  const { record, kind } = input;
  if (!isCopyKind(kind) || kind !== documentKindFor(record.type)) throw new Error(`a ${record.type} record is not copied as ${kind}`);
  return {
    ...frame(kind, input),
    title: (input.forms ?? DEFAULT_DOCUMENT_FORMS).forms[kind].title,
    subtitle: COPY_SUBTITLE,
    body: recordBlocks(record, input.currentHolderName),
    // The person the copy was asked for (a marriage copy still prints both spouses: that is the form).
    holderNames: input.holderName ? [input.holderName] : recordHolderNames(record),
    recordIds: [record.id],
    footnote: COPY_FOOTNOTE,
  };
}

/**
 * The person a confirmation is about: the one the officer chose at intake (procedure 2.002516),
 * never guessed. Each record must name them (by ID number when both know it, else by name and an
 * agreeing date of birth): a wife's confirmation never names her husband, whoever a record names first.
 */
function confirmationPerson(records: CivilRecord[], subject: ConfirmationSubject | undefined): ConfirmationSubject {
  if (!subject?.fullName.trim()) throw new Error("a confirmation names the person it is about: none was chosen");
  const names = (p: RecordParty) =>
    sameName(p.fullName, subject.fullName) &&
    !(p.personalId && subject.personalId && p.personalId !== subject.personalId) &&
    !(p.dateOfBirth && subject.dateOfBirth && !datesAgree(p.dateOfBirth, subject.dateOfBirth));
  for (const record of records) {
    if (!partiesOf(record).some(names)) throw new Error(`record ${record.id} does not name ${subject.fullName}`);
  }
  return subject;
}

/**
 * The content of a confirmation of civil-status information (văn bản xác nhận thông tin hộ tịch,
 * Nghị định 87/2020 Art. 13): one person's events from several records, numbered, each with its
 * registration line, and what the confirmation is for. `subject` is the person the request is
 * about, chosen at intake; without it, or when a record does not name them, this throws. The unit holding each register comes from
 * `currentHolderNames[record.id]`, else `currentHolderName`.
 */
export function buildConfirmationContent(
  input: DocumentIssue & {
    records: CivilRecord[]; purposeText: string; subject: ConfirmationSubject | undefined;
    currentHolderName?: string | null; currentHolderNames?: Record<string, string | null>;
  },
): DocumentContent {
  const { records } = input;
  if (records.length === 0) throw new Error("a confirmation needs at least one record");
  const person = confirmationPerson(records, input.subject);
  const purpose = input.purposeText.trim().replace(/[.\s]+$/, "");
  const born = person.dateOfBirth ? `, sinh ${/^\d/.test(partialDateText(person.dateOfBirth)) ? "ngày " : ""}${partialDateText(person.dateOfBirth)}` : "";
  const body: DocumentBlock[] = [
    {
      type: "paragraph",
      text: `${issuingBodyInText(input.issuer.unitName)} xác nhận thông tin hộ tịch của ${person.fullName}${born}, theo Cơ sở dữ liệu hộ tịch điện tử, như sau:`,
      style: "regular",
    },
    ...records.flatMap((record, i): DocumentBlock[] => [
      { type: "heading", text: `${i + 1}. ${EVENT_LABELS[record.type]}` },
      ...recordBlocks(record, input.currentHolderNames?.[record.id] ?? input.currentHolderName ?? null),
    ]),
    ...(purpose ? [{ type: "paragraph" as const, text: `Văn bản này được cấp để: ${purpose}.`, style: "italic" as const }] : []),
  ];
  return {
    ...frame("CONFIRMATION", input),
    title: "VĂN BẢN XÁC NHẬN THÔNG TIN HỘ TỊCH",
    subtitle: null,
    body,
    holderNames: [person.fullName],
    recordIds: records.map((r) => r.id),
    footnote: CONFIRMATION_FOOTNOTE,
  };
}
