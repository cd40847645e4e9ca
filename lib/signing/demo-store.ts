import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createDemoCa, issueDemoUnitCertificate, type DemoCa, type UnitIdentity } from "@/lib/signing/demo-ca";

// A folder of demo signing material, laid out as production's SIGNING_CERT_DIR is: `ca.pem` (the
// certificate verifiers trust) and `<unit code>.p12` per unit, plus `demo-ca.json` (the demo CA's
// key, which production's folder never holds). Files are created exclusively, so processes that
// race to make the same one end up sharing the first.

/** Writes `data` at `path` only if nothing is there yet; returns false when another process won. */
function createExclusive(path: string, data: string | Buffer): boolean {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, data, { mode: 0o600 });
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

/** The demo CA of the folder, made once; also writes `ca.pem` for verifiers. */
export function demoCa(dir: string): DemoCa {
  const path = join(dir, "demo-ca.json");
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    createExclusive(path, JSON.stringify(createDemoCa()));
  }
  const ca = JSON.parse(readFileSync(path, "utf8")) as DemoCa;
  const trusted = join(dir, "ca.pem");
  if (!existsSync(trusted)) createExclusive(trusted, ca.certificatePem);
  return ca;
}

/** Makes `<code>.p12` for each unit that has none, under the folder's demo CA; returns how many it made. */
export function issueDemoCredentials(dir: string, units: readonly UnitIdentity[], passphrase: string): number {
  const ca = demoCa(dir);
  let made = 0;
  for (const unit of units) {
    const path = join(dir, `${unit.code}.p12`);
    if (!existsSync(path) && createExclusive(path, issueDemoUnitCertificate(ca, unit, passphrase).p12)) made++;
  }
  return made;
}
