import { createHash } from "node:crypto";
import { UpstreamError } from "@/lib/adapters/errors";
import { ZIssuedCopyRegistration, ZRevocation, type CivilRegistryRegistrationPort, type RegistrationReceipt } from "@/lib/adapters/civil-registry/port";
import { ERROR_CODES } from "@/lib/adapters/http/wire";

/**
 * The national system's register of issued copies, in memory: one registration per
 * (unit, symbol, year, number), idempotency keys remembered with the request they answered. The
 * same key with the same request gets the first answer again; with another request it is refused,
 * as is a number the unit already used (e.g. in the Ministry's own software).
 */
export function createMockRegistrations(): CivilRegistryRegistrationPort & { count(): number } {
  type Entry = { receipt: RegistrationReceipt; unitCode: string };
  const byNumber = new Map<string, Entry>();
  const byId = new Map<string, Entry>();
  const byKey = new Map<string, { fingerprint: string; receipt: RegistrationReceipt }>();
  let next = 1;
  const fingerprint = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");
  const refuse = (code: string, message: string) => new UpstreamError("civilRegistry", "refused", message, { upstreamCode: code });

  /** The first answer of a key, or a refusal when the key came with another request. */
  function replay(key: string, print: string): RegistrationReceipt | null {
    const seen = byKey.get(key);
    if (!seen) return null;
    if (seen.fingerprint !== print) throw refuse(ERROR_CODES.idempotencyConflict, "idempotency key reused for a different request");
    return { ...seen.receipt };
  }

  return {
    async registerIssuedCopy(registration, ctx) {
      const reg = ZIssuedCopyRegistration.parse(registration);
      const print = fingerprint(["register", reg]);
      const earlier = replay(ctx.idempotencyKey, print);
      if (earlier) return earlier;
      const numberKey = `${reg.unitCode}/${reg.symbol}/${reg.year}/${reg.number}`;
      if (byNumber.has(numberKey)) throw refuse(ERROR_CODES.numberTaken, `number ${reg.number}/${reg.year}/${reg.symbol} already registered for unit ${reg.unitCode}`);
      const receipt: RegistrationReceipt = { registrationId: `DK-${reg.year}-${String(next++).padStart(8, "0")}`, registeredAt: new Date().toISOString(), revokedAt: null };
      const entry = { receipt, unitCode: reg.unitCode };
      byNumber.set(numberKey, entry);
      byId.set(receipt.registrationId, entry);
      byKey.set(ctx.idempotencyKey, { fingerprint: print, receipt: { ...receipt } });
      return { ...receipt };
    },
    async revokeIssuedCopy(registrationId, revocation, ctx) {
      const rev = ZRevocation.parse(revocation);
      const print = fingerprint(["revoke", registrationId, rev]);
      const earlier = replay(ctx.idempotencyKey, print);
      if (earlier) return earlier;
      const entry = byId.get(registrationId);
      if (!entry || entry.unitCode !== ctx.unitCode) throw refuse(ERROR_CODES.registrationNotFound, `no registration ${registrationId} of unit ${ctx.unitCode}`);
      entry.receipt.revokedAt ??= rev.revokedAt;
      byKey.set(ctx.idempotencyKey, { fingerprint: print, receipt: { ...entry.receipt } });
      return { ...entry.receipt };
    },
    count: () => byNumber.size,
  };
}
