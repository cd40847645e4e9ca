import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { UpstreamError } from "@/lib/adapters/errors";
import type { CivilRegistryPort, CivilSearch } from "@/lib/adapters/civil-registry/port";
import { env } from "@/lib/server/env";
import { checkVerificationCode } from "@/lib/documents/codes";
import { contentHash, type DocumentContent } from "@/lib/documents/content";
import { getDocumentPdf } from "@/lib/documents/get-document-pdf";
import { searchForRequest } from "@/lib/copies/search-for-request";
import { createRequest } from "@/lib/copies/create-request";
import { prepareRequest } from "@/lib/copies/prepare-request";
import { signRequest } from "@/lib/copies/sign-request";
import { revokeDocument } from "@/lib/copies/revoke-document";
import type { TCreateRequest } from "@/lib/copies/schemas";
import { deliverDue, retryRegistration } from "@/lib/national-registration/deliver";
import { listRegistrations, retryRegistrationAsAdmin } from "@/lib/national-registration/admin";
import { trustedCaPem } from "@/lib/signing/credentials";
import { checkDocumentFile, verifyDocument } from "@/lib/documents/verify-document";

const run = promisify(execFile);
let t: TestDatabase;
let registry: CivilRegistryPort;
/** The national system, down while `down` is true (a multi-hour outage, compressed). */
let down = false;
let calls = 0;
let deps: { db: TestDatabase["prisma"]; civilRegistry: CivilRegistryPort; now: Date };
const actors: Record<string, Actor> = {};
let nss: string;
const P11_BIRTH: CivilSearch = { by: "personalId", personalId: "001300007731", eventTypes: ["BIRTH"] };
const requester = { channel: "ONLINE", requesterName: "Vũ Minh Trang", requesterIdNumber: "001300007731", requesterPhone: null, requesterAddress: null, relation: "SELF", authorisationRef: null, copies: 1, feeExemptReason: null, purposeText: null } as const;

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  const base = createMockCivilRegistry(generateDataset({ people: 2_000 }));
  const outage = () => new UpstreamError("civilRegistry", "unavailable", "civilRegistry: HTTP 503");
  registry = {
    ...base,
    registerIssuedCopy: async (r, ctx) => { calls++; if (down) throw outage(); return base.registerIssuedCopy(r, ctx); },
    revokeIssuedCopy: async (id, r, ctx) => { calls++; if (down) throw outage(); return base.revokeIssuedCopy(id, r, ctx); },
  };
  deps = { db: t.prisma, civilRegistry: registry, now: new Date("2026-11-26T02:00:00Z") };
  for (const username of ["pleiku.canbo", "pleiku.lanhdao", "admin"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
  // A verifier's certificate store that trusts the demo CA the test process signs under.
  nss = mkdtempSync(join(tmpdir(), "nss-"));
  writeFileSync(join(nss, "ca.pem"), trustedCaPem() || (await signedCopy(), trustedCaPem()));
  await run("certutil", ["-N", "-d", `sql:${nss}`, "--empty-password"]);
  await run("certutil", ["-A", "-d", `sql:${nss}`, "-n", "demo-ca", "-t", "CT,C,C", "-i", join(nss, "ca.pem")]);
});
afterAll(async () => {
  rmSync(nss, { recursive: true, force: true });
  await t?.cleanup();
});

const officer = () => actors["pleiku.canbo"]!;
const signer = () => actors["pleiku.lanhdao"]!;
const step = async (id: string) => ({ id, version: (await t.prisma.civilRequest.findUniqueOrThrow({ where: { id } })).version });

async function signedCopy(): Promise<{ requestId: string; documentId: string; label: string }> {
  const found = await searchForRequest(officer(), { kind: "COPY", query: P11_BIRTH, ip: null }, deps);
  const { id } = await createRequest(officer(), { ...requester, kind: "COPY", reference: found.reference, recordIds: ["HT-KS-R10"] } as TCreateRequest, null, deps);
  await prepareRequest(officer(), await step(id), deps);
  const signed = await signRequest(signer(), { ...(await step(id)), ip: null }, deps);
  return { requestId: id, documentId: signed.documentId, label: signed.label };
}

