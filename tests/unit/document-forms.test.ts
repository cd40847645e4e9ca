import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { CivilRecord, EventType } from "@/lib/adapters/civil-registry/port";
import { generateDataset, type MockDataset } from "@/mock-national/data";
import { idString } from "@/mock-national/data/ids";
import { settingFromForm } from "@/lib/admin/settings/save-setting";
import { settingPage } from "@/lib/admin/settings/fields";
import { sampleContent, sampleIssue } from "@/lib/bench/documents";
import { buildCopyContent, documentKindFor, type DocumentContent } from "@/lib/documents/content";
import { COPY_KINDS, DEFAULT_DOCUMENT_FORMS, ZDocumentForms, printedNumber, seriesLabel, seriesSymbol, type DocumentForms } from "@/lib/documents/forms";
import { wrapUrl } from "@/lib/documents/pdf/footer";
import { identityPaperText, timeOfDeathText } from "@/lib/documents/record-blocks";
import { renderDocumentPdf } from "@/lib/documents/render-document-pdf";
import { SETTINGS } from "@/lib/settings/settings";

// One form per event kind (issue #14, point 1) and the printed verification address (point 9).

const run = promisify(execFile);
const VERIFY_URL = "https://hotich.gialai.gov.vn/verify/abcdefghijklmnop.qrstuvwxyzABCDEF";

let ds: MockDataset;
/** A born-digital record of each event kind (the reference R2 and R5 for marriage and death). */
const samples = {} as Record<EventType, CivilRecord>;
beforeAll(() => {
  ds = generateDataset({ people: 3_000 });
  samples.MARRIAGE = ds.record(ds.recordIndex("HT-KH-R2"));
  samples.DEATH = ds.record(ds.recordIndex("HT-KT-R5"));
  for (let r = 10; r < ds.records.count; r++) {
    const rec = ds.record(r);
    if (rec.origin === "born-digital" && !samples[rec.type]) samples[rec.type] = rec;
  }
});

const fields = (c: DocumentContent) => c.body.flatMap((b) => (b.type === "fields" ? b.rows.flat() : []));
const field = (c: DocumentContent, label: string) => fields(c).find((f) => f.label === label)?.value;
const headings = (c: DocumentContent) => c.body.flatMap((b) => (b.type === "heading" ? [b.text] : []));

const EXPECTED: Record<EventType, { kind: string; title: string; symbol: string }> = {
  BIRTH: { kind: "COPY_BIRTH", title: "TRÍCH LỤC KHAI SINH", symbol: "TLKS-BS" },
  MARRIAGE: { kind: "COPY_MARRIAGE", title: "TRÍCH LỤC KẾT HÔN", symbol: "TLKH-BS" },
  DEATH: { kind: "COPY_DEATH", title: "TRÍCH LỤC KHAI TỬ", symbol: "TLKT-BS" },
  PARENTAGE: { kind: "COPY_PARENTAGE", title: "TRÍCH LỤC ĐĂNG KÝ NHẬN CHA, MẸ, CON", symbol: "TLNCMC-BS" },
  GUARDIANSHIP: { kind: "COPY_GUARDIANSHIP", title: "TRÍCH LỤC ĐĂNG KÝ GIÁM HỘ", symbol: "TLGH-BS" },
  CHANGE_CORRECTION: { kind: "COPY_CHANGE_CORRECTION", title: "TRÍCH LỤC THAY ĐỔI, CẢI CHÍNH HỘ TỊCH, XÁC ĐỊNH LẠI DÂN TỘC, BỔ SUNG THÔNG TIN HỘ TỊCH", symbol: "TLTDCC-BS" },
  DIVORCE: { kind: "COPY_DIVORCE", title: "TRÍCH LỤC GHI VÀO SỔ HỘ TỊCH VIỆC LY HÔN, HỦY VIỆC KẾT HÔN", symbol: "TLLH-BS" },
  ADOPTION: { kind: "COPY_ADOPTION", title: "TRÍCH LỤC ĐĂNG KÝ NUÔI CON NUÔI", symbol: "TLNCN-BS" },
};
const TYPES = Object.keys(EXPECTED) as EventType[];

