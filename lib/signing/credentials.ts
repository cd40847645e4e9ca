import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { env } from "@/lib/server/env";
import { certificateInfo, openP12, type CertificateInfo } from "@/lib/signing/certificate-info";
import { demoCa, issueDemoCredentials } from "@/lib/signing/demo-store";
import type { SigningCredential } from "@/lib/signing/sign-pdf-document";

// Where a unit's signing certificate comes from: `<SIGNING_CERT_DIR>/<unit code>.p12`, one PKCS#12
// per unit under SIGNING_P12_PASSPHRASE. Production reads what the province installed there (the
// certificates a licensed CA issued to each People's Committee) and never makes one. Elsewhere a
// missing certificate is issued on first use under a demo CA kept in the same folder, its names
// marked "DEMO — không có giá trị pháp lý".

export type UnitCredential = SigningCredential & { certificate: CertificateInfo; demo: boolean };

const cache = new Map<string, UnitCredential>();

/**
 * The signing credential of a unit, or null when it has none (production without its .p12): such
 * a unit can still issue printed copies, signed and stamped by hand, but nothing delivered online.
 */
export function unitCredential(unit: { code: string; name: string }): UnitCredential | null {
  const cached = cache.get(unit.code);
  if (cached) return cached;
  const { certDir, passphrase, demoCa: demo } = env().signing;
  const path = join(certDir, `${unit.code}.p12`);
  if (!existsSync(path)) {
    if (!demo) return null;
    // If another process issued one meanwhile, theirs stays and is read below.
    issueDemoCredentials(certDir, [unit], passphrase);
  }
  const p12 = readFileSync(path);
  const { certificate } = openP12(p12, passphrase);
  const info = certificateInfo(certificate);
  const credential: UnitCredential = { p12, passphrase, certificate: info, demo: demo && info.subject.includes("DEMO") };
  cache.set(unit.code, credential);
  return credential;
}

/** The CA certificates (PEM) verification trusts, or "" when none are installed. */
export function trustedCaPem(): string {
  const { trustedCaPath, certDir, demoCa: demo } = env().signing;
  if (demo) demoCa(certDir);
  return existsSync(trustedCaPath) ? readFileSync(trustedCaPath, "utf8") : "";
}

/** For tests: forget cached credentials (e.g. after replacing a .p12). */
export function forgetCredentials(): void {
  cache.clear();
}

