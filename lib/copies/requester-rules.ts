import type { RequesterRelation } from "@/lib/generated/prisma/enums";
import { foldVietnamese } from "@/lib/text/normalize";
import type { FieldErrors } from "@/lib/validation/fields";
import { requesterTexts as t } from "@/lib/copies/requester-texts";

// Who may ask for a copy of an extract or a confirmation (Luật Hộ tịch 2014 Art. 63–64, Nghị định
// 87/2020 Art. 13, Thông tư 04/2020/TT-BTP's request form), as pure rules: the use case
// (createRequest) gives the requester's facts, the person of the record the request is about and,
// where the officer holds a grant, what the population database says of the requester's number.
//   SELF: the requester IS that person — same ID number when the record carries one, else same
//     name (accents, case and Unicode form aside) and a date of birth the record agrees with.
//   GRANDPARENT, PARENT, CHILD, SPOUSE, SIBLING: a written authorisation (need not be certified)
//     and proof of the relationship.
//   AUTHORISED (anyone else): a certified authorisation — reference, by whom, number, date.
//   An agency does not ask at the counter: it sends a written request (Art. 64; agency requests).

/** The relations the intake form offers: the stored ones, and an agency (always refused there). */
export type RelationChoice = RequesterRelation | "AGENCY";
export const RELATIVES = ["GRANDPARENT", "PARENT", "CHILD", "SPOUSE", "SIBLING"] as const satisfies readonly RequesterRelation[];
export const isRelative = (r: string): r is (typeof RELATIVES)[number] => (RELATIVES as readonly string[]).includes(r);

export type AuthorisationCertification = { by: string; number: string; /** yyyy-MM-dd */ on: string };

export type RequesterFacts = {
  relation: RelationChoice;
  requesterName: string;
  requesterIdNumber: string;
  /** As precise as the requester's paper gives it (partial ISO). */
  requesterDateOfBirth: string | null;
  authorisationRef: string | null;
  relationshipProof: string | null;
  authorisationCertification: AuthorisationCertification | null;
};

/** The person of the record the request is about, as the record names them. */
export type SubjectPerson = { fullName: string; roleLabel?: string | null; personalId: string | null; dateOfBirth: string | null };

/** The population database's answer on the requester's number; null when not asked (no grant, not a 12-digit number, system down). */
export type PopulationAnswer = { status: "found"; fullName: string; dateOfBirth: string } | { status: "not_found" } | null;

/** The same name for a person: accents, case, Unicode form, apostrophes and spacing aside ("Rơ Mah H’Lan" = "ro mah hlan"). */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]+/g, "");
  return key(a) !== "" && key(a) === key(b);
}

/** Two (partial) ISO dates agree when one is the other as far as it knows it: "1979-01" agrees with "1979-01-15", not "1979-02-15". */
export function datesAgree(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short !== "" && long.startsWith(short);
}

/** The papers each relation must bring, whatever the record says: field → Vietnamese reason. */
export function papersErrors(f: Pick<RequesterFacts, "relation" | "authorisationRef" | "relationshipProof" | "authorisationCertification">): FieldErrors {
  const errors: FieldErrors = {};
  if (f.relation === "AGENCY") errors.relation = t.agencyRefused;
  else if (isRelative(f.relation)) {
    if (!f.authorisationRef?.trim()) errors.authorisationRef = t.relativeAuthorisationRequired;
    if (!f.relationshipProof?.trim()) errors.relationshipProof = t.relationshipProofRequired;
  } else if (f.relation === "AUTHORISED") {
    if (!f.authorisationRef?.trim()) errors.authorisationRef = t.authorisedRefRequired;
    const c = f.authorisationCertification;
    if (!c?.by.trim()) errors.authorisationCertifiedBy = t.certifiedByRequired;
    if (!c?.number.trim()) errors.authorisationCertificationNumber = t.certificationNumberRequired;
    if (!c?.on.trim()) errors.authorisationCertifiedOn = t.certifiedOnRequired;
  }
  return errors;
}

/**
 * SELF: is the requester the person of the record? `subject` null means the record was found by its
 * registration keys and no person was chosen: nothing to compare with yet. The population answer
 * matters only for a record without an ID, once name and date agree (one reason at a time): it is
 * what ties the requester's identity card to the person the record names.
 */
export function selfErrors(f: Pick<RequesterFacts, "requesterName" | "requesterIdNumber" | "requesterDateOfBirth">, subject: SubjectPerson | null, population: PopulationAnswer = null): FieldErrors {
  if (!subject) return { subject: t.subjectUnknownForSelf };
  if (subject.personalId) {
    // The record names the person by the same number: that is who they are. Should the population
    // database spell the name or date differently, the register needs correcting, but the person
    // keeps the right to a copy of their record as it stands (Art. 63).
    return f.requesterIdNumber === subject.personalId ? {} : { requesterIdNumber: t.selfIdMismatch(subject) };
  } else {
    if (!subject.dateOfBirth) return { requesterIdNumber: t.selfNothingToCompare(subject) };
    const errors: FieldErrors = {};
    if (!sameName(f.requesterName, subject.fullName)) errors.requesterName = t.selfNameMismatch(subject);
    if (!f.requesterDateOfBirth) errors.requesterDateOfBirth = t.selfDobRequired;
    else if (!datesAgree(f.requesterDateOfBirth, subject.dateOfBirth)) errors.requesterDateOfBirth = t.selfDobMismatch(subject.dateOfBirth);
    if (Object.keys(errors).length > 0) return errors;
  }
  if (!population) return {};
  if (population.status === "not_found") return { requesterIdNumber: t.populationNotFound };
  if (!sameName(population.fullName, subject.fullName)) return { requesterIdNumber: t.populationNameMismatch(population.fullName, subject) };
  if (subject.dateOfBirth && !datesAgree(population.dateOfBirth, subject.dateOfBirth)) return { requesterIdNumber: t.populationDobMismatch(population.dateOfBirth, subject.dateOfBirth) };
  return {};
}

/** Every reason the request may not be taken from this requester for this person; {} when it may. */
export function checkRequester(f: RequesterFacts, subject: SubjectPerson | null, population: PopulationAnswer = null): FieldErrors {
  const papers = papersErrors(f);
  return f.relation === "SELF" ? { ...papers, ...selfErrors(f, subject, population) } : papers;
}

/** Whether the population database should be asked about the requester: SELF, with a citizen's 12-digit number. */
export const wantsPopulationCheck = (f: Pick<RequesterFacts, "relation" | "requesterIdNumber">) => f.relation === "SELF" && /^\d{12}$/.test(f.requesterIdNumber);
