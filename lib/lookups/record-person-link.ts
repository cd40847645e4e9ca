import "server-only";
import { z } from "zod";
import { isUpstreamError } from "@/lib/adapters/errors";
import { issueOfficerCredential } from "@/lib/adapters/population/credential";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { writeAccessLog, writeAccessLogs, type AccessLogEntry } from "@/lib/audit/write-access-log";
import { todayInVietnam } from "@/lib/text/dates";
import { resolveDeps, resolveSystems, type Deps } from "@/lib/server/deps";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/errors/app-error";
import { findValidGrant } from "@/lib/grants/valid-grant";
import { peopleOf } from "@/lib/lookups/compare";
import { candidateQueryFor, LINK_DECISIONS } from "@/lib/lookups/person-links";
import { messages } from "@/lib/text/messages";
import { nameMessages as m } from "@/lib/names/messages";
import { upstreamAppError } from "@/lib/errors/upstream-error";
import { assertRecordId, assertRowId } from "@/lib/validation/ids";

export const ZPersonLinkInput = z.object({
  lookupId: z.string(),
  recordId: z.string(),
  partyKey: z.enum(["subject", "husband", "wife"]),
  personalId: z.string().regex(/^\d{12}$/),
  decision: z.enum(LINK_DECISIONS, { error: m.decisionRequired }),
});
export type TPersonLinkInput = z.infer<typeof ZPersonLinkInput>;

/**
 * The officer's decision on one population candidate for a person without an ID number on a record
 * ("Là cùng một người" / "Không phải"). Only on a record of the officer's own lookup, with a valid
 * population grant, and only for a citizen the population database still offers as a candidate
 * (asked again here, and logged as such): a decision cannot name an arbitrary ID number. The
 * decision and its access-log row (LINK_DECISION) are written in one transaction; nothing is merged.
 */
export async function recordPersonLink(actor: Actor, input: TPersonLinkInput, ip: string | null, deps?: Deps): Promise<{ id: string }> {
  const { db, now } = resolveDeps(deps);
  if (!roleCan(actor.role, "record.lookup")) throw new AppError("NOT_FOUND");
  assertRowId(input.lookupId);
  assertRecordId(input.recordId);
  const lookup = await db.lookup.findFirst({
    where: { id: input.lookupId, userId: actor.userId, unitId: { in: [...actor.unitIds] }, resultIds: { has: input.recordId } },
    select: { id: true, purposeKind: true, purposeRef: true, legalBasis: true, unit: { select: { id: true, code: true } } },
  });
  if (!lookup) throw new AppError("NOT_FOUND", { message: "record not in a lookup of this officer" });
  const grant = await findValidGrant(db, actor.userId, todayInVietnam(now));
  if (!grant) throw new AppError("CONFLICT", { userMessage: messages.upstream.noGrant });

  const base = {
    userId: actor.userId, actorLabel: actor.username, unitId: lookup.unit.id, unitCode: lookup.unit.code,
    purposeKind: lookup.purposeKind, purposeRef: lookup.purposeRef, legalBasis: lookup.legalBasis, lookupId: lookup.id, ip,
  };
  const logs: AccessLogEntry[] = [];
  const persist = () => db.$transaction((tx) => writeAccessLogs(tx, logs, now));
  const systems = resolveSystems(deps);
  const ctx = { officerId: actor.username, unitCode: lookup.unit.code };

  let candidate;
  try {
    const record = await systems.civilRegistry.getRecord(input.recordId, ctx);
    logs.push({ ...base, system: "CIVIL_REGISTRY", operation: "GET_RECORD", query: { recordId: input.recordId }, resultIds: record ? [record.id] : [], outcome: record ? "FOUND" : "NOT_FOUND" });
    const person = record ? peopleOf(record).find((p) => p.key === input.partyKey)?.person : undefined;
    const query = record && person && !person.personalId ? candidateQueryFor(record, input.partyKey, person) : null;
    if (!record || !query) {
      await persist();
      throw new AppError("NOT_FOUND", { message: "no person without an ID at this place of the record" });
    }
    const credential = issueOfficerCredential(env().population.credentialSecret, {
      officerId: actor.username, unitCode: lookup.unit.code, grantDecision: grant.decisionNumber ?? grant.id,
      validUntil: grant.validUntil ? grant.validUntil.toISOString().slice(0, 10) : "9999-12-31", issuedAt: now.toISOString(),
    });
    const found = await systems.population.findCandidates(query, credential, {});
    logs.push({ ...base, system: "POPULATION", operation: "FIND_CANDIDATES", query: { recordId: record.id, partyKey: input.partyKey, ...query }, resultIds: found.map((c) => c.citizen.personalId), outcome: found.length ? "FOUND" : "NOT_FOUND" });
    candidate = found.find((c) => c.citizen.personalId === input.personalId);
  } catch (error) {
    if (!isUpstreamError(error)) throw error;
    await persist();
    throw upstreamAppError(error);
  }
  if (!candidate) {
    await persist();
    throw new AppError("CONFLICT", { userMessage: m.notACandidate });
  }

  const decided = { recordId: input.recordId, partyKey: input.partyKey, personalId: input.personalId, decision: input.decision };
  return db.$transaction(async (tx) => {
    await writeAccessLogs(tx, logs, now);
    const link = await tx.recordPersonLink.create({
      data: { ...decided, reasons: { score: candidate.score, reasons: candidate.reasons }, userId: actor.userId, username: actor.username, unitId: lookup.unit.id, lookupId: lookup.id, createdAt: now },
      select: { id: true },
    });
    await writeAccessLog(tx, { ...base, system: "POPULATION", operation: "LINK_DECISION", query: { ...decided, linkId: link.id }, resultIds: [input.personalId], outcome: "FOUND" }, now);
    return link;
  });
}
