import "server-only";
import { randomInt } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import type { RequestKind } from "@/lib/generated/prisma/enums";
import { purposeKindFor } from "@/lib/copies/fetch-request-records";
import { isDraftReference } from "@/lib/copies/receipt-number";

// Crockford's base32 without I, L, O, U: nothing to misread when an officer reads a log row aloud.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A fresh draft reference: "NHAP-7K3Q9X2MPT" (50 random bits). */
export function newDraftReference(): string {
  let s = "";
  for (let i = 0; i < 10; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `NHAP-${s}`;
}

/**
 * The reference a request being taken is searched under. Every lookup states its purpose when it is
 * made and the access log cannot be amended later, but the receipt number is only taken when the
 * request is saved (in the saving transaction: an abandoned intake uses no number, so the BS-/XN-
 * series stay gapless). So the intake's searches name a random draft reference ("NHAP-…"), which the
 * request keeps (civil_requests.draftReference, unique per unit) to tie those rows to it. Later
 * searches for the same request reuse it, but only when this officer's own lookups already carry it
 * and no request holds it yet; anything else (another officer's draft, a used one, junk) gets a fresh one.
 */
export async function reserveReference(db: Db, actor: Actor, unitId: string, kind: RequestKind, candidate: string | null | undefined): Promise<string> {
  if (candidate && isDraftReference(candidate)) {
    const [mine, used] = await Promise.all([
      db.lookup.findFirst({ where: { unitId, userId: actor.userId, purposeKind: purposeKindFor(kind), purposeRef: candidate }, select: { id: true } }),
      db.civilRequest.findFirst({ where: { unitId, draftReference: candidate }, select: { id: true } }),
    ]);
    if (mine && !used) return candidate;
  }
  return newDraftReference();
}
