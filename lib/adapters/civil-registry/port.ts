import { z } from "zod";
import type { SystemHealth } from "@/lib/adapters/errors";

/**
 * The Ministry of Justice's shared electronic civil-registry system (Hệ thống thông tin đăng ký,
 * quản lý hộ tịch điện tử dùng chung), as the portal sees it. The in-process mock and the HTTP
 * client both satisfy `CivilRegistryPort`; every response is parsed with these schemas.
 */

/** Kinds of registered events (Luật Hộ tịch 2014, Art. 3). */
export const ZEventType = z.enum([
  "BIRTH", // khai sinh
  "MARRIAGE", // kết hôn
  "DEATH", // khai tử
  "PARENTAGE", // nhận cha, mẹ, con
  "GUARDIANSHIP", // giám hộ
  "CHANGE_CORRECTION", // thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc
  "DIVORCE", // ghi vào sổ việc ly hôn, hủy kết hôn
  "ADOPTION", // nuôi con nuôi
]);
export type EventType = z.infer<typeof ZEventType>;

/** A date as precise as the register knows it: "1979", "1979-01" or "1979-01-15". */
export const ZPartialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "partial ISO date");
export type PartialDate = z.infer<typeof ZPartialDate>;

export const ZSex = z.enum(["M", "F"]);

/**
 * The identity paper a record names (giấy tờ tùy thân): Căn cước công dân (2016–2024, its number is
 * the personal ID), Căn cước (since 1 July 2024, Luật Căn cước 2023), Chứng minh nhân dân (9 or 12
 * digits, before), Hộ chiếu, or another paper. Legacy pages often lack it.
 */
export const ZIdentityPaper = z.object({
  kind: z.enum(["CCCD", "CAN_CUOC", "CMND", "HO_CHIEU", "KHAC"]),
  number: z.string().trim().min(1).max(30),
  issuedOn: ZPartialDate.nullable().optional(),
  issuedBy: z.string().nullable().optional(),
});
export type IdentityPaper = z.infer<typeof ZIdentityPaper>;

/** A person as written on a record. Legacy records often lack the ID number and a full date. */
export const ZPersonOnRecord = z.object({
  personalId: z.string().regex(/^\d{12}$/).nullable(),
  fullName: z.string().min(1),
  sex: ZSex.nullable(),
  dateOfBirth: ZPartialDate.nullable(),
  placeOfBirth: z.string().nullable().optional(),
  hometown: z.string().nullable().optional(),
  ethnicity: z.string().nullable().optional(),
  nationality: z.string().nullable().optional(),
  residence: z.string().nullable().optional(),
  /** Marriage and death records name it (TT 04/2020 extract forms); absent on most legacy pages. */
  identityPaper: ZIdentityPaper.nullable().optional(),
});
export type PersonOnRecord = z.infer<typeof ZPersonOnRecord>;

/** A parent on a birth record: name, year of birth, ethnicity, nationality, residence (Art. 14). */
export const ZParent = z.object({
  fullName: z.string().min(1),
  personalId: z.string().regex(/^\d{12}$/).nullable().optional(),
  birthYear: z.number().int().nullable().optional(),
  ethnicity: z.string().nullable().optional(),
  nationality: z.string().nullable().optional(),
  residence: z.string().nullable().optional(),
});
export type Parent = z.infer<typeof ZParent>;

export const ZOrigin = z.enum(["born-digital", "digitised"]);
export const ZQuality = z.enum(["verified", "needs_review", "incomplete", "suspected_duplicate"]);

