import { test, expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers/session";
import { verifyHeading } from "./helpers/copies";

// Agency data requests (Luật Hộ tịch Art. 64): the agency files, Sở Tư pháp triages, the handler
// looks each person up under the request's purpose and answers; the agency downloads the letter.

const LETTER = {
  "Số công văn": "",
  "Ngày công văn": "20/11/2026",
  "Người ký công văn": "Nguyễn Văn Thắng",
  "Chức vụ người ký": "Phó Trưởng phòng PC06",
  "Lý do yêu cầu": "Xác minh nhân thân phục vụ điều tra vụ án hình sự",
  "Căn cứ pháp lý": "Điều 64 Luật Hộ tịch; Bộ luật Tố tụng hình sự",
};

async function fillLetter(page: Page, letterNumber: string): Promise<void> {
  for (const [label, value] of Object.entries({ ...LETTER, "Số công văn": letterNumber })) await page.getByRole("textbox", { name: label, exact: true }).fill(value);
  await page.getByRole("checkbox", { name: "Khai sinh" }).check();
}

async function row(page: Page, n: number, fields: { id?: string; name?: string; dob?: string; note?: string }): Promise<void> {
  if (fields.id) await page.getByRole("textbox", { name: `Số định danh cá nhân, dòng ${n}` }).fill(fields.id);
  if (fields.name) await page.getByRole("textbox", { name: `Họ và tên, dòng ${n}` }).fill(fields.name);
  if (fields.dob) await page.getByRole("textbox", { name: `Ngày sinh, dòng ${n}` }).fill(fields.dob);
  if (fields.note) await page.getByRole("textbox", { name: `Ghi chú, dòng ${n}` }).fill(fields.note);
}

/** Files the three-person request as congan.tinh; returns its page URL and code. */
async function fileThreePeople(page: Page, letterNumber: string): Promise<{ url: string; code: string }> {
  await page.goto("/agency-requests/new");
  await fillLetter(page, letterNumber);
  await row(page, 1, { id: "064198004512" });
  await row(page, 2, { id: "064198009999", note: "Không rõ nơi đăng ký khai sinh" });
  await row(page, 3, { name: "Nguyễn Văn An", dob: "01/01/1990" });
  await page.getByRole("button", { name: "Gửi yêu cầu" }).click();
  await expect(page.getByText("Đã gửi yêu cầu.")).toBeVisible();
  const code = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Yêu cầu ", "").trim();
  expect(code).toMatch(/^YC-\d{4}-\d{6}$/);
  return { url: new URL(page.url()).pathname, code };
}

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, username);
  return page;
}

/** Looks up person n and records the outcome, ticking the records whose text matches `pick`. */
async function check(page: Page, n: number, outcome: "Có thông tin" | "Không có thông tin" | "Chưa xác định được", pick?: RegExp): Promise<void> {
  const person = page.getByRole("region", { name: `Người ${n}` });
  await person.getByRole("button", { name: /^Tra cứu người/ }).click();
  await expect(person.getByRole("button", { name: "Không có thông tin" })).toBeVisible();
  if (pick) {
    const boxes = person.getByRole("checkbox", { name: pick });
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  }
  await person.getByRole("button", { name: outcome, exact: true }).click();
  await expect(person.getByText("Đã ghi kết quả tra cứu.")).toBeVisible();
}

