import { test, expect, type Page } from "@playwright/test";
import { signIn } from "./helpers/session";
import { fillDossierPurpose, searchBy, expectResults } from "./helpers/lookup";
import { step, takeRequest } from "./helpers/copies";
import { withE2eDatabase } from "./helpers/db";

// Issue #18, "The officer's day, smoother": match levels and reasons on both searches, the
// confirmation that stays after a step, receipt numbers that an abandoned intake does not use up,
// and the small things (the dossier-code field, what a record lacks).

const P11 = {
  searchBy: "Số định danh cá nhân" as const,
  fields: { "Số định danh cá nhân": "001300007731" },
  row: /Khai sinh.*Vũ Minh Trang/,
  requester: { name: "Vũ Minh Trang", idNumber: "001300007731", relation: "Bản thân người được cấp", dateOfBirth: "20/10/2000" },
};

/** The intake page's search: the mode, its fields, then "Tra cứu bản ghi". */
async function intakeSearch(page: Page, by: "Số định danh cá nhân" | "Họ tên và ngày sinh" | "Số đăng ký", fields: Record<string, string>) {
  const search = page.getByRole("form", { name: "Tra cứu bản ghi hộ tịch" });
  await search.getByRole("radio", { name: by, exact: true }).check();
  for (const [label, value] of Object.entries(fields)) await search.getByRole("textbox", { name: label, exact: true }).fill(value);
  await search.getByRole("button", { name: "Tra cứu bản ghi" }).click();
  return page.getByRole("region", { name: "Kết quả tra cứu" });
}

test("an accent-free exact name with the exact date is 'Khớp chính xác', with the same reasons and person on /lookups and on the intake", async ({ page }) => {
  await signIn(page, "pleiku.canbo");
  await page.goto("/lookups");
  // The dossier code field shows the longest code format whole.
  await fillDossierPurpose(page, "000.00.12.H29-251128-0001");
  const code = page.getByLabel("Mã hồ sơ");
  expect(await code.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await searchBy(page, "Họ tên và ngày sinh", { "Họ, chữ đệm và tên": "Ksor Bo", "Ngày sinh": "02/08/1995" });
  await expectResults(page);
  const marriage = page.getByRole("region", { name: "Kết quả tra cứu" }).getByRole("row", { name: /Kết hôn/ });
  await expect(marriage).toContainText("Khớp chính xác");
  await expect(marriage).not.toContainText("Có thể là");
  await expect(marriage).toContainText("Khớp: chồng — Ksor Bơ, số định danh 064095001873, lý do: trùng họ tên (không dấu), trùng ngày sinh");

  await page.goto("/copies/new");
  const found = await intakeSearch(page, "Họ tên và ngày sinh", { "Họ, chữ đệm và tên": "Ro Mah H Lan", "Ngày sinh": "12/03/1998" });
  const birth = found.getByRole("row", { name: /Khai sinh/ });
  await expect(birth).toContainText("Khớp chính xác");
  await expect(birth).toContainText("Khớp: người được khai sinh — Rơ Mah H'Lan, số định danh 064198004512, lý do: trùng họ tên (không dấu), trùng ngày sinh");
  const wife = found.getByRole("row", { name: /Kết hôn/ });
  await expect(wife).toContainText("Khớp chính xác");
  await expect(wife).toContainText("Khớp: vợ — Rơ Mah H'Lan, số định danh 064198004512");
  // A record found by its registration keys names no one: its reasons are still said.
  const byEntry = await intakeSearch(page, "Số đăng ký", { "Số đăng ký": "12", "Quyển số": "01/2019" });
  await expect(byEntry.getByRole("row", { name: /Kết hôn/ })).toContainText(/Lý do: .*trùng số đăng ký/);

  // The chosen record says what it lacks instead of a silent "—" on the copy.
  await intakeSearch(page, "Số định danh cá nhân", { "Số định danh cá nhân": "064198004512" });
  await page.getByRole("region", { name: "Kết quả tra cứu" }).getByRole("row", { name: /Khai sinh/ }).getByRole("button", { name: "Chọn bản ghi này" }).click();
  const missing = page.getByRole("list", { name: "Bản ghi đã chọn" }).getByRole("note", { name: "Thông tin còn thiếu" });
  await expect(missing).toContainText("Bản ghi còn thiếu 4 thông tin");
  await expect(missing).toContainText("Quốc tịch (người mẹ)");
  await expect(missing).toContainText("Nơi cư trú (người cha)");
});

test("after signing, the confirmation stays on the request page; every step of the timeline names who did it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "pleiku.canbo");
  const { url } = await takeRequest(page, P11);
  await step(page, "Chuyển lãnh đạo ký", "Đã chuyển lãnh đạo ký.");

  const signer = await browser.newPage();
  try {
    await signIn(signer, "pleiku.lanhdao");
    await signer.goto(url);
    await signer.getByRole("button", { name: "Ký duyệt và cấp số văn bản" }).click();
    const said = signer.getByRole("status").filter({ hasText: "Đã ký và cấp số văn bản." });
    await expect(said).toBeVisible();
    await expect(said).toContainText(/Văn bản số \d+\/2026\/TLKS-BS\. Lê Văn Hùng · \d{2}\/\d{2}\/\d{4}/);
    // It does not vanish with the form it came from, nor on a reload.
    await signer.waitForTimeout(1_500);
    await expect(said).toBeVisible();
    await signer.reload();
    await expect(signer.getByRole("status").filter({ hasText: "Đã ký và cấp số văn bản." })).toBeVisible();
  } finally {
    await signer.close();
  }

  await page.goto(url);
  await page.getByLabel("Số biên lai thu phí").fill(`BL-E2E-DAY-${Date.now()}`);
  await step(page, "Đóng dấu, phát hành", "Đã phát hành văn bản.");
  await step(page, "Trả kết quả tại một cửa", "Đã ghi nhận trả kết quả.");
  // The previous confirmation was replaced by this one.
  await expect(page.getByText("Đã phát hành văn bản.")).toHaveCount(0);
  const timeline = page.getByRole("list").filter({ hasText: "Tiếp nhận yêu cầu" });
  for (const [label, who] of [["Tiếp nhận yêu cầu", "Kpă H'Yuen"], ["Chuẩn bị xong, trình ký", "Kpă H'Yuen"], ["Lãnh đạo ký duyệt", "Lê Văn Hùng"], ["Đóng dấu, phát hành", "Kpă H'Yuen"], ["Đã trả kết quả tại bộ phận một cửa", "Kpă H'Yuen"]]) {
    await expect(timeline.getByRole("listitem").filter({ hasText: label! })).toContainText(new RegExp(`\\d{2}/\\d{2}/\\d{4}.* · ${who}`));
  }
  await expect(timeline.getByRole("listitem").filter({ hasText: "Đóng dấu, phát hành" })).toContainText("biên lai thu phí số BL-E2E-DAY-");
});

