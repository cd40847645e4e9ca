import { test, expect, type Page } from "@playwright/test";
import { withE2eDatabase } from "./helpers/db";
import { FAULTS, heal, health, mockRequests, setFaults, type FaultKind } from "./helpers/faults";
import { expectResults, fillDossierPurpose, searchBy } from "./helpers/lookup";
import { signIn } from "./helpers/session";
import { E2E } from "./config";

// A national system failing — by error, timeout or malformed answer — is named to the officer with
// what to do, and each look leaves exactly one access-log row. Run against `next start` and `next dev`
// (E2E_NEXT=dev): the typed errors must be told apart across the development bundles too.

const NAMES = { civilRegistry: "Hệ thống đăng ký, quản lý hộ tịch điện tử (Bộ Tư pháp)", population: "Cơ sở dữ liệu quốc gia về dân cư" };
const WHAT: Record<FaultKind, string> = { error: "đang gặp lỗi", timeout: "không trả lời trong thời gian chờ", malformed: "trả về dữ liệu không hợp lệ" };
const LOGGED_KIND: Record<FaultKind, string> = { error: "unavailable", timeout: "timeout", malformed: "bad_response" };
const KINDS: FaultKind[] = ["error", "timeout", "malformed"];
const P1 = "064198004512";
// Each run (start, dev) has a fresh database, but a retried test must not find its own earlier rows.
const code = (name: string) => `E2E-UP-${name}-${Date.now().toString(36)}`;

/** The access-log rows of one dossier's looks, oldest first: "SYSTEM OPERATION OUTCOME errorKind". */
async function logRows(dossierCode: string): Promise<string[]> {
  const rows = await withE2eDatabase((db) => db.accessLog.findMany({ where: { purposeRef: dossierCode }, orderBy: { seq: "asc" } }));
  return rows.map((r) => [r.system, r.operation, r.outcome, r.errorKind].filter(Boolean).join(" "));
}

/** The officer's advice: try again later, carry on with paper, call IT. */
function expectAdvice(text: string) {
  expect(text).toMatch(/thử lại sau khoảng \d+ phút/);
  expect(text).toContain("giấy tờ");
  expect(text).toContain("công nghệ thông tin");
}

async function searchP1(page: Page, dossierCode: string) {
  await page.goto("/lookups");
  await fillDossierPurpose(page, dossierCode);
  await searchBy(page, "Số định danh cá nhân", { "Số định danh cá nhân": P1 });
}

