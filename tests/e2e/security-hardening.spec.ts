import { test, expect, type APIRequestContext, type Browser } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/seed/demo";
import { freshTotpCode, signIn } from "./helpers/session";
import { E2E } from "./config";

// Issue 13, parts 3–5: the second factor cannot be skipped, every sign-out ends the session on the
// server, pages send a strict set of security headers, and anonymous callers see only what a load
// balancer needs.

const BASE = `http://127.0.0.1:${E2E.port}`;
const CODE_LABEL = "Mã xác thực (6 chữ số) hoặc mã khôi phục";

async function csrfToken(request: APIRequestContext): Promise<string> {
  return ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

/** Whether a fresh browser holding only these cookies is let into /lookups. */
async function opensLookups(browser: Browser, cookies: Parameters<import("@playwright/test").BrowserContext["addCookies"]>[0]): Promise<boolean> {
  const context = await browser.newContext({ baseURL: BASE });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto("/lookups");
  const inside = !new URL(page.url()).pathname.startsWith("/login");
  await context.close();
  return inside;
}

test("the password step of a two-factor sign-in puts no challenge in a URL and opens no session", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: BASE });
  const response = await api.post("/api/auth/callback/credentials", {
    form: { username: "stp.canbo", password: DEMO_PASSWORD, csrfToken: await csrfToken(api), callbackUrl: "/" },
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  // A step name at most ("totp"), never a token that a history entry or an access log would keep.
  expect(new URL(location, BASE).searchParams.get("code") ?? "").toMatch(/^[a-z]*$/);
  expect((await api.storageState()).cookies.map((c) => c.name)).not.toContainEqual(expect.stringContaining("session-token"));
  await api.dispose();
});

test("a sign-in challenge works once, only in the browser that passed the password, and lives in an HttpOnly SameSite=Strict cookie", async ({ page, browser }) => {
  // Two fresh codes of one account: freshTotpCode may wait for the next 30-second step.
  test.setTimeout(120_000);
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill("stp.canbo");
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByLabel(CODE_LABEL)).toBeVisible();
  // Whatever this browser holds of the challenge: a hidden field (readable by any script) or a cookie.
  const hidden = page.locator('input[name="challenge"]');
  const hiddenValue = (await hidden.count()) ? await hidden.inputValue() : null;
  const challengeCookie = (await page.context().cookies()).find((c) => /challenge/i.test(c.name));
  const held = hiddenValue ?? challengeCookie?.value ?? "";
  expect(held).not.toBe("");

  await page.getByLabel(CODE_LABEL).fill(await freshTotpCode("stp.canbo"));
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Xin chào/ })).toBeVisible();

  // Another client replays the used challenge (as a form field and as a cookie) with a current code.
  const attacker = await browser.newContext({ baseURL: BASE });
  if (challengeCookie) await attacker.addCookies([{ ...challengeCookie, path: "/" }]);
  await attacker.request.post("/api/auth/callback/credentials", {
    form: { challenge: held, code: await freshTotpCode("stp.canbo"), csrfToken: await csrfToken(attacker.request), callbackUrl: "/" },
    maxRedirects: 0,
  });
  const attackerPage = await attacker.newPage();
  await attackerPage.goto("/lookups");
  await expect(attackerPage).toHaveURL(/\/login/);
  await attacker.close();

  expect(hiddenValue, "the challenge must not sit in the page").toBeNull();
  expect(challengeCookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
  expect((await page.context().cookies()).find((c) => c.name === challengeCookie!.name), "spent at sign-in").toBeUndefined();
});

test("next-auth's own sign-out (POST /api/auth/signout) ends the session on the server", async ({ page, browser }) => {
  await signIn(page, "pleiku.canbo");
  const copied = await page.context().cookies();
  expect(await opensLookups(browser, copied)).toBe(true);
  const out = await page.request.post("/api/auth/signout", { form: { csrfToken: await csrfToken(page.request), callbackUrl: "/login" }, maxRedirects: 0 });
  expect(out.status()).toBeLessThan(400);
  expect(await opensLookups(browser, copied)).toBe(false);
});

test("pages send a nonce-based Content-Security-Policy, Permissions-Policy, COOP and HSTS, and run under them", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply)/i.test(m.text())) violations.push(m.text());
  });
  const response = (await page.goto("/login"))!;
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /script-src [^;]*'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  const nonces = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(nonces.every((n) => n === nonce)).toBe(true);
  // A fresh nonce for every page view.
  const again = (await page.reload())!.headers()["content-security-policy"] ?? "";
  expect(again).not.toContain(`'nonce-${nonce}'`);

  // The portal works under the policy: the sign-in form (client component) and the dashboard's charts.
  await signIn(page, "stp.canbo");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("anonymous /api/health answers only the status; details need an administrator or the monitoring token; liveness stands alone", async ({ playwright, page, browser }) => {
  test.setTimeout(90_000);
  const anonymous = await playwright.request.newContext({ baseURL: BASE });
  const plain = await anonymous.get("/api/health");
  expect(plain.status()).toBe(200);
  expect(await plain.json()).toEqual({ status: "ok" });
  const wrongToken = await anonymous.get("/api/health", { headers: { authorization: "Bearer not-the-token" } });
  expect(Object.keys(await wrongToken.json())).toEqual(["status"]);

  const withToken = await anonymous.get("/api/health", { headers: { authorization: `Bearer ${E2E.monitoringToken}` } });
  expect(await withToken.json()).toMatchObject({ status: expect.any(String), database: { ok: true }, civilRegistry: expect.any(Object), population: expect.any(Object), version: expect.any(String) });

  const live = await anonymous.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });
  await anonymous.dispose();

  await signIn(page, "pleiku.canbo");
  expect(Object.keys(await (await page.request.get("/api/health")).json())).toEqual(["status"]);
  // The administrator in a browser of their own (a prefetch in flight could bring the officer's cookie back).
  const adminPage = await browser.newPage({ baseURL: BASE });
  await signIn(adminPage, "admin");
  expect(await (await adminPage.request.get("/api/health")).json()).toMatchObject({ database: { ok: true }, version: expect.any(String) });
  await adminPage.close();
});
