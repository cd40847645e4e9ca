import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { writeAdminAudit } from "@/lib/admin/audit";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { retryRegistration } from "@/lib/national-registration/deliver";
import { assertRowId } from "@/lib/validation/ids";

/** The outbox as an administrator watches it: counts by status, and the rows not delivered, oldest first. */
export async function listRegistrations(actor: Actor, deps?: Deps) {
  assertCan(actor, "admin.monitoring");
  const { db } = resolveDeps(deps);
  const [counts, open] = await Promise.all([
    db.nationalRegistration.groupBy({ by: ["status"], _count: { _all: true } }),
    db.nationalRegistration.findMany({
      where: { status: { in: ["PENDING", "REFUSED"] } },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: {
        id: true, action: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, lastAttemptAt: true, createdAt: true,
        document: { select: { id: true, label: true, number: true, symbol: true, requestId: true, request: { select: { unit: { select: { name: true } } } } } },
      },
    }),
  ]);
  return { counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<"PENDING" | "DELIVERED" | "REFUSED", number>>, open };
}

/** "Gửi lại": the row is sent at the worker's next tick; recorded in the administrators' audit. */
export async function retryRegistrationAsAdmin(actor: Actor, id: string, deps?: Deps): Promise<void> {
  assertCan(actor, "admin.monitoring");
  assertRowId(id);
  const { db, now } = resolveDeps(deps);
  await db.$transaction(async (tx) => {
    if (!(await retryRegistration(tx, id, now))) throw new AppError("CONFLICT", { message: `registration ${id} not retryable`, userMessage: "Bản ghi đã được gửi thành công hoặc không còn tồn tại." });
    await writeAdminAudit(tx, actor, { action: "registration.retry", targetType: "nationalRegistration", targetId: id, before: null, after: { status: "PENDING" } });
  });
}
