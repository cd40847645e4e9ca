import { test, expect, type Page } from "@playwright/test";
import { signIn } from "./helpers/session";
import { withE2eDatabase } from "./helpers/db";

// /admin/monitoring refreshes itself at the probe interval (no navigation), and "Kiểm tra ngay"
// probes at once and refreshes the figures.

async function setProbeInterval(page: Page, seconds: number): Promise<void> {
  await page.goto("/admin/settings/monitoring");
  const applied = page.getByRole("heading", { name: /^Giá trị đang áp dụng/ });
  const before = await applied.textContent();
  await page.locator("#f-probeIntervalSeconds").fill(String(seconds));
  await page.getByRole("button", { name: "Lưu cấu hình" }).click();
  // A new version of the setting is in force.
  await expect(applied).not.toHaveText(before ?? "");
}

test("the monitoring page refreshes itself at the probe interval; Kiểm tra ngay probes at once", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "admin");
  await setProbeInterval(page, 10);
  try {
    await page.goto("/admin/monitoring");
    await expect(page.getByText("mỗi 10 giây")).toBeVisible();
    await expect(page.getByTestId("monitoring-freshness")).toContainText("Cập nhật lúc");
    // A probe written by someone else (another instance's scheduler) shows up without navigation.
    await page.evaluate(() => { (window as unknown as { __stay: boolean }).__stay = true; });
    await withE2eDatabase((db) => db.systemProbe.create({ data: { system: "population", ok: false, latencyMs: 7, errorKind: "e2e_refresh_marker", breakerState: "closed" } }));
    await expect(page.getByText("e2e_refresh_marker").first()).toBeVisible({ timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { __stay?: boolean }).__stay)).toBe(true);

    const before = await withE2eDatabase((db) => db.systemProbe.count());
    await page.getByRole("button", { name: "Kiểm tra ngay" }).click();
    await expect(page.getByText(/Hộ tịch điện tử: (hoạt động|lỗi)/)).toBeVisible({ timeout: 15_000 });
    expect(await withE2eDatabase((db) => db.systemProbe.count())).toBe(before + 2);
    expect(await page.evaluate(() => (window as unknown as { __stay?: boolean }).__stay)).toBe(true);
  } finally {
    await setProbeInterval(page, 60);
  }
});
