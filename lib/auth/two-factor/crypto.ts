import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/server/env";

// The key that encrypts TOTP secrets at rest, derived (HKDF, its own label) from the configured
// material: a leaked database row does not give the secret. (Sign-in challenges are random nonces
// held by the browser, stored hashed: lib/auth/two-factor/challenge.ts.)
function key(label: string, material = env().twoFactorKey): Buffer {
  return Buffer.from(hkdfSync("sha256", material, "ho-tich-gia-lai", label, 32));
}

/**
 * AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>" in base64url; the tag makes a tampered row fail loudly.
 * `label` derives a key of its own for another kind of secret (API clients' callback secrets).
 */
export function encryptSecret(plain: string, material?: string, label = "totp-secret"): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(label, material), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function decryptSecret(stored: string, material?: string, label = "totp-secret"): string {
  const [version, iv, tag, data] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !data) throw new Error("unknown two-factor secret format");
  const decipher = createDecipheriv("aes-256-gcm", key(label, material), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