export const ZCivilRecord = z.object({
  /** The system's record id, stable across calls. */
  id: z.string().min(1),
  type: ZEventType,
  origin: ZOrigin,
  quality: ZQuality,
  /** The person the event is about (child, deceased, person changed…); null for marriage/divorce. */
  subject: ZPersonOnRecord.nullable(),
  father: ZParent.nullable().optional(),
  mother: ZParent.nullable().optional(),
  /** Marriage and divorce: both spouses. */
  spouses: z.object({ husband: ZPersonOnRecord, wife: ZPersonOnRecord }).nullable().optional(),
  death: z
    .object({
      dateOfDeath: ZPartialDate.nullable(),
      /** "HH:mm", Vietnam time ("… giờ … phút"); null when the register does not know it. */
      timeOfDeath: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).nullable().optional(),
      placeOfDeath: z.string().nullable(),
      causeOfDeath: z.string().nullable(),
    })
    .nullable()
    .optional(),
  /** Other people the event names: recognised parent, guardian, adoptive parent… */
  related: z
    .array(
      z.object({
        role: z.string(),
        fullName: z.string(),
        personalId: z.string().nullable(),
        // The person's identity facts as the extract forms print them (optional: older answers lack them).
        sex: ZSex.nullable().optional(),
        dateOfBirth: ZPartialDate.nullable().optional(),
        ethnicity: z.string().nullable().optional(),
        nationality: z.string().nullable().optional(),
        residence: z.string().nullable().optional(),
        identityPaper: ZIdentityPaper.nullable().optional(),
      }),
    )
    .default([]),
  /** Event-specific facts in words (e.g. what was corrected, from what to what). */
  details: z.record(z.string(), z.string()).default({}),
  registration: z.object({
    entryNumber: z.string().min(1), // số
    bookNumber: z.string().nullable(), // quyển số
    registeredOn: ZPartialDate, // ngày đăng ký
    authority: z.string().min(1), // cơ quan đăng ký, named as it was on that day
    currentCommuneCode: z.string().nullable(), // the commune that holds this register now (null: outside Gia Lai)
    declarant: z.string().nullable().optional(), // người đi khai
  }),
  notes: z.array(z.string()).default([]), // ghi chú: later changes
  /** When the system itself knows a record to duplicate another. */
  duplicateOf: z.string().nullable().optional(),
});
export type CivilRecord = z.infer<typeof ZCivilRecord>;

const eventTypes = z.array(ZEventType).min(1).optional();

/** Search keys of Thông tư 01/2022/TT-BTP, Art. 7, plus the ID number. */
export const ZCivilSearch = z.discriminatedUnion("by", [
  z.object({ by: z.literal("personalId"), personalId: z.string().regex(/^\d{12}$/), eventTypes }),
  z.object({
    by: z.literal("name"),
    fullName: z.string().min(1).max(100),
    dateOfBirth: ZPartialDate,
    fatherName: z.string().max(100).optional(),
    motherName: z.string().max(100).optional(),
    spouseName: z.string().max(100).optional(),
    spouseDateOfBirth: ZPartialDate.optional(),
    eventTypes,
  }),
  z.object({
    by: z.literal("registration"),
    entryNumber: z.string().min(1).max(20),
    bookNumber: z.string().max(20).optional(),
    /** The authority as written, old or current name; matched like a name. */
    authority: z.string().max(200).optional(),
    registeredOn: ZPartialDate.optional(),
    eventTypes,
  }),
]);
export type CivilSearch = z.infer<typeof ZCivilSearch>;

/**
 * Why a result matched, as codes the portal translates: personal_id, name_exact, name_folded
 * (same without diacritics/case/spacing/apostrophes), name_variant (a known spelling variant or a
 * near spelling), dob_exact, dob_partial (the record knows only month or year), dob_swapped (day and
 * month swapped), father_name, mother_name, spouse_name, entry_number, book_number, authority,
 * registered_on.
 */
export const ZMatchReason = z.enum([
  "personal_id",
  "name_exact",
  "name_folded",
  "name_variant",
  "dob_exact",
  "dob_partial",
  "dob_swapped",
  "father_name",
  "mother_name",
  "spouse_name",
  "entry_number",
  "book_number",
  "authority",
  "registered_on",
]);
export type MatchReason = z.infer<typeof ZMatchReason>;

/**
 * A person of a record, by place: "subject", "husband", "wife", "father" or "mother" (a parent on a
 * birth record), or "related.<i>" (related[i]: the recognising parent, the guardian, an adoptive
 * parent…). A record about two or more people is found through one of them.
 */