async function pdfsig(bytes: Uint8Array): Promise<string> {
  const file = join(nss, `doc-${Date.now()}-${Math.random()}.pdf`);
  writeFileSync(file, bytes);
  try {
    return (await run("pdfsig", ["-nssdir", `sql:${nss}`, file])).stdout;
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? "");
  }
}

describe("a signed copy is a PAdES-signed PDF", () => {
  it("is stored as issued, signed with the unit's certificate; pdfsig finds it valid, trusted, whole; the content hash still verifies", async () => {
    const { documentId } = await signedCopy();
    const doc = await t.prisma.issuedDocument.findUniqueOrThrow({ where: { id: documentId } });
    expect(doc.pdf).not.toBeNull();
    expect(doc.pdfSha256).toBe(createHash("sha256").update(doc.pdf!).digest("hex"));
    expect(doc.signature).toMatchObject({ subject: expect.stringContaining("DEMO — không có giá trị pháp lý — Phường Pleiku"), issuer: expect.stringContaining("CA hộ tịch Gia Lai"), demo: true, signedAt: deps.now.toISOString() });
    // Signing changes nothing of what /verify binds to.
    expect(contentHash(doc.content as DocumentContent)).toBe(doc.contentHash);
    expect(checkVerificationCode(env().documents.signingSecret, doc.code, doc.contentHash)).toBe(true);

    const { bytes } = await getDocumentPdf(officer(), documentId, deps);
    expect(Buffer.from(bytes).equals(Buffer.from(doc.pdf!))).toBe(true);
    const report = await pdfsig(bytes);
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Certificate Validation: Certificate is Trusted.");
    expect(report).toContain("Total document signed");
    expect(report).toContain("Signature Type: ETSI.CAdES.detached");

    const tampered = Buffer.from(bytes);
    const at = tampered.indexOf("595.28");
    tampered[at + 2] = "6".charCodeAt(0);
    expect(await pdfsig(tampered)).not.toContain("Signature is Valid.");
  });
});