describe("one form per event kind", () => {
  it.each(TYPES)("%s: its own series, title, subtitle and symbol; never the generic TLHT-BS", (type) => {
    const e = EXPECTED[type];
    expect(documentKindFor(type)).toBe(e.kind);
    const c = sampleContent(samples[type], 470, "2025-12-01");
    expect(c).toMatchObject({ kind: e.kind, title: e.title, subtitle: "(BẢN SAO)", series: { number: 470, year: 2025, symbol: e.symbol, label: `470/2025/${e.symbol}` } });
    expect(c.title).not.toBe("TRÍCH LỤC HỘ TỊCH");
  });

  it("the default forms: eight distinct symbols, the year in the number", () => {
    expect(ZDocumentForms.parse(DEFAULT_DOCUMENT_FORMS)).toEqual(DEFAULT_DOCUMENT_FORMS);
    expect(new Set(COPY_KINDS.map((k) => seriesSymbol(DEFAULT_DOCUMENT_FORMS, k))).size).toBe(8);
    expect(seriesSymbol(DEFAULT_DOCUMENT_FORMS, "CONFIRMATION")).toBe("XNHT");
    expect(SETTINGS.documentForms.defaults.numberFormat).toBe("N/YYYY/SYMBOL");
  });

  it("writes the number with or without the year, as the setting says", () => {
    expect(seriesLabel("N/YYYY/SYMBOL", 470, 2025, "TLKT-BS")).toBe("470/2025/TLKT-BS");
    expect(seriesLabel("N/SYMBOL", 470, 2025, "TLKT-BS")).toBe("470/TLKT-BS");
    const noYear: DocumentForms = { ...DEFAULT_DOCUMENT_FORMS, numberFormat: "N/SYMBOL" };
    expect(sampleContent(samples.DEATH, 470, "2025-12-01", noYear).series.label).toBe("470/TLKT-BS");
    // A document stored before the label column printed number/symbol.
    expect(printedNumber({ number: 15, symbol: "TLHT-BS", label: null })).toBe("15/TLHT-BS");
    expect(printedNumber({ number: 15, symbol: "TLKS-BS", label: "15/2026/TLKS-BS" })).toBe("15/2026/TLKS-BS");
  });

  it("takes title and symbol from the forms in force at signing, and refuses a symbol that is not", () => {
    const forms: DocumentForms = { ...DEFAULT_DOCUMENT_FORMS, forms: { ...DEFAULT_DOCUMENT_FORMS.forms, COPY_ADOPTION: { title: "TRÍCH LỤC NUÔI CON NUÔI", symbol: "TLNUOI-BS" } } };
    const c = sampleContent(samples.ADOPTION, 3, "2026-11-28", forms);
    expect(c).toMatchObject({ title: "TRÍCH LỤC NUÔI CON NUÔI", series: { symbol: "TLNUOI-BS", label: "3/2026/TLNUOI-BS" } });
    const issue = sampleIssue(3, "COPY_ADOPTION");
    expect(() => buildCopyContent({ ...issue, forms, record: samples.ADOPTION, kind: "COPY_ADOPTION", currentHolderName: null })).toThrow(/symbol/);
    expect(() => buildCopyContent({ ...sampleIssue(3, "COPY_OTHER"), record: samples.ADOPTION, kind: "COPY_OTHER", currentHolderName: null })).toThrow(/not copied/);
  });

  it("the setting refuses a malformed or shared symbol and an unknown number format", () => {
    const page = settingPage("documentForms")!;
    const form = Object.fromEntries(page.fields.map((f) => [f.path, f.path === "numberFormat" ? DEFAULT_DOCUMENT_FORMS.numberFormat : f.path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], DEFAULT_DOCUMENT_FORMS) as string]));
    expect(ZDocumentForms.parse(settingFromForm(page, form).value)).toEqual(DEFAULT_DOCUMENT_FORMS);
    const bad = (patch: Record<string, string>) => ZDocumentForms.safeParse(settingFromForm(page, { ...form, ...patch }).value);
    expect(bad({ "forms.COPY_DIVORCE.symbol": "TLKS-BS" }).error?.issues[0]?.path).toEqual(["forms", "COPY_DIVORCE", "symbol"]);
    expect(bad({ "forms.COPY_DIVORCE.symbol": "TLHT-BS" }).success).toBe(false);
    expect(bad({ "forms.COPY_DIVORCE.symbol": "tl lh" }).success).toBe(false);
    expect(bad({ numberFormat: "YYYY/N" }).success).toBe(false);
    // Every title and symbol is on the page, the five undocumented symbols marked (to confirm).
    expect(page.fields.length).toBe(1 + 2 * COPY_KINDS.length);
    expect(page.fields.filter((f) => f.hint?.includes("cần xác nhận")).map((f) => f.path)).toEqual(
      ["COPY_PARENTAGE", "COPY_GUARDIANSHIP", "COPY_CHANGE_CORRECTION", "COPY_DIVORCE", "COPY_ADOPTION"].map((k) => `forms.${k}.symbol`),
    );
  });
});

