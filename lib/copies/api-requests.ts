import "server-only";
import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import { isUpstreamError, type UpstreamError } from "@/lib/adapters/errors";
import { authenticateApiClient, type ApiClientIdentity } from "@/lib/api-clients/authenticate-api-client";
import type { Actor } from "@/lib/auth/actor";
import { writeAccessLog } from "@/lib/audit/write-access-log";
import { resolveDeps, resolveSystems, type Deps } from "@/lib/server/deps";
import { verifyUrlFor } from "@/lib/documents/codes";
import { printedNumber } from "@/lib/documents/forms";
import { getDocumentPdf } from "@/lib/documents/get-document-pdf";
import { env } from "@/lib/server/env";
import { AppError, isAppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchRecords } from "@/lib/lookups/search-records";
import { matchEntry, storedMatch } from "@/lib/lookups/stored-matches";
import { toCivilSearch } from "@/lib/lookups/api-schemas";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { upstreamAppError } from "@/lib/errors/upstream-error";
import { assertRowId } from "@/lib/validation/ids";
import { DOSSIER_TAKEN, takeRequest } from "@/lib/copies/create-request";
import { displayStatus, type DisplayStatus } from "@/lib/copies/display-status";
import { purposeKindFor } from "@/lib/copies/fetch-request-records";
import { newDraftReference } from "@/lib/copies/reserve-reference";
import { REQUEST_LEGAL_BASIS, type TCreateRequest } from "@/lib/copies/schemas";
import { toApiFieldErrors, type TApiCopyRequest, type TApiCopyRequestView } from "@/lib/copies/api-schemas";

// The copy requests of the provincial TTHC system (POST/GET /api/v1/copy-requests): the system files
// a request for one of its dossiers, the commune takes it from its queue like a counter request,
// and the system follows its status and fetches the signed PDF to deliver to the citizen's account.
// Every function authenticates the key itself and scopes every query by the client.

const VIEW_SELECT = {
  id: true, dossierCode: true, receiptNumber: true, status: true, channel: true, copies: true, feeTotal: true, receivedAt: true, dueAt: true, refusalReason: true,
  unit: { select: { code: true } },
  documents: { orderBy: { issuedAt: "desc" }, take: 1, select: { id: true, number: true, symbol: true, label: true, code: true, issuedAt: true, revokedAt: true } },
} as const satisfies Prisma.CivilRequestSelect;
type ViewRow = Prisma.CivilRequestGetPayload<{ select: typeof VIEW_SELECT }>;

function toView(row: ViewRow): TApiCopyRequestView {
  const document = row.documents[0] ?? null;
  return {
    id: row.id,
    dossierCode: row.dossierCode ?? "",
    unitCode: row.unit.code,
    receiptNumber: row.receiptNumber,
    status: displayStatus(row, document),
    // Only requests filed through the API are read here (scoped by client), never counter ones.
    channel: row.channel === "COUNTER" ? unreachable(`request ${row.id}: a counter request read as an API one`) : row.channel,
    copies: row.copies,
    feeTotal: row.feeTotal,
    receivedAt: row.receivedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    refusalReason: row.refusalReason,
    document: document
      ? { number: printedNumber(document), issuedAt: document.issuedAt.toISOString(), verificationUrl: verifyUrlFor(document.code), revoked: !!document.revokedAt, revokedAt: document.revokedAt?.toISOString() ?? null }
      : null,
  };
}

function unreachable(message: string): never {
  throw new Error(message);
}

/** The key, and its hit on the per-key limit it shares with the lookups (API_RATE_LIMIT_PER_MINUTE). */
async function admitClient(authorization: string | null, deps?: Deps): Promise<ApiClientIdentity | null> {
  const client = await authenticateApiClient(authorization, deps);
  if (!client) return null;
  const rule = { limit: env().limits.apiPerKey, windowSeconds: 60 };
  const limit = await consumeRateLimit(`api:${client.id}`, rule, deps);
  if (!limit.allowed) throw new AppError("RATE_LIMITED", { message: `more than ${rule.limit} calls in ${rule.windowSeconds} s with this key; retry after ${limit.retryAfterSeconds} s`, retryAfterSeconds: limit.retryAfterSeconds });
  return client;
}

