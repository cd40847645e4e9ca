import { test, expect, type Page } from "@playwright/test";
import { signIn } from "./helpers/session";
import { withE2eDatabase } from "./helpers/db";

// Hostile input through the real server (issue 12, item 5): a NUL byte or an absurd value in a
// path or a query, an oversized field in a form, a forged hidden field. Each is answered with a
// 4xx or a field error in Vietnamese, never a 500, and nothing is written.

const NUL = "%00";
const LONG = "x".repeat(3_000);

/** Pages and downloads an officer of Phường Pleiku can reach, each given a NUL byte. */
const OFFICER_NUL = [
  `/api/documents/${NUL}/pdf`,
  `/api/agency-requests/${NUL}/answer/pdf`,
  `/copies/${NUL}`,
  `/copies/${NUL}/receipt`,
  `/copies?unit=${NUL}`,
  `/copies?q=${NUL}`,
  `/copies/register?unit=${NUL}&from=${NUL}`,
  `/copies/register/export?unit=${NUL}&from=${NUL}`,
  `/copies/new?lookupId=${NUL}&recordId=${NUL}`,
  `/dossiers?unit=${NUL}&code=${NUL}`,
  `/dossiers/export?unit=${NUL}&procedure=${NUL}`,
  `/lookups/history?unit=${NUL}`,
  `/lookups/${NUL}/records/${NUL}`,
  `/agency-requests?unit=${NUL}&q=${NUL}`,
  `/agency-requests/${NUL}`,
  `/reports/${NUL}`,
  `/reports/${NUL}/export?format=pdf`,
  `/reports/${NUL}/versions/${NUL}`,
  `/verify/${NUL}`,
  `/api/v1/verify/${NUL}`,
];

/** The same places given absurd values the proxy lets through: the pages' own checks answer them. */
const OFFICER_ABSURD = [
  `/api/documents/${LONG}/pdf`,
  `/api/agency-requests/${LONG}/answer/csv`,
  `/copies/${LONG}`,
  `/copies/%FF%FE`,
  `/verify/%FF`,
  `/api/v1/verify/%C0%AF`,
  `/copies?q=${LONG}&unit=${LONG}&page=99999999999`,
  `/copies?q=%01%02&status=%FF`,
  `/copies/new?lookupId=${LONG}&recordId=%01`,
  `/dossiers/export?unit=${LONG}&code=%1F&from=99/99/9999`,
  `/lookups/${LONG}/records/%01`,
  `/reports/${LONG}/export?format=xlsx`,
  `/reports/ck/versions/-1`,
];

/** Sở Tư pháp's and the administrator's pages (province-wide reach). */
const PROVINCE_URLS = [`/dashboard?month=${NUL}`, `/dashboard/units/${NUL}`, `/dashboard/units/${LONG}`, `/access-log?actor=${NUL}`, `/access-log?actor=%01`, `/reports/summary/export?month=${NUL}`];
const ADMIN_URLS = [`/admin/users/${NUL}`, `/admin/users/${LONG}`, `/admin/users?q=${NUL}`, `/admin/audit?actor=%01`, `/admin/security-log?username=${NUL}`, `/admin/settings/${NUL}`];

/** Each URL's status: none may be a server error, and a NUL byte is a 400 wherever it is. */
async function expectRefused(page: Page, urls: string[]): Promise<void> {
  const answers: string[] = [];
  for (const url of urls) {
    const status = (await page.request.get(url, { maxRedirects: 0 })).status();
    answers.push(`${status} ${url.slice(0, 80)}`);
  }
  expect(answers.filter((a) => a.startsWith("5"))).toEqual([]);
  expect(answers.filter((a) => a.includes(NUL) && !a.startsWith("400"))).toEqual([]);
}

