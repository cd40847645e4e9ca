import { z } from "zod";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, scopeWhere } from "@/lib/auth/actor";
import { todayInVietnam } from "@/lib/text/dates";
import { AppError } from "@/lib/errors/app-error";
import { writeAdminAudit } from "@/lib/admin/audit";
import { parseOrThrow } from "@/lib/validation/parse";
import { assertRowId } from "@/lib/validation/ids";

/** What a grant means today: expiry and deactivation are read from the row at each look, never by a job. */
export type GrantState = "REQUESTED" | "ACTIVE" | "EXPIRED" | "REFUSED" | "REVOKED";

export function grantState(g: { status: string; validUntil: Date | null; revokedAt: Date | null }, userActive: boolean, today: string): GrantState {
  if (g.status === "REFUSED") return "REFUSED";
  if (g.status === "REVOKED" || g.revokedAt || (g.status === "GRANTED" && !userActive)) return "REVOKED";
  if (g.status === "REQUESTED") return "REQUESTED";
  return g.validUntil && g.validUntil.toISOString().slice(0, 10) < today ? "EXPIRED" : "ACTIVE";
}

const GRANT_SELECT = {
  id: true, status: true, decisionNumber: true, decidedOn: true, validUntil: true, requestedAt: true, decidedAt: true, revokedAt: true, note: true,
  user: { select: { id: true, username: true, fullName: true, active: true, unit: { select: { name: true } } } },
  requestedBy: { select: { fullName: true } },
} as const;

/** Officers of the signer's unit(s) with their latest grant, for the request page. */
export async function listUnitOfficersGrants(actor: Actor, deps?: Deps) {
  const { db, now } = resolveDeps(deps);
  const officers = await db.user.findMany({
    where: { ...scopeWhere(actor, "grant.request"), active: true, role: { in: ["COMMUNE_OFFICER", "COMMUNE_SIGNER"] } },
    orderBy: { fullName: "asc" },
    select: { id: true, username: true, fullName: true, active: true, grants: { orderBy: { requestedAt: "desc" }, take: 1, select: { status: true, validUntil: true, revokedAt: true, decisionNumber: true, requestedAt: true } } },
  });
  const today = todayInVietnam(now);
  return officers.map((o) => ({ ...o, grant: o.grants[0] ?? null, state: o.grants[0] ? grantState(o.grants[0], o.active, today) : null }));
}

/** A signer asks the administrator to obtain a grant from the provincial police for an officer of the unit. */
export async function requestGrant(actor: Actor, input: { userId: string; note?: string }, deps?: Deps): Promise<string> {
  assertRowId(input.userId);
  const { db, now } = resolveDeps(deps);
  return db.$transaction(async (tx) => {
    const officer = await tx.user.findFirst({ where: { id: input.userId, ...scopeWhere(actor, "grant.request"), active: true }, select: { id: true, unitId: true } });
    if (!officer) throw new AppError("NOT_FOUND", { message: "officer not in the signer's unit" });
    assertCan(actor, "grant.request", officer.unitId);
    const open = await tx.populationGrant.findMany({ where: { userId: officer.id, status: { in: ["REQUESTED", "GRANTED"] }, revokedAt: null }, select: { status: true, validUntil: true, revokedAt: true } });
    if (open.some((g) => ["REQUESTED", "ACTIVE"].includes(grantState(g, true, todayInVietnam(now))))) {
      throw new AppError("CONFLICT", { userMessage: "Cán bộ này đã có quyền còn hiệu lực hoặc một đề nghị đang chờ." });
    }
    const grant = await tx.populationGrant.create({ data: { userId: officer.id, status: "REQUESTED", requestedById: actor.userId, requestedAt: now, note: input.note?.trim().slice(0, 500) || null } });
    await writeAdminAudit(tx, actor, { action: "grant.request", targetType: "grant", targetId: grant.id, after: { userId: officer.id, status: "REQUESTED", note: grant.note } });
    return grant.id;
  });
}

export const ZGrantStatusFilter = z.object({
  state: z.enum(["REQUESTED", "ACTIVE", "EXPIRED", "REFUSED", "REVOKED"]).optional().catch(undefined),
});

