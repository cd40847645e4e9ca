import { beforeAll, describe, expect, it } from "vitest";
import { loadSampleRecords, sampleContent, sampleIssue, type SampleRecords } from "@/lib/bench/documents";
import { checkVerificationCode, isWellFormedCode, issueVerificationCode, verifyUrlFor } from "@/lib/documents/codes";
import { buildCopyContent, contentHash, documentKindFor, ZDocumentContent, type DocumentContent } from "@/lib/documents/content";
import { issuingBodyLines, placeOfIssue, signerTitleLines } from "@/lib/documents/letterhead";
import { maskName } from "@/lib/documents/mask-name";
import { dateInWords, numberToWords, partialDateText, placeDateLine } from "@/lib/documents/vn-words";

let records: SampleRecords;
beforeAll(async () => {
  records = await loadSampleRecords(200);
});

/** Every "label: value" of a content's field rows, in order. */
const fields = (c: DocumentContent) => c.body.flatMap((b) => (b.type === "fields" ? b.rows.flat() : []));
const field = (c: DocumentContent, label: string) => fields(c).find((f) => f.label === label)?.value;
const paragraphs = (c: DocumentContent) => c.body.flatMap((b) => (b.type === "paragraph" ? [b.text] : []));

describe("Vietnamese numbers and dates in words", () => {
  it.each([
    [0, "không"], [5, "năm"], [10, "mười"], [11, "mười một"], [15, "mười lăm"], [20, "hai mươi"], [21, "hai mươi mốt"],
    [24, "hai mươi bốn"], [25, "hai mươi lăm"], [31, "ba mươi mốt"], [105, "một trăm linh năm"], [115, "một trăm mười lăm"],
    [1979, "một nghìn chín trăm bảy mươi chín"], [1998, "một nghìn chín trăm chín mươi tám"], [2000, "hai nghìn"],
    [2001, "hai nghìn không trăm linh một"], [2010, "hai nghìn không trăm mười"], [2024, "hai nghìn không trăm hai mươi bốn"],
    [2105, "hai nghìn một trăm linh năm"],
  ])("%i → %s", (n, words) => expect(numberToWords(n)).toBe(words));

  it("refuses what dates never need", () => {
    expect(() => numberToWords(10_000)).toThrow(RangeError);
    expect(() => numberToWords(1.5)).toThrow(RangeError);
  });

  it("writes a date as the papers do, keeping a legacy record's precision", () => {
    expect(dateInWords("1998-03-12")).toBe("Mười hai tháng ba năm một nghìn chín trăm chín mươi tám");
    expect(dateInWords("2000-10-20")).toBe("Hai mươi tháng mười năm hai nghìn");
    expect(dateInWords("2024-11-05")).toBe("Mồng năm tháng mười một năm hai nghìn không trăm hai mươi bốn");
    expect(dateInWords("1987-04-23")).toBe("Hai mươi ba tháng tư năm một nghìn chín trăm tám mươi bảy");
    expect(dateInWords("1950-01-01")).toBe("Mồng một tháng một năm một nghìn chín trăm năm mươi");
    expect(dateInWords("1979-01")).toBe("Tháng một năm một nghìn chín trăm bảy mươi chín");
    expect(dateInWords("1979")).toBe("Năm một nghìn chín trăm bảy mươi chín");
  });

  it("prints partial dates as they are, and the place-date line with Annex I's zeros", () => {
    expect(partialDateText("1998-03-12")).toBe("12/03/1998");
    expect(partialDateText("1979-01")).toBe("tháng 01 năm 1979");
    expect(partialDateText("1979")).toBe("năm 1979");
    expect(placeDateLine("Pleiku", "2026-11-28")).toBe("Pleiku, ngày 28 tháng 11 năm 2026");
    expect(placeDateLine("Ia O", "2026-02-05")).toBe("Ia O, ngày 05 tháng 02 năm 2026");
    expect(placeDateLine("Ia O", "2026-03-15")).toBe("Ia O, ngày 15 tháng 3 năm 2026");
  });
});