test("NUL bytes and absurd values in paths and queries are answered 4xx, never 500", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "pleiku.canbo");
  await expectRefused(page, OFFICER_NUL);
  await expectRefused(page, OFFICER_ABSURD);
  const pdf = await page.request.get(`/api/documents/${LONG}/pdf`);
  expect(pdf.status()).toBe(404);
  // The system API answers in its JSON error shape.
  const api = await page.request.get("/api/v1/verify/%FF");
  expect(api.status()).toBe(400);
  expect(await api.json()).toMatchObject({ error: { code: "INVALID_INPUT" } });
  // The lookups route, which a call without X-Forwarded-For reaches without the proxy step
  // (proxy.ts): a NUL byte or bad UTF-8 in its query is refused by the route wrapper the same way,
  // and a NUL byte in its path never reaches it.
  for (const url of [`/api/v1/lookups?x=${NUL}`, "/api/v1/lookups?x=%C0%AF", `/api/v1/lookups${NUL}`]) {
    const answer = await page.request.post(url, { data: {}, headers: { authorization: "Bearer demo-tthc-key" } });
    expect(answer.status(), url).toBe(400);
  }

  for (const [username, urls] of [["stp.canbo", PROVINCE_URLS], ["admin", ADMIN_URLS]] as const) {
    const other = await browser.newPage();
    await signIn(other, username);
    await expectRefused(other, [...urls]);
    await other.close();
  }
});

test("the lookup form refuses a 300 KB father's name, authority and purpose with field errors, and writes nothing", async ({ page }) => {
  test.setTimeout(90_000);
  const huge = "Nguyễn Văn ".repeat(28_000);
  // Typed in by script (a person would paste it): key by key, 300 KB would take minutes.
  const paste = (name: string) => page.locator(`form [name="${name}"]`).evaluate((el, value) => ((el as HTMLInputElement).value = value), huge);
  const before = await withE2eDatabase((db) => db.accessLog.count());
  await signIn(page, "pleiku.canbo");
  await page.goto("/lookups");
  await page.getByLabel("Mục đích khác").check();
  await paste("description");
  await page.getByRole("textbox", { name: "Căn cứ pháp lý" }).fill("Điều 13 Nghị định 87/2020/NĐ-CP");
  await page.getByRole("radio", { name: "Họ tên và ngày sinh", exact: true }).check();
  await page.getByRole("textbox", { name: "Họ, chữ đệm và tên", exact: true }).fill("Nguyễn Văn An");
  await page.getByRole("textbox", { name: "Ngày sinh", exact: true }).fill("01/01/1990");
  await paste("fatherName");
  await page.getByRole("button", { name: "Tra cứu", exact: true }).click();
  await expect(page.getByText("Họ tên cha tối đa 100 ký tự.")).toBeVisible();
  await expect(page.getByText("Mục đích tra cứu tối đa 500 ký tự.")).toBeVisible();
  await expect(page.getByText(/lỗi ngoài dự kiến/)).toHaveCount(0);

  await page.getByRole("radio", { name: "Số đăng ký", exact: true }).check();
  await page.getByRole("textbox", { name: "Số đăng ký", exact: true }).fill("12");
  await paste("authority");
  await page.getByRole("button", { name: "Tra cứu", exact: true }).click();
  await expect(page.getByText("Cơ quan đăng ký tối đa 200 ký tự.")).toBeVisible();
  await expect(page.getByText(/lỗi ngoài dự kiến/)).toHaveCount(0);
  expect(await withE2eDatabase((db) => db.accessLog.count())).toBe(before);
});

test("opening a report with another unit's id (a forged hidden field) shows not found and creates nothing", async ({ page }) => {
  const other = await withE2eDatabase((db) => db.unit.findUniqueOrThrow({ where: { code: "21583" }, select: { id: true } }));
  const before = await withE2eDatabase((db) => db.report.count({ where: { unitId: other.id } }));
  await signIn(page, "pleiku.canbo");
  await page.goto("/reports");
  const open = page.getByRole("button", { name: /^Lập báo cáo / }).first();
  const form = open.locator("xpath=ancestor::form");
  await form.locator('input[name="unitId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), other.id);
  await open.click();
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  expect(await withE2eDatabase((db) => db.report.count({ where: { unitId: other.id } }))).toBe(before);
});
