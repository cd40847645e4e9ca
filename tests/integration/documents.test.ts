import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import QRCode from "qrcode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headersThroughProxy } from "../helpers/through-proxy";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { issueSampleDocument, loadSampleRecords, sampleContent, type SampleRecords } from "@/lib/bench/documents";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { allocateDocumentNumber } from "@/lib/copies/allocate-document-number";
import { DEFAULT_DOCUMENT_FORMS } from "@/lib/documents/forms";
import { issueVerificationCode, verifyUrlFor } from "@/lib/documents/codes";
import { contentHash, type DocumentContent } from "@/lib/documents/content";
import { getDocumentPdf } from "@/lib/documents/get-document-pdf";
import { renderDocumentPdf } from "@/lib/documents/render-document-pdf";
import { verifyDocument } from "@/lib/documents/verify-document";
import { env } from "@/lib/server/env";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { runSeed } from "@/lib/seed/run-seed";

let t: TestDatabase;
let records: SampleRecords;
let dir: string;
const actors: Record<string, Actor> = {};
const unitOf = (name: string) => actors[name]!.unit!.id;
const secret = () => env().documents.signingSecret;

beforeAll(async () => {
  // Fail clearly rather than skip: CI installs poppler-utils (.ci/run).
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
  } catch {
    throw new Error("pdftotext is missing: install poppler-utils (apt-get install poppler-utils) to run the PDF tests");
  }
  t = await createTestDatabase();
  // The API route reaches the database through the app's own client (lib/db/app-db.ts), which reads the
  // environment once: point it here before anything reads it.
  process.env.DATABASE_URL = t.url;
  await runSeed(t.prisma, { demo: true });
  records = await loadSampleRecords(200);
  for (const username of ["pleiku.canbo", "pleiku.lanhdao", "quynhon.canbo", "stp.canbo", "congan.tinh", "iao.canbo"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
  dir = mkdtempSync(join(tmpdir(), "documents-test-"));
});
afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await t?.cleanup();
});

/** The PDF's text as pdftotext -layout extracts it, and the same with whitespace collapsed (wrapped lines joined). */
function pdfText(bytes: Uint8Array, name: string): { layout: string; flat: string } {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const layout = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  return { layout, flat: layout.replace(/\s+/g, " ") };
}

async function issueAndRender(name: string, records: Parameters<typeof issueSampleDocument>[1]["records"], unit = "pleiku.canbo") {
  const issued = await issueSampleDocument(t.prisma, { unitId: unitOf(unit), records, secret: secret() });
  const pdf = await getDocumentPdf(actors["pleiku.lanhdao"]!, issued.id, { db: t.prisma });
  return { issued, pdf, text: pdfText(pdf.bytes, name) };
}

