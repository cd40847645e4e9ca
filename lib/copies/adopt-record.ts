import "server-only";
import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import { isUpstreamError, type UpstreamError } from "@/lib/adapters/errors";
import { upstreamAppError } from "@/lib/errors/upstream-error";
import { can, type Actor } from "@/lib/auth/actor";
import { writeAccessLog } from "@/lib/audit/write-access-log";
import { resolveDeps, resolveSystems, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import type { RequestKind } from "@/lib/generated/prisma/enums";
import { messages } from "@/lib/text/messages";
import { toResultItem } from "@/lib/lookups/result-item";
import { matchEntry, storedMatch } from "@/lib/lookups/stored-matches";
import { purposeKindFor } from "@/lib/copies/fetch-request-records";
import { reserveReference } from "@/lib/copies/reserve-reference";
import { REQUEST_LEGAL_BASIS } from "@/lib/copies/schemas";
import type { RequestSearchResult } from "@/lib/copies/search-for-request";
import { assertRecordId, assertRowId } from "@/lib/validation/ids";

/**
 * Starts a request from a record the officer already found under another purpose (the record page's
 * "Cấp bản sao trích lục" link). The earlier lookup's purpose does not cover a copy, so the record
 * is read again under this request's purpose and recorded as a lookup of its own (query kind
 * "record"), with its access-log row, exactly as if it had been searched for here. Only a record
 * that one of this officer's own lookups in their unit returned can be taken over.
 */
export async function adoptRecord(
  actor: Actor,
  input: { kind: RequestKind; reference?: string | null; sourceLookupId: string; recordId: string; ip: string | null },
  deps?: Deps,
): Promise<RequestSearchResult> {
  const { db, now } = resolveDeps(deps);
  const unit = actor.unit;
  if (!unit || !can(actor, "copy.create", unit.id)) throw new AppError("NOT_FOUND", { message: "copy.create outside the officer's unit" });
  assertRowId(input.sourceLookupId);
  assertRecordId(input.recordId);
  const source = await db.lookup.findFirst({
    where: { id: input.sourceLookupId, userId: actor.userId, unitId: unit.id, resultIds: { has: input.recordId } },
    select: { id: true, matchedParties: true },
  });
  if (!source) throw new AppError("NOT_FOUND", { message: "record not in a lookup of this officer", userMessage: messages.copies.sourceLookupMissing });

  const reference = await reserveReference(db, actor, unit.id, input.kind, input.reference);
  const purposeKind = purposeKindFor(input.kind);
  const { civilRegistry } = resolveSystems(deps);
  let record: CivilRecord | null = null;
  let failure: UpstreamError | null = null;
  try {
    record = await civilRegistry.getRecord(input.recordId, { officerId: actor.username, unitCode: unit.code });
  } catch (error) {
    if (!isUpstreamError(error)) throw error;
    failure = error;
  }
  const resultIds = record ? [record.id] : [];
  // The earlier search's person stays the person of the request (the wife who asked, not the husband).
  const matched = record ? storedMatch(source.matchedParties, record) : null;
  const entry = matchEntry(matched);
  const outcome = failure ? (failure.kind === "refused" ? "REFUSED" : "UPSTREAM_FAILURE") : record ? "FOUND" : "NOT_FOUND";
  const code = record?.registration.currentCommuneCode;
  const holder = code ? await db.unit.findUnique({ where: { code }, select: { code: true, name: true } }) : null;

  const lookupId = await db.$transaction(async (tx) => {
    const lookup = await tx.lookup.create({
      data: {
        unitId: unit.id, userId: actor.userId, source: "PORTAL", purposeKind, purposeRef: reference, legalBasis: REQUEST_LEGAL_BASIS,
        replacesPapers: [], queryKind: "record", eventTypes: [], outcome, resultCount: resultIds.length, resultIds,
        matchedParties: record && entry ? { [record.id]: entry } : {},
      },
      select: { id: true },
    });
    await writeAccessLog(tx, {
      userId: actor.userId, actorLabel: actor.username, unitId: unit.id, unitCode: unit.code, system: "CIVIL_REGISTRY", operation: "GET_RECORD",
      purposeKind, purposeRef: reference, legalBasis: REQUEST_LEGAL_BASIS, lookupId: lookup.id, query: { recordId: input.recordId, fromLookupId: source.id },
      resultIds, outcome, errorKind: failure?.kind ?? null, ip: input.ip,
    }, now);
    return lookup.id;
  });

  if (failure) throw upstreamAppError(failure);
  if (!record) throw new AppError("NOT_FOUND", { message: "record gone upstream", userMessage: messages.copies.recordNotFound });
  const units = new Map(holder ? [[holder.code, holder.name]] : []);
  const item = toResultItem(record, { score: 1, level: "exact", reasons: matched?.reasons ?? [] }, units, null, matched);
  return { lookupId, reference, results: [item], truncated: false };
}