describe("the fields of each form", () => {
  it("marriage: each spouse's nationality, residence and identity paper, as the population database knows them", () => {
    const c = sampleContent(samples.MARRIAGE, 1);
    expect(headings(c)).toEqual(["Bên chồng", "Bên vợ"]);
    const rows = fields(c);
    expect(rows.filter((f) => f.label === "Quốc tịch").map((f) => f.value)).toEqual(["Việt Nam", "Việt Nam"]);
    expect(rows.filter((f) => f.label === "Nơi cư trú").map((f) => f.value)).toEqual(["Làng Ia Kha, Xã Ia Grai, Tỉnh Gia Lai", "Làng Ia Kha, Xã Ia Grai, Tỉnh Gia Lai"]);
    expect(rows.filter((f) => f.label === "Giấy tờ tùy thân").map((f) => f.value)).toEqual(["Căn cước công dân số 064095001873", "Căn cước công dân số 064198004512"]);
  });

  it("death: time of death in hours and minutes, identity paper, last residence", () => {
    const c = sampleContent(samples.DEATH, 1);
    expect(field(c, "Đã chết vào lúc")).toBe("04 giờ 30 phút, ngày 05/11/2024");
    expect(field(c, "Giấy tờ tùy thân")).toBe("Căn cước công dân số 064050000412");
    expect(field(c, "Nơi cư trú cuối cùng")).toBe("Làng Kon Pne, Xã Đak Rong, Tỉnh Gia Lai");
    expect(timeOfDeathText({ dateOfDeath: "1979-01", timeOfDeath: null, placeOfDeath: null, causeOfDeath: null })).toBe("— giờ — phút, tháng 01 năm 1979");
    expect(identityPaperText({ kind: "CMND", number: "230456789", issuedOn: "2005-03-02", issuedBy: "Công an tỉnh Gia Lai" })).toBe("Chứng minh nhân dân số 230456789, cấp ngày 02/03/2005, nơi cấp: Công an tỉnh Gia Lai");
    expect(identityPaperText(null)).toBeNull();
  });

  it("parentage: who recognises and who is recognised, and the relation", () => {
    const c = sampleContent(samples.PARENTAGE, 1);
    expect(headings(c)).toEqual(["Người nhận", "Người được nhận"]);
    expect(field(c, "Quan hệ giữa người nhận và người được nhận")).toBe("Cha - con");
    expect(fields(c).filter((f) => f.label === "Họ, chữ đệm, tên").map((f) => f.value)).toEqual([samples.PARENTAGE.related[0]!.fullName.toLocaleUpperCase("vi"), samples.PARENTAGE.subject!.fullName.toLocaleUpperCase("vi")]);
  });

  it("guardianship: guardian and ward; change/correction: the person, from what to what, the basis", () => {
    expect(headings(sampleContent(samples.GUARDIANSHIP, 1))).toEqual(["Người giám hộ", "Người được giám hộ"]);
    const c = sampleContent(samples.CHANGE_CORRECTION, 1);
    expect(headings(c)).toEqual(["Người được thay đổi, cải chính, bổ sung thông tin hộ tịch"]);
    expect(field(c, "Loại việc")).toMatch(/^(Cải chính|Xác định lại dân tộc|Bổ sung)$/);
    expect(field(c, "Thông tin sau khi thay đổi, cải chính, bổ sung")).not.toBe("—");
    expect(field(c, "Căn cứ")).toMatch(/^Tờ khai/);
  });

  it("divorce note: both spouses and the judgment (number, date, court); adoption: adoptive parents and the child", () => {
    const d = sampleContent(samples.DIVORCE, 1);
    expect(headings(d)).toEqual(["Bên chồng", "Bên vợ"]);
    expect(field(d, "Bản án, quyết định của Tòa án")).toMatch(/^Bản án số \d+\/\d{4}\/HNGĐ-ST ngày \d{2}\/\d{2}\/\d{4} của Tòa án nhân dân /);
    expect(headings(sampleContent(samples.ADOPTION, 1))).toEqual(["Cha nuôi", "Mẹ nuôi", "Con nuôi"]);
  });
});