describe("the PDF of an issued document", () => {
  it("a birth copy of Vũ Minh Trang: header blocks, motto, number, the record and the Hà Nội authority as named then", async () => {
    const { issued, pdf, text } = await issueAndRender("birth", records.birth);
    expect(issued.number).toBe(1);
    expect(pdf.filename).toBe("Bản sao trích lục khai sinh 1-2026-TLKS-BS.pdf");
    expect(Buffer.from(pdf.bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const lines = text.layout.split("\n").filter((l) => l.trim());
    // Issuing body and national name side by side; the motto under the name; number and place-date on one line.
    expect(lines[0]).toMatch(/^\s*UBND PHƯỜNG PLEIKU\s{3,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s*$/);
    expect(lines[1]).toMatch(/^\s{20,}Độc lập - Tự do - Hạnh phúc\s*$/);
    expect(lines[2]).toMatch(/^\s*Số: 1\/2026\/TLKS-BS\s{3,}Pleiku, ngày 28 tháng 11 năm 2026\s*$/);
    const subject = records.birth.subject!;
    // Names of the person print in capitals, as the extract forms write them; diacritics intact.
    expect(subject.fullName).toBe("Vũ Minh Trang");
    for (const s of [
      "TRÍCH LỤC KHAI SINH", "(BẢN SAO)", `Họ, chữ đệm, tên: ${subject.fullName.toLocaleUpperCase("vi")}`, "Ngày, tháng, năm sinh: 20/10/2000",
      "Ghi bằng chữ: Hai mươi tháng mười năm hai nghìn", "Nơi sinh: Bệnh viện Phụ sản Hà Nội", "Quê quán: Ba Đình, Hà Nội",
      "Số định danh cá nhân: 001300007731", "Họ, chữ đệm, tên người mẹ: Đặng Thu Hà", "Họ, chữ đệm, tên người cha: Vũ Đức Thành",
      `Đăng ký khai sinh ngày 30/10/2000 tại ${records.birth.registration.authority}, số 356, quyển số 01/2000.`,
      "Ghi chú: —", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình", "Quét mã để kiểm tra tính hợp lệ", `Mã kiểm tra: ${issued.code}`,
    ]) expect(text.flat).toContain(s);
  });

  it("re-downloads are byte for byte the issued document", async () => {
    const issued = await issueSampleDocument(t.prisma, { unitId: unitOf("pleiku.canbo"), records: records.legacyBirth, secret: secret() });
    const a = await getDocumentPdf(actors["pleiku.canbo"]!, issued.id, { db: t.prisma });
    const b = await getDocumentPdf(actors["stp.canbo"]!, issued.id, { db: t.prisma });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const text = pdfText(a.bytes, "legacy").flat;
    expect(text).toContain("Ngày, tháng, năm sinh: tháng 01 năm 1979");
    expect(text).toContain("Số định danh cá nhân: —");
    expect(text).toContain("UBND xã Nhơn Hậu, huyện An Nhơn, tỉnh Nghĩa Bình");
  });

  it("a marriage copy names both spouses, Rơ Mah H'Lan with her diacritics and apostrophe", async () => {
    const { text } = await issueAndRender("marriage", records.marriage);
    for (const s of ["Số: 1/2026/TLKH-BS", "TRÍCH LỤC KẾT HÔN", "Bên chồng", "KSOR BƠ", "Bên vợ", "RƠ MAH H'LAN", "Quốc tịch: Việt Nam", "Giấy tờ tùy thân: Căn cước công dân số 064198004512", "Đăng ký kết hôn ngày 15/06/2019 tại UBND thị trấn Ia Kha, huyện Ia Grai, tỉnh Gia Lai"]) {
      expect(text.flat).toContain(s);
    }
  });

  it("a death copy extracts every letter, after other documents shared the fonts", async () => {
    const { text } = await issueAndRender("death", records.death);
    for (const s of ["Số: 1/2026/TLKT-BS", "TRÍCH LỤC KHAI TỬ", "ĐINH VĂN THUK", "Nơi chết: Làng Kon Pne, xã Kon Pne, huyện KBang, tỉnh Gia Lai", "Nguyên nhân chết: Bệnh già", "Đã chết vào lúc: 04 giờ 30 phút, ngày 05/11/2024"]) {
      expect(text.flat).toContain(s);
    }
  });

  it("a confirmation runs onto a second page, numbered, with the person's name as written", async () => {
    const { text, pdf } = await issueAndRender("confirmation", records.confirmation);
    expect(pdf.filename).toBe("Văn bản xác nhận thông tin hộ tịch 1-2026-XNHT.pdf");
    for (const s of ["Số: 1/2026/XNHT", "VĂN BẢN XÁC NHẬN THÔNG TIN HỘ TỊCH", "xác nhận thông tin hộ tịch của Rơ Mah H'Lan, sinh ngày 12/03/1998", "1. Khai sinh", "2. Kết hôn", "3. Khai sinh", "Văn bản này được cấp để: Bổ sung hồ sơ đăng ký kết hôn."]) {
      expect(text.flat).toContain(s);
    }
    expect(text.layout.split("\f").filter((p) => p.trim()).length).toBeGreaterThanOrEqual(2);
  });

  it("keeps every word inside the margins (30 mm left, 15 mm right, 20 mm top and bottom), however long the values", async () => {
    const c = sampleContent(records.birth, 123456);
    const long = "Bệnh viện Đa khoa khu vực liên huyện miền núi phía Tây, tổ dân phố số 12, đường Nguyễn Tất Thành nối dài";
    const body = c.body.map((b) =>
      b.type === "fields" ? { ...b, rows: b.rows.map((row) => row.map((f) => (f.label === "Nơi sinh" ? { ...f, value: `${long}; ${long}` } : f.label === "Ghi chú" ? { ...f, value: "X".repeat(160) } : f))) } : b,
    );
    const pdf = await renderDocumentPdf({ ...c, body, issuer: { ...c.issuer, headerLines: ["UBND XÃ IA HRÚ VÀ CÁC THÔN LÀNG LÂN CẬN CỦA TỈNH GIA LAI"] } }, { verifyUrl: "https://hotich.gialai.gov.vn/verify/abcdefghijklmnop.qrstuvwxyzABCDEF" });
    const file = join(dir, "margins.pdf");
    writeFileSync(file, pdf);
    const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
    const mm = 72 / 25.4;
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: m[5]! }));
    expect(words.length).toBeGreaterThan(100);
    const outside = words.filter((w) => w.x0 < 30 * mm - 0.5 || w.x1 > 595.28 - 15 * mm + 0.5 || w.y1 > 841.89 - 20 * mm + 3 || w.y0 < 20 * mm / 2 - 12);
    expect(outside).toEqual([]);
    expect(pdfText(pdf, "margins-text").flat).toContain("Số: 123456/2026/TLKS-BS");
  });

  it("prints a QR code, bottom left, that encodes the verification URL module for module", async () => {
    const issued = await issueSampleDocument(t.prisma, { unitId: unitOf("pleiku.canbo"), records: records.death, secret: secret() });
    const { bytes } = await getDocumentPdf(actors["pleiku.canbo"]!, issued.id, { db: t.prisma });
    const url = verifyUrlFor(issued.code);
    const file = join(dir, "qr.pdf");
    writeFileSync(file, bytes);
    // 4 pixels per point, grey, as PGM: a header and one byte per pixel, no image library needed.
    execFileSync("pdftoppm", ["-gray", "-r", "288", "-f", "1", "-l", "1", "-singlefile", file, join(dir, "qr")]);
    const pgm = readFileSync(join(dir, "qr.pgm"));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString("latin1"))!;
    const [width, offset] = [Number(header[1]), header[0].length];
    const dark = (x: number, y: number) => pgm[offset + Math.round(y) * width + Math.round(x)]! < 128;
    const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
    const scale = 4;
    const cell = (76 / modules.size) * scale;
    const left = (72 / 25.4) * 30 * scale;
    // The top edge of the top-left finder pattern: the first row dark across 7 modules from the left margin.
    let top = -1;
    for (let y = Math.round(841.89 * scale * 0.4); y < 841.89 * scale && top < 0; y++) {
      let run = true;
      for (let x = left + 1; x < left + 7 * cell - 1 && run; x++) run = dark(x, y);
      if (run && !dark(left - 3, y)) top = y;
    }
    expect(top).toBeGreaterThan(0);
    let mismatches = 0;
    for (let r = 0; r < modules.size; r++) {
      for (let c = 0; c < modules.size; c++) if (dark(left + (c + 0.5) * cell, top + (r + 0.5) * cell) !== Boolean(modules.get(r, c))) mismatches++;
    }
    expect(mismatches).toBe(0);
    // The quiet zone: 4 modules of white all round.
    for (let i = -4 * cell + 1; i < (modules.size + 4) * cell - 1; i += 2) {
      for (const [x, y] of [[left + i, top - 3 * cell], [left + i, top + (modules.size + 3) * cell], [left - 3 * cell, top + i], [left + (modules.size + 3) * cell, top + i]] as const) {
        expect(dark(x, y)).toBe(false);
      }
    }
  });

  it("is for staff of the issuing unit's jurisdiction only: anyone else finds nothing", async () => {
    const issued = await issueSampleDocument(t.prisma, { unitId: unitOf("pleiku.canbo"), records: records.birth, secret: secret() });
    for (const outsider of ["quynhon.canbo", "iao.canbo", "congan.tinh"]) {
      await expect(getDocumentPdf(actors[outsider]!, issued.id, { db: t.prisma })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getDocumentPdf(actors["pleiku.canbo"]!, "no-such-document", { db: t.prisma })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("verifyDocument", () => {
  it("a genuine document: valid, with masked holder and nothing more; revoked once revoked", async () => {
    const issued = await issueSampleDocument(t.prisma, { unitId: unitOf("pleiku.canbo"), records: records.birth, secret: secret() });
    const result = await verifyDocument(issued.code, { db: t.prisma });
    expect(result).toEqual({ valid: true, status: "valid", kind: "COPY_BIRTH", number: `${issued.number}/2026/TLKS-BS`, issuedOn: "2026-11-28", issuingUnit: "Phường Pleiku", holder: "Vũ M*** T****", signature: null, nationalRegistration: null });
    expect(JSON.stringify(result)).not.toMatch(/001300007731|2000-10-20|20\/10\/2000|Trang/);

    await t.prisma.issuedDocument.update({ where: { id: issued.id }, data: { revokedAt: new Date("2026-12-01T03:00:00Z"), revokeReason: "Cấp nhầm" } });
    expect(await verifyDocument(issued.code, { db: t.prisma })).toMatchObject({ valid: false, status: "revoked", revokedOn: "2026-12-01", number: `${issued.number}/2026/TLKS-BS` });
  });

  it("a marriage names both spouses, masked", async () => {
    const issued = await issueSampleDocument(t.prisma, { unitId: unitOf("pleiku.canbo"), records: records.marriage, secret: secret() });
    expect(await verifyDocument(issued.code, { db: t.prisma })).toMatchObject({ valid: true, holder: "Ksor B* và Rơ M** H'L**" });
  });

  it("content altered after issue is invalid, even with the hash updated to match", async () => {
    const issued = await issueSampleDocument(t.prisma, { unitId: unitOf("pleiku.canbo"), records: records.birth, secret: secret() });
    const altered: DocumentContent = { ...issued.content, holderNames: ["Nguyễn Văn Giả"] };
    await t.prisma.issuedDocument.update({ where: { id: issued.id }, data: { content: altered } });
    expect(await verifyDocument(issued.code, { db: t.prisma })).toEqual({ valid: false });
    await t.prisma.issuedDocument.update({ where: { id: issued.id }, data: { contentHash: contentHash(altered) } });
    expect(await verifyDocument(issued.code, { db: t.prisma })).toEqual({ valid: false });
  });

  it("unknown, forged and malformed codes are invalid, all alike", async () => {
    const issued = await issueSampleDocument(t.prisma, { unitId: unitOf("pleiku.canbo"), records: records.death, secret: secret() });
    const forged = issueVerificationCode("an-attacker-secret-of-sufficient-length-00", contentHash(issued.content));
    const [random] = issued.code.split(".");
    for (const code of [issueVerificationCode(secret(), "f".repeat(64)), forged, `${random}.${"A".repeat(16)}`, "", "x", "../etc", issued.code.toUpperCase()]) {
      expect(await verifyDocument(code, { db: t.prisma })).toEqual({ valid: false });
    }
    // The genuine code under a different key fails too: codes are bound to the server's secret.
    expect(await verifyDocument(issued.code, { db: t.prisma, signingSecret: "another-document-signing-secret-0123456789" })).toEqual({ valid: false });
  });
});

describe("numbers under concurrency", () => {
  it("50 parallel issues get 50 distinct, consecutive numbers", async () => {
    const unitId = unitOf("iao.canbo");
    const issued = await Promise.all(Array.from({ length: 50 }, () => issueSampleDocument(t.prisma, { unitId, records: records.death, secret: secret(), issuedOn: "2027-01-02" })));
    expect(issued.map((d) => d.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await t.prisma.issuedDocument.count({ where: { unitId, kind: "COPY_DEATH", year: 2027 } })).toBe(50);
  });

  it("numbers taken by transactions that roll back are not lost: no gap", async () => {
    const unitId = unitOf("iao.canbo");
    const failed = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        t.prisma.$transaction(async (tx) => {
          await allocateDocumentNumber(tx, unitId, "COPY_ADOPTION", 2027);
          throw new Error("signing failed after numbering");
        }, { maxWait: 60_000, timeout: 60_000 }),
      ),
    );
    expect(failed.every((r) => r.status === "rejected")).toBe(true);
    const got = await t.prisma.$transaction((tx) => allocateDocumentNumber(tx, unitId, "COPY_ADOPTION", 2027));
    expect(got).toMatchObject({ number: 1, symbol: "TLNCN-BS" });
  });

  it("never allocates in the retired generic series COPY_OTHER (TLHT-BS)", async () => {
    await expect(t.prisma.$transaction((tx) => allocateDocumentNumber(tx, unitOf("iao.canbo"), "COPY_OTHER", 2027))).rejects.toThrow(/COPY_OTHER/);
  });

  it("numbers with the forms in force at signing; a later change leaves issued documents as they were", async () => {
    const unitId = unitOf("iao.canbo");
    const before = await issueSampleDocument(t.prisma, { unitId, records: records.death, secret: secret(), issuedOn: "2028-03-02" });
    expect(before.content.series.label).toBe("1/2028/TLKT-BS");
    const forms = { ...DEFAULT_DOCUMENT_FORMS, numberFormat: "N/SYMBOL" as const, forms: { ...DEFAULT_DOCUMENT_FORMS.forms, COPY_DEATH: { title: "TRÍCH LỤC KHAI TỬ", symbol: "TLKTU-BS" } } };
    await t.prisma.setting.upsert({ where: { key: "documentForms" }, create: { key: "documentForms", value: forms }, update: { value: forms } });
    try {
      const after = await issueSampleDocument(t.prisma, { unitId, records: records.death, secret: secret(), issuedOn: "2028-03-02" });
      // The series (unit, kind, year) runs on, whatever the symbol printed.
      expect(after.content.series).toMatchObject({ number: 2, symbol: "TLKTU-BS", label: "2/TLKTU-BS" });
      const rows = await t.prisma.issuedDocument.findMany({ where: { id: { in: [before.id, after.id] } }, orderBy: { number: "asc" }, select: { symbol: true, label: true } });
      expect(rows).toEqual([{ symbol: "TLKT-BS", label: "1/2028/TLKT-BS" }, { symbol: "TLKTU-BS", label: "2/TLKTU-BS" }]);
      expect(await verifyDocument(before.code, { db: t.prisma })).toMatchObject({ valid: true, number: "1/2028/TLKT-BS" });
    } finally {
      await t.prisma.setting.delete({ where: { key: "documentForms" } });
    }
  });
});

describe("rate limits held in the database", () => {
  const rule = { limit: 5, windowSeconds: 60 };
  const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 3, 0, s));

  it("allows `limit` hits per window, then says when to retry; a new window starts afresh", async () => {
    const deps = (s: number) => ({ db: t.prisma, now: at(s) });
    const decisions = [];
    for (let i = 0; i < 6; i++) decisions.push(await consumeRateLimit("test:window", rule, deps(i)));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, false]);
    expect(decisions[5]!.retryAfterSeconds).toBe(55);
    expect(await consumeRateLimit("test:other", rule, deps(5))).toMatchObject({ allowed: true });
    expect(await consumeRateLimit("test:window", rule, deps(61))).toMatchObject({ allowed: true, remaining: 4 });
  });

  it("holds under concurrency: of 40 simultaneous hits exactly the limit pass", async () => {
    const rule30 = { limit: 30, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 40 }, () => consumeRateLimit("test:burst", rule30, { db: t.prisma, now: at(0) })));
    expect(results.filter((r) => r.allowed)).toHaveLength(30);
    const row = await t.prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: "test:burst" } });
    expect(row.count).toBe(40);
  });
});