test("three people from the police to the answer: found, not found, ambiguous (P9/P10); assigned to Phường Pleiku", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await signIn(page, "congan.tinh");
  const { url, code } = await fileThreePeople(page, "301/CAT-PC06");
  await expect(page.getByText("Chờ tiếp nhận").first()).toBeVisible();

  // Sở Tư pháp triages: assign to Phường Pleiku.
  const stp = await as(browser, "stp.canbo");
  await stp.goto("/agency-requests?status=SUBMITTED");
  await stp.getByRole("link", { name: code }).click();
  await stp.getByLabel("Giao xã, phường xử lý").selectOption({ label: "Phường Pleiku (23575)" });
  await stp.getByRole("button", { name: "Giao xử lý" }).click();
  await expect(stp.getByText("Đã giao xã, phường xử lý.")).toBeVisible();
  await expect(stp.getByText("Đang xử lý").first()).toBeVisible();
  await stp.close();

  // Another commune does not see it.
  const quynhon = await as(browser, "quynhon.canbo");
  expect((await quynhon.goto(url))?.status()).toBe(404);
  await quynhon.close();

  // Phường Pleiku's officer: reminder on the home page, then look up and mark each person.
  const officer = await as(browser, "pleiku.canbo");
  await expect(officer.getByRole("heading", { name: "Yêu cầu cung cấp thông tin của cơ quan" })).toBeVisible();
  await officer.getByRole("link", { name: "Yêu cầu của cơ quan" }).first().click();
  await officer.getByRole("link", { name: code }).click();
  await check(officer, 1, "Có thông tin", /Rơ Mah H'Lan/i);
  await check(officer, 2, "Không có thông tin");
  await check(officer, 3, "Chưa xác định được", /Nguyễn Văn An/);
  await officer.getByRole("button", { name: "Lập văn bản trả lời" }).click();
  await expect(officer.getByText("Đã lập văn bản trả lời.")).toBeVisible();
  await officer.close();

  // The agency sees the outcomes and downloads the answer.
  await page.goto(url);
  await expect(page.getByText("Đã trả lời").first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /Có thông tin/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: /Chưa xác định được/ })).toBeVisible();
  const pdf = await page.request.get((await page.getByRole("link", { name: "Tải văn bản trả lời (PDF)" }).getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const json = await (await page.request.get((await page.getByRole("link", { name: "Dữ liệu kèm theo (JSON)" }).getAttribute("href"))!)).json();
  expect(json.request.code).toBe(code);
  expect(json.people.map((p: { outcome: string }) => p.outcome)).toEqual(["FOUND", "NOT_FOUND", "AMBIGUOUS"]);
  expect(json.people[2].candidates.map((c: { personalId: string }) => c.personalId).sort()).toEqual(["052090004402", "064090003117"]);
  const csv = await (await page.request.get((await page.getByRole("link", { name: "Dữ liệu kèm theo (CSV)" }).getAttribute("href"))!)).text();
  expect(csv).toContain("so_dinh_danh,ho_ten,ngay_sinh,ket_qua");
  // The letter's QR code leads to the public verification page, which knows it.
  expect(await verifyHeading(browser, (await page.getByRole("link", { name: "Trang kiểm tra (mã QR)" }).getAttribute("href"))!)).toBe("Văn bản hợp lệ");

  // Another agency cannot read it, nor its answer.
  const bhxh = await as(browser, "bhxh.canbo");
  expect((await bhxh.goto(url))?.status()).toBe(404);
  expect((await bhxh.request.get(`/api${url}/answer/pdf`)).status()).toBe(404);
  await bhxh.close();
});