test("an abandoned intake uses no receipt number: the next request takes the next one", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "pleiku.canbo");
  const first = await takeRequest(page, P11);

  // An intake searched twice, then left: its searches are logged under a draft reference only.
  await page.goto("/copies/new");
  await intakeSearch(page, "Số định danh cá nhân", { "Số định danh cá nhân": "001300007731" });
  const search = page.getByRole("form", { name: "Tra cứu bản ghi hộ tịch" });
  await expect(search).toContainText(/mã tạm NHAP-[0-9A-Z]{10}/);
  const draft = /NHAP-[0-9A-Z]{10}/.exec((await search.textContent()) ?? "")![0];
  await intakeSearch(page, "Họ tên và ngày sinh", { "Họ, chữ đệm và tên": "Vu Minh Trang", "Ngày sinh": "20/10/2000" });
  await expect(search).toContainText(draft);
  await page.goto("/copies");

  const second = await takeRequest(page, P11);
  const n = (receipt: string) => Number(receipt.slice(-6));
  expect(second.receipt.slice(0, 8)).toBe(first.receipt.slice(0, 8));
  expect(n(second.receipt)).toBe(n(first.receipt) + 1);

  await withE2eDatabase(async (db) => {
    const logged = await db.accessLog.findMany({ where: { purposeRef: draft }, select: { operation: true, purposeKind: true } });
    expect(logged).toEqual([{ operation: "SEARCH", purposeKind: "COPY_REQUEST" }, { operation: "SEARCH", purposeKind: "COPY_REQUEST" }]);
    expect(await db.civilRequest.count({ where: { draftReference: draft } })).toBe(0);
    // The saved request keeps its own draft reference, so its intake's log rows stay tied to it.
    const saved = await db.civilRequest.findFirstOrThrow({ where: { receiptNumber: second.receipt }, select: { draftReference: true } });
    expect(saved.draftReference).toMatch(/^NHAP-/);
    expect(await db.accessLog.count({ where: { purposeRef: saved.draftReference } })).toBeGreaterThanOrEqual(2);
    // The unit's series this year has no hole.
    const numbers = (await db.civilRequest.findMany({ where: { receiptNumber: { startsWith: first.receipt.slice(0, 8) }, unit: { code: "23575" } }, select: { receiptNumber: true } }))
      .map((r) => n(r.receiptNumber)).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