export type FileOutcome =
  | { kind: "created" | "existing"; request: TApiCopyRequestView }
  /** The requester rules (or the record) refuse it: field → Vietnamese reason, by the body's paths. */
  | { kind: "refused"; fieldErrors: Record<string, string> };

const refusedHere = (message: string, field: string, text: string) => new AppError("INVALID_INPUT", { message, fieldErrors: { [field]: text } });

/**
 * Files a copy request for the TTHC system's dossier, or null when the key is missing, unknown or
 * revoked. The receiving commune must lie inside the key's scope (else NOT_FOUND naming unitCode, as
 * the lookups answer, with a REFUSED access-log row). A dossier code the client filed before returns
 * that request (idempotent). The record is read under the new request's purpose and a draft reference,
 * either taken over from one of the client's own lookups or searched for with its keys (which must
 * find exactly one record); then the counter's own use case (takeRequest) applies the requester rules,
 * fee and due time and writes the request, its client and dossier code in one transaction.
 */
export async function fileViaApi(authorization: string | null, body: TApiCopyRequest, ip: string | null, deps?: Deps): Promise<FileOutcome | null> {
  const { db, now } = resolveDeps(deps);
  const client = await admitClient(authorization, deps);
  if (!client) return null;
  const existing = async () => db.civilRequest.findFirst({ where: { apiClientId: client.id, dossierCode: body.dossierCode }, select: VIEW_SELECT });
  const before = await existing();
  if (before) return { kind: "existing", request: toView(before) };

  const unit = await receivingUnit(db, client, body, ip, now);
  // The record is read under a draft reference; the receipt number is taken when the request is saved.
  const reference = newDraftReference();
  const purpose = { kind: purposeKindFor("COPY"), reference, legalBasis: REQUEST_LEGAL_BASIS };

  let recordId: string;
  try {
    recordId = "recordId" in body.record
      ? await adoptForApi(client, unit, { ...body.record, reference }, ip, deps)
      : await searchOne(client, unit, purpose, body.record, ip, deps);
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT" && error.fieldErrors) return { kind: "refused", fieldErrors: error.fieldErrors };
    throw error;
  }

  const r = body.requester;
  const input: TCreateRequest = {
    kind: "COPY", reference, recordIds: [recordId], channel: body.channel,
    requesterName: r.name, requesterIdNumber: r.idNumber, requesterPhone: r.phone ?? null, requesterAddress: r.address ?? null,
    relation: r.relation, authorisationRef: r.authorisation ?? null, requesterDateOfBirth: r.dateOfBirth ?? null,
    relationshipProof: r.relationshipProof ?? null, authorisationCertification: r.authorisationCertification ?? null,
    copies: body.copies, feeExemptReason: null, purposeText: null,
  };
  try {
    const created = await takeRequest({ kind: "api", client: { id: client.id, name: client.name }, unit, dossierCode: body.dossierCode }, input, ip, deps);
    return { kind: "created", request: toView(await db.civilRequest.findUniqueOrThrow({ where: { id: created.id }, select: VIEW_SELECT })) };
  } catch (error) {
    // The same dossier filed twice at once: the other call's request is the answer.
    if (isAppError(error) && error.code === "CONFLICT" && error.message === DOSSIER_TAKEN) {
      const other = await existing();
      if (other) return { kind: "existing", request: toView(other) };
    }
    if (isAppError(error) && error.code === "INVALID_INPUT" && error.fieldErrors) return { kind: "refused", fieldErrors: toApiFieldErrors(error.fieldErrors) };
    throw error;
  }
}

/**
 * The commune the request is filed at: unitCode, or the key's own commune when it names none; it
 * must be a commune inside the key's scope. Anything else is NOT_FOUND naming unitCode, and a
 * REFUSED row in the access log (the request would have read a record), as the lookups do.
 */
