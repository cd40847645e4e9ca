import { test, expect } from "@playwright/test";
import { signIn } from "./helpers/session";
import { fillIntake, signAs, step, takeRequest, verifyHeading } from "./helpers/copies";

const P11 = {
  searchBy: "Số định danh cá nhân" as const,
  fields: { "Số định danh cá nhân": "001300007731" },
  row: /Khai sinh.*Vũ Minh Trang/,
  requester: { name: "Vũ Minh Trang", idNumber: "001300007731", relation: "Bản thân người được cấp", dateOfBirth: "20/10/2000" },
};

test("a copy of P11's birth (registered in Hà Nội) from the counter to delivery; the QR page follows revocation", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "pleiku.canbo");
  const { url, receipt } = await takeRequest(page, { ...P11, requester: { ...P11.requester, copies: "2" } });
  await expect(page.getByText(`Đã lập giấy tiếp nhận số ${receipt}`)).toBeVisible();
  await expect(page.getByText("Ngoài tỉnh Gia Lai")).toBeVisible();

  await page.getByRole("link", { name: "In giấy tiếp nhận", exact: true }).first().click();
  const receiptSheet = page.getByRole("article", { name: "Giấy tiếp nhận" });
  await expect(receiptSheet).toContainText("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
  await expect(receiptSheet).toContainText("16.000 đ (8.000 đ × 2 bản)");
  await expect(receiptSheet).toContainText("Thời gian hẹn trả kết quả: 17:00 ngày");

  await page.goto(url);
  await step(page, "Chuyển lãnh đạo ký", "Đã chuyển lãnh đạo ký.");
  // The signer's list puts what waits for signature first.
  const signerList = await browser.newPage();
  await signIn(signerList, "pleiku.lanhdao");
  await signerList.goto("/copies");
  await expect(signerList.getByRole("row").nth(1)).toContainText("Chờ ký");
  await signerList.close();
  const number = await signAs(browser, "pleiku.lanhdao", url);
  expect(number).toMatch(/^\d+\/\d{4}\/TLKS-BS$/);

  await page.reload();
  // A charged copy is issued against its fee receipt: without the number it stays signed.
  await page.getByRole("button", { name: "Đóng dấu, phát hành" }).click();
  await expect(page.getByText("Nhập số biên lai thu phí đã giao cho người yêu cầu.")).toBeVisible();
  const feeReceipt = `BL-E2E-${Date.now()}`;
  await page.getByLabel("Số biên lai thu phí").fill(feeReceipt);
  await step(page, "Đóng dấu, phát hành", "Đã phát hành văn bản.");
  await expect(page.getByRole("main")).toContainText(`biên lai thu phí số ${feeReceipt}`);
  await step(page, "Trả kết quả tại một cửa", "Đã ghi nhận trả kết quả.");
  await expect(page.getByText("Đã trả kết quả tại bộ phận một cửa")).toBeVisible();

  const pdfHref = await page.getByRole("link", { name: "Tải bản PDF" }).getAttribute("href");
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const verifyHref = (await page.getByRole("link", { name: "Trang kiểm tra (mã QR)" }).getAttribute("href"))!;
  expect(await verifyHeading(browser, verifyHref)).toBe("Văn bản hợp lệ");

  const signer = await browser.newPage();
  await signIn(signer, "pleiku.lanhdao");
  await signer.goto(url);
  await signer.getByText("Thu hồi văn bản đã cấp…").click();
  await signer.getByLabel("Lý do thu hồi").fill("Sổ gốc được cải chính sau khi cấp bản sao");
  await step(signer, "Xác nhận thu hồi", "Đã thu hồi văn bản.");
  // Revoked reads revoked everywhere (issue 12, item 7): the page says who, when and why, the list
  // shows it under "Đã thu hồi", never under its last workflow step.
  const revokedAlert = signer.getByRole("alert").filter({ hasText: "Văn bản đã bị thu hồi" });
  await expect(revokedAlert).toContainText("bởi Lê Văn Hùng");
  await expect(revokedAlert).toContainText("Lý do: Sổ gốc được cải chính sau khi cấp bản sao");
  await expect(signer.getByRole("main").getByText("Đã thu hồi", { exact: true }).first()).toBeVisible();
  await signer.goto("/copies");
  const row = signer.getByRole("row").filter({ hasText: receipt });
  await expect(row).toContainText("Đã thu hồi");
  await expect(row).not.toContainText("Đã trả kết quả");
  await signer.goto(`${url}/receipt`);
  await expect(signer.getByRole("article", { name: "Giấy tiếp nhận" })).toContainText("ĐÃ THU HỒI");
  await signer.close();
  expect(await verifyHeading(browser, verifyHref)).toBe("Văn bản đã bị thu hồi");
});

