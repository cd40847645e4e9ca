import { test, expect } from "@playwright/test";
import { signIn } from "./helpers/session";
import { fillIntake, signAs, step } from "./helpers/copies";

// A copy delivered online: signed digitally with the unit's (demo) certificate, registered with the
// national system, and checkable by anyone holding the file.
const P11_ONLINE = {
  searchBy: "Số định danh cá nhân" as const,
  fields: { "Số định danh cá nhân": "001300007731" },
  row: /Khai sinh.*Vũ Minh Trang/,
  requester: { name: "Vũ Minh Trang", idNumber: "001300007731", relation: "Bản thân người được cấp" },
};

test("a copy for online delivery is signed PAdES, registered nationally, and /verify recognises the issued file and refuses an altered one", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "pleiku.canbo");
  await fillIntake(page, P11_ONLINE);
  await page.getByRole("radio", { name: /Trực tuyến/ }).check();
  await page.getByRole("button", { name: "Lập giấy tiếp nhận" }).click();
  await page.waitForURL(/\/copies\/[^/?]+\?created=1$/);
  const url = page.url().replace(/\?created=1$/, "");
  await step(page, "Chuyển lãnh đạo ký", "Đã chuyển lãnh đạo ký.");
  await signAs(browser, "pleiku.lanhdao", url);
  await page.reload();

  const documentCard = page.getByRole("region", { name: "Văn bản đã cấp" }).or(page.locator("section", { hasText: "Văn bản đã cấp" })).first();
  await expect(documentCard).toContainText("Đã ký số (PAdES)");
  await expect(page.getByTestId("registration-register")).toContainText("Đã đăng ký với hệ thống quốc gia");

  const pdf = await page.request.get((await page.getByRole("link", { name: "Tải bản PDF" }).getAttribute("href"))!);
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect(bytes.includes(Buffer.from("/SubFilter /ETSI.CAdES.detached"))).toBe(true);

  // Anyone with the file, no session: the signature's facts, and the file compared with the issued one.
  const verifyHref = (await page.getByRole("link", { name: "Trang kiểm tra (mã QR)" }).getAttribute("href"))!;
  const context = await browser.newContext();
  const checker = await context.newPage();
  await checker.goto(verifyHref);
  await expect(checker.getByRole("status").getByRole("heading", { level: 2 })).toHaveText("Văn bản hợp lệ");
  const signature = checker.locator("section", { has: checker.getByRole("heading", { name: "Chữ ký số" }) });
  await expect(signature).toContainText("DEMO — không có giá trị pháp lý");
  await expect(signature).toContainText("Lê Văn Hùng — Phó Chủ tịch");
  await expect(signature).toContainText("Đã đăng ký");
  await checker.getByLabel("Tệp PDF", { exact: true }).setInputFiles({ name: "ban-sao.pdf", mimeType: "application/pdf", buffer: bytes });
  await checker.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(checker.getByText("Tệp trùng khớp từng byte với văn bản đã cấp.")).toBeVisible();
  const altered = Buffer.from(bytes);
  altered[altered.length - 20] = altered[altered.length - 20]! ^ 1;
  await checker.getByLabel("Tệp PDF", { exact: true }).setInputFiles({ name: "ban-sao-sua.pdf", mimeType: "application/pdf", buffer: altered });
  await checker.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(checker.getByText("Tệp KHÔNG phải là văn bản đã cấp: đã bị thay đổi, hoặc là tệp khác.")).toBeVisible();
  await context.close();
});
