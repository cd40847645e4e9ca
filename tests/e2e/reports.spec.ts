import { test, expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers/session";

/** The month before today's in Vietnam, as the reports list names it ("Tháng 10/2026"). */
function lastMonthLabel(): { label: string; key: string } {
  const local = new Date(Date.now() + 7 * 3_600_000);
  const i = local.getUTCFullYear() * 12 + local.getUTCMonth() - 1;
  const [y, m] = [Math.floor(i / 12), (i % 12) + 1];
  return { label: `Tháng ${String(m).padStart(2, "0")}/${y}`, key: `${y}-${String(m).padStart(2, "0")}` };
}

async function as(browser: Browser, username: string, url: string): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, username);
  await page.goto(url);
  return page;
}

test("officer prepares → signer submits → Sở Tư pháp returns → new version → accepted", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const month = lastMonthLabel();
  await signIn(page, "pleiku.canbo");
  await page.goto("/reports");
  await page.getByRole("button", { name: `Lập báo cáo ${month.label}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Báo cáo tháng — ${month.label}` })).toBeVisible();
  await expect(page.getByText(/Số liệu tổng hợp tự động lúc/)).toBeVisible();
  const url = page.url();
  await page.getByRole("textbox", { name: "Khó khăn, vướng mắc", exact: true }).fill("Đường truyền chập chờn.");
  await page.getByRole("textbox", { name: "Đề xuất, kiến nghị", exact: true }).fill("Cấp thêm tài khoản.");
  await page.getByRole("button", { name: "Hoàn thành, trình lãnh đạo ký" }).click();
  await expect(page.getByText("Đã hoàn thành báo cáo, chuyển lãnh đạo ký gửi.")).toBeVisible();

  const signer = await as(browser, "pleiku.lanhdao", url);
  await signer.getByRole("button", { name: "Ký gửi Sở Tư pháp" }).click();
  // The page re-renders without the form: the frozen figures say it was submitted.
  await expect(signer.getByText(/Số liệu đã chốt khi ký gửi lần 1/)).toBeVisible();

  const stp = await as(browser, "stp.canbo", url);
  await stp.getByRole("button", { name: "Trả lại để chỉnh sửa" }).click();
  await expect(stp.getByText("Nhập lý do trả lại báo cáo.")).toBeVisible();
  await stp.getByRole("textbox", { name: /Ý kiến của Sở Tư pháp/ }).fill("Đề nghị nêu rõ khó khăn.");
  await stp.getByRole("button", { name: "Trả lại để chỉnh sửa" }).click();
  await expect(stp.getByRole("alert").filter({ hasText: "Sở Tư pháp đã trả lại báo cáo" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "Sở Tư pháp đã trả lại báo cáo" })).toContainText("Đề nghị nêu rõ khó khăn.");
  await page.getByRole("textbox", { name: "Khó khăn, vướng mắc", exact: true }).fill("Đường truyền chập chờn; thiếu máy quét.");
  await page.getByRole("button", { name: "Hoàn thành, trình lãnh đạo ký" }).click();
  await expect(page.getByText("Đã hoàn thành báo cáo, chuyển lãnh đạo ký gửi.")).toBeVisible();

  await signer.reload();
  await signer.getByRole("button", { name: "Ký gửi Sở Tư pháp" }).click();
  await expect(signer.getByText(/Số liệu đã chốt khi ký gửi lần 2/)).toBeVisible();

  await stp.reload();
  await stp.getByRole("button", { name: "Tiếp nhận báo cáo" }).click();
  await expect(stp.getByRole("button", { name: "Tiếp nhận báo cáo" })).toHaveCount(0);
  await stp.reload();
  await expect(stp.getByText("Đã tiếp nhận", { exact: true }).first()).toBeVisible();
  await expect(stp.getByRole("link", { name: "Lần 2" })).toBeVisible();
  await stp.getByRole("link", { name: "Lần 1" }).click();
  await expect(stp.getByRole("heading", { level: 1 })).toContainText("(lần gửi 1)");
  await expect(stp.getByText("Đường truyền chập chờn.", { exact: true })).toBeVisible();

  // Another commune cannot open it.
  const other = await as(browser, "quynhon.canbo", url);
  await expect(other.getByText(/Không tìm thấy/).first()).toBeVisible();
});

test("the dashboard loads with the table of communes and drills down into one", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "stp.canbo");
  await page.goto(`/dashboard?month=${lastMonthLabel().key}`);
  await expect(page.getByRole("heading", { level: 1, name: /^Bảng điều hành/ })).toBeVisible();
  const table = page.getByTestId("units-table");
  await expect(table.locator("tbody tr")).toHaveCount(135);
  await table.getByRole("button", { name: "Đơn vị" }).click();
  await expect(table.locator("tbody tr").first()).toContainText("Phường");
  await page.getByLabel("Nhóm theo").selectOption("district");
  await expect(table.locator("tbody tr").first()).toContainText("xã, phường");
  await page.getByLabel("Nhóm theo").selectOption("unit");
  await table.getByRole("link", { name: "Phường Pleiku", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Phường Pleiku/ })).toBeVisible();
  await expect(page.getByTestId("drill-down-table")).toBeVisible();

  const commune = await browser.newPage();
  await signIn(commune, "pleiku.canbo");
  const res = await commune.goto("/dashboard");
  expect(res?.status()).toBe(404);
});