test("the marriage of P1 and P2 (R2), found by entry and book number, end to end", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, "pleiku.canbo");
  const { url } = await takeRequest(page, {
    searchBy: "Số đăng ký",
    fields: { "Số đăng ký": "12", "Quyển số": "01/2019" },
    row: /Kết hôn.*Ksor Bơ – Rơ Mah H'Lan/,
    requester: {
      name: "Rơ Mah H'Lan", idNumber: "064198004512", relation: "Vợ, chồng",
      authorisation: "Giấy ủy quyền của ông Ksor Bơ ngày 20/11/2026", relationshipProof: "Giấy chứng nhận kết hôn số 12, quyển 01/2019",
    },
  });
  await expect(page.getByRole("main")).toContainText("Giấy chứng nhận kết hôn số 12, quyển 01/2019");
  await expect(page.getByText("Xã, phường khác trong tỉnh")).toBeVisible();
  await step(page, "Chuyển lãnh đạo ký", "Đã chuyển lãnh đạo ký.");
  expect(await signAs(browser, "pleiku.lanhdao", url)).toMatch(/^\d+\/\d{4}\/TLKH-BS$/);
  await page.reload();
  const feeReceipt = `BL-E2E-${Date.now()}`;
  await page.getByLabel("Số biên lai thu phí").fill(feeReceipt);
  await step(page, "Đóng dấu, phát hành", "Đã phát hành văn bản.");
  await step(page, "Trả kết quả tại một cửa", "Đã ghi nhận trả kết quả.");
  await page.goto("/copies/register");
  await expect(page.getByRole("main")).toContainText(`BL ${feeReceipt}`);
  await expect(page.getByRole("main")).toContainText("Bản sao trích lục kết hôn");
  const exported = await page.request.get(await page.getByRole("link", { name: "Xuất Excel (.xlsx)" }).getAttribute("href").then((h) => h!));
  expect(exported.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
});

test("a refusal needs its reason; the refused request offers no further step", async ({ page }) => {
  await signIn(page, "pleiku.canbo");
  await fillIntake(page, { ...P11, requester: { name: "Nguyễn Văn Khách", idNumber: "064090009999", relation: "Người được ủy quyền" } });
  await page.getByRole("button", { name: "Lập giấy tiếp nhận" }).click();
  // An authorised person must give the certified authorisation: the form says so at the fields.
  await expect(page.getByText("Nhập số, ngày văn bản ủy quyền đã được công chứng, chứng thực.")).toBeVisible();
  await expect(page.getByText("Nhập cơ quan, tổ chức đã công chứng, chứng thực văn bản ủy quyền.")).toBeVisible();
  await page.getByLabel("Văn bản ủy quyền (số, ngày)").fill("Giấy ủy quyền ngày 01/11/2026");
  await page.getByLabel("Nơi công chứng, chứng thực").fill("UBND phường Pleiku");
  await page.getByLabel("Số công chứng, chứng thực").fill("88/2026/SCT");
  await page.getByLabel("Ngày công chứng, chứng thực").fill("02/11/2026");
  await page.getByRole("button", { name: "Lập giấy tiếp nhận" }).click();
  await page.waitForURL(/\?created=1$/);
  await page.getByText("Từ chối yêu cầu…").click();
  await page.getByLabel("Lý do từ chối (thông báo cho người yêu cầu)").fill("Thiếu");
  await page.getByRole("button", { name: "Xác nhận từ chối" }).click();
  await expect(page.getByText("Nêu rõ lý do (ít nhất 10 ký tự).")).toBeVisible();
  await page.getByLabel("Lý do từ chối (thông báo cho người yêu cầu)").fill("Văn bản ủy quyền chưa được công chứng, chứng thực");
  await step(page, "Xác nhận từ chối", "Đã từ chối yêu cầu.");
  await expect(page.getByText("Không có thao tác nào dành cho bạn ở bước này.")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Lý do: Văn bản ủy quyền chưa được công chứng, chứng thực");
});

test("another commune cannot open the request", async ({ page, browser }) => {
  await signIn(page, "pleiku.canbo");
  const { url } = await takeRequest(page, P11);
  const other = await browser.newPage();
  await signIn(other, "quynhon.canbo");
  expect((await other.goto(url))?.status()).toBe(404);
  await other.goto("/copies");
  await expect(other.getByRole("main")).not.toContainText("Vũ Minh Trang");
  await other.close();
});

test("a confirmation (2.002516) for the wife of a marriage found by its registration number: she is chosen, the request says what to confirm", async ({ page }) => {
  await signIn(page, "pleiku.canbo");
  await fillIntake(page, {
    kind: "Xác nhận thông tin hộ tịch",
    searchBy: "Số đăng ký",
    fields: { "Số đăng ký": "12", "Quyển số": "01/2019" },
    row: /Kết hôn.*Ksor Bơ – Rơ Mah H'Lan/,
    requester: { name: "Ro Mah H Lan", idNumber: "064198004512", relation: "Bản thân người được cấp", dateOfBirth: "12/03/1998", subject: /^Rơ Mah H'Lan/ },
  });
  await page.getByLabel("Nội dung đề nghị xác nhận").fill("Xác nhận việc đăng ký kết hôn với ông Ksor Bơ");
  await page.getByLabel("Mục đích sử dụng văn bản xác nhận").fill("Bổ sung hồ sơ hưởng bảo hiểm xã hội");
  await page.getByRole("button", { name: "Lập giấy tiếp nhận" }).click();
  await page.waitForURL(/\?created=1$/);
  const main = page.getByRole("main");
  await expect(main).toContainText("2.002516 — Xác nhận thông tin hộ tịch");
  await expect(main).toContainText("Xác nhận việc đăng ký kết hôn với ông Ksor Bơ");
  await expect(main).toContainText("Kết hôn: Rơ Mah H'Lan (vợ)");
});
