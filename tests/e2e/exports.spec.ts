import { test, expect } from "@playwright/test";
import { signIn } from "./helpers/session";
import { fillIntake, signAs, step } from "./helpers/copies";

// Issue 18: downloads carry a proper file name; large exports run as background jobs with a
// progress bar; long lists page by keyset with their filters in the URL.

const P11 = {
  searchBy: "Số định danh cá nhân" as const,
  fields: { "Số định danh cá nhân": "001300007731" },
  row: /Khai sinh.*Vũ Minh Trang/,
  requester: { name: "Vũ Minh Trang", idNumber: "001300007731", relation: "Bản thân người được cấp" },
};

/** Access-log rows of Phường Pleiku, made through the system API as the TTHC system would. */
async function makeLookups(request: import("@playwright/test").APIRequestContext, n: number) {
  for (let i = 0; i < n; i++) {
    const made = await request.post("/api/v1/lookups", {
      headers: { Authorization: "Bearer demo-tthc-key" },
      data: { unitCode: "23575", purpose: { kind: "dossier", dossierCode: `E2E-EXP-${Date.now()}-${i}`, procedureCode: "1.001193", replacesPapers: ["marriage-certificate"] }, query: { personalId: "064095001873" } },
    });
    expect(made.status()).toBe(200);
  }
}

test("\"Tải bản PDF\" downloads the document as a file named after it; \"Xem\" opens it in the tab", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "pleiku.canbo");
  await fillIntake(page, P11);
  await page.getByRole("button", { name: "Lập giấy tiếp nhận" }).click();
  await page.waitForURL(/\/copies\/[^/?]+\?created=1$/);
  const url = page.url().replace(/\?created=1$/, "");
  await step(page, "Chuyển lãnh đạo ký", "Đã chuyển lãnh đạo ký.");
  const number = await signAs(browser, "pleiku.lanhdao", url);
  await page.reload();
  const [n, year, symbol] = number.split("/");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải bản PDF" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`Bản sao trích lục khai sinh ${n}-${year}-${symbol}.pdf`);
  const href = (await page.getByRole("link", { name: "Tải bản PDF" }).getAttribute("href"))!;
  const res = await page.request.get(href);
  expect(res.headers()["content-disposition"]).toBe(
    `attachment; filename="Ban-sao-trich-luc-khai-sinh-${n}-${year}-${symbol}.pdf"; filename*=UTF-8''${encodeURIComponent(`Bản sao trích lục khai sinh ${n}-${year}-${symbol}.pdf`)}`,
  );
  const inline = await page.request.get((await page.getByRole("link", { name: "Xem", exact: true }).getAttribute("href"))!);
  expect(inline.headers()["content-disposition"]).toMatch(/^inline; filename="Ban-sao-trich-luc-khai-sinh-/);
});

test("the access log pages by keyset with its filters in the URL, and a large filtered export runs as a job to its download", async ({ page, request }) => {
  test.setTimeout(120_000);
  // More rows than a page (50) and than the e2e job threshold (EXPORT_JOB_THRESHOLD_ROWS=20).
  await makeLookups(request, 55);
  await signIn(page, "pleiku.lanhdao");
  await page.goto("/access-log");
  await page.getByLabel("Hệ thống").selectOption({ label: "Hộ tịch điện tử" });
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await page.waitForURL(/system=CIVIL_REGISTRY/);
  const rows = page.getByRole("main").locator("tbody tr");
  await expect(rows).toHaveCount(50);
  const firstPage = await rows.allTextContents();
  expect(firstPage.every((r) => r.includes("Hộ tịch điện tử"))).toBe(true);
  await expect(page.getByRole("link", { name: "← Trang trước" })).toHaveCount(0);

  await page.getByRole("link", { name: "Trang sau →" }).click();
  await page.waitForURL(/system=CIVIL_REGISTRY.*after=|after=.*system=CIVIL_REGISTRY/);
  const secondPage = await rows.allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  // Every row once: the "#" column (chain/seq) of page 2 never repeats page 1's.
  const ids = (texts: string[]) => texts.map((t) => /^\d+\/\d+/.exec(t)?.[0]);
  expect(ids(secondPage).filter((id) => ids(firstPage).includes(id))).toEqual([]);
  expect(secondPage.every((r) => r.includes("Hộ tịch điện tử"))).toBe(true);
  await expect(page.getByLabel("Hệ thống")).toHaveValue("CIVIL_REGISTRY");
  await page.getByRole("link", { name: "← Trang trước" }).click();
  await page.waitForURL(/before=/);
  expect(await rows.allTextContents()).toEqual(firstPage);

  // "Tải xuống theo bộ lọc": over the threshold, a background job with a progress bar, then its file.
  await page.getByRole("button", { name: /Tải xuống theo bộ lọc/ }).click();
  await expect(page.getByText(/tệp đang được tạo ở nền/)).toBeVisible();
  const job = page.getByTestId("export-job").first();
  await expect(job).toContainText("Nhật ký khai thác dữ liệu");
  await expect(job).toHaveAttribute("data-status", "DONE", { timeout: 30_000 });
  const download = page.waitForEvent("download");
  await job.getByRole("link", { name: /Tải tệp/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Nhật ký khai thác dữ liệu \d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = Buffer.concat(await (await file.createReadStream()).toArray());
  expect(bytes.subarray(0, 2).toString()).toBe("PK");

  // Only its owner downloads it.
  const href = (await job.getByRole("link", { name: /Tải tệp/ }).getAttribute("href"))!;
  const other = await page.context().browser()!.newPage();
  await signIn(other, "stp.canbo");
  expect((await other.request.get(href)).status()).toBe(404);
  await other.close();
});
