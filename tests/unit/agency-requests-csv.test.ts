import { describe, it, expect } from "vitest";
import { parsePeopleCsv } from "@/lib/agency-requests/parse-people-csv";
import { personIdWarning } from "@/lib/agency-requests/people";
import { addWorkingDays, workingDaysBetween } from "@/lib/copies/due-time";

const enc = (s: string) => new TextEncoder().encode(s);
const TODAY = "2026-11-28";

describe("parsePeopleCsv", () => {
  it("accepts headers with diacritics and spaces, any column order, quoted line breaks", () => {
    const csv = 'Ghi chú,Họ tên,Ngày sinh,Số định danh\r\n"dòng một\r\ndòng hai",Ksor Bơ,02/08/1995,\r\n,,,064198004512\r\n';
    const parsed = parsePeopleCsv(enc(csv), TODAY, 10);
    expect(parsed).toEqual({
      ok: true,
      people: [
        { personalId: null, fullName: "Ksor Bơ", dateOfBirth: "1995-08-02", note: "dòng một dòng hai" },
        { personalId: "064198004512", fullName: null, dateOfBirth: null, note: null },
      ],
    });
  });

  it("numbers lines as the file does, quoted line breaks included, and skips blank lines", () => {
    const csv = 'so_dinh_danh,ghi_chu\n064198004512,"a\nb"\n\n1234,\n';
    const parsed = parsePeopleCsv(enc(csv), TODAY, 10);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.lineErrors).toEqual(["Dòng 5: Số định danh cá nhân gồm đúng 12 chữ số."]);
  });

  it("refuses future dates (an ID disagreeing with the date of birth is a warning, below)", () => {
    const csv = "so_dinh_danh,ngay_sinh\n064198004512,12/03/1999\n,\nx,01/01/2030\n";
    const parsed = parsePeopleCsv(enc(csv), TODAY, 10);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.lineErrors.map((l) => l.slice(0, 7))).toEqual(["Dòng 4:"]);
  });

  it("refuses more rows than allowed before checking them", () => {
    const parsed = parsePeopleCsv(enc("so_dinh_danh\n064198004512\n064095001873\n064221000657\n"), TODAY, 2);
    expect(parsed).toMatchObject({ ok: false, error: "Một yêu cầu nêu tối đa 2 người; hãy tách thành nhiều yêu cầu." });
  });
});

describe("working days", () => {
  const holidays = ["2026-09-01", "2026-09-02"];
  it("adds working days after a day, skipping weekends and holidays", () => {
    expect(addWorkingDays("2026-08-28", 1, holidays)).toBe("2026-08-31");
    expect(addWorkingDays("2026-08-31", 1, holidays)).toBe("2026-09-03");
    expect(addWorkingDays("2026-08-28", 5, holidays)).toBe("2026-09-08");
  });
  it("counts working days between two days", () => {
    expect(workingDaysBetween("2026-08-28", "2026-08-28", holidays)).toBe(0);
    expect(workingDaysBetween("2026-08-28", "2026-09-03", holidays)).toBe(2);
    expect(workingDaysBetween("2026-09-03", "2026-08-28", holidays)).toBe(0);
  });
});

describe("parsePeopleCsv: an ID that disagrees with the date of birth", () => {
  it("imports every row and warns on the one whose ID year disagrees, never refusing the file", () => {
    const csv = "so_dinh_danh,ho_ten,ngay_sinh\n064198004512,Rơ Mah H'Lan,12/03/1998\n052079005518,Lê Văn Tám,1980\n418205001234,Siu H'Nga,05/06/2005\n";
    const parsed = parsePeopleCsv(enc(csv), TODAY, 10);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.people.map((p) => p.personalId)).toEqual(["064198004512", "052079005518", "418205001234"]);
    expect(parsed.people.map(personIdWarning)).toEqual([null, "Số định danh cho năm sinh 1979, không khớp năm sinh 1980 đã nhập.", null]);
  });
  it("still reports a structurally invalid ID at its line", () => {
    const parsed = parsePeopleCsv(enc("so_dinh_danh,ngay_sinh\n999198004512,12/03/1998\n064198004512,12/03/1999\n"), TODAY, 10);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.lineErrors).toEqual(["Dòng 2: Ba chữ số đầu (999) không phải mã tỉnh hoặc mã quốc gia nơi đăng ký khai sinh."]);
  });
});
