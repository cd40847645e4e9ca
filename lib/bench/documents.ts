// Issued documents outside the request workflow, for `npm run bench:documents` and the integration
// tests of lib/documents: sample contents built from the reference records, and one issue in one
// transaction (request row, next number, content, hash, code, document), as the signing step does.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { generateDataset } from "@/mock-national/data";
import { allocateDocumentNumber } from "@/lib/copies/allocate-document-number";
import type { Db } from "@/lib/db/client";
import { issueVerificationCode, verifyUrlFor } from "@/lib/documents/codes";
import { buildConfirmationContent, buildCopyContent, contentHash, documentKindFor, type DocumentContent, type DocumentIssue } from "@/lib/documents/content";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_DOCUMENT_FORMS, seriesSymbol, type DocumentForms } from "@/lib/documents/forms";
import { renderDocumentPdf, type PdfSignature } from "@/lib/documents/render-document-pdf";
import { createDemoCa, issueDemoUnitCertificate } from "@/lib/signing/demo-ca";
import type { SigningCredential } from "@/lib/signing/sign-pdf-document";

/** The reference records of prisma/data/reference-people.json the samples use. */
export const SAMPLE_RECORD_IDS = { birth: "HT-KS-R10", marriage: "HT-KH-R2", death: "HT-KT-R5", legacyBirth: "HT-KS-R6", confirmation: ["HT-KS-R1", "HT-KH-R2", "HT-KS-R3"] } as const;
export type SampleRecords = { birth: CivilRecord; marriage: CivilRecord; death: CivilRecord; legacyBirth: CivilRecord; confirmation: CivilRecord[] };

/** Reads the sample records from the in-process mock registry over a small generated dataset. */
export async function loadSampleRecords(people = 200): Promise<SampleRecords> {
  const registry = createMockCivilRegistry(generateDataset({ people }));
  const ctx = { officerId: "bench", unitCode: "23575" };
  const get = async (id: string) => {
    const record = await registry.getRecord(id, ctx);
    if (!record) throw new Error(`reference record ${id} missing from the mock registry`);
    return record;
  };
  const ids = SAMPLE_RECORD_IDS;
  return {
    birth: await get(ids.birth),
    marriage: await get(ids.marriage),
    death: await get(ids.death),
    legacyBirth: await get(ids.legacyBirth),
    confirmation: await Promise.all(ids.confirmation.map(get)),
  };
}

/** Issue details of the samples: Phường Pleiku, a deputy chair signing on 28/11/2026. */
export function sampleIssue(number: number, kind: DocumentKind, issuedOn = "2026-11-28", forms: DocumentForms = DEFAULT_DOCUMENT_FORMS): DocumentIssue {
  return {
    number,
    symbol: seriesSymbol(forms, kind),
    forms,
    year: Number(issuedOn.slice(0, 4)),
    issuedOn,
    issuer: { unitName: "Phường Pleiku", unitCode: "23575" },
    signer: { name: "Nguyễn Văn Bình", title: "Phó Chủ tịch" },
  };
}

/** The content of a copy of `record` (or a confirmation of several) under number `number`. */
export function sampleContent(records: CivilRecord | CivilRecord[], number: number, issuedOn?: string, forms?: DocumentForms): DocumentContent {
  if (Array.isArray(records)) {
    return buildConfirmationContent({ ...sampleIssue(number, "CONFIRMATION", issuedOn, forms), records, purposeText: "Bổ sung hồ sơ đăng ký kết hôn", subject: { fullName: "Rơ Mah H'Lan", dateOfBirth: "1998-03-12", personalId: "064198004512" }, currentHolderName: "Xã Ia Grai" });
  }
  const kind = documentKindFor(records.type);
  return buildCopyContent({ ...sampleIssue(number, kind, issuedOn, forms), record: records, kind, currentHolderName: records.registration.currentCommuneCode ? "Xã Ia Grai" : null });
}

export type IssuedSample = { id: string; number: number; code: string; content: DocumentContent };

/** A throw-away demo credential of Phường Pleiku (demo CA, PKCS#12), as a unit's signing certificate. */
export function sampleSigningCredential(): SigningCredential {
  const passphrase = randomBytes(12).toString("base64url");
  const { p12 } = issueDemoUnitCertificate(createDemoCa(), { code: "23575", name: "Phường Pleiku" }, passphrase);
  return { p12, passphrase };
}

/** The signature signing applies (lib/copies/sign-request.ts), with a sample credential. */
function sampleSignature(content: DocumentContent, credential: SigningCredential): PdfSignature {
  return {
    credential,
    appearance: { signerName: "Nguyễn Văn Bình", signerTitle: "Phó Chủ tịch", unitName: "Phường Pleiku", signedAt: new Date(), demo: true },
    reason: `Ký ${content.title.toLocaleLowerCase("vi")} số ${content.series.label}`,
    location: "Phường Pleiku, tỉnh Gia Lai",
  };
}

/** The signed PDF of `content`, as signing renders it inside its transaction. */
export async function renderSignedSample(content: DocumentContent, secret: string, credential: SigningCredential): Promise<Buffer<ArrayBuffer>> {
  const url = verifyUrlFor(issueVerificationCode(secret, contentHash(content)), "https://hotich.gialai.gov.vn");
  return Buffer.from(await renderDocumentPdf(content, { verifyUrl: url, signature: sampleSignature(content, credential) }));
}

/**
 * Issues a document for `records` in one transaction, as signing does: a request row (the
 * document's foreign key), the next number of the unit's series, the content under that number,
 * its hash, a code bound to the hash, with `credential` the PDF rendered and signed, the document row.
 */