async function receivingUnit(db: ReturnType<typeof resolveDeps>["db"], client: ApiClientIdentity, body: TApiCopyRequest, ip: string | null, now: Date) {
  const code = body.unitCode ?? (client.unitIds.length === 1 ? [...(client.unitIdsByCode?.keys() ?? [])][0] : undefined);
  if (!code) throw refusedHere("unitCode required for a province-wide key", "unitCode", "required: the commune that receives the request (a province-wide key must name it)");
  const unitId = client.unitIdsByCode?.get(code);
  const unit = unitId ? await db.unit.findFirst({ where: { id: unitId, level: "COMMUNE", active: true }, select: { id: true, code: true, name: true } }) : null;
  if (unit) return unit;
  const named = await db.unit.findUnique({ where: { code }, select: { id: true, code: true } });
  await db.$transaction((tx) =>
    writeAccessLog(tx, {
      apiClientId: client.id, actorLabel: `api:${client.name}`, unitId: named?.id ?? null, unitCode: named?.code ?? code, system: "CIVIL_REGISTRY",
      operation: "recordId" in body.record ? "GET_RECORD" : "SEARCH", purposeKind: "COPY_REQUEST", purposeRef: body.dossierCode, legalBasis: REQUEST_LEGAL_BASIS,
      query: "recordId" in body.record ? { recordId: body.record.recordId } : (body.record.query as Record<string, unknown>), resultIds: [], outcome: "REFUSED", errorKind: "out_of_jurisdiction", ip,
    }, now),
  );
  throw new AppError("NOT_FOUND", { message: "unitCode outside the client's scope", fieldErrors: { unitCode: "unknown commune, or outside this key's scope" }, refusal: "out_of_jurisdiction" });
}

/**
 * A record one of the client's own lookups (inside its scope) returned, read again under the
 * request's purpose and recorded as a lookup of its own with its access-log row, as the portal's
 * adoptRecord does for an officer: the earlier lookup's purpose (a dossier) does not cover a copy.
 */
async function adoptForApi(
  client: ApiClientIdentity, unit: { id: string; code: string },
  input: { recordId: string; lookupId: string; reference: string }, ip: string | null, deps?: Deps,
): Promise<string> {
  const { db, now } = resolveDeps(deps);
  const source = await db.lookup.findFirst({
    where: { id: input.lookupId, apiClientId: client.id, unitId: { in: [...client.unitIds] }, resultIds: { has: input.recordId } },
    select: { id: true, matchedParties: true },
  });
  if (!source) throw refusedHere("record not in a lookup of this client", "record", "not a record that a lookup of this key (lookupId) returned");
  const purposeKind = purposeKindFor("COPY");
  const { civilRegistry } = resolveSystems(deps);
  const label = `api:${client.name}`;
  let record: CivilRecord | null = null;
  let failure: UpstreamError | null = null;
  try {
    record = await civilRegistry.getRecord(input.recordId, { officerId: label, unitCode: unit.code });
  } catch (error) {
    if (!isUpstreamError(error)) throw error;
    failure = error;
  }
  const resultIds = record ? [record.id] : [];
  const entry = record ? matchEntry(storedMatch(source.matchedParties, record)) : null;
  const outcome = failure ? (failure.kind === "refused" ? "REFUSED" : "UPSTREAM_FAILURE") : record ? "FOUND" : "NOT_FOUND";
  await db.$transaction(async (tx) => {
    const lookup = await tx.lookup.create({
      data: {
        unitId: unit.id, apiClientId: client.id, source: "API", purposeKind, purposeRef: input.reference, legalBasis: REQUEST_LEGAL_BASIS,
        replacesPapers: [], queryKind: "record", eventTypes: [], outcome, resultCount: resultIds.length, resultIds,
        matchedParties: record && entry ? { [record.id]: entry } : {},
      },
      select: { id: true },
    });
    await writeAccessLog(tx, {
      apiClientId: client.id, actorLabel: label, unitId: unit.id, unitCode: unit.code, system: "CIVIL_REGISTRY", operation: "GET_RECORD",
      purposeKind, purposeRef: input.reference, legalBasis: REQUEST_LEGAL_BASIS, lookupId: lookup.id, query: { recordId: input.recordId, fromLookupId: source.id },
      resultIds, outcome, errorKind: failure?.kind ?? null, ip,
    }, now);
  });
  if (failure) throw upstreamAppError(failure);
  if (!record) throw refusedHere("record gone upstream", "record", "the record is no longer in the civil-registry system");
  return record.id;
}

