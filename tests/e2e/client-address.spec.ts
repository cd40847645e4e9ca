import { test, expect } from "@playwright/test";
import { withE2eDatabase } from "./helpers/db";

// Issue 13, part 2, against the real server: whatever X-Forwarded-For a client writes, the address
// logged and rate-limited is the connection's (the e2e server sets no TRUSTED_PROXIES). This is the
// check that Next.js fills X-Forwarded-For with the socket once proxy.ts has moved the client's aside.
const SPOOF = (i: number) => ({ "X-Forwarded-For": `6.6.${i}.6, 10.9.8.${i}`, "X-Real-IP": `7.7.7.${i}` });

test("invented X-Forwarded-For entries do not buy fresh verification buckets", async ({ request }) => {
  // Counted in the database per address; not run to exhaustion, since other specs verify from 127.0.0.1 too.
  for (let i = 0; i < 3; i++) expect((await request.get("/api/v1/verify/AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA", { headers: SPOOF(i) })).status()).toBe(200);
  // Nor does a chain written as X-Portal-Forwarded-For, the header a proxy may send it in (the
  // system API then skips proxy.ts): from a client, not a trusted proxy, it is not believed.
  for (let i = 0; i < 3; i++) {
    const headers = { "X-Portal-Forwarded-For": `6.6.${i}.7, 10.9.7.${i}` };
    expect((await request.get("/api/v1/verify/AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAA", { headers })).status()).toBe(200);
  }
  const keys = await withE2eDatabase((db) => db.rateLimitBucket.findMany({ where: { key: { startsWith: "verify:" } }, select: { key: true } }));
  expect(keys.map((k) => k.key)).toEqual(["verify:127.0.0.1"]);
});

test("the security log records the connection's address, not the client's first X-Forwarded-For entry", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: SPOOF(1) });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill("gia.mao.e2e");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByText("Tên đăng nhập hoặc mật khẩu không đúng.")).toBeVisible();
  const events = await withE2eDatabase((db) => db.securityEvent.findMany({ where: { username: "gia.mao.e2e" } }));
  expect(events.map((e) => e.ip)).toEqual(["127.0.0.1"]);
  await context.close();
});