export const ZPartyKey = z.union([z.enum(["subject", "husband", "wife", "father", "mother"]), z.templateLiteral(["related.", z.number().int().min(0)])]);
export type PartyKey = z.infer<typeof ZPartyKey>;

export const ZMatch = z.object({
  /** 0–1, higher is better; results are sorted by it. */
  score: z.number().min(0).max(1),
  /** exact: every key given agrees exactly; probable: agrees up to folding/variants/partial dates; possible: weaker. */
  level: z.enum(["exact", "probable", "possible"]),
  /** Why the person in `party` matched (the other keys of the query, e.g. spouse_name, included). */
  reasons: z.array(ZMatchReason),
  /** The person of the record the ID number, or the name and date of birth, matched; absent for a search by registration keys. */
  party: ZPartyKey.optional(),
});
export type Match = z.infer<typeof ZMatch>;

export const ZCivilSearchResult = z.object({
  results: z.array(z.object({ record: ZCivilRecord, match: ZMatch })),
  /** True when more records matched than were returned (the limit is the system's). */
  truncated: z.boolean(),
});
export type CivilSearchResult = z.infer<typeof ZCivilSearchResult>;

/** Who is asking, sent with every call so the national system can keep its own log. */
export type CallContext = { officerId: string; unitCode: string; requestId?: string };

export interface CivilRegistryPort extends CivilRegistryRegistrationPort {
  /** Searches the registers; at most `limit` (default 20, max 50) results, best first. */
  search(query: CivilSearch, ctx: CallContext, options?: { limit?: number }): Promise<CivilSearchResult>;
  /** One record by id, or null when it does not exist. */
  getRecord(id: string, ctx: CallContext): Promise<CivilRecord | null>;
  /** A cheap call that proves the system answers. */
  health(): Promise<SystemHealth>;
}

/**
 * An issued copy or confirmation, as the portal registers it with the national system (so its
 * number is known there and cannot collide with one issued by the Ministry's own software, and the
 * Ministry's figures include it). `symbol`/`year`/`number` are the printed number; the system refuses
 * a number the same unit already used for that symbol and year.
 */
export const ZIssuedCopyRegistration = z.object({
  unitCode: z.string().min(1).max(20),
  /** The document's series symbol, e.g. "TLKS-BS". */
  symbol: z.string().min(1).max(20),
  year: z.number().int().min(2000).max(2100),
  number: z.number().int().min(1),
  /** The records it certifies (the system's record ids). */
  recordIds: z.array(z.string().min(1)).min(1).max(20),
  signerName: z.string().min(1).max(200),
  signerTitle: z.string().min(1).max(200),
  /** When it was signed, ISO 8601 with offset. */
  signedAt: z.string().min(1),
  /** sha256 (hex) of the document's canonical content; the portal's verification binds to it. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type IssuedCopyRegistration = z.infer<typeof ZIssuedCopyRegistration>;

export const ZRegistrationReceipt = z.object({
  /** The national system's id of the registration. */
  registrationId: z.string().min(1),
  registeredAt: z.string(),
  /** Revoked since, when it was. */
  revokedAt: z.string().nullable(),
});
export type RegistrationReceipt = z.infer<typeof ZRegistrationReceipt>;

export const ZRevocation = z.object({ reason: z.string().min(1).max(500), revokedAt: z.string().min(1) });
export type Revocation = z.infer<typeof ZRevocation>;

/**
 * Writes of the national system (registration of issued copies). Every call carries an idempotency
 * key: the same key sent again (a retry after a timeout) gets the first answer, never a second
 * registration.
 */
export interface CivilRegistryRegistrationPort {
  registerIssuedCopy(registration: IssuedCopyRegistration, ctx: CallContext & { idempotencyKey: string }): Promise<RegistrationReceipt>;
  revokeIssuedCopy(registrationId: string, revocation: Revocation, ctx: CallContext & { idempotencyKey: string }): Promise<RegistrationReceipt>;
}
