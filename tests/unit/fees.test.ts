import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, it, expect } from "vitest";
import { computeFee, findExemption } from "@/lib/copies/fees";
import { SETTINGS } from "@/lib/settings/settings";
import { settingFromForm } from "@/lib/admin/settings/save-setting";
import { fieldText, settingPage } from "@/lib/admin/settings/fields";

const FEES = SETTINGS.fees;
const withExemption = { ...FEES.defaults, exemptions: [{ reason: "Người có công với cách mạng", basis: "Điều X văn bản Y (thử)" }] };

describe("the fee of a copy is a phí (Thông tư 281/2016/TT-BTC, Art. 4)", () => {
  /** Every source file a user can see text from: pages, components and the library (not tests, not generated code). */
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (name === "generated" || name === "node_modules") return [];
      return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
    });
  }

  it("no page, export or message calls it 'lệ phí'", () => {
    const offending = ["app", "components", "lib"].flatMap(sourceFiles).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line: line.trim(), at: `${file}:${i + 1}` }))
        // Comments may explain the difference; only text a user can read counts.
        .filter(({ line }) => !line.startsWith("//") && !line.startsWith("*") && !line.startsWith("/*") && /lệ phí/i.test(line.normalize("NFC").replace(/không phải (là )?lệ phí|Luật Phí và lệ phí/gi, "")))
        .map(({ at }) => at),
    );
    expect(offending).toEqual([]);
  });
});

describe("exemptions only with a legal basis", () => {
  it("no default exemption: the under-16, elderly and ethnic-minority waivers have no basis in the fee's text", () => {
    const reasons = FEES.defaults.exemptions.map((e) => e.reason);
    expect(reasons.join(" ")).not.toMatch(/16 tuổi|cao tuổi|dân tộc thiểu số/);
    for (const e of FEES.defaults.exemptions) expect(e.basis.trim().length).toBeGreaterThan(5);
  });

  it("an exemption without its basis is refused by the setting's schema", () => {
    expect(FEES.schema.safeParse({ ...FEES.defaults, exemptions: [{ reason: "Người khuyết tật", basis: "" }] }).success).toBe(false);
    expect(FEES.schema.safeParse({ ...FEES.defaults, exemptions: ["Người khuyết tật"] }).success).toBe(false);
    expect(FEES.schema.safeParse(withExemption).success).toBe(true);
  });

  it("the settings page takes one exemption per line as 'case | basis' and says which line lacks its basis", () => {
    const page = settingPage("fees")!;
    const form = { copyFeePerCopy: "8.000", confirmationFee: "0", exemptions: "Người có công với cách mạng | Điều X văn bản Y (thử)\nNgười khuyết tật" };
    const { value, fieldErrors } = settingFromForm(page, form);
    expect(value.exemptions).toEqual([{ reason: "Người có công với cách mạng", basis: "Điều X văn bản Y (thử)" }, { reason: "Người khuyết tật", basis: "" }]);
    expect(fieldErrors.exemptions).toBe('Dòng 2 ("Người khuyết tật") thiếu căn cứ pháp lý: nhập dạng "Trường hợp | Căn cứ".');
    const field = page.fields.find((f) => f.path === "exemptions")!;
    expect(fieldText(withExemption, field)).toBe("Người có công với cách mạng | Điều X văn bản Y (thử)");
  });

  it("an exempt request keeps the reason and its basis; the amount waived is still shown per copy", () => {
    const exemption = findExemption(withExemption, "Người có công với cách mạng");
    expect(exemption).toEqual(withExemption.exemptions[0]);
    expect(findExemption(withExemption, "Vì quen biết")).toBeNull();
    expect(computeFee({ kind: "COPY", channel: "COUNTER", copies: 3, exemption }, withExemption)).toEqual({
      feePerCopy: 8000, feeTotal: 0, feeExemptReason: "Người có công với cách mạng", feeExemptBasis: "Điều X văn bản Y (thử)",
    });
    expect(computeFee({ kind: "COPY", channel: "COUNTER", copies: 3, exemption: null }, withExemption)).toEqual({ feePerCopy: 8000, feeTotal: 24000, feeExemptReason: null, feeExemptBasis: null });
  });
});