describe("verification shows the signature and recognises the issued file", () => {
  it("/verify says who signed, with which certificate, and whether a file is the one issued; revoked stays revoked", async () => {
    const { requestId, documentId } = await signedCopy();
    const doc = await t.prisma.issuedDocument.findUniqueOrThrow({ where: { id: documentId } });
    const verdict = await verifyDocument(doc.code, { db: t.prisma });
    expect(verdict).toMatchObject({
      valid: true,
      signature: {
        signerName: "Lê Văn Hùng", signerTitle: "Phó Chủ tịch", signedAt: deps.now.toISOString(), demo: true,
        certificate: { subject: expect.stringContaining("Phường Pleiku"), issuer: expect.stringContaining("CA hộ tịch Gia Lai"), fingerprintSha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
      nationalRegistration: "PENDING",
    });
    expect((await checkDocumentFile(doc.code, Buffer.from(doc.pdf!), { db: t.prisma })).file).toEqual({ sha256: doc.pdfSha256, matches: true });
    const altered = Buffer.from(doc.pdf!);
    altered[altered.length - 10] = altered[altered.length - 10]! ^ 1;
    expect((await checkDocumentFile(doc.code, altered, { db: t.prisma })).file.matches).toBe(false);
    expect((await checkDocumentFile("AAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBB", Buffer.from(doc.pdf!), { db: t.prisma })).file.matches).toBeNull();

    await revokeDocument(signer(), { ...(await step(requestId)), reason: "Sổ gốc đã được cải chính sau khi cấp" }, deps);
    const revoked = await checkDocumentFile(doc.code, Buffer.from(doc.pdf!), { db: t.prisma });
    expect(revoked.result).toMatchObject({ valid: false, status: "revoked" });
    expect(revoked.file.matches).toBe(true);
  });
});

describe("registration with the national system (outbox)", () => {
  it("is queued with the number; with the system down for hours nothing is lost, and on recovery it registers exactly once", async () => {
    await t.prisma.nationalRegistration.deleteMany({});
    const { documentId } = await signedCopy();
    const row = await t.prisma.nationalRegistration.findUniqueOrThrow({ where: { documentId_action: { documentId, action: "REGISTER" } } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 0 });

    down = true;
    calls = 0;
    let clock = new Date("2026-11-26T03:00:00Z");
    for (let i = 0; i < 6; i++) {
      await deliverDue(t.prisma, registry, { now: () => clock });
      clock = new Date(clock.getTime() + 2 * 3_600_000);
    }
    const waiting = await t.prisma.nationalRegistration.findUniqueOrThrow({ where: { id: row.id } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 6, lastError: expect.stringContaining("sẽ tự gửi lại") });
    expect(calls).toBe(6);

    down = false;
    expect(await deliverDue(t.prisma, registry, { now: () => clock })).toMatchObject({ delivered: 1 });
    expect(await deliverDue(t.prisma, registry, { now: () => new Date(clock.getTime() + 3_600_000) })).toMatchObject({ delivered: 0, retry: 0 });
    const delivered = await t.prisma.nationalRegistration.findUniqueOrThrow({ where: { id: row.id } });
    expect(delivered).toMatchObject({ status: "DELIVERED", registrationId: expect.stringMatching(/^DK-2026-/), lastError: null });
    // Sent again by a worker that did not see the answer (the same idempotency key): still one registration.
    const again = await registry.registerIssuedCopy(row.payload as never, { officerId: "x", unitCode: "23575", idempotencyKey: row.idempotencyKey });
    expect(again.registrationId).toBe(delivered.registrationId);
  });

  it("a revocation follows its registration upstream", async () => {
    const { requestId, documentId } = await signedCopy();
    await revokeDocument(signer(), { ...(await step(requestId)), reason: "Sổ gốc đã được cải chính sau khi cấp" }, deps);
    const clock = new Date("2026-11-27T03:00:00Z");
    await deliverDue(t.prisma, registry, { now: () => clock });
    const rows = await t.prisma.nationalRegistration.findMany({ where: { documentId }, orderBy: { action: "asc" } });
    expect(rows.map((r) => `${r.action}:${r.status}`)).toEqual(["REGISTER:DELIVERED", "REVOKE:DELIVERED"]);
  });

  it("a number the Ministry's own software already used is refused; the refusal is kept, in Vietnamese, until an administrator retries", async () => {
    await deliverDue(t.prisma, registry, { now: () => new Date("2026-11-28T00:00:00Z") });
    const unit = officer().unit!;
    const last = await t.prisma.issuedDocument.aggregate({ where: { kind: "COPY_BIRTH", year: 2026 }, _max: { number: true } });
    const next = (last._max.number ?? 0) + 1;
    await registry.registerIssuedCopy({ unitCode: unit.code, symbol: "TLKS-BS", year: 2026, number: next, recordIds: ["X"], signerName: "Phần mềm Bộ Tư pháp", signerTitle: "Chủ tịch", signedAt: "2026-11-26T01:00:00Z", contentHash: "b".repeat(64) }, { officerId: "moj", unitCode: unit.code, idempotencyKey: "moj-software-1" });
    const { documentId } = await signedCopy();
    expect(await deliverDue(t.prisma, registry, { now: () => new Date("2026-11-28T01:00:00Z") })).toMatchObject({ refused: 1 });
    const refused = await t.prisma.nationalRegistration.findUniqueOrThrow({ where: { documentId_action: { documentId, action: "REGISTER" } } });
    expect(refused).toMatchObject({ status: "REFUSED", lastError: expect.stringContaining("Số văn bản này đơn vị đã dùng") });
    expect(await deliverDue(t.prisma, registry, { now: () => new Date("2026-11-29T01:00:00Z") })).toMatchObject({ refused: 0, delivered: 0 });
    // The officer cannot; the administrator can, and it is in the administrators' audit.
    await expect(retryRegistrationAsAdmin(officer(), refused.id, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await retryRegistrationAsAdmin(actors["admin"]!, refused.id, { ...deps, now: new Date("2026-11-29T02:00:00Z") });
    expect((await t.prisma.nationalRegistration.findUniqueOrThrow({ where: { id: refused.id } })).status).toBe("PENDING");
    expect(await t.prisma.adminAudit.count({ where: { action: "registration.retry", targetId: refused.id } })).toBe(1);
    expect((await listRegistrations(actors["admin"]!, deps)).open.map((r) => r.id)).toContain(refused.id);
    expect(await retryRegistration(t.prisma, "cl0000000000000000000000", new Date())).toBe(false);
  });
});
