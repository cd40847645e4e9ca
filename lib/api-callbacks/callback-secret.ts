import { randomBytes } from "node:crypto";
import { decryptSecret, encryptSecret } from "@/lib/auth/two-factor/crypto";

// The HMAC key an API client checks its callbacks with. It must be usable to sign, so it cannot be
// hashed like the API key: it is stored encrypted (AES-256-GCM) exactly as two-factor secrets are,
// under a key of its own derived from TWO_FACTOR_KEY (a leaked database row does not give it).
const LABEL = "api-callback-secret";

/** A new secret, "whsec_" + 32 random bytes: shown once to the administrator, stored encrypted. */
export function newCallbackSecret(): { secret: string; stored: string } {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  return { secret, stored: encryptSecret(secret, undefined, LABEL) };
}

export function readCallbackSecret(stored: string): string {
  return decryptSecret(stored, undefined, LABEL);
}