describe("the mock registry carries what real records carry", () => {
  it("spouses have nationality and residence; identity papers agree with the population database; deaths have a time", () => {
    let marriages = 0, withPaper = 0, deaths = 0, timed = 0, bornDigitalDeaths = 0;
    for (let r = 10; r < ds.records.count; r++) {
      const rec = ds.record(r);
      if (rec.spouses) {
        marriages++;
        for (const [role, p] of [[0, rec.spouses.husband], [1, rec.spouses.wife]] as const) {
          expect(p.nationality).toBe("Việt Nam");
          expect(p.residence).toBeTruthy();
          if (!p.identityPaper) continue;
          withPaper++;
          const person = role === 0 ? ds.records.subj[r]! : ds.records.other[r]!;
          // A Căn cước's number is the personal ID the population database holds.
          if (p.identityPaper.kind !== "CMND") expect(p.identityPaper.number).toBe(idString(ds.people.pid[person]!));
          else expect(p.identityPaper.number).toMatch(/^2[13]\d{7}$/);
        }
      }
      if (rec.type === "DEATH" && rec.death) {
        deaths++;
        if (rec.death.timeOfDeath) timed++;
        if (rec.origin === "born-digital") {
          bornDigitalDeaths++;
          expect(rec.death.timeOfDeath).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        }
      }
    }
    expect(marriages).toBeGreaterThan(100);
    expect(withPaper / (2 * marriages)).toBeGreaterThan(0.5);
    expect(bornDigitalDeaths).toBeGreaterThan(5);
    // Some digitised pages lack the time: realistic, printed "— giờ — phút".
    expect(timed).toBeLessThan(deaths);
  });
});

describe("the printed verification address", () => {
  it("breaks a long URL after a slash so the code stays whole", async () => {
    const { PDFDocument, StandardFonts } = await import("pdf-lib");
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    expect(wrapUrl(font, VERIFY_URL, 8.5, 180)).toEqual(["https://hotich.gialai.gov.vn/verify/", "abcdefghijklmnop.qrstuvwxyzABCDEF"]);
    expect(wrapUrl(font, "https://a.vn/verify/x", 8.5, 180)).toEqual(["https://a.vn/verify/x"]);
    expect(wrapUrl(font, "x".repeat(200), 8.5, 180).join("")).toBe("x".repeat(200));
  });
});

/** The PDF's text as pdftotext -layout extracts it, whitespace folded. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const child = run("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"], { encoding: "utf8" });
  child.child.stdin!.end(Buffer.from(bytes));
  return (await child).stdout.replace(/\s+/g, " ");
}

describe("the PDF of each event kind (pdftotext)", () => {
  it.each(TYPES)("%s", async (type) => {
    const e = EXPECTED[type];
    const c = sampleContent(samples[type], 470, "2025-12-01");
    const text = await pdfText(await renderDocumentPdf(c, { verifyUrl: VERIFY_URL }));
    // A long title wraps; compare it folded.
    for (const s of [e.title, "(BẢN SAO)", `Số: 470/2025/${e.symbol}`, "Quét mã để kiểm tra tính hợp lệ"]) expect(text).toContain(s);
    // The full address, as printed (the URL may break after "/verify/").
    expect(text.replace(/verify\/ /, "verify/")).toContain(VERIFY_URL);
    const keys: Partial<Record<EventType, string[]>> = {
      MARRIAGE: ["Bên chồng", "Bên vợ", "Quốc tịch: Việt Nam", "Nơi cư trú: Làng Ia Kha, Xã Ia Grai, Tỉnh Gia Lai", "Giấy tờ tùy thân: Căn cước công dân số 064095001873", "Giấy tờ tùy thân: Căn cước công dân số 064198004512"],
      DEATH: ["Đã chết vào lúc: 04 giờ 30 phút, ngày 05/11/2024", "Giấy tờ tùy thân: Căn cước công dân số 064050000412", "Nơi chết:", "Nguyên nhân chết: Bệnh già"],
      PARENTAGE: ["Người nhận", "Người được nhận", "Quan hệ giữa người nhận và người được nhận: Cha - con"],
      GUARDIANSHIP: ["Người giám hộ", "Người được giám hộ", "Loại giám hộ:"],
      CHANGE_CORRECTION: ["Người được thay đổi, cải chính, bổ sung thông tin hộ tịch", "Loại việc:", "Căn cứ: Tờ khai"],
      DIVORCE: ["Bên chồng", "Bên vợ", "Bản án, quyết định của Tòa án: Bản án số"],
      ADOPTION: ["Cha nuôi", "Mẹ nuôi", "Con nuôi"],
      BIRTH: ["Họ, chữ đệm, tên người mẹ", "Ghi bằng chữ"],
    };
    for (const s of keys[type] ?? []) expect(text).toContain(s);
  });
});
