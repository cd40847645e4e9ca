import "server-only";
import type { CivilSearch, EventType } from "@/lib/adapters/civil-registry/port";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { searchRecords, type SearchRecordsResult } from "@/lib/lookups/search-records";
import { loadForHandling } from "@/lib/agency-requests/load-for-handling";
import { assertRowId } from "@/lib/validation/ids";

/** The search a person of the request calls for: by ID number when given, else by name and date of birth. */
export function queryFor(person: { personalId: string | null; fullName: string | null; dateOfBirth: string | null }, kinds: string[]): CivilSearch {
  const eventTypes = kinds.length ? (kinds as EventType[]) : undefined;
  if (person.personalId) return { by: "personalId", personalId: person.personalId, eventTypes };
  return { by: "name", fullName: person.fullName ?? "", dateOfBirth: person.dateOfBirth ?? "", eventTypes };
}

/**
 * The handler looks up one person of an accepted request, through the lookup machinery: purpose
 * AGENCY_REQUEST (the request's code and the agency's legal basis), checked by checkPurpose and
 * logged by searchRecords. A refused purpose is logged there too, as a REFUSED look. The lookup's id is
 * kept on the person, so the records marked later must come from this very search.
 */
export async function lookupPerson(actor: Actor, input: { agencyRequestId: string; personId: string; ip: string | null }, deps?: Deps): Promise<SearchRecordsResult> {
  assertRowId(input.agencyRequestId, input.personId);
  const { db } = resolveDeps(deps);
  const request = await loadForHandling(db, actor, input.agencyRequestId);
  const person = await db.agencyRequestPerson.findFirst({ where: { id: input.personId, requestId: request.id }, select: { id: true, personalId: true, fullName: true, dateOfBirth: true } });
  if (!person) throw new AppError("NOT_FOUND", { message: `person ${input.personId} not in ${request.code}` });
  const query = queryFor(person, request.recordKinds);
  const purpose = { kind: "AGENCY_REQUEST" as const, reference: request.code, legalBasis: request.legalBasis };
  const result = await searchRecords({ kind: "user", actor, ip: input.ip }, { unitId: request.handlingUnit.id, purpose, query }, deps);
  await db.agencyRequestPerson.update({ where: { id: person.id }, data: { lookupId: result.lookupId } });
  return result;
}
