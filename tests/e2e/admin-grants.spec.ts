import { test, expect, type Page } from "@playwright/test";
import { signIn, signOut } from "./helpers/session";
import { createOfficer, withE2eDatabase } from "./helpers/db";
import { fillDossierPurpose, searchBy, expectResults } from "./helpers/lookup";

const OFFICER = "e2e.quyen";
const PASSWORD = "Quyen-Khai-Thac-7";

async function openP1Birth(page: Page, dossier: string) {
  await page.goto("/lookups");
  await fillDossierPurpose(page, dossier);
  await searchBy(page, "Số định danh cá nhân", { "Số định danh cá nhân": "064198004512" });
  await expectResults(page);
  await page.getByRole("region", { name: "Kết quả tra cứu" }).getByRole("row", { name: /Khai sinh/ }).getByRole("link", { name: "Xem" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Khai sinh");
}

test("grant request → police decision recorded → population lookup allowed → expiry → refused", async ({ browser }) => {
  test.setTimeout(90_000);
  await createOfficer(OFFICER, PASSWORD);

  // The signer of Phường Pleiku asks for a grant for the new officer.
  const signer = await browser.newPage();
  await signIn(signer, "pleiku.lanhdao");
  await signer.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Quyền khai thác CSDL dân cư" }).click();
  const row = signer.getByTestId(`officer-${OFFICER}`);
  await expect(row).toContainText("Chưa có quyền");
  await row.getByRole("button", { name: "Đề nghị cấp quyền" }).click();
  await expect(row).toContainText("Chờ Công an tỉnh quyết định");

  // The administrator records the provincial police's decision.
  const admin = await browser.newPage();
  await signIn(admin, "admin");
  await admin.goto("/admin/grants?state=REQUESTED");
  const grant = admin.getByTestId(`grant-${OFFICER}`);
  await grant.getByLabel("Hiệu lực đến hết ngày").fill("2099-12-31");
  await grant.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(grant.getByText("Vui lòng nhập số quyết định của Công an tỉnh.")).toBeVisible();
  await grant.getByLabel("Số quyết định").fill("QĐ 77/QĐ-CAT-PC06");
  await grant.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(grant).toHaveCount(0); // no longer waiting for a decision
  await admin.goto("/admin/grants");
  await expect(admin.getByTestId(`grant-${OFFICER}`).first()).toContainText("Đang hiệu lực");

  // The officer now sees the population database beside the record.
  const officer = await browser.newPage();
  await signIn(officer, OFFICER, PASSWORD);
  await openP1Birth(officer, "E2E-GR-1");
  await expect(officer.getByRole("region", { name: "CSDL quốc gia về dân cư (Bộ Công an)" })).toContainText("Làng Ia Kha");

  // Time passes: the grant's last day is behind us (moved in the database, as the calendar would).
  await withE2eDatabase((db) => db.populationGrant.updateMany({ where: { user: { username: OFFICER }, status: "GRANTED" }, data: { validUntil: new Date("2020-01-01T00:00:00Z") } }));
  await openP1Birth(officer, "E2E-GR-2");
  await expect(officer.getByText("Không có quyền khai thác CSDL quốc gia về dân cư")).toBeVisible();
  await admin.goto("/admin/grants?state=EXPIRED");
  await expect(admin.getByTestId(`grant-${OFFICER}`)).toContainText("Hết hạn");
  await signOut(officer);
});