test("Sở Tư pháp keeps a request, returns another; the agency edits and files it again", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "congan.tinh");
  const kept = await fileThreePeople(page, "302/CAT-PC06");
  const returned = await fileThreePeople(page, "303/CAT-PC06");

  const stp = await as(browser, "stp.canbo");
  await stp.goto(kept.url);
  await stp.getByRole("button", { name: "Tiếp nhận, Sở Tư pháp xử lý" }).click();
  await expect(stp.getByText("Đã tiếp nhận; Sở Tư pháp trực tiếp xử lý.")).toBeVisible();
  await stp.reload();
  await check(stp, 1, "Có thông tin", /Rơ Mah H'Lan/i);
  await stp.goto(returned.url);
  await stp.getByText("Trả lại để bổ sung…").click();
  await stp.getByLabel("Nội dung cần bổ sung (gửi cơ quan yêu cầu)").fill("Đề nghị bổ sung ngày sinh của người thứ hai.");
  await stp.getByRole("button", { name: "Trả lại yêu cầu" }).click();
  await expect(stp.getByText("Đã trả lại để cơ quan bổ sung.")).toBeVisible();
  await stp.close();

  await page.goto(returned.url);
  await expect(page.getByText("Đề nghị bổ sung ngày sinh của người thứ hai.")).toBeVisible();
  await page.getByRole("link", { name: "Bổ sung và gửi lại" }).click();
  await row(page, 2, { dob: "1998" });
  await page.getByRole("button", { name: "Gửi lại yêu cầu" }).click();
  await expect(page.getByText("Đã gửi yêu cầu.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Yêu cầu ${returned.code}`);
  await expect(page.getByText("Chờ tiếp nhận").first()).toBeVisible();
});

test("a CSV with bad rows is refused line by line and nothing is saved; oversized and malformed files too", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "congan.tinh");
  await page.goto("/agency-requests");
  const before = await page.getByRole("row").count();

  await page.goto("/agency-requests/new");
  await fillLetter(page, "304/CAT-PC06");
  const csv = "\uFEFFso_dinh_danh,ho_ten,ngay_sinh,ghi_chu\n064198004512,,,\n12345,,,\n,Nguyễn Văn An,,\n,Trần Văn Hùng,30/11/1985,\n";
  await page.getByLabel("Hoặc tải danh sách CSV (thay cho các dòng trên)").setInputFiles({ name: "danh-sach.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Gửi yêu cầu" }).click();
  await expect(page.getByText("Tệp CSV có 2 dòng lỗi; chưa có gì được lưu.")).toBeVisible();
  const lines = page.getByRole("list", { name: "Các dòng lỗi của tệp CSV" });
  await expect(lines.getByRole("listitem")).toHaveText(["Dòng 3: Số định danh cá nhân gồm đúng 12 chữ số.", "Dòng 4: Tra cứu theo họ tên cần ngày sinh (dd/MM/yyyy)."]);
  // What was typed is kept.
  await expect(page.getByRole("textbox", { name: "Số công văn", exact: true })).toHaveValue("304/CAT-PC06");

  const upload = async (name: string, buffer: Buffer) => {
    await page.getByLabel("Hoặc tải danh sách CSV (thay cho các dòng trên)").setInputFiles({ name, mimeType: "text/csv", buffer });
    await page.getByRole("button", { name: "Gửi yêu cầu" }).click();
  };
  await upload("lon.csv", Buffer.alloc(300 * 1024, "064198004512\n"));
  await expect(page.getByText("Tệp CSV quá lớn: tối đa 256 KB.")).toBeVisible();
  await upload("anh.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]));
  await expect(page.getByText(/Tệp không phải văn bản CSV mã hóa UTF-8/)).toBeVisible();
  await upload("khong-tieu-de.csv", Buffer.from("a;b;c\n1;2;3\n"));
  await expect(page.getByText(/cần dòng tiêu đề/)).toBeVisible();

  await page.goto("/agency-requests");
  expect(await page.getByRole("row").count()).toBe(before);
});

test("an agency user reaches nothing else of the portal; other roles cannot reach the agency pages", async ({ page, browser }) => {
  await signIn(page, "congan.tinh");
  await expect(page.getByRole("heading", { name: "Yêu cầu của cơ quan" })).toBeVisible();
  for (const path of ["/lookups", "/lookups/history", "/dossiers", "/access-log", "/copies", "/copies/new", "/copies/register", "/admin/security-log"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  expect((await page.request.get("/api/documents/any-id/pdf")).status()).toBe(404);
  for (const path of ["/copies/register/export", "/dossiers/export"]) expect((await page.request.get(path)).status(), path).toBe(404);

  const signer = await as(browser, "pleiku.lanhdao");
  for (const path of ["/agency-requests", "/agency-requests/new"]) expect((await signer.goto(path))?.status(), path).toBe(404);
  await signer.close();
  const officer = await as(browser, "pleiku.canbo");
  expect((await officer.goto("/agency-requests/new"))?.status()).toBe(404);
  await officer.close();
});
