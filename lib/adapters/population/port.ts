import { z } from "zod";
import type { SystemHealth } from "@/lib/adapters/errors";

/**
 * The National Population Database (Cơ sở dữ liệu quốc gia về dân cư), as the portal sees it.
 * It answers only officers whose account carries a population-database grant from the Ministry of
 * Public Security: every call carries an `OfficerCredential` (lib/adapters/population/credential.ts),
 * and the system refuses (UpstreamError kind "refused", code GRANT_REQUIRED / GRANT_EXPIRED /
 * BAD_CREDENTIAL) without a valid one.
 */

export const ZMaritalStatus = z.enum(["single", "married", "divorced", "widowed"]);

export const ZCitizen = z.object({
  personalId: z.string().regex(/^\d{12}$/),
  fullName: z.string().min(1),
  sex: z.enum(["M", "F"]),
  /** The population database holds full dates (yyyy-MM-dd). */
  dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  ethnicity: z.string(),
  nationality: z.string(),
  hometown: z.string().nullable(),
  residence: z.object({ communeCode: z.string().nullable(), address: z.string() }),
  maritalStatus: ZMaritalStatus,
  fatherId: z.string().regex(/^\d{12}$/).nullable(),
  motherId: z.string().regex(/^\d{12}$/).nullable(),
  spouseId: z.string().regex(/^\d{12}$/).nullable(),
  status: z.enum(["alive", "deceased"]),
  dateOfDeath: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
});
export type Citizen = z.infer<typeof ZCitizen>;

/**
 * The officer's standing with the population database: which account, under which grant decision,
 * valid until when. Signed by the portal with the secret it shares with the population system (in
 * production, the token the Ministry of Public Security issues for the account).
 */
export const ZOfficerClaims = z.object({
  officerId: z.string().min(1),
  unitCode: z.string().min(1),
  grantDecision: z.string().min(1),
  /** Last day of validity, yyyy-MM-dd. */
  validUntil: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** When the credential was made (ISO instant); short-lived. */
  issuedAt: z.string(),
});
export type OfficerClaims = z.infer<typeof ZOfficerClaims>;

/** An opaque signed token: base64url(JSON claims) + "." + base64url(HMAC-SHA256). */
export type OfficerCredential = string;

/**
 * A search for the citizens who may be the person on a record that carries no ID number (a digitised
 * legacy record): the name as the record spells it, the date of birth as precise as it knows it
 * (yyyy, yyyy-MM or yyyy-MM-dd), and the parents' names when it gives them.
 */
export const ZCandidateQuery = z.object({
  fullName: z.string().trim().min(1).max(200),
  dateOfBirth: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  fatherName: z.string().trim().min(1).max(200).optional(),
  motherName: z.string().trim().min(1).max(200).optional(),
  /** At most this many candidates, best first (default 5, at most 20). */
  limit: z.number().int().min(1).max(20).optional(),
}).strict();
export type CandidateQuery = z.infer<typeof ZCandidateQuery>;

/**
 * Why a citizen is a candidate: the name as written (name_exact), the same letters accent-free
 * (name_folded), another spelling (name_variant); the full date (dob_exact), month and year
 * (dob_month), the year only (dob_year), day and month swapped (dob_swapped); a parent's name.
 */
export const ZCandidateReason = z.enum(["name_exact", "name_folded", "name_variant", "dob_exact", "dob_month", "dob_year", "dob_swapped", "father_name", "mother_name"]);
export type CandidateReason = z.infer<typeof ZCandidateReason>;

export const ZCandidate = z.object({ citizen: ZCitizen, score: z.number().min(0).max(1), reasons: z.array(ZCandidateReason) });
export type Candidate = z.infer<typeof ZCandidate>;
export const ZCandidateResult = z.object({ candidates: z.array(ZCandidate) });

export interface PopulationPort {
  /**
   * Citizens who may be the person described (name, full or partial date of birth, parents), best
   * first, each with a score and the reasons. Offered to an officer, never merged. Refuses without a
   * valid grant, as getCitizen does.
   */
  findCandidates(query: CandidateQuery, credential: OfficerCredential, ctx: { requestId?: string }): Promise<Candidate[]>;
  /** A citizen by personal ID number, or null when no such number exists. Refuses without a valid grant. */
  getCitizen(personalId: string, credential: OfficerCredential, ctx: { requestId?: string }): Promise<Citizen | null>;
  health(): Promise<SystemHealth>;
}
