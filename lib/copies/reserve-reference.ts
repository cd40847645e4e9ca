import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { todayInVietnam } from "@/lib/dates";
import type { RequestKind } from "@/lib/generated/prisma/enums";
import { purposeKindFor } from "@/lib/copies/fetch-records";
import { kindOfReceiptNumber, reserveReceiptNumber } from "@/lib/copies/receipt-number";

/**
 * The receipt number a request being taken will carry. It is reserved at the officer's first search,
 * because every lookup states its purpose when it is made and the access log cannot be amended
 * later: the searches for a request name that request's number. Later searches for the same request
 * reuse it, but only when this officer's own lookups already carry it and no request holds it yet;
 * anything else (another officer's number, a used one, junk) gets a fresh number. An abandoned
 * intake leaves a gap in receipt numbers, which is harmless; document numbers stay gapless.
 */
export async function reserveReference(db: Db, actor: Actor, unitId: string, kind: RequestKind, candidate: string | null | undefined, now: Date): Promise<string> {
  if (candidate && kindOfReceiptNumber(candidate) === kind) {
    const [mine, used] = await Promise.all([
      db.lookup.findFirst({ where: { unitId, userId: actor.userId, purposeKind: purposeKindFor(kind), purposeRef: candidate }, select: { id: true } }),
      db.civilRequest.findFirst({ where: { unitId, receiptNumber: candidate }, select: { id: true } }),
    ]);
    if (mine && !used) return candidate;
  }
  const year = Number(todayInVietnam(now).slice(0, 4));
  return db.$transaction((tx) => reserveReceiptNumber(tx, unitId, kind, year));
}
