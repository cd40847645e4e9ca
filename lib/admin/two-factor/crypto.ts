import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// Two keys from one secret (HKDF with distinct labels): one encrypts TOTP secrets at rest, the other
// signs the short-lived sign-in challenge. A leaked database row then gives neither the secret nor a
// way to skip the password step.
function key(label: string, material = env().twoFactorKey): Buffer {
  return Buffer.from(hkdfSync("sha256", material, "ho-tich-gia-lai", label, 32));
}

/** AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>" in base64url; the tag makes a tampered row fail loudly. */
export function encryptSecret(plain: string, material?: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key("totp-secret", material), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function decryptSecret(stored: string, material?: string): string {
  const [version, iv, tag, data] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !data) throw new Error("unknown two-factor secret format");
  const decipher = createDecipheriv("aes-256-gcm", key("totp-secret", material), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

/** What a sign-in challenge carries between the password step and the code step. */
export type Challenge = {
  /** totp: enrolled, a code is due · enrol: first sign-in, `s` holds the new secret (encrypted) · done: enrolled just now. */
  k: "totp" | "enrol" | "done";
  u: string;
  sv: number;
  exp: number;
  s?: string;
};

/** HMAC-signed, so the browser can carry it in a hidden field without being able to forge one. */
export function signChallenge(c: Omit<Challenge, "exp">, now: Date, ttlSeconds = 300): string {
  const body = Buffer.from(JSON.stringify({ ...c, exp: Math.floor(now.getTime() / 1000) + ttlSeconds })).toString("base64url");
  return `${body}.${createHmac("sha256", key("challenge")).update(body).digest("base64url")}`;
}

/** The challenge, or null when forged, malformed or expired. */
export function readChallenge(token: string, now: Date): Challenge | null {
  const [body, mac] = token.split(".");
  if (!body || !mac) return null;
  const expected = createHmac("sha256", key("challenge")).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const c = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Challenge;
    return c.exp * 1000 > now.getTime() ? c : null;
  } catch {
    return null;
  }
}
