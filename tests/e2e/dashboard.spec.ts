import { test, expect, type Page } from "@playwright/test";
import { join } from "node:path";
import { signIn } from "./helpers/session";

/** The month before today's in Vietnam: key "2026-11", and its first and last day as dd/MM/yyyy. */
function lastMonth(): { key: string; from: string; to: string } {
  const local = new Date(Date.now() + 7 * 3_600_000);
  const i = local.getUTCFullYear() * 12 + local.getUTCMonth() - 1;
  const [y, m] = [Math.floor(i / 12), (i % 12) + 1];
  const mm = String(m).padStart(2, "0");
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { key: `${y}-${mm}`, from: `01/${mm}/${y}`, to: `${last}/${mm}/${y}` };
}

const STATES = ["Đã tiếp nhận", "Đã gửi, chờ tiếp nhận", "Bị trả lại", "Đang lập", "Quá hạn", "Chưa lập", "Chưa đến hạn"];

async function open(page: Page, width: number) {
  await page.setViewportSize({ width, height: 844 });
  await signIn(page, "stp.canbo");
  await page.goto(`/dashboard?month=${lastMonth().key}`);
  await expect(page.getByRole("heading", { level: 1, name: /^Bảng điều hành/ })).toBeVisible();
  await expect(page.getByTestId("units-table").locator("tbody tr")).toHaveCount(135);
}

async function shot(page: Page, name: string) {
  const dir = process.env.DASHBOARD_SCREENSHOTS;
  if (dir) await page.screenshot({ path: join(dir, name), fullPage: true });
}

test("at 390 px the dashboard does not scroll sideways; its wide table scrolls in its own box, with a hint", async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, 390);
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByTestId("scroll-hint")).toBeVisible();
  const box = page.getByRole("region", { name: /Bảng chỉ tiêu các xã, phường/ });
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await shot(page, "dashboard-390.png");
});

test("the commune filter finds communes without accents and narrows the grid, the chart and the table", async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, 1366);
  await shot(page, "dashboard-1366.png");
  const filter = page.getByLabel("Tìm xã, phường");
  await filter.fill("pleiku");
  const table = page.getByTestId("units-table");
  await expect(table.getByRole("link", { name: "Phường Pleiku", exact: true })).toBeVisible();
  await expect(page.getByTestId("unit-filter-count")).toContainText("/135 xã, phường khớp với “pleiku”");
  for (const row of await table.locator("tbody tr").all()) await expect(row).toContainText(/Pleiku/i);
  await expect(page.getByTestId("status-grid").getByRole("link")).toHaveCount(await table.locator("tbody tr").count());

  await filter.fill("ia o");
  await expect(table.getByRole("link", { name: "Xã Ia O", exact: true })).toBeVisible();
  await expect(page.getByTestId("status-grid").locator('a[title^="Xã Ia O:"]')).toHaveCount(1);
  await expect(page.getByTestId("units-chart-table")).toContainText("Xã Ia O");

  await filter.fill("");
  await expect(table.locator("tbody tr")).toHaveCount(135);
});

test("the lookups figure links to the lookups of the month shown", async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, 1366);
  const m = lastMonth();
  const link = page.getByRole("region", { name: "Tổng toàn tỉnh" }).locator('a[href^="/lookups/history"]').first();
  const href = await link.getAttribute("href");
  const params = new URL(href!, "http://x").searchParams;
  expect(params.get("from")).toBe(m.from);
  expect(params.get("to")).toBe(m.to);
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Lịch sử tra cứu" })).toBeVisible();
  await expect(page.getByLabel("Từ ngày")).toHaveValue(m.from);
  await expect(page.getByLabel("Đến ngày")).toHaveValue(m.to);
});

test("the reporting-status grid shows the 135 communes, each with its state in words and a link", async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, 1366);
  const cells = page.getByTestId("status-grid").getByRole("link");
  await expect(cells).toHaveCount(135);
  const texts = await cells.allInnerTexts();
  for (const t of texts) expect(STATES.some((s) => t.includes(s)), t).toBe(true);
  const hrefs = await cells.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  for (const h of hrefs) expect(h).toMatch(/^\/(reports\/[^/?]+|dashboard\/units\/[^/?]+\?month=\d{4}-\d{2})$/);
  const legend = page.getByTestId("status-legend");
  for (const s of STATES) await expect(legend).toContainText(s);
});
