import type { Tx } from "@/lib/db/client";
import { encryptSecret } from "@/lib/auth/two-factor/crypto";
import { TWO_FACTOR_ROLES } from "@/lib/auth/two-factor/totp";
import { DEMO_TOTP_SECRET } from "@/lib/seed/demo-two-factor";

/**
 * Demo only: the demo accounts whose role needs two-factor sign-in are enrolled with the public
 * DEMO_TOTP_SECRET, so a demo (and the e2e suite) can sign in with a code computed from it. An
 * account already enrolled keeps its secret. Real accounts enrol themselves at first sign-in.
 */
export async function seedDemoTwoFactor(tx: Tx, usernames: readonly string[], now: Date = new Date()): Promise<number> {
  const { count } = await tx.user.updateMany({
    where: { username: { in: [...usernames] }, role: { in: [...TWO_FACTOR_ROLES] }, totpSecretEnc: null },
    data: { totpSecretEnc: encryptSecret(DEMO_TOTP_SECRET), totpEnabledAt: now },
  });
  return count;
}
