import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";

/** totp: a code is due · enrol: first sign-in, the new secret rides along · done: enrolled just now. */
export type ChallengeKind = "totp" | "enrol" | "done";

export const CHALLENGE_TTL_SECONDS: Record<ChallengeKind, number> = { totp: 300, enrol: 900, done: 600 };

const hashNonce = (nonce: string) => createHash("sha256").update(nonce).digest("hex");

/**
 * Opens the second step of a sign-in and returns its nonce, which only the browser that passed the
 * password receives (an HttpOnly, SameSite=Strict cookie: lib/auth/challenge-cookie.ts). The row
 * keeps the nonce's hash: neither a database reader nor a URL ever holds a usable challenge.
 */
export async function openChallenge(
  db: Db | Tx,
  input: { kind: ChallengeKind; userId: string; sessionVersion: number; secretEnc?: string },
  now: Date,
): Promise<string> {
  const nonce = randomBytes(32).toString("base64url");
  // Spent and expired challenges are worthless; sweeping them here keeps the table small.
  await db.signInChallenge.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  await db.signInChallenge.create({
    data: { ...input, nonceHash: hashNonce(nonce), expiresAt: new Date(now.getTime() + CHALLENGE_TTL_SECONDS[input.kind] * 1000) },
  });
  return nonce;
}

/** The challenge this nonce opens, if unspent, unexpired and of one of these kinds. */
export async function findChallenge(db: Db | Tx, nonce: string, kinds: readonly ChallengeKind[], now: Date) {
  if (!nonce || nonce.length > 200) return null;
  const row = await db.signInChallenge.findUnique({ where: { nonceHash: hashNonce(nonce) } });
  if (!row || row.usedAt || row.expiresAt <= now || !kinds.includes(row.kind as ChallengeKind)) return null;
  return { ...row, kind: row.kind as ChallengeKind };
}

/**
 * Spends a challenge: one conditional UPDATE, so of two requests racing with the same challenge
 * (a replay from another client) exactly one wins. True for the winner.
 */
export async function spendChallenge(db: Db | Tx, id: string, now: Date): Promise<boolean> {
  const { count } = await db.signInChallenge.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1;
}
