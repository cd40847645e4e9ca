import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/server/env";

// The code printed under a document's QR code, and the key of its public verification page.
//
// <random>.<mac>: 96 random bits make codes unguessable (an attacker cannot enumerate issued
// documents through /verify), and an HMAC-SHA256 of the random part and the document's content hash,
// under a server secret, makes them unforgeable and binds each code to one exact content: a row
// whose stored content was altered after issue no longer verifies, even with its genuine code.

const RANDOM_BYTES = 12; // 96 bits → 16 base64url characters, no padding
const MAC_CHARS = 16; // the first 96 bits of the MAC, plenty against online guessing
/** Domain separation: the same secret could never yield a valid MAC for another purpose's message. */
const CONTEXT = "ho-tich/issued-document/v1";
const CODE_SHAPE = /^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{16}$/;

function mac(secret: string, random: string, contentHash: string): string {
  return createHmac("sha256", secret).update(`${CONTEXT}\n${random}\n${contentHash}`).digest("base64url").slice(0, MAC_CHARS);
}

/** True when `code` has the shape of a verification code; lets callers refuse junk before any query. */
export function isWellFormedCode(code: string): boolean {
  return CODE_SHAPE.test(code);
}

/**
 * A new verification code for a document whose canonical content hashes to `contentHash`
 * (lib/documents/content.ts `contentHash`): `<16 random chars>.<16 MAC chars>`, base64url, URL-safe.
 */
export function issueVerificationCode(secret: string, contentHash: string): string {
  const random = randomBytes(RANDOM_BYTES).toString("base64url");
  return `${random}.${mac(secret, random, contentHash)}`;
}

/**
 * Whether `code` was issued under `secret` for exactly this content hash. The comparison is
 * constant-time so response timing leaks nothing about how much of a forged MAC was right.
 */
export function checkVerificationCode(secret: string, code: string, contentHash: string): boolean {
  if (!isWellFormedCode(code)) return false;
  const [random, given] = code.split(".") as [string, string];
  const expected = Buffer.from(mac(secret, random, contentHash));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The public page a document's QR code opens: `${PUBLIC_BASE_URL}/verify/<code>`. */
export function verifyUrlFor(code: string, baseUrl: string = env().documents.publicBaseUrl): string {
  return `${baseUrl}/verify/${encodeURIComponent(code)}`;
}
