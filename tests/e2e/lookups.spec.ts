import { test, expect } from "@playwright/test";
import { signIn } from "./helpers/session";
import { fillDossierPurpose, searchBy, expectResults } from "./helpers/lookup";

test.describe("record lookup for a procedure dossier", () => {
  test("by ID number: P1's birth and marriage, then her record beside the population database", async ({ page }) => {
    await signIn(page, "pleiku.canbo");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Tra cứu hộ tịch" }).click();
    await fillDossierPurpose(page, "E2E-HS-001");
    await searchBy(page, "Số định danh cá nhân", { "Số định danh cá nhân": "064198004512" });
    await expectResults(page);
    const results = page.getByRole("region", { name: "Kết quả tra cứu" });
    await expect(results).toContainText("Khai sinh");
    await expect(results).toContainText("Kết hôn");
    await expect(results).toContainText("trùng số định danh");
    await results.getByRole("row", { name: /Khai sinh/ }).getByRole("link", { name: "Xem" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Khai sinh: Rơ Mah H'Lan");
    await expect(page.getByText("UBND thị trấn Ia Kha, huyện Ia Grai, tỉnh Gia Lai")).toBeVisible();
    await expect(page.getByText("Xã Ia Grai").first()).toBeVisible();
    await expect(page.getByRole("region", { name: "CSDL quốc gia về dân cư (Bộ Công an)" })).toContainText("Làng Ia Kha");
  });

  test("by name without diacritics: 'ro mah hlan' finds P1", async ({ page }) => {
    await signIn(page, "pleiku.canbo");
    await page.goto("/lookups");
    await fillDossierPurpose(page, "E2E-HS-002");
    await searchBy(page, "Họ tên và ngày sinh", { "Họ, chữ đệm và tên": "ro mah hlan", "Ngày sinh": "12/03/1998" });
    await expectResults(page);
    await expect(page.getByRole("region", { name: "Kết quả tra cứu" }).getByRole("row").nth(1)).toContainText("Rơ Mah H'Lan");
  });

  test("homonyms: two men named Nguyễn Văn An born 01/01/1990, told apart", async ({ page }) => {
    await signIn(page, "quynhon.canbo");
    await page.goto("/lookups");
    await fillDossierPurpose(page, "E2E-HS-003");
    await searchBy(page, "Họ tên và ngày sinh", { "Họ, chữ đệm và tên": "Nguyễn Văn An", "Ngày sinh": "01/01/1990" });
    await expectResults(page);
    const results = page.getByRole("region", { name: "Kết quả tra cứu" });
    await expect(results).toContainText("064090003117");
    await expect(results).toContainText("052090004402");
    await expect(results).toContainText("Nguyễn Văn Bình");
    await expect(results).toContainText("Nguyễn Văn Cường");
  });

  test("the 1979 legacy record: no ID, month-only date, offered for review", async ({ page }) => {
    await signIn(page, "quynhon.canbo");
    await page.goto("/lookups");
    await fillDossierPurpose(page, "E2E-HS-004");
    await searchBy(page, "Họ tên và ngày sinh", { "Họ, chữ đệm và tên": "Le Van Tam", "Ngày sinh": "1979" });
    await expectResults(page);
    const row = page.getByRole("region", { name: "Kết quả tra cứu" }).getByRole("row", { name: /Lê Văn Tâm/ });
    await expect(row).toContainText("chưa có");
    await expect(row).toContainText("01/1979");
    await expect(row).toContainText("Cần kiểm tra lại");
    await expect(row).toContainText("tỉnh Nghĩa Bình");
  });

  test("by entry number and book: the 2019 marriage of P1 and P2", async ({ page }) => {
    await signIn(page, "pleiku.canbo");
    await page.goto("/lookups");
    await fillDossierPurpose(page, "E2E-HS-005");
    await searchBy(page, "Số đăng ký", { "Số đăng ký": "12", "Quyển số": "01/2019" });
    await expectResults(page);
    await expect(page.getByRole("region", { name: "Kết quả tra cứu" })).toContainText("Ksor Bơ – Rơ Mah H'Lan");
  });

  test("a marriage found through the wife (R4) shows the wife, not the husband", async ({ page }) => {
    await signIn(page, "quynhon.canbo");
    await page.goto("/lookups");
    await fillDossierPurpose(page, "E2E-HS-007");
    await searchBy(page, "Họ tên và ngày sinh", { "Họ, chữ đệm và tên": "nguyen thi hong", "Ngày sinh": "23/04/1987" });
    await expectResults(page);
    const row = page.getByRole("region", { name: "Kết quả tra cứu" }).getByRole("row", { name: /Kết hôn/ });
    await expect(row).toContainText("Khớp: vợ — Nguyễn Thị Hồng, số định danh 052187003321, lý do: trùng họ tên (không dấu), trùng ngày sinh");
    await expect(row).toContainText("23/04/1987");
    await expect(row).toContainText("Chồng: Trần Văn Hùng");
    // The husband's number and date of birth are not this row's.
    await expect(row).not.toContainText("052085002190");
    await expect(row).not.toContainText("30/11/1985");
    await row.getByRole("link", { name: "Xem" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết hôn: Nguyễn Thị Hồng");
    await expect(page.getByText("Khớp: vợ — Nguyễn Thị Hồng")).toBeVisible();
  });

  test("day and month swapped (P8): the record page flags the disagreement", async ({ page }) => {
    await signIn(page, "pleiku.canbo");
    await page.goto("/lookups");
    await fillDossierPurpose(page, "E2E-HS-006");
    await searchBy(page, "Số định danh cá nhân", { "Số định danh cá nhân": "064301002846" });
    await page.getByRole("region", { name: "Kết quả tra cứu" }).getByRole("row", { name: /Khai sinh/ }).getByRole("link", { name: "Xem" }).click();
    const pop = page.getByRole("region", { name: "CSDL quốc gia về dân cư (Bộ Công an)" });
    await expect(pop.getByRole("row", { name: /Ngày sinh/ })).toContainText("Không khớp");
    await expect(pop.getByRole("row", { name: /Ngày sinh/ })).toContainText("05/07/2001");
    await expect(pop.getByRole("row", { name: /Ngày sinh/ })).toContainText("07/05/2001");
  });
});

test("an officer without a population-database grant sees the register but not the population data", async ({ page }) => {
  await signIn(page, "iao.canbo");
  await page.goto("/lookups");
  await fillDossierPurpose(page, "E2E-HS-010");
  await searchBy(page, "Số định danh cá nhân", { "Số định danh cá nhân": "064095001873" });
  await page.getByRole("region", { name: "Kết quả tra cứu" }).getByRole("link", { name: "Xem" }).first().click();
  await expect(page.getByText("Không có quyền khai thác CSDL quốc gia về dân cư")).toBeVisible();
});

test.describe("bad input is refused at the field", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "pleiku.canbo");
    await page.goto("/lookups");
  });

  test("no purpose, no result", async ({ page }) => {
    await searchBy(page, "Số định danh cá nhân", { "Số định danh cá nhân": "064198004512" });
    await expect(page.getByText("Nhập mã hồ sơ thủ tục hành chính.")).toBeVisible();
    await expect(page.getByText("Chọn thủ tục hành chính của hồ sơ.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Kết quả tra cứu" })).toHaveCount(0);
  });

  test("a malformed ID, and an ID whose digits contradict the sex", async ({ page }) => {
    await fillDossierPurpose(page, "E2E-HS-020");
    await searchBy(page, "Số định danh cá nhân", { "Số định danh cá nhân": "06419800" });
    await expect(page.getByText("Số định danh cá nhân gồm đúng 12 chữ số.")).toBeVisible();
    await page.getByRole("textbox", { name: "Số định danh cá nhân", exact: true }).fill("064198004512");
    await page.getByLabel("Giới tính (để đối chiếu)").selectOption("M");
    await page.getByRole("button", { name: "Tra cứu", exact: true }).click();
    await expect(page.getByText("Số định danh cho giới tính nữ, không khớp giới tính nam đã nhập.")).toBeVisible();
  });

  test("a future date of birth and an empty search", async ({ page }) => {
    await fillDossierPurpose(page, "E2E-HS-021");
    await searchBy(page, "Họ tên và ngày sinh", { "Họ, chữ đệm và tên": "Nguyễn Văn An", "Ngày sinh": "01/01/2099" });
    await expect(page.getByText("Ngày không được sau ngày hôm nay.")).toBeVisible();
    await searchBy(page, "Số đăng ký", { "Số đăng ký": "" });
    await expect(page.getByText("Nhập số đăng ký (số trong sổ hộ tịch).")).toBeVisible();
  });
});