export async function issueSampleDocument(db: Db, opts: { unitId: string; records: CivilRecord | CivilRecord[]; secret: string; issuedOn?: string; credential?: SigningCredential }): Promise<IssuedSample> {
  const list = Array.isArray(opts.records) ? opts.records : [opts.records];
  const kind: DocumentKind = Array.isArray(opts.records) ? "CONFIRMATION" : documentKindFor(opts.records.type);
  const issuedOn = opts.issuedOn ?? "2026-11-28";
  return db.$transaction(
    async (tx) => {
      const request = await tx.civilRequest.create({
        data: {
          unitId: opts.unitId,
          kind: kind === "CONFIRMATION" ? "CONFIRMATION" : "COPY",
          channel: "COUNTER",
          receiptNumber: `MAU-${randomUUID()}`,
          requesterName: "Người yêu cầu mẫu",
          requesterIdNumber: "064198004512",
          relation: "SELF",
          records: list.map((r) => ({ recordId: r.id, type: r.type, registeredOn: r.registration.registeredOn, authority: r.registration.authority, currentCommuneCode: r.registration.currentCommuneCode })),
          subjectName: list[0]?.subject?.fullName ?? list[0]?.spouses?.wife.fullName ?? "—",
          feePerCopy: 8_000,
          feeTotal: 8_000,
          receivedById: "sample",
          dueAt: new Date(),
        },
        select: { id: true },
      });
      const { number, forms } = await allocateDocumentNumber(tx, opts.unitId, kind, Number(issuedOn.slice(0, 4)));
      const content = sampleContent(opts.records, number, issuedOn, forms);
      const hash = contentHash(content);
      const code = issueVerificationCode(opts.secret, hash);
      const pdf = opts.credential ? await renderSignedSample(content, opts.secret, opts.credential) : null;
      const doc = await tx.issuedDocument.create({
        data: {
          requestId: request.id, unitId: opts.unitId, kind, year: content.series.year, number, symbol: content.series.symbol, label: content.series.label, code, contentHash: hash, content, signerName: "Nguyễn Văn Bình", signerTitle: "Phó Chủ tịch",
          ...(pdf ? { pdf, pdfSha256: createHash("sha256").update(pdf).digest("hex") } : {}),
        },
        select: { id: true },
      });
      return { id: doc.id, number, code, content };
    },
    // Many issues at once queue on the series row; let them wait rather than time out.
    { maxWait: 60_000, timeout: 60_000 },
  );
}

/** The p-th percentile (0–100) of `values`, nearest-rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * Renders `count` documents one after another, cycling birth, marriage, death, legacy birth and
 * confirmation, each with its own number and code (as real issues would), after one cold render
 * that loads and parses the fonts. Returns each warm render's time in ms.
 */
export async function timeRenders(samples: SampleRecords, count: number, secret: string): Promise<{ coldMs: number; timesMs: number[]; bytes: number }> {
  const cycle: (CivilRecord | CivilRecord[])[] = [samples.birth, samples.marriage, samples.death, samples.legacyBirth, samples.confirmation];
  const render = async (i: number) => {
    const content = sampleContent(cycle[i % cycle.length]!, i + 1);
    const url = verifyUrlFor(issueVerificationCode(secret, contentHash(content)), "https://hotich.gialai.gov.vn");
    const started = performance.now();
    const pdf = await renderDocumentPdf(content, { verifyUrl: url });
    return { ms: performance.now() - started, bytes: pdf.length };
  };
  const cold = await render(0);
  const timesMs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const r = await render(i);
    timesMs.push(r.ms);
    bytes += r.bytes;
  }
  return { coldMs: cold.ms, timesMs, bytes: Math.round(bytes / count) };
}

/**
 * The floor of a signed issue: `count` render + sign of the birth sample one after another, no
 * database (after one untimed). Returns each one's ms.
 */
export async function timeRenderSigns(samples: SampleRecords, count: number, secret: string, credential: SigningCredential): Promise<number[]> {
  const once = async (i: number) => {
    const content = sampleContent(samples.birth, i + 1);
    const started = performance.now();
    await renderSignedSample(content, secret, credential);
    return performance.now() - started;
  };
  await once(0);
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await once(i));
  return times;
}

/**
 * `count` issues at once for one unit, series and year (each its own transaction: request row,
 * allocateDocumentNumber, document row), then what the numbers look like: duplicates (must be 0)
 * and whether they are exactly 1..count.
 */
export async function concurrentIssues(db: Db, unitId: string, records: CivilRecord, count: number, secret: string, credential?: SigningCredential): Promise<{ issued: number; duplicateNumbers: number; gapless: boolean; elapsedMs: number; rows: number }> {
  const started = performance.now();
  const results = await Promise.allSettled(Array.from({ length: count }, () => issueSampleDocument(db, { unitId, records, secret, credential })));
  const elapsedMs = performance.now() - started;
  const numbers = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.number] : []));
  const failures = results.filter((r) => r.status === "rejected");
  if (failures.length) throw new Error(`${failures.length} of ${count} issues failed: ${String((failures[0] as PromiseRejectedResult).reason)}`);
  const sorted = [...numbers].sort((a, b) => a - b);
  const kind = documentKindFor(records.type);
  const rows = await db.issuedDocument.count({ where: { unitId, kind } });
  return {
    issued: numbers.length,
    duplicateNumbers: numbers.length - new Set(numbers).size,
    gapless: sorted.every((n, i) => n === i + 1) && sorted.length === count,
    elapsedMs,
    rows,
  };
}
