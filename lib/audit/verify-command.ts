import { readFileSync } from "node:fs";
import type { Db } from "@/lib/db/client";
import { parseAuditEnv } from "@/lib/server/env";
import { loadVerifyKey, parsePublicKey } from "@/lib/audit/keys";
import { readExportFile } from "@/lib/audit/checkpoint-export";
import type { Checkpoint } from "@/lib/audit/checkpoint";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";

export type AuditVerifyResult = { exitCode: 0 | 1; lines: { level: "log" | "warn" | "error"; text: string }[] };

/**
 * What `npm run audit:verify` does, for it and for `npm run db:restore` (which checks the restored
 * copy): the public key from `publicKeyFile` or the environment (AUDIT_VERIFY_KEY, else the signing
 * key's), the checkpoint export from `exportFile` or the configured file, then the chain and the
 * checkpoints. Exit code 1 when anything was altered or removed; throws when it cannot check.
 */
export async function runAuditVerify(
  db: Db,
  o: { env: Record<string, string | undefined>; publicKeyFile?: string; exportFile?: string },
): Promise<AuditVerifyResult> {
  const lines: AuditVerifyResult["lines"] = [];
  const config = parseAuditEnv(o.env);
  const publicKey = o.publicKeyFile ? parsePublicKey(readFileSync(o.publicKeyFile, "utf8"), o.publicKeyFile) : loadVerifyKey(config);
  // An HTTP export is read where it is received: pass Sở Tư pháp's copy with --export.
  const exportPath = o.exportFile ?? (config.export.kind === "file" ? config.export.path : undefined);
  let exported: Checkpoint[] | null = null;
  if (exportPath) {
    const read = await readExportFile(exportPath);
    if ("problem" in read) return { exitCode: 1, lines: [{ level: "error", text: `ACCESS LOG TAMPERED: ${read.problem} (${exportPath})` }] };
    exported = read.checkpoints;
  } else {
    lines.push({
      level: "warn",
      text: `The checkpoint export is ${config.export.kind === "http" ? config.export.url : "not set"}: checking the database's checkpoints only (use --export <file>).`,
    });
  }
  const report = await verifyAccessLogChain(db, { publicKey, exported });
  if (report.ok) {
    lines.push({ level: "log", text: `access log intact: ${report.rows} rows in ${report.chains} chain(s); ${report.checkpoints} signed checkpoint(s) vouching for ${report.signedRows} of them` });
    return { exitCode: 0, lines };
  }
  lines.push({ level: "error", text: `ACCESS LOG TAMPERED: ${report.problem} (first bad seq: ${report.seq ?? "unknown"}${report.chain ? ` of chain ${report.chain}` : ""}; checked ${report.rows} rows)` });
  return { exitCode: 1, lines };
}

export function printAuditVerify(result: AuditVerifyResult): void {
  for (const line of result.lines) console[line.level](line.text);
}
