// Issue 15, point 4: a copy request filed by the provincial TTHC system through the API is taken,
// prepared and signed in the browser by the commune like any other, and the TTHC system follows its
// status and downloads the signed PDF through the API, to deliver to the citizen's account.
import { test, expect } from "@playwright/test";
import { signIn } from "./helpers/session";
import { signAs, step } from "./helpers/copies";

const KEY = { Authorization: "Bearer demo-tthc-key" };

test("TTHC system files a copy request → the commune prepares it, the leader signs it → the system downloads the signed PDF", async ({ page, browser, request }) => {
  test.setTimeout(90_000);
  const dossierCode = `E2E-TTHC-${Date.now()}`;
  const filed = await request.post("/api/v1/copy-requests", {
    headers: KEY,
    data: { dossierCode, unitCode: "23575", record: { query: { personalId: "001300007731" }, eventTypes: ["BIRTH"] }, requester: { name: "Vũ Minh Trang", idNumber: "001300007731", relation: "SELF" }, copies: 1 },
  });
  expect(filed.status()).toBe(201);
  const created = await filed.json();
  expect(created).toMatchObject({ dossierCode, status: "RECEIVED", document: null });
  // Filing the same dossier again gives the same request.
  const again = await request.post("/api/v1/copy-requests", { headers: KEY, data: { dossierCode, unitCode: "23575", record: { query: { personalId: "001300007731" }, eventTypes: ["BIRTH"] }, requester: { name: "Vũ Minh Trang", idNumber: "001300007731", relation: "SELF" } } });
  expect(again.status()).toBe(200);
  expect((await again.json()).id).toBe(created.id);
  expect((await request.get(`/api/v1/copy-requests/${created.id}/document`, { headers: KEY })).status()).toBe(409);

  // The commune's officer finds it in the queue, marked as coming from the TTHC system.
  await signIn(page, "pleiku.canbo");
  await page.goto("/copies");
  const row = page.getByRole("row", { name: new RegExp(created.receiptNumber) });
  await expect(row.getByTestId("tthc-badge")).toHaveText(`Hệ thống TTHC · ${dossierCode}`);
  await row.getByRole("link", { name: created.receiptNumber }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(created.receiptNumber);
  await expect(page.getByTestId("tthc-badge")).toBeVisible();
  await step(page, "Chuyển lãnh đạo ký", "Đã chuyển lãnh đạo ký.");
  expect((await (await request.get(`/api/v1/copy-requests/${created.id}`, { headers: KEY })).json()).status).toBe("PREPARED");

  const number = await signAs(browser, "pleiku.lanhdao", page.url());
  expect(number).toMatch(/TLKS-BS$/);

  const status = await (await request.get(`/api/v1/copy-requests/${created.id}`, { headers: KEY })).json();
  expect(status).toMatchObject({ status: "SIGNED", document: { number, revoked: false } });
  const pdf = await request.get(`/api/v1/copy-requests/${created.id}/document`, { headers: KEY });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename="[\w.-]+\.pdf"; filename\*=UTF-8''.+\.pdf$/);
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // The file the TTHC system delivers online carries the commune's digital signature (PAdES).
  expect((await pdf.body()).includes(Buffer.from("/SubFilter /ETSI.CAdES.detached"))).toBe(true);
});
