import { createHmac, timingSafeEqual } from "node:crypto";
import { ZOfficerClaims, type OfficerClaims, type OfficerCredential } from "@/lib/adapters/population/port";

const b64 = (buf: Buffer | string) => Buffer.from(buf).toString("base64url");

/** Signs an officer's population-database claims (lib/adapters/population/port.ts). */
export function issueOfficerCredential(secret: string, claims: OfficerClaims): OfficerCredential {
  const body = b64(JSON.stringify(ZOfficerClaims.parse(claims)));
  const mac = createHmac("sha256", secret).update(body).digest();
  return `${body}.${b64(mac)}`;
}

export type CredentialCheck =
  | { ok: true; claims: OfficerClaims }
  | { ok: false; code: "GRANT_REQUIRED" | "BAD_CREDENTIAL" | "GRANT_EXPIRED" };

/**
 * What the population system checks on every call: a credential is present, its signature is right,
 * and the grant is still valid on `today` (yyyy-MM-dd, Vietnam time) — used by the mock, and by
 * the portal to refuse early.
 */
export function verifyOfficerCredential(secret: string, credential: string | null | undefined, today: string): CredentialCheck {
  if (!credential) return { ok: false, code: "GRANT_REQUIRED" };
  const [body, mac] = credential.split(".");
  if (!body || !mac) return { ok: false, code: "BAD_CREDENTIAL" };
  const expected = createHmac("sha256", secret).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, code: "BAD_CREDENTIAL" };
  let claims: OfficerClaims;
  try {
    claims = ZOfficerClaims.parse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
  } catch {
    return { ok: false, code: "BAD_CREDENTIAL" };
  }
  if (claims.validUntil < today) return { ok: false, code: "GRANT_EXPIRED" };
  return { ok: true, claims };
}
