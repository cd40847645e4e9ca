import { test, expect } from "@playwright/test";
import { signIn } from "./helpers/session";

const body = {
  unitCode: "23575",
  purpose: { kind: "dossier", dossierCode: "E2E-KEY-1", procedureCode: "1.001193", replacesPapers: ["marriage-certificate"] },
  query: { personalId: "064095001873" },
};

test("an API key: created and shown once, used, rotated (the old key refused at once), revoked", async ({ page, request }) => {
  test.setTimeout(60_000);
  page.on("dialog", (d) => void d.accept());
  await signIn(page, "admin");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Khóa API" }).click();
  await page.getByRole("button", { name: "Tạo khóa" }).click();
  await expect(page.getByText("Vui lòng nhập tên hệ thống sử dụng khóa")).toBeVisible();
  await page.getByRole("textbox", { name: "Tên hệ thống sử dụng", exact: true }).fill("E2E hệ thống một cửa");
  await page.getByLabel("Phạm vi").selectOption({ label: "Phường Pleiku" });
  await page.getByRole("button", { name: "Tạo khóa" }).click();
  await expect(page.getByTestId("one-time-secret")).toBeVisible();
  const key = (await page.getByTestId("one-time-secret").textContent())!.trim();
  expect(key).toMatch(/^htgl_/);

  const call = (k: string) => request.post("/api/v1/lookups", { data: body, headers: { Authorization: `Bearer ${k}` } });
  expect((await call(key)).status()).toBe(200);
  // Outside its scope (another commune) the key finds no unit.
  expect((await request.post("/api/v1/lookups", { data: { ...body, unitCode: "21583" }, headers: { Authorization: `Bearer ${key}` } })).status()).toBe(404);

  await page.reload();
  const row = page.getByTestId("api-client-E2E hệ thống một cửa");
  await expect(row).not.toContainText("Chưa dùng");
  await row.getByRole("button", { name: "Đổi khóa" }).click();
  await expect(row.getByTestId("one-time-secret")).toBeVisible();
  const rotated = (await row.getByTestId("one-time-secret").textContent())!.trim();
  expect(rotated).not.toBe(key);
  expect((await call(key)).status()).toBe(401);
  expect((await call(rotated)).status()).toBe(200);

  await row.getByRole("button", { name: "Thu hồi" }).click();
  await expect(page.getByTestId("api-client-E2E hệ thống một cửa")).toContainText("Đã thu hồi");
  expect((await call(rotated)).status()).toBe(401);
});
