import { test, expect } from "@playwright/test";
import { generate } from "otplib";
import { signIn, signOut } from "./helpers/session";

const USERNAME = "e2e.lanhdao2fa";
const NEW_PASSWORD = "Nui-Ham-Rong-2026";
const nextStepCode = (secret: string, stepsAhead: number) => generate({ secret, epoch: (Math.floor(Date.now() / 30_000) + stepsAhead) * 30 });

test("a new signer: created by the administrator, enrols two-factor at first sign-in, changes the temporary password, signs in with a code", async ({ page }) => {
  test.setTimeout(90_000);
  page.on("dialog", (d) => void d.accept());
  // The administrator creates the account; the temporary password is shown once.
  await signIn(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByRole("textbox", { name: "Tên đăng nhập", exact: true }).fill(USERNAME);
  await page.getByRole("textbox", { name: "Họ và tên", exact: true }).fill("Lãnh Đạo Kiểm Thử");
  await page.getByLabel("Vai trò").selectOption("COMMUNE_SIGNER");
  await page.getByLabel("Đơn vị công tác").selectOption({ label: "Phường Pleiku" });
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByTestId("one-time-secret")).toBeVisible();
  const temporary = (await page.getByTestId("one-time-secret").textContent())!.trim();
  expect(temporary).toHaveLength(12);
  await signOut(page);

  // First sign-in: password, then enrolment (QR and secret), with a wrong code refused first.
  await page.getByLabel("Tên đăng nhập").fill(USERNAME);
  await page.getByLabel("Mật khẩu").fill(temporary);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("heading", { name: "Thiết lập xác thực hai lớp" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Mã QR/ })).toBeVisible();
  await expect(page.getByTestId("totp-secret")).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Mã 6 chữ số từ ứng dụng xác thực").fill("000000");
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByText("Mã không khớp.")).toBeVisible();
  const enrolmentCode = await nextStepCode(secret, 0);
  await page.getByLabel("Mã 6 chữ số từ ứng dụng xác thực").fill(enrolmentCode);
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  const codes = (await page.getByTestId("recovery-codes").locator("li").allTextContents()).map((c) => c.trim());
  await page.getByRole("button", { name: "Tôi đã lưu mã, tiếp tục" }).click();

  // The temporary password must be changed before anything else; the rule answers at the field.
  await expect(page).toHaveURL(/\/account\/password/);
  await page.goto("/copies");
  await expect(page).toHaveURL(/\/account\/password/);
  await page.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("matkhau123");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("matkhau123");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByText("Mật khẩu phải có chữ hoa, chữ thường, chữ số và ký tự đặc biệt")).toBeVisible();
  await page.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByText("Đã đổi mật khẩu. Vui lòng đăng nhập bằng mật khẩu mới.")).toBeVisible();

  // Sign-in with a code: the code already used is refused (replay), a fresh one opens the portal.
  await page.getByLabel("Tên đăng nhập").fill(USERNAME);
  await page.getByLabel("Mật khẩu").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("heading", { name: "Xác thực hai lớp" })).toBeVisible();
  await page.getByLabel("Mã xác thực (6 chữ số) hoặc mã khôi phục").fill(enrolmentCode);
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByText("Mã xác thực không đúng hoặc đã được dùng.")).toBeVisible();
  await page.getByLabel("Mã xác thực (6 chữ số) hoặc mã khôi phục").fill(await nextStepCode(secret, 1));
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Xin chào, Lãnh Đạo Kiểm Thử" })).toBeVisible();
  await signOut(page);

  // A recovery code works instead of the authenticator, once.
  for (const expected of ["Xin chào", "Mã xác thực không đúng"]) {
    await page.getByLabel("Tên đăng nhập").fill(USERNAME);
    await page.getByLabel("Mật khẩu").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByLabel("Mã xác thực (6 chữ số) hoặc mã khôi phục").fill(codes[0]!);
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await expect(page.getByText(expected).first()).toBeVisible();
    if (expected === "Xin chào") await signOut(page);
  }
});
