import { createHash, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import type { Db, Tx } from "@/lib/db/client";
import type { Role } from "@/lib/auth/roles";
import { decryptSecret } from "@/lib/auth/two-factor/crypto";
import { TWO_FACTOR_POLICY, isAuthenticatorCode } from "@/lib/auth/two-factor/policy";

/** Roles that sign, reach the whole province or administer: a stolen password alone must not open them. */
export const TWO_FACTOR_ROLES: readonly Role[] = ["COMMUNE_SIGNER", "PROVINCIAL_OFFICER", "ADMINISTRATOR"];
export const requiresTwoFactor = (role: Role) => TWO_FACTOR_ROLES.includes(role);

export const RECOVERY_CODE_COUNT = TWO_FACTOR_POLICY.recoveryCodeCount;
const ISSUER = "Hộ tịch Gia Lai";

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(username: string, secret: string): string {
  return generateURI({ issuer: ISSUER, label: username, secret, digits: TWO_FACTOR_POLICY.codeDigits });
}

/**
 * Checks a 6-digit code against the secret, one 30-second step either side for clock drift. Returns
 * the matched time step, or null. `afterStep` refuses that step and earlier ones (replay).
 */
export async function matchTotp(secret: string, code: string, now: Date, afterStep?: number | null): Promise<number | null> {
  if (!isAuthenticatorCode(code)) return null;
  try {
    const result = await verify({ secret, token: code, digits: TWO_FACTOR_POLICY.codeDigits, epoch: Math.floor(now.getTime() / 1000), epochTolerance: 30, afterTimeStep: afterStep ?? undefined });
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** A secret that no longer decrypts (the key changed) matches no code: the admin resets the user's 2FA. */
function readSecret(stored: string): string {
  try {
    return decryptSecret(stored);
  } catch {
    return "";
  }
}

export const hashRecoveryCode = (code: string) => createHash("sha256").update(code.replace(/[\s-]/g, "").toUpperCase()).digest("hex");

/** Ten codes like "7KQ2-MX9P-4TDA": 60 random bits each, hashed before storage, shown once. */
export function newRecoveryCodes(): string[] {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

/** Replaces a user's recovery codes; returns the plain codes to show once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })) });
  return codes;
}

/**
 * The second factor of a sign-in: a TOTP code (accepted once: the step is stored with a conditional
 * UPDATE, so two requests racing with the same code cannot both win) or an unused recovery code
 * (spent by the same kind of UPDATE). True when accepted.
 */
export async function consumeSecondFactor(db: Db | Tx, userId: string, code: string, now: Date): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecretEnc: true, totpLastStep: true } });
  if (!user?.totpSecretEnc) return false;
  const trimmed = code.trim();
  if (isAuthenticatorCode(trimmed)) {
    const step = await matchTotp(readSecret(user.totpSecretEnc), trimmed, now, user.totpLastStep);
    if (step === null) return false;
    const { count } = await db.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1;
  }
  const { count } = await db.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(trimmed), usedAt: null }, data: { usedAt: now } });
  return count === 1;
}
