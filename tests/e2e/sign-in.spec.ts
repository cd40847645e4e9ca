import { test, expect } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../lib/seed/demo";
import { signIn, signOut } from "./helpers/session";
import { createOfficer } from "./helpers/db";

// What each role's home page must show, beyond the greeting.
const HOME_MARKERS: Record<string, RegExp> = {
  COMMUNE_OFFICER: /Kỳ báo cáo sắp đến hạn/,
  COMMUNE_SIGNER: /Ký duyệt bản sao trích lục/,
  PROVINCIAL_OFFICER: /135 đơn vị hành chính cấp xã/,
  AGENCY_USER: /chỉ xem được các yêu cầu do cơ quan mình gửi/,
  ADMINISTRATOR: /Tài khoản theo vai trò/,
};
const ROLE_LABEL: Record<string, string> = {
  COMMUNE_OFFICER: "Công chức tư pháp - hộ tịch",
  COMMUNE_SIGNER: "Lãnh đạo UBND cấp xã",
  PROVINCIAL_OFFICER: "Cán bộ Sở Tư pháp",
  AGENCY_USER: "Cán bộ cơ quan, tổ chức",
  ADMINISTRATOR: "Quản trị hệ thống",
};

test("an anonymous visitor is sent to the Vietnamese sign-in page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

for (const account of DEMO_ACCOUNTS) {
  test(`${account.username} signs in and lands on the ${account.role} home page`, async ({ page }) => {
    await signIn(page, account.username);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${account.fullName}`);
    await expect(page.getByTestId("header-user")).toContainText(ROLE_LABEL[account.role]!);
    await expect(page.getByRole("main")).toContainText(HOME_MARKERS[account.role]!);
    await signOut(page);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a commune officer's home shows the unit and the former communes it took over", async ({ page }) => {
  await signIn(page, "pleiku.canbo");
  await expect(page.getByTestId("header-user")).toContainText("Phường Pleiku");
  await expect(page.getByRole("main")).toContainText("Sổ hộ tịch của các đơn vị trước sắp xếp");
  await expect(page.getByRole("main")).toContainText("Thành phố Pleiku");
});

test("a wrong password is refused with a plain message at the form", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill("pleiku.canbo");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("#sign-in-error")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await expect(page.getByLabel("Tên đăng nhập")).toHaveValue("pleiku.canbo");
});

test("empty fields get a message at each field", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByText("Vui lòng nhập tên đăng nhập.")).toBeVisible();
  await expect(page.getByText("Vui lòng nhập mật khẩu.")).toBeVisible();
});

test("five wrong passwords lock the account for 15 minutes, and the person is told so", async ({ page }) => {
  await createOfficer("e2e.khoa", "Dung-Mat-Khau-9");
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Tên đăng nhập").fill("e2e.khoa");
    await page.getByLabel("Mật khẩu").fill(`sai-${i}`);
    // Wait for each answer, so that five attempts really reach the server.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
      page.getByRole("button", { name: "Đăng nhập" }).click(),
    ]);
    await expect(page.locator("#sign-in-error")).toBeVisible();
  }
  await expect(page.locator("#sign-in-error")).toContainText("Tài khoản đã bị tạm khóa 15 phút do đăng nhập sai (mật khẩu hoặc mã xác thực) 5 lần liên tiếp");
  // Even the right password is refused while locked.
  await page.getByLabel("Tên đăng nhập").fill("e2e.khoa");
  await page.getByLabel("Mật khẩu").fill("Dung-Mat-Khau-9");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("#sign-in-error")).toContainText("tạm khóa");
});

test("an officer keyboard-signs-in: Tab order reaches the button and Enter submits", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").focus();
  await page.keyboard.type("quynhon.canbo");
  await page.keyboard.press("Tab");
  await page.keyboard.type("HoTich@2025");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /^Xin chào/ })).toBeVisible();
});

test("administration pages answer 404 to other roles", async ({ page }) => {
  await signIn(page, "stp.canbo");
  const response = await page.goto("/admin/security-log");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).not.toContainText("Nhật ký đăng nhập");
});

test("the administrator reads the security log with sign-ins and failures", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Nhật ký đăng nhập" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhật ký đăng nhập" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Đăng nhập thành công");
  await page.getByLabel("Loại sự kiện").selectOption("ACCOUNT_LOCKED");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/type=ACCOUNT_LOCKED/);
});