describe("GET /api/v1/verify/{code}", () => {
  const call = async (code: string, ip: string) => {
    const { GET } = await import("@/app/api/v1/verify/[code]/route");
    return GET(new Request(`http://localhost/api/v1/verify/${code}`, { headers: headersThroughProxy({}, ip, { systemApi: true }) }), { params: Promise.resolve({ code }) });
  };

  it("answers the verdict as JSON, exactly { valid } for an unknown code", async () => {
    const issued = await issueSampleDocument(t.prisma, { unitId: unitOf("pleiku.canbo"), records: records.birth, secret: secret() });
    const ok = await call(issued.code, "198.51.100.1");
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ valid: true, status: "valid", kind: "COPY_BIRTH", number: `${issued.number}/2026/TLKS-BS`, issuedOn: "2026-11-28", issuingUnit: "Phường Pleiku", holder: "Vũ M*** T****", signature: null, nationalRegistration: null });
    const unknown = await call("AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA", "198.51.100.1");
    expect(await unknown.json()).toEqual({ valid: false });
  });

  it("answers 429 with Retry-After after 30 checks a minute from one address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await call("x", "198.51.100.2")).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    const limited = await call("x", "198.51.100.2");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    expect((await call("x", "198.51.100.3")).status).toBe(200);
  });
});
