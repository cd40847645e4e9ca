import "server-only";
import { can, type Actor } from "@/lib/auth/actor";
import { writeAccessLog } from "@/lib/audit/write-access-log";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { messages } from "@/lib/text/messages";
import { getSetting } from "@/lib/settings/settings";
import { computeDueAt } from "@/lib/copies/due-time";
import { computeFee, findExemption } from "@/lib/copies/fees";
import { fetchRequestRecords, purposeKindFor, writeLogs, type RecordReader } from "@/lib/copies/fetch-request-records";
import { isDraftReference, reserveReceiptNumber } from "@/lib/copies/receipt-number";
import { todayInVietnam } from "@/lib/text/dates";
import { requestSubjectName, toRequestRecord } from "@/lib/copies/records";
import { storedMatch } from "@/lib/lookups/stored-matches";
import type { TCreateRequest } from "@/lib/copies/schemas";
import { checkRequester, papersErrors, type RequesterFacts, type SubjectPerson } from "@/lib/copies/requester-rules";
import { requesterTexts } from "@/lib/copies/requester-texts";
import { resolveSubject } from "@/lib/copies/subject";
import { REQUEST_PROCEDURES } from "@/lib/copies/procedures";
import { checkRequesterInPopulation } from "@/lib/copies/population-check";
import type { MatchedParty } from "@/lib/lookups/parties";

const m = messages.copies;
const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === "P2002";
/** The columns a unique violation names (Prisma's meta.target, or the driver adapter's constraint fields). */
const uniqueTarget = (e: unknown): string => JSON.stringify((e as { meta?: unknown } | null)?.meta ?? "");

/**
 * Who takes the request: an officer at the counter of their unit, or a system client (the provincial
 * TTHC system) filing one of its dossiers for a unit of its scope (lib/copies/file-via-api.ts).
 */
export type RequestTaker =
  | { kind: "user"; actor: Actor }
  | { kind: "api"; client: { id: string; name: string }; unit: { id: string; code: string; name: string }; dossierCode: string };

/**
 * Takes a copy or confirmation request at the officer's own unit (Nghị định 87/2020 Art. 13).
 *
 * The records are derived from the officer's own lookups made for this request, never taken on trust
 * from the form: the draft reference must be one those lookups were made under and every record one
 * they returned. The records are read again under the request's purpose (one
 * access-log row each) so the request holds the register's own facts, and the person each record
 * was found through is the person the request is about; fee and due time come from
 * the configuration in force. Everything is written in one transaction, the receipt number taken in
 * it; the unique draft reference per unit makes a second submission of the same form a conflict, not
 * a second request.
 */
export async function createRequest(actor: Actor, input: TCreateRequest, ip: string | null, deps?: Deps): Promise<{ id: string; receiptNumber: string }> {
  return takeRequest({ kind: "user", actor }, input, ip, deps);
}

/** A dossier code already filed by this API client (the unique key (apiClientId, dossierCode)). */
export const DOSSIER_TAKEN = "dossier code already filed by this client";

/**
 * createRequest for either taker, the one path of every request: the same requester rules, record
 * reads, fee and due time. A system client's own lookups stand for the officer's (made under the
 * request's receipt number); it has no population-database grant, so SELF is checked against the
 * record only; the request keeps the client and its dossier code instead of an officer.
 */
