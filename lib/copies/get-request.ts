import "server-only";
import { can, scopeWhere, type Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { allowedActions, type RequestAction } from "@/lib/copies/allowed-actions";
import { isOverdue, wasLate } from "@/lib/copies/due-time";
import { displayStatus, type DisplayStatus } from "@/lib/copies/display-status";
import { parseRecords, type RequestRecord } from "@/lib/copies/records";
import { assertRowId } from "@/lib/validation/ids";
import { printedNumber } from "@/lib/documents/forms";
import { requestGate, type RecordGate } from "@/lib/verifications/request-gate";

export type TimelineEntry = { key: string; at: Date; by: string | null; note?: string | null };

async function loadRequest(actor: Actor, id: string, deps?: Deps) {
  assertRowId(id);
  const { db } = resolveDeps(deps);
  // Scope in the query: another unit's request is exactly as absent as a missing one.
  const request = await db.civilRequest.findFirst({
    where: { id, ...scopeWhere(actor, "copy.read") },
    include: {
      unit: { select: { id: true, code: true, name: true } },
      apiClient: { select: { name: true } },
      documents: { orderBy: { issuedAt: "desc" }, take: 1, select: { id: true, kind: true, number: true, symbol: true, label: true, year: true, code: true, issuedAt: true, signerName: true, signerTitle: true, revokedAt: true, revokedById: true, revokeReason: true, signature: true,
        registrations: { orderBy: { action: "asc" }, select: { id: true, action: true, status: true, attempts: true, lastError: true, registrationId: true, deliveredAt: true, nextAttemptAt: true } } } },
    },
  });
  if (!request) throw new AppError("NOT_FOUND", { message: `request ${id} not in scope` });
  const document = request.documents[0] ?? null;
  const userIds = [request.receivedById, request.preparedById, request.signedById, request.issuedById, request.deliveredById, request.refusedById, document?.revokedById].filter((x): x is string => !!x);
  const users = new Map((await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, fullName: true } })).map((u) => [u.id, u.fullName]));
  return { request, document, users };
}

export type RequestDetail = Awaited<ReturnType<typeof loadRequest>>["request"] & {
  document: Awaited<ReturnType<typeof loadRequest>>["document"];
  recordList: RequestRecord[];
  receivedByName: string | null;
  timeline: TimelineEntry[];
  actions: RequestAction[];
  /** The status as every page shows it: REVOKED once the document was revoked. */
  displayStatus: DisplayStatus;
  /** Who revoked the document, when and why (also the last timeline entry). */
  revocation: { at: Date; by: string | null; reason: string | null } | null;
  isOverdue: boolean;
  wasLate: boolean;
  /** The quality gate, record by record (lib/verifications): prepare and sign wait for unfit records. */
  gate: RecordGate[];
  /** The actor may ask the unit keeping a register to confirm a record of this request. */
  canAskVerification: boolean;
};

/** One request of the actor's jurisdiction, with its document, its history and what the actor may do next. */
export async function getRequest(actor: Actor, id: string, deps?: Deps): Promise<RequestDetail> {
  const { now } = resolveDeps(deps);
  const { request, document, users } = await loadRequest(actor, id, deps);
  const name = (userId: string | null | undefined) => (userId ? (users.get(userId) ?? null) : null);
  // A request the provincial TTHC system filed (POST /api/v1/copy-requests) was received by that system.
  const receivedBy = request.apiClient ? `Hệ thống TTHC: ${request.apiClient.name}` : name(request.receivedById);
  const recordList = parseRecords(request.records);
  const gate = await requestGate(resolveDeps(deps).db, { unitId: request.unitId, records: recordList });
  const blocked = gate.some((g) => !g.fit);
  const entries: (TimelineEntry | null)[] = [
    { key: "received", at: request.receivedAt, by: receivedBy },
    request.preparedAt ? { key: "prepared", at: request.preparedAt, by: name(request.preparedById) } : null,
    request.signedAt ? { key: "signed", at: request.signedAt, by: name(request.signedById), note: document ? printedNumber(document) : null } : null,
    request.issuedAt ? { key: "issued", at: request.issuedAt, by: name(request.issuedById), note: request.feeReceiptNumber ? `biên lai thu phí số ${request.feeReceiptNumber}` : null } : null,
    request.deliveredAt ? { key: "delivered", at: request.deliveredAt, by: name(request.deliveredById) } : null,
    request.refusedAt ? { key: "refused", at: request.refusedAt, by: name(request.refusedById), note: request.refusalReason } : null,
    document?.revokedAt ? { key: "revoked", at: document.revokedAt, by: name(document.revokedById), note: document.revokeReason } : null,
  ];
  return {
    ...request,
    document,
    recordList,
    receivedByName: receivedBy,
    timeline: entries.filter((e): e is TimelineEntry => !!e).sort((a, b) => a.at.getTime() - b.at.getTime()),
    actions: allowedActions(actor, { unitId: request.unitId, status: request.status, document }).filter((a) => !blocked || (a !== "prepare" && a !== "sign")),
    displayStatus: displayStatus(request, document),
    revocation: document?.revokedAt ? { at: document.revokedAt, by: name(document.revokedById), reason: document.revokeReason } : null,
    isOverdue: !document?.revokedAt && isOverdue(request, now),
    wasLate: wasLate(request),
    gate,
    canAskVerification: (request.status === "RECEIVED" || request.status === "PREPARED") && can(actor, "verification.request", request.unitId),
  };
}