describe("maskName", () => {
  it.each([
    ["Rơ Mah H'Lan", "Rơ M** H'L**"],
    ["Vũ Minh Trang", "Vũ M*** T****"],
    ["Ksor Bơ", "Ksor B*"],
    ["Nguyễn Thị Hồng", "Nguyễn T** H***"],
    ["  Đinh   Văn Thuk ", "Đinh V** T***"],
    ["Siu", "Siu"],
    ["", ""],
  ])("%s → %s", (name, masked) => expect(maskName(name)).toBe(masked));

  it("counts letters, not bytes, whatever the Unicode form", () => {
    expect(maskName("Lê Văn Tâm".normalize("NFD"))).toBe("Lê V** T**");
  });
});

describe("letterhead", () => {
  it("names the issuing body and the place as Annex I writes them", () => {
    expect(issuingBodyLines("Phường Pleiku")).toEqual(["UBND PHƯỜNG PLEIKU"]);
    expect(issuingBodyLines("Xã Ia O")).toEqual(["UBND XÃ IA O"]);
    expect(issuingBodyLines("Sở Tư pháp tỉnh Gia Lai")).toEqual(["UBND TỈNH GIA LAI", "SỞ TƯ PHÁP"]);
    expect(placeOfIssue("Phường Pleiku")).toBe("Pleiku");
    expect(placeOfIssue("Sở Tư pháp tỉnh Gia Lai")).toBe("Gia Lai");
    expect(signerTitleLines("Phó Chủ tịch")).toEqual(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
    expect(signerTitleLines("Chủ tịch")).toEqual(["CHỦ TỊCH"]);
    expect(signerTitleLines("Phó Chủ tịch", "TM. Ủy ban nhân dân")).toEqual(["TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"]);
  });
});

describe("document content", () => {
  it("maps record types to series", () => {
    expect(["BIRTH", "MARRIAGE", "DEATH", "PARENTAGE", "GUARDIANSHIP", "CHANGE_CORRECTION", "DIVORCE", "ADOPTION"].map((t) => documentKindFor(t as never))).toEqual([
      "COPY_BIRTH", "COPY_MARRIAGE", "COPY_DEATH", "COPY_PARENTAGE", "COPY_GUARDIANSHIP", "COPY_CHANGE_CORRECTION", "COPY_DIVORCE", "COPY_ADOPTION",
    ]);
  });

  it("a birth copy of P11 Vũ Minh Trang: the extract's fields, parents, and the Hà Nội authority as named then", () => {
    const c = sampleContent(records.birth, 15);
    expect(ZDocumentContent.parse(c)).toEqual(c);
    expect(c).toMatchObject({ kind: "COPY_BIRTH", title: "TRÍCH LỤC KHAI SINH", subtitle: "(BẢN SAO)", series: { number: 15, symbol: "TLKS-BS", year: 2026, label: "15/2026/TLKS-BS" } });
    expect(c.issuer).toEqual({ unitName: "Phường Pleiku", unitCode: "23575", headerLines: ["UBND PHƯỜNG PLEIKU"], placeDate: "Pleiku, ngày 28 tháng 11 năm 2026" });
    expect(c.signer).toEqual({ name: "Nguyễn Văn Bình", titleLines: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] });
    expect(field(c, "Họ, chữ đệm, tên")).toBe("VŨ MINH TRANG");
    expect(field(c, "Ngày, tháng, năm sinh")).toBe("20/10/2000");
    expect(field(c, "Ghi bằng chữ")).toBe("Hai mươi tháng mười năm hai nghìn");
    expect([field(c, "Giới tính"), field(c, "Dân tộc"), field(c, "Quốc tịch")]).toEqual(["Nữ", "Kinh", "Việt Nam"]);
    expect([field(c, "Nơi sinh"), field(c, "Quê quán"), field(c, "Số định danh cá nhân")]).toEqual(["Bệnh viện Phụ sản Hà Nội", "Ba Đình, Hà Nội", "001300007731"]);
    expect(field(c, "Họ, chữ đệm, tên người mẹ")).toBe("Đặng Thu Hà");
    expect(field(c, "Họ, chữ đệm, tên người cha")).toBe("Vũ Đức Thành");
    expect(paragraphs(c)).toContain("Đăng ký khai sinh ngày 30/10/2000 tại UBND phường Trúc Bạch, quận Ba Đình, thành phố Hà Nội, số 356, quyển số 01/2000.");
    // Registered outside the province: no Gia Lai unit holds the register.
    expect(field(c, "Đơn vị hiện quản lý sổ hộ tịch")).toBeUndefined();
    expect(field(c, "Ghi chú")).toBe("—");
    expect(c).toMatchObject({ holderNames: ["Vũ Minh Trang"], recordIds: ["HT-KS-R10"] });
  });

  it("a marriage copy names both spouses under their headings", () => {
    const c = sampleContent(records.marriage, 2);
    expect(c).toMatchObject({ kind: "COPY_MARRIAGE", title: "TRÍCH LỤC KẾT HÔN", series: { label: "2/2026/TLKH-BS" }, holderNames: ["Ksor Bơ", "Rơ Mah H'Lan"] });
    expect(c.body.filter((b) => b.type === "heading").map((b) => (b.type === "heading" ? b.text : ""))).toEqual(["Bên chồng", "Bên vợ"]);
    expect(fields(c).filter((f) => f.label === "Họ, chữ đệm, tên").map((f) => f.value)).toEqual(["KSOR BƠ", "RƠ MAH H'LAN"]);
    expect(paragraphs(c)).toContain("Đăng ký kết hôn ngày 15/06/2019 tại UBND thị trấn Ia Kha, huyện Ia Grai, tỉnh Gia Lai, số 12, quyển số 01/2019.");
    expect(field(c, "Đơn vị hiện quản lý sổ hộ tịch")).toBe("Xã Ia Grai");
  });

  it("a death copy carries the death facts", () => {
    const c = sampleContent(records.death, 3);
    expect(c).toMatchObject({ kind: "COPY_DEATH", title: "TRÍCH LỤC KHAI TỬ", series: { label: "3/2026/TLKT-BS" } });
    expect(field(c, "Họ, chữ đệm, tên")).toBe("ĐINH VĂN THUK");
    expect(field(c, "Đã chết vào lúc")).toBe("04 giờ 30 phút, ngày 05/11/2024");
    expect(field(c, "Giấy tờ tùy thân")).toBe("Căn cước công dân số 064050000412");
    expect(field(c, "Nơi cư trú cuối cùng")).toBe("Làng Kon Pne, Xã Đak Rong, Tỉnh Gia Lai");
    expect(field(c, "Ghi bằng chữ")).toBe("Mồng năm tháng mười một năm hai nghìn không trăm hai mươi bốn");
    expect(field(c, "Nơi chết")).toBe("Làng Kon Pne, xã Kon Pne, huyện KBang, tỉnh Gia Lai");
    expect(field(c, "Nguyên nhân chết")).toBe("Bệnh già");
    expect(paragraphs(c)).toContain("Đăng ký khai tử ngày 12/11/2024 tại UBND xã Kon Pne, huyện KBang, tỉnh Gia Lai, số 08, quyển số 01/2024.");
  });

  it("a legacy 1979 record keeps its partial date and its missing ID as they are", () => {
    const c = sampleContent(records.legacyBirth, 4);
    expect(field(c, "Họ, chữ đệm, tên")).toBe("LÊ VĂN TÂM");
    expect(field(c, "Ngày, tháng, năm sinh")).toBe("tháng 01 năm 1979");
    expect(field(c, "Ghi bằng chữ")).toBe("Tháng một năm một nghìn chín trăm bảy mươi chín");
    expect(field(c, "Số định danh cá nhân")).toBe("—");
    expect(paragraphs(c)).toContain("Đăng ký khai sinh ngày 10/02/1979 tại UBND xã Nhơn Hậu, huyện An Nhơn, tỉnh Nghĩa Bình, số 112, quyển số 01/1979.");
  });

  it("a confirmation numbers the person's events and says what it is for", () => {
    const c = sampleContent(records.confirmation, 7);
    expect(c).toMatchObject({ kind: "CONFIRMATION", title: "VĂN BẢN XÁC NHẬN THÔNG TIN HỘ TỊCH", subtitle: null, series: { label: "7/2026/XNHT" }, holderNames: ["Rơ Mah H'Lan"] });
    expect(paragraphs(c)[0]).toBe("UBND phường Pleiku xác nhận thông tin hộ tịch của Rơ Mah H'Lan, sinh ngày 12/03/1998, theo Cơ sở dữ liệu hộ tịch điện tử, như sau:");
    expect(c.body.filter((b) => b.type === "heading" && /^\d\./.test(b.text)).map((b) => (b.type === "heading" ? b.text : ""))).toEqual(["1. Khai sinh", "2. Kết hôn", "3. Khai sinh"]);
    expect(paragraphs(c).at(-1)).toBe("Văn bản này được cấp để: Bổ sung hồ sơ đăng ký kết hôn.");
    expect(c.recordIds).toEqual(["HT-KS-R1", "HT-KH-R2", "HT-KS-R3"]);
  });

  it("refuses a number of another year or series, and a record copied as the wrong kind", () => {
    const issue = sampleIssue(1, "COPY_BIRTH");
    expect(() => buildCopyContent({ ...issue, year: 2025, record: records.birth, kind: "COPY_BIRTH", currentHolderName: null })).toThrow(/year/);
    expect(() => buildCopyContent({ ...issue, symbol: "TLKH-BS", record: records.birth, kind: "COPY_BIRTH", currentHolderName: null })).toThrow(/symbol/);
    expect(() => buildCopyContent({ ...issue, record: records.death, kind: "COPY_BIRTH", currentHolderName: null })).toThrow(/not copied/);
  });

  it("hashes canonically: key order does not matter, any value does", () => {
    const c = sampleContent(records.birth, 1);
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(c).reverse()))) as DocumentContent;
    expect(contentHash(reordered)).toBe(contentHash(c));
    expect(contentHash(c)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ ...c, series: { ...c.series, number: 2 } })).not.toBe(contentHash(c));
  });
});