test.describe("a national system fails", () => {
  test.beforeEach(async ({ page, request }) => {
    await heal(request);
    await signIn(page, "pleiku.canbo");
  });
  test.afterEach(async ({ request }) => heal(request));

  for (const kind of KINDS) {
    test(`civil registry, ${kind}: the lookup form names the system, one UPSTREAM_FAILURE row`, async ({ page, request }) => {
      const dossier = code(`CR-${kind}`);
      await setFaults(request, { civilRegistry: FAULTS[kind] });
      await searchP1(page, dossier);
      const alert = page.getByRole("alert").filter({ hasText: "Không tra cứu được" });
      await expect(alert).toContainText(NAMES.civilRegistry, { timeout: 20_000 });
      await expect(alert).toContainText(WHAT[kind]);
      expectAdvice((await alert.textContent()) ?? "");
      await expect(page.getByRole("region", { name: "Kết quả tra cứu" })).toHaveCount(0);
      expect(await logRows(dossier)).toEqual([`CIVIL_REGISTRY SEARCH UPSTREAM_FAILURE ${LOGGED_KIND[kind]}`]);
    });

    test(`population database, ${kind}: the record page shows the register and a notice, one row per look`, async ({ page, request }) => {
      const dossier = code(`POP-${kind}`);
      await searchP1(page, dossier);
      await expectResults(page);
      await setFaults(request, { population: FAULTS[kind] });
      await page.getByRole("region", { name: "Kết quả tra cứu" }).getByRole("row", { name: /Khai sinh/ }).getByRole("link", { name: "Xem" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Khai sinh: Rơ Mah H'Lan", { timeout: 20_000 });
      await expect(page.getByRole("region", { name: "Hệ thống hộ tịch điện tử (Bộ Tư pháp)" })).toContainText("UBND thị trấn Ia Kha");
      const notice = page.getByRole("region", { name: "CSDL quốc gia về dân cư (Bộ Công an)" }).getByRole("alert");
      await expect(notice).toContainText(NAMES.population);
      await expect(notice).toContainText(WHAT[kind]);
      expectAdvice((await notice.textContent()) ?? "");
      expect(await logRows(dossier)).toEqual([
        "CIVIL_REGISTRY SEARCH FOUND",
        "CIVIL_REGISTRY GET_RECORD FOUND",
        `POPULATION GET_CITIZEN UPSTREAM_FAILURE ${LOGGED_KIND[kind]}`,
      ]);
    });
  }

  test("civil registry fails when the record is opened: the page says so, one GET_RECORD row", async ({ page, request }) => {
    const dossier = code("CR-OPEN");
    await searchP1(page, dossier);
    await expectResults(page);
    await setFaults(request, { civilRegistry: FAULTS.error });
    await page.getByRole("region", { name: "Kết quả tra cứu" }).getByRole("row", { name: /Khai sinh/ }).getByRole("link", { name: "Xem" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Không lấy được bản ghi" });
    await expect(alert).toContainText(NAMES.civilRegistry, { timeout: 20_000 });
    expectAdvice((await alert.textContent()) ?? "");
    expect(await logRows(dossier)).toEqual(["CIVIL_REGISTRY SEARCH FOUND", "CIVIL_REGISTRY GET_RECORD UPSTREAM_FAILURE unavailable"]);
  });

  test("the system API answers 503 naming the system, and logs the look once", async ({ request }) => {
    const dossier = code("API");
    await setFaults(request, { civilRegistry: FAULTS.malformed });
    const res = await request.post("/api/v1/lookups", {
      headers: { Authorization: "Bearer demo-tthc-key" },
      data: { unitCode: "23575", purpose: { kind: "dossier", dossierCode: dossier, procedureCode: "1.001193", replacesPapers: ["marriage-certificate"] }, query: { personalId: "064095001873" } },
    });
    expect(res.status()).toBe(503);
    expect((await res.json()).error).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", system: "civilRegistry", kind: "bad_response" });
    expect(await logRows(dossier)).toEqual(["CIVIL_REGISTRY SEARCH UPSTREAM_FAILURE bad_response"]);
  });

  test("the circuit breaker opens after repeated failures, spares the system, and recovers", async ({ page, request }) => {
    // The form first, so that only the API calls below separate the breaker opening from the search
    // (a slow page, e.g. compiled on demand by next dev, would outlast the cool-down).
    const dossier = code("BRK-OPEN");
    await page.goto("/lookups");
    await fillDossierPurpose(page, dossier);
    await page.getByRole("radio", { name: "Số định danh cá nhân", exact: true }).check();
    await page.getByRole("textbox", { name: "Số định danh cá nhân", exact: true }).fill(P1);
    await setFaults(request, { civilRegistry: FAULTS.error });
    // Failing lookups through the API until the breaker opens (each one tries 1 + retries times).
    const api = (dossierCode: string) =>
      request.post("/api/v1/lookups", {
        headers: { Authorization: "Bearer demo-tthc-key" },
        data: { unitCode: "23575", purpose: { kind: "dossier", dossierCode, procedureCode: "1.001193", replacesPapers: ["marriage-certificate"] }, query: { personalId: "064095001873" } },
      });
    // Each instance keeps its own breaker (one adapter per process): behind nginx's round robin
    // (E2E_CLUSTER=N) every instance must see the failures itself, so N times as many calls.
    const tries = Math.ceil(E2E.upstream.breakerThreshold / (1 + E2E.upstream.retries)) * Math.max(1, E2E.cluster);
    for (let i = 0; i < tries; i++) expect((await api(code(`BRK-${i}`))).status()).toBe(503);
    expect((await health(request)).civilRegistry.breaker).toBe("open");

    // Open: the officer is told at once, the system is not called, the look is still logged.
    const before = await mockRequests(request);
    await page.getByRole("button", { name: "Tra cứu", exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Không tra cứu được" });
    await expect(alert).toContainText(NAMES.civilRegistry);
    await expect(alert).toContainText("tạm ngừng");
    expectAdvice((await alert.textContent()) ?? "");
    expect((await mockRequests(request)).civilRegistry).toBe(before.civilRegistry);
    expect(await logRows(dossier)).toEqual(["CIVIL_REGISTRY SEARCH UPSTREAM_FAILURE circuit_open"]);

    // The system is back: after the cool-down one trial call closes the breaker and lookups work.
    await heal(request);
    const after = code("BRK-AFTER");
    await searchP1(page, after);
    await expect(page.getByRole("region", { name: "Kết quả tra cứu" })).toContainText("Khai sinh");
    expect(await logRows(after)).toEqual(["CIVIL_REGISTRY SEARCH FOUND"]);
  });
});

test("refused looks through the system API are logged as REFUSED, with their reason", async ({ request }) => {
  const dossier = code("REF");
  const res = await request.post("/api/v1/lookups", {
    headers: { Authorization: "Bearer demo-tthc-key" },
    data: { unitCode: "23575", purpose: { kind: "dossier", dossierCode: dossier, procedureCode: "9.999999", replacesPapers: ["marriage-certificate"] }, query: { personalId: "064095001873" } },
  });
  expect(res.status()).toBe(400);
  expect(await logRows(dossier)).toEqual(["CIVIL_REGISTRY SEARCH REFUSED procedure_unknown"]);
});
