import { test, expect, type Page } from "@playwright/test";
import { signIn } from "./helpers/session";
import { withE2eDatabase } from "./helpers/db";

// Every administration page, and the grant-request page of signers.
const ADMIN_ROUTES = [
  "/admin/users", "/admin/users/new", "/admin/grants", "/admin/api-clients", "/admin/settings", "/admin/settings/fees",
  "/admin/settings/serviceHours", "/admin/settings/procedures", "/admin/monitoring", "/admin/audit", "/admin/security-log",
];

/**
 * The hidden fields of the forms on an admin page that carry a server action's reference (the
 * header's sign-out form, open to everyone, is left out), as the administrator sees them.
 */
async function actionForms(page: Page, path: string): Promise<{ path: string; fields: Record<string, string> }[]> {
  await page.goto(path);
  const forms = await page.locator("form").evaluateAll((forms) =>
    forms
      .map((f) => Object.fromEntries([...f.querySelectorAll("input[type=hidden]")].map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value])))
      .filter((fields) => Object.keys(fields).some((k) => k.startsWith("$ACTION_REF"))),
  );
  return forms.map((fields) => ({ path, fields }));
}

test("every admin route answers 404 to non-administrators, and the administrator reaches all of them", async ({ browser }) => {
  test.setTimeout(180_000);
  const officerId = await withE2eDatabase(async (db) => (await db.user.findUniqueOrThrow({ where: { username: "pleiku.canbo" } })).id);
  const routes = [...ADMIN_ROUTES, `/admin/users/${officerId}`];
  for (const username of ["pleiku.canbo", "pleiku.lanhdao", "stp.canbo", "congan.tinh"]) {
    const page = await browser.newPage();
    await signIn(page, username);
    for (const route of routes) {
      const res = await page.goto(route);
      expect(res?.status(), `${username} ${route}`).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).not.toContainText(/Tài khoản|Quyền|Khóa API|Cấu hình|Giám sát|Nhật ký/);
    }
    // No administration entry in the menu either.
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: /Tài khoản người dùng|Khóa API|Cấu hình|Giám sát/ })).toHaveCount(0);
    if (username !== "pleiku.lanhdao") expect((await page.goto("/grants"))?.status(), `${username} /grants`).toBe(404);
    await page.close();
  }
  const admin = await browser.newPage();
  await signIn(admin, "admin");
  for (const route of routes) expect((await admin.goto(route))?.status(), `admin ${route}`).toBe(200);
  expect((await admin.goto("/grants"))?.status()).toBe(404);
  await admin.close();
});

test("the administration's server actions answer 404 to a non-administrator who replays them", async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, "admin");
  const forms = [...(await actionForms(admin, "/admin/monitoring")), ...(await actionForms(admin, "/admin/api-clients")), ...(await actionForms(admin, "/admin/settings/monitoring"))];
  expect(forms.length).toBeGreaterThan(0);
  await admin.close();

  const page = await browser.newPage();
  await signIn(page, "stp.canbo");
  const before = await withE2eDatabase((db) => Promise.all([db.systemProbe.count(), db.apiClient.count(), db.settingVersion.count()]));
  for (const { path, fields } of forms) {
    const res = await page.request.post(path, {
      headers: { Origin: new URL(page.url()).origin },
      multipart: { ...fields, name: "Khóa lén", scopeUnitId: "x", probeIntervalSeconds: "10", slowMs: "100" },
    });
    expect(res.status(), path).toBe(404);
  }
  // Nothing was done on their behalf.
  expect(await withE2eDatabase((db) => Promise.all([db.systemProbe.count(), db.apiClient.count(), db.settingVersion.count()]))).toEqual(before);
  await page.close();
});
