import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";
import { DEMO_PASSWORD } from "../../../lib/seed/demo";
import { DEMO_TOTP_SECRET } from "../../../lib/seed/demo-two-factor";
import { createPrismaClient } from "../../../lib/db/client";
import { E2E } from "../config";

const CODE_LABEL = "Mã xác thực (6 chữ số) hoặc mã khôi phục";

let prisma: ReturnType<typeof createPrismaClient> | undefined;

/**
 * A TOTP code the server has not accepted yet. A code is accepted once per 30-second step (replay
 * protection), and specs sign the same account in several times a minute: take the first step after
 * the last one used, up to one step ahead (the server's drift window), waiting if both are spent.
 */
export async function freshTotpCode(username: string, secret = DEMO_TOTP_SECRET): Promise<string> {
  prisma ??= createPrismaClient(E2E.databaseUrl, { max: 1 });
  for (;;) {
    const user = await prisma.user.findUnique({ where: { username }, select: { totpLastStep: true } });
    const current = Math.floor(Date.now() / 1000 / 30);
    const step = Math.max(current, (user?.totpLastStep ?? 0) + 1);
    if (step <= current + 1) return generate({ secret, epoch: step * 30 });
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

/**
 * Signs in through the form, as a person would, and waits for the home page. Accounts whose role
 * needs two-factor sign-in get their code computed from their secret (the demo accounts' public one).
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, totpSecret = DEMO_TOTP_SECRET): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  const home = page.getByRole("heading", { level: 1, name: /^Xin chào/ });
  const code = page.getByLabel(CODE_LABEL);
  await expect(home.or(code)).toBeVisible();
  if (await code.isVisible()) {
    await code.fill(await freshTotpCode(username, totpSecret));
    await page.getByRole("button", { name: "Xác nhận" }).click();
  }
  await expect(home).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByText("Bạn đã đăng xuất.")).toBeVisible();
}
