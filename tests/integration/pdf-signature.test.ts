import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { PDFDocument, StandardFonts } from "pdf-lib";
import forge from "node-forge";
import { createDemoCa, issueDemoUnitCertificate, DEMO_MARK, type DemoCa } from "@/lib/signing/demo-ca";
import { certificateInfo, openP12 } from "@/lib/signing/certificate-info";
import { signPdfDocument } from "@/lib/signing/sign-pdf-document";
import { readP12 } from "@/lib/signing/cades-signer";

const run = promisify(execFile);
const PASSPHRASE = "demo-passphrase";
let dir: string;
let nssDir: string;
let ca: DemoCa;

/** pdfsig's report; it exits non-zero for an invalid signature, so the output is read either way. */
async function pdfsig(file: string): Promise<string> {
  try {
    const { stdout } = await run("pdfsig", ["-nssdir", `sql:${nssDir}`, file]);
    return stdout;
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? "");
  }
}

async function samplePdf(): Promise<{ doc: PDFDocument; page: ReturnType<PDFDocument["addPage"]> }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  page.drawText("TRICH LUC KHAI SINH (BAN SAO)", { x: 150, y: 780, size: 14, font });
  return { doc, page };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pdf-sign-"));
  nssDir = join(dir, "nss");
  ca = createDemoCa(new Date("2026-01-01T00:00:00Z"));
  writeFileSync(join(dir, "ca.pem"), ca.certificatePem);
  // A certificate database that trusts the demo CA, as a verifier would after importing it.
  await run("mkdir", ["-p", nssDir]);
  await run("certutil", ["-N", "-d", `sql:${nssDir}`, "--empty-password"]);
  await run("certutil", ["-A", "-d", `sql:${nssDir}`, "-n", "demo-ca", "-t", "CT,C,C", "-i", join(dir, "ca.pem")]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("demo certificate authority", () => {
  it("issues a unit certificate named as a demo, under the demo CA, packed as PKCS#12", () => {
    const unit = issueDemoUnitCertificate(ca, { code: "23764", name: "Phường Pleiku" }, PASSPHRASE, new Date("2026-01-02T00:00:00Z"));
    const { certificate, chain } = openP12(unit.p12, PASSPHRASE);
    const info = certificateInfo(certificate);
    expect(info.subject).toContain(`CN=${DEMO_MARK} — Phường Pleiku`);
    expect(info.issuer).toContain(`CN=${DEMO_MARK} — CA hộ tịch Gia Lai`);
    expect(info.notAfter.slice(0, 4)).toBe("2029");
    expect(chain).toHaveLength(1);
    expect(forge.pki.certificateFromPem(ca.certificatePem).verify(certificate)).toBe(true);
    expect(() => openP12(unit.p12, "wrong")).toThrow();
    // The signer embeds the certificate byte for byte as the CA issued it.
    const material = readP12(unit.p12, PASSPHRASE);
    expect(material.certificate.equals(Buffer.from(forge.pem.decode(unit.certificatePem)[0]!.body, "binary"))).toBe(true);
    expect(material.chain[0]!.equals(Buffer.from(forge.pem.decode(ca.certificatePem)[0]!.body, "binary"))).toBe(true);
  });
});

describe("PAdES signature of a PDF", () => {
  it("pdfsig reports the signature valid, the certificate trusted and the whole document signed; a changed byte is reported", async () => {
    const unit = issueDemoUnitCertificate(ca, { code: "23764", name: "Phường Pleiku" }, PASSPHRASE);
    const { doc, page } = await samplePdf();
    const signedAt = new Date("2026-11-26T03:00:00Z");
    const signed = await signPdfDocument(doc, { page, rect: [330, 120, 530, 190], signerName: "Lê Văn Hùng", reason: "Ký cấp bản sao trích lục hộ tịch số 15/2026/TLKS-BS", location: "Phường Pleiku, Gia Lai" }, { p12: unit.p12, passphrase: PASSPHRASE }, signedAt);
    const file = join(dir, "signed.pdf");
    writeFileSync(file, signed);
    const report = await pdfsig(file);
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Certificate Validation: Certificate is Trusted.");
    expect(report).toContain("Signer Certificate Common Name: DEMO");
    expect(report).toContain("Signature Type: ETSI.CAdES.detached");
    expect(report).toContain("Total document signed");

    // One byte changed after signing: the page's width (595 → 596), which a viewer would honour.
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf("595.28");
    expect(at).toBeGreaterThan(0);
    tampered[at + 2] = "6".charCodeAt(0);
    const tamperedFile = join(dir, "tampered.pdf");
    writeFileSync(tamperedFile, tampered);
    const tamperedReport = await pdfsig(tamperedFile);
    expect(tamperedReport).not.toContain("Signature Validation: Signature is Valid.");
    expect(tamperedReport).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
  });

  it("the same document signed with the same key at the same time gives the same bytes", async () => {
    const unit = issueDemoUnitCertificate(ca, { code: "23764", name: "Phường Pleiku" }, PASSPHRASE);
    const sign = async () => {
      const { doc, page } = await samplePdf();
      return signPdfDocument(doc, { page, rect: [330, 120, 530, 190], signerName: "Lê Văn Hùng", reason: "Ký", location: "Pleiku" }, { p12: unit.p12, passphrase: PASSPHRASE }, new Date("2026-11-26T03:00:00Z"));
    };
    expect((await sign()).equals(await sign())).toBe(true);
  });
});
