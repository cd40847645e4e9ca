import { describe, expect, it } from "vitest";
import { asciiFileName, contentDisposition } from "@/lib/http/content-disposition";

describe("download file names", () => {
  it("folds Vietnamese to an ASCII fallback and keeps the UTF-8 name in filename*", () => {
    const name = "Bản sao trích lục khai sinh 12-2026-TLKS-BS.pdf";
    expect(asciiFileName(name)).toBe("Ban-sao-trich-luc-khai-sinh-12-2026-TLKS-BS.pdf");
    const header = contentDisposition(name);
    expect(header).toBe(`attachment; filename="Ban-sao-trich-luc-khai-sinh-12-2026-TLKS-BS.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe(name);
  });

  it("đ and Đ become d and D; slashes, quotes and control characters never reach the header", () => {
    expect(asciiFileName("Đăng ký đất đai.xlsx")).toBe("Dang-ky-dat-dai.xlsx");
    const header = contentDisposition('../"x"\r\n/Sổ.csv', "inline");
    expect(header.startsWith('inline; filename="x-So.csv"')).toBe(true);
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).not.toContain("/");
  });

  it("an empty or symbol-only name still gives a file name", () => {
    expect(asciiFileName("…!.pdf")).toBe("tep.pdf");
  });
});
