import { expect, type Page } from "@playwright/test";

/** Fills the purpose as a dossier of procedure 1.000894 (marriage) replacing the birth certificate. */
export async function fillDossierPurpose(page: Page, dossierCode: string): Promise<void> {
  await page.getByLabel("Giải quyết hồ sơ thủ tục hành chính").check();
  await page.getByLabel("Mã hồ sơ").fill(dossierCode);
  await page.getByLabel("Thủ tục hành chính", { exact: true }).selectOption("1.000894");
  await page.getByLabel("Giấy khai sinh, bản sao hoặc trích lục khai sinh").check();
}

export async function searchBy(page: Page, kind: "Số định danh cá nhân" | "Họ tên và ngày sinh" | "Số đăng ký", fields: Record<string, string>): Promise<void> {
  await page.getByRole("radio", { name: kind, exact: true }).check();
  for (const [label, value] of Object.entries(fields)) await page.getByRole("textbox", { name: label, exact: true }).fill(value);
  await page.getByRole("button", { name: "Tra cứu", exact: true }).click();
}

export async function expectResults(page: Page): Promise<void> {
  await expect(page.getByRole("region", { name: "Kết quả tra cứu" })).toBeVisible();
}