export async function takeRequest(taker: RequestTaker, input: TCreateRequest, ip: string | null, deps?: Deps): Promise<{ id: string; receiptNumber: string }> {
  const { db, now } = resolveDeps(deps);
  const actor = taker.kind === "user" ? taker.actor : null;
  // The API client's unit was checked against its key's scope by the caller (fileViaApi).
  const unit = taker.kind === "user" ? taker.actor.unit : taker.unit;
  if (!unit || (actor && !can(actor, "copy.create", unit.id))) throw new AppError("NOT_FOUND", { message: "copy.create outside the officer's unit" });
  const reader: RecordReader = taker.kind === "user" ? taker.actor : { kind: "api", client: taker.client };
  const mine = taker.kind === "user" ? { userId: taker.actor.userId } : { apiClientId: taker.client.id };
  const purposeKind = purposeKindFor(input.kind);
  // A reference of another shape was never given out (reserveReference): nothing to look for.
  if (!isDraftReference(input.reference)) throw new AppError("INVALID_INPUT", { message: "malformed draft reference", fieldErrors: { records: m.searchFirst } });
  // Who may ask (Luật Hộ tịch Art. 63–64): the papers each relation brings are checked before any
  // record is read; whether SELF is the person of the record, once it is read.
  const facts: RequesterFacts = {
    relation: input.relation, requesterName: input.requesterName, requesterIdNumber: input.requesterIdNumber, requesterDateOfBirth: input.requesterDateOfBirth ?? null,
    authorisationRef: input.authorisationRef, relationshipProof: input.relationshipProof ?? null, authorisationCertification: input.authorisationCertification ?? null,
  };
  const early = papersErrors(facts);
  if (input.kind === "CONFIRMATION" && !input.subject) early.subject = requesterTexts.subjectRequired;
  if (input.kind === "CONFIRMATION" && !input.confirmationContent?.trim()) early.confirmationContent = requesterTexts.confirmationContentRequired;
  if (Object.keys(early).length > 0) throw new AppError("INVALID_INPUT", { message: "requester's papers", fieldErrors: early });

  const lookups = await db.lookup.findMany({
    where: { unitId: unit.id, ...mine, purposeKind, purposeRef: input.reference, outcome: "FOUND" },
    orderBy: { createdAt: "desc" },
    select: { id: true, resultIds: true, matchedParties: true },
  });
  const lookupOf = (recordId: string) => lookups.find((l) => l.resultIds.includes(recordId));
  if (input.recordIds.length === 0 || input.recordIds.some((id) => !lookupOf(id))) {
    throw new AppError("INVALID_INPUT", { message: "records not found by this officer's lookups for the reference", fieldErrors: { records: m.searchFirst } });
  }
  const lookupId = lookupOf(input.recordIds[0]!)!.id;

  const [fees, hours] = await Promise.all([getSetting(db, "fees"), getSetting(db, "serviceHours")]);
  const exemption = findExemption(fees, input.feeExemptReason);
  if (input.feeExemptReason && !exemption) throw new AppError("INVALID_INPUT", { fieldErrors: { feeExemptReason: m.exemptionUnknown } });
  const fee = computeFee({ kind: input.kind, channel: input.channel, copies: input.copies, exemption }, fees);

  const purpose = { kind: purposeKind, receiptNumber: input.reference, lookupId, unit: { id: unit.id, code: unit.code }, ip };
  const { records, logs } = await fetchRequestRecords(db, reader, purpose, input.recordIds, now, deps);
  const refuse = async (fieldErrors: Record<string, string>, message: string): Promise<never> => {
    // The records (and the requester's number) were read: that look is logged though nothing is taken.
    await writeLogs(db, logs, now);
    throw new AppError("INVALID_INPUT", { message, fieldErrors });
  };
  // Each record is about the person the officer chose, else the one the (latest) search that
  // returned it was about: a marriage the wife asked for is filed under her name, never under
  // whoever the record names first.
  const found = (r: (typeof records)[number]) => storedMatch(lookupOf(r.id)?.matchedParties, r);
  let matched: (MatchedParty | null)[] = records.map(found);
  if (input.subject) {
    const resolved = resolveSubject(records, input.subject);
    if (!resolved.ok) return refuse(resolved.fieldErrors, "subject not on every record");
    matched = records.map((r, i) => {
      const party = resolved.parties.get(r.id)!;
      return { ...party, reasons: matched[i]?.key === party.key ? matched[i]!.reasons : [] };
    });
  }
  const stored = records.map((r, i) => toRequestRecord(r, unit.code, matched[i]));

  let selfCheck: "RECORD" | "RECORD_AND_POPULATION" | null = null;
  if (input.relation === "SELF") {
    // A copy is of one record; a confirmation's records all name the chosen person.
    const party = stored[0]!.party;
    const subject: SubjectPerson | null = party && { fullName: party.fullName, roleLabel: party.roleLabel, personalId: party.personalId, dateOfBirth: party.dateOfBirth };
    const onRecord = checkRequester(facts, subject);
    if (Object.keys(onRecord).length > 0) return refuse(onRecord, "requester is not the person of the record");
    // A record naming the person by the ID number presented settles it: the population database is
    // read (and the read logged) only to tie the identity card to a record that carries no number.
    // A system client holds no grant: for it the check is against the record only.
    const population = subject?.personalId || !actor ? null : await checkRequesterInPopulation(db, actor, facts, { ...purpose, now, logs }, deps);
    const withPopulation = checkRequester(facts, subject, population);
    if (Object.keys(withPopulation).length > 0) return refuse(withPopulation, "population database disagrees with the record");
    selfCheck = population ? "RECORD_AND_POPULATION" : "RECORD";
  }

  try {
    return await db.$transaction(async (tx) => {
      // The receipt number is taken here, with the request it numbers: it commits or rolls back with
      // it, so an abandoned or refused intake leaves no gap (unique key (unitId, receiptNumber) backs it).
      const receiptNumber = await reserveReceiptNumber(tx, unit.id, input.kind, Number(todayInVietnam(now).slice(0, 4)));
      const created = await tx.civilRequest.create({
        data: {
          unitId: unit.id, kind: input.kind, channel: input.channel, receiptNumber, draftReference: input.reference,
          requesterName: input.requesterName, requesterIdNumber: input.requesterIdNumber, requesterPhone: input.requesterPhone, requesterAddress: input.requesterAddress,
          relation: input.relation, authorisationRef: input.authorisationRef, lookupId,
          requesterDateOfBirth: facts.requesterDateOfBirth, relationshipProof: facts.relationshipProof,
          authorisationCertifiedBy: facts.authorisationCertification?.by ?? null, authorisationCertificationNumber: facts.authorisationCertification?.number ?? null,
          authorisationCertifiedOn: facts.authorisationCertification?.on ?? null, selfCheck,
          procedureCode: REQUEST_PROCEDURES[input.kind].code, confirmationContent: input.kind === "CONFIRMATION" ? (input.confirmationContent ?? null) : null,
          records: stored, subjectName: requestSubjectName(stored),
          registeredElsewhere: stored.some((r) => r.registeredAt !== "UNIT"),
          purposeText: input.purposeText, copies: input.copies, ...fee,
          receivedAt: now, receivedById: actor?.userId ?? null, dueAt: computeDueAt(now, hours),
          ...(taker.kind === "api" ? { apiClientId: taker.client.id, dossierCode: taker.dossierCode } : {}),
        },
        select: { id: true, receiptNumber: true },
      });
      // Last: the access log's head stays locked until commit.
      for (const l of logs) await writeAccessLog(tx, l, now);
      return created;
    });
  } catch (error) {
    // The records were read: that look is logged even though no request was made of it.
    await writeLogs(db, logs, now);
    if (isUniqueViolation(error) && taker.kind === "api" && uniqueTarget(error).includes("dossierCode")) throw new AppError("CONFLICT", { message: DOSSIER_TAKEN });
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", { message: `draft ${input.reference} already saved`, userMessage: m.receiptTaken });
    throw error;
  }
}