/** Searches under the request's purpose; exactly one record must answer. */
async function searchOne(
  client: ApiClientIdentity, unit: { id: string; code: string },
  purpose: { kind: "COPY_REQUEST" | "CONFIRMATION_REQUEST"; reference: string; legalBasis: string },
  record: Extract<TApiCopyRequest["record"], { query: unknown }>, ip: string | null, deps?: Deps,
): Promise<string> {
  // The lookups API's own query shapes, turned into the search the use case runs.
  const query = toCivilSearch(record.query, record.eventTypes);
  const result = await searchRecords({ kind: "api", client: { id: client.id, name: client.name, unitIds: [unit.id] }, ip }, { unitId: unit.id, purpose, query }, deps);
  if (result.results.length === 0) throw refusedHere("no record found", "record", "Không tìm thấy bản ghi hộ tịch nào theo thông tin tra cứu.");
  if (result.results.length > 1 || result.truncated) {
    throw refusedHere("more than one record found", "record", `Tìm thấy ${result.results.length} bản ghi hộ tịch: cần thu hẹp thông tin tra cứu (eventTypes, số định danh cá nhân) hoặc dùng recordId và lookupId của một lần tra cứu.`);
  }
  return result.results[0]!.recordId;
}

/** A request this client filed (another client's, or a missing one, is NOT_FOUND); null for a bad key. */
export async function getApiCopyRequest(authorization: string | null, id: string, deps?: Deps): Promise<TApiCopyRequestView | null> {
  const client = await admitClient(authorization, deps);
  if (!client) return null;
  assertRowId(id);
  const row = await resolveDeps(deps).db.civilRequest.findFirst({ where: { id, apiClientId: client.id }, select: VIEW_SELECT });
  if (!row) throw new AppError("NOT_FOUND", { message: `copy request ${id} not filed by this client` });
  return toView(row);
}

export type DocumentOutcome =
  | { kind: "pdf"; bytes: Uint8Array; filename: string }
  | { kind: "not_signed"; status: DisplayStatus }
  | { kind: "revoked"; revokedAt: Date };

/**
 * The issued document of a request this client filed, as the portal's own download gives it
 * (getDocumentPdf: the stored, signed document), or why there is none yet (not signed) or no longer
 * (revoked); null for a bad key. The client is checked in the query; getDocumentPdf then reads the
 * document through an actor whose only unit is the request's, so its own scope holds too.
 */
export async function getApiCopyRequestDocument(authorization: string | null, id: string, deps: Deps & { publicBaseUrl?: string } = {}): Promise<DocumentOutcome | null> {
  const client = await admitClient(authorization, deps);
  if (!client) return null;
  assertRowId(id);
  const row = await resolveDeps(deps).db.civilRequest.findFirst({
    where: { id, apiClientId: client.id },
    select: { id: true, status: true, unit: { select: { id: true, code: true, name: true } }, documents: { orderBy: { issuedAt: "desc" }, take: 1, select: { id: true, revokedAt: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", { message: `copy request ${id} not filed by this client` });
  const document = row.documents[0];
  if (!document) return { kind: "not_signed", status: displayStatus(row, null) };
  if (document.revokedAt) return { kind: "revoked", revokedAt: document.revokedAt };
  return { kind: "pdf", ...(await getDocumentPdf(clientReader(client, row.unit), document.id, deps)) };
}

/** The API client as a reader of its own request's document: the request's unit, nothing else. */
function clientReader(client: ApiClientIdentity, unit: { id: string; code: string; name: string }): Actor {
  return {
    userId: `api:${client.id}`, username: `api:${client.name}`, fullName: client.name, title: null, role: "COMMUNE_OFFICER",
    unit, agency: null, unitIds: [unit.id], jurisdictionRoot: unit,
  };
}
