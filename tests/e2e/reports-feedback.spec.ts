import { test, expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers/session";

/** The month before today's in Vietnam, as the reports list names it ("Tháng 10/2026"). */
function lastMonthLabel(): string {
  const local = new Date(Date.now() + 7 * 3_600_000);
  const i = local.getUTCFullYear() * 12 + local.getUTCMonth() - 1;
  return `Tháng ${String((i % 12) + 1).padStart(2, "0")}/${Math.floor(i / 12)}`;
}

async function as(browser: Browser, username: string, url: string): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, username);
  await page.goto(url);
  return page;
}

const WHEN = /lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/;

test("after “Tiếp nhận báo cáo” the confirmation stays, naming who and when, and every state change is listed", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // Phường Quy Nhơn's report of last month (reports.spec.ts works on Phường Pleiku's).
  await signIn(page, "quynhon.canbo");
  await page.goto("/reports");
  const started = Date.now();
  await page.getByRole("button", { name: `Lập báo cáo ${lastMonthLabel()}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Báo cáo tháng — ${lastMonthLabel()}` })).toBeVisible();
  // For the record (not asserted: a shared machine's timings vary): the create-and-open step as a person waits for it.
  test.info().annotations.push({ type: "create-report-ms", description: String(Date.now() - started) });
  console.log(`[timing] create and open the report: ${Date.now() - started} ms`);
  const url = page.url();
  const last = page.getByTestId("report-last-action");
  await expect(last).toContainText("Đã lập báo cáo — bởi Phạm Thị Mỹ Linh");
  await page.getByRole("button", { name: "Hoàn thành, trình lãnh đạo ký" }).click();
  await expect(page.getByText("Đã hoàn thành báo cáo, chuyển lãnh đạo ký gửi.").first()).toBeVisible();

  const signer = await as(browser, "quynhon.lanhdao", url);
  await signer.getByRole("button", { name: "Ký gửi Sở Tư pháp" }).click();
  await expect(signer.getByTestId("report-last-action")).toContainText("Đã ký gửi báo cáo về Sở Tư pháp — bởi Võ Đức Thành");

  const stp = await as(browser, "stp.canbo", url);
  await stp.getByRole("button", { name: "Tiếp nhận báo cáo" }).click();
  await expect(stp.getByRole("button", { name: "Tiếp nhận báo cáo" })).toHaveCount(0);
  const confirmation = stp.getByTestId("report-last-action");
  await expect(confirmation).toContainText("Đã tiếp nhận báo cáo — bởi Nguyễn Thị Thu Hà");
  await expect(confirmation).toContainText(WHEN);
  // It does not vanish on its own, nor on reload: it stays until the next action.
  await stp.waitForTimeout(1_500);
  await expect(confirmation).toBeVisible();
  await stp.reload();
  await expect(stp.getByTestId("report-last-action")).toContainText("Đã tiếp nhận báo cáo — bởi Nguyễn Thị Thu Hà");

  // Every state change with who and when.
  const timeline = stp.getByTestId("report-timeline");
  for (const [what, who] of [["Lập báo cáo", "Phạm Thị Mỹ Linh"], ["Hoàn thành, trình lãnh đạo ký", "Phạm Thị Mỹ Linh"], ["Ký gửi Sở Tư pháp (lần 1)", "Võ Đức Thành"], ["Sở Tư pháp tiếp nhận báo cáo (lần 1)", "Nguyễn Thị Thu Hà"]] as const) {
    const item = timeline.getByRole("listitem").filter({ hasText: what });
    await expect(item).toContainText(who);
    await expect(item).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  }
  // The commune sees the same.
  await page.reload();
  await expect(page.getByTestId("report-last-action")).toContainText("Đã tiếp nhận báo cáo — bởi Nguyễn Thị Thu Hà");
});