describe("verification codes", () => {
  const secret = "a-test-document-signing-secret-0123456789";
  const hash = "ab".repeat(32);

  it("a code verifies for its secret and content hash only", () => {
    const code = issueVerificationCode(secret, hash);
    expect(code).toMatch(/^[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{16}$/);
    expect(isWellFormedCode(code)).toBe(true);
    expect(checkVerificationCode(secret, code, hash)).toBe(true);
    expect(checkVerificationCode(secret, code, "cd".repeat(32))).toBe(false); // content altered
    expect(checkVerificationCode(`${secret}x`, code, hash)).toBe(false); // another key
  });

  it("forged, tampered, random and malformed codes fail", () => {
    const code = issueVerificationCode(secret, hash);
    const [random, mac] = code.split(".") as [string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
    expect(checkVerificationCode(secret, `${flip(random, 3)}.${mac}`, hash)).toBe(false);
    expect(checkVerificationCode(secret, `${random}.${flip(mac, 15)}`, hash)).toBe(false);
    expect(checkVerificationCode(secret, issueVerificationCode("another-secret-of-enough-length-000000", hash), hash)).toBe(false);
    for (let i = 0; i < 50; i++) {
      const guess = `${issueVerificationCode(secret, hash).split(".")[0]}.${"A".repeat(16)}`;
      expect(checkVerificationCode(secret, guess, hash)).toBe(false);
    }
    for (const junk of ["", "abc", `${code}x`, code.replace(".", ""), `${random}.${mac.slice(1)}`, "../../etc/passwd", `${random}!${mac}`]) {
      expect(checkVerificationCode(secret, junk, hash)).toBe(false);
    }
  });

  it("codes are unique and carry at least 96 random bits", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => issueVerificationCode(secret, hash).split(".")[0]));
    expect(codes.size).toBe(2000);
    expect(Buffer.from([...codes][0]!, "base64url")).toHaveLength(12);
  });

  it("the QR code opens the public page", () => {
    expect(verifyUrlFor("abc.def", "https://hotich.gialai.gov.vn")).toBe("https://hotich.gialai.gov.vn/verify/abc.def");
    expect(verifyUrlFor("abc.def")).toMatch(/^http:\/\/localhost:\d+\/verify\/abc\.def$/);
  });
});