test("one commune cannot see another's lookups, records or dossiers", async ({ page, browser }) => {
  await signIn(page, "pleiku.canbo");
  await page.goto("/lookups");
  await fillDossierPurpose(page, "E2E-HS-PLEIKU");
  await searchBy(page, "Số định danh cá nhân", { "Số định danh cá nhân": "064198004512" });
  await page.getByRole("region", { name: "Kết quả tra cứu" }).getByRole("link", { name: "Xem" }).first().click();
  await page.waitForURL(/\/lookups\/[^/]+\/records\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Rơ Mah H'Lan");
  const recordUrl = page.url();

  const other = await browser.newPage();
  await signIn(other, "quynhon.canbo");
  const response = await other.goto(recordUrl);
  expect(response?.status()).toBe(404);
  await other.goto("/dossiers");
  await expect(other.getByRole("main")).not.toContainText("E2E-HS-PLEIKU");
  await other.goto("/access-log");
  expect((await other.goto("/access-log"))?.status()).toBe(404); // officers have no access-log page
  await other.close();

  const signer = await browser.newPage();
  await signIn(signer, "pleiku.lanhdao");
  await signer.goto("/dossiers");
  await expect(signer.getByRole("main")).toContainText("E2E-HS-PLEIKU");
  await signer.goto("/access-log");
  await expect(signer.getByRole("main")).toContainText("pleiku.canbo");
  await signer.close();
});

test("Sở Tư pháp sees every unit's dossiers and exports them as CSV", async ({ page, request }) => {
  // This spec's own dossier, made by the TTHC system for Phường Pleiku.
  const made = await request.post("/api/v1/lookups", {
    headers: { Authorization: "Bearer demo-tthc-key" },
    data: { unitCode: "23575", purpose: { kind: "dossier", dossierCode: "E2E-CSV-1", procedureCode: "1.001193", replacesPapers: ["marriage-certificate"] }, query: { personalId: "064095001873" } },
  });
  expect(made.status()).toBe(200);
  await signIn(page, "stp.canbo");
  await page.goto("/dossiers");
  await expect(page.getByRole("main")).toContainText("E2E-CSV-1");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Xuất CSV" }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text.startsWith("\uFEFFMã hồ sơ,Mã đơn vị,Đơn vị")).toBe(true);
  expect(text).toContain("E2E-CSV-1,23575,Phường Pleiku,1.001193,Đăng ký khai sinh");
  await page.goto("/access-log");
  await expect(page.getByRole("heading", { name: /Dấu hiệu khai thác bất thường/ })).toBeVisible();
});

test.describe("system API", () => {
  const body = {
    unitCode: "23575",
    purpose: { kind: "dossier", dossierCode: "E2E-API-1", procedureCode: "1.001193", replacesPapers: ["marriage-certificate"] },
    query: { personalId: "064095001873" },
  };

  test("a lookup with the demo key", async ({ request }) => {
    const res = await request.post("/api/v1/lookups", { data: body, headers: { Authorization: "Bearer demo-tthc-key" } });
    expect(res.status()).toBe(200);
    const json = await res.json();
    expect(json.lookupId).toBeTruthy();
    expect(json.results[0]).toMatchObject({ personalId: expect.any(String), currentUnitCode: "23764", match: { level: expect.any(String) } });
  });

  test("a bad key is 401, a bad field is 400 naming it, the document is public", async ({ request }) => {
    expect((await request.post("/api/v1/lookups", { data: body, headers: { Authorization: "Bearer nope-nope-nope" } })).status()).toBe(401);
    const bad = await request.post("/api/v1/lookups", { data: { ...body, query: { personalId: "123" } }, headers: { Authorization: "Bearer demo-tthc-key" } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.field).toBe("query.personalId");
    const doc = await request.get("/api/v1/openapi.json");
    expect(doc.status()).toBe(200);
    expect((await doc.json()).paths["/api/v1/lookups"].post.operationId).toBe("createLookup");
  });
});