/** Grants of officers in the administrator's jurisdiction (scope in the query), newest first. */
export async function listGrants(actor: Actor, filter: z.infer<typeof ZGrantStatusFilter>, deps?: Deps) {
  const { db, now } = resolveDeps(deps);
  assertCan(actor, "admin.grants", actor.jurisdictionRoot?.id ?? null);
  const rows = await db.populationGrant.findMany({ where: { user: scopeWhere(actor, "admin.grants") }, orderBy: { requestedAt: "desc" }, take: 500, select: GRANT_SELECT });
  const today = todayInVietnam(now);
  return rows.map((g) => ({ ...g, state: grantState(g, g.user.active, today) })).filter((g) => !filter.state || g.state === filter.state);
}

const isoDate = (label: string) => z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, `Vui lòng nhập ${label}.`);
export const ZGrantDecision = z.discriminatedUnion("outcome", [
  z.object({
    outcome: z.literal("GRANTED"),
    decisionNumber: z.string().trim().min(3, "Vui lòng nhập số quyết định của Công an tỉnh.").max(120),
    decidedOn: isoDate("ngày quyết định"),
    validUntil: isoDate("ngày hết hạn"),
    note: z.string().trim().max(500).optional(),
  }),
  z.object({ outcome: z.literal("REFUSED"), decisionNumber: z.string().trim().max(120).optional(), decidedOn: z.string().optional(), note: z.string().trim().min(3, "Vui lòng ghi lý do từ chối.").max(500) }),
], { error: "Vui lòng chọn kết quả." });

async function scopedGrant(actor: Actor, grantId: string, deps?: Deps) {
  const { db } = resolveDeps(deps);
  assertCan(actor, "admin.grants", actor.jurisdictionRoot?.id ?? null);
  const grant = await db.populationGrant.findFirst({ where: { id: grantId, user: scopeWhere(actor, "admin.grants") }, select: GRANT_SELECT });
  if (!grant) throw new AppError("NOT_FOUND", { message: `grant ${grantId} out of scope` });
  return grant;
}

/** The administrator records the provincial police's answer to a request: granted (decision, date, expiry) or refused. */
export async function decideGrant(actor: Actor, grantId: string, raw: unknown, deps?: Deps): Promise<void> {
  assertRowId(grantId);
  const { db, now } = resolveDeps(deps);
  const input = parseOrThrow(ZGrantDecision, raw);
  const before = await scopedGrant(actor, grantId, deps);
  if (before.status !== "REQUESTED") throw new AppError("CONFLICT", { userMessage: "Đề nghị này đã được xử lý." });
  if (input.outcome === "GRANTED" && input.validUntil < input.decidedOn) throw new AppError("INVALID_INPUT", { fieldErrors: { validUntil: "Ngày hết hạn phải sau ngày quyết định." } });
  await db.$transaction(async (tx) => {
    const { count } = await tx.populationGrant.updateMany({
      where: { id: grantId, status: "REQUESTED" },
      data: {
        status: input.outcome,
        decisionNumber: input.decisionNumber || null,
        decidedOn: input.decidedOn ? new Date(`${input.decidedOn}T00:00:00Z`) : null,
        validUntil: input.outcome === "GRANTED" ? new Date(`${input.validUntil}T00:00:00Z`) : null,
        decidedById: actor.userId,
        decidedAt: now,
        note: input.note || before.note,
      },
    });
    if (count !== 1) throw new AppError("CONFLICT", { userMessage: "Đề nghị này đã được xử lý." });
    await writeAdminAudit(tx, actor, { action: input.outcome === "GRANTED" ? "grant.grant" : "grant.refuse", targetType: "grant", targetId: grantId, before: { status: before.status }, after: input });
  });
}

/** Withdraws a grant before its expiry (the police's withdrawal, a change of post). */
export async function revokeGrant(actor: Actor, grantId: string, deps?: Deps): Promise<void> {
  assertRowId(grantId);
  const { db, now } = resolveDeps(deps);
  const before = await scopedGrant(actor, grantId, deps);
  if (before.status !== "GRANTED" || before.revokedAt) throw new AppError("CONFLICT", { userMessage: "Chỉ thu hồi được quyền đang hiệu lực." });
  await db.$transaction(async (tx) => {
    await tx.populationGrant.update({ where: { id: grantId }, data: { status: "REVOKED", revokedAt: now } });
    await writeAdminAudit(tx, actor, { action: "grant.revoke", targetType: "grant", targetId: grantId, before: { status: before.status, validUntil: before.validUntil }, after: { status: "REVOKED", revokedAt: now } });
  });
}
