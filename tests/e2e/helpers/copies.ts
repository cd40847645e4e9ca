import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./session";

export type Intake = {
  kind?: "Cấp bản sao trích lục hộ tịch" | "Xác nhận thông tin hộ tịch";
  /** The search: the mode's radio label and its textboxes by label. */
  searchBy: "Số định danh cá nhân" | "Họ tên và ngày sinh" | "Số đăng ký";
  fields: Record<string, string>;
  /** The results row to take (its accessible name), e.g. /Khai sinh/. */
  row: RegExp;
  requester: {
    name: string; idNumber: string; relation: string; copies?: string;
    /** SELF: the requester's date of birth (dd/MM/yyyy). */
    dateOfBirth?: string;
    /** Relatives: the written authorisation and the proof of the relationship. */
    authorisation?: string; relationshipProof?: string;
    /** Authorised persons: the certified authorisation. */
    certified?: { ref: string; by: string; number: string; on: string };
    /** The person the request is about, as the "Người được cấp/xác nhận" list shows them (when not the default). */
    subject?: RegExp;
  };
};

/** Fills the intake page: kind, search, the record, the requester (not submitted). */
export async function fillIntake(page: Page, intake: Intake): Promise<void> {
  await page.goto("/copies/new");
  await page.getByRole("radio", { name: intake.kind ?? "Cấp bản sao trích lục hộ tịch" }).check();
  const search = page.getByRole("form", { name: "Tra cứu bản ghi hộ tịch" });
  await search.getByRole("radio", { name: intake.searchBy, exact: true }).check();
  for (const [label, value] of Object.entries(intake.fields)) await search.getByRole("textbox", { name: label, exact: true }).fill(value);
  await search.getByRole("button", { name: "Tra cứu bản ghi" }).click();
  const results = page.getByRole("region", { name: "Kết quả tra cứu" });
  await results.getByRole("row", { name: intake.row }).getByRole("button", { name: /Chọn bản ghi này|Thêm vào xác nhận/ }).click();
  await expect(page.getByRole("list", { name: "Bản ghi đã chọn" }).getByRole("listitem")).toHaveCount(1);
  await page.getByLabel("Họ, chữ đệm và tên người yêu cầu").fill(intake.requester.name);
  await page.getByLabel("Số giấy tờ tùy thân (CCCD, hộ chiếu)").fill(intake.requester.idNumber);
  await page.getByLabel("Quan hệ với người được cấp").selectOption({ label: intake.requester.relation });
  const r = intake.requester;
  if (r.subject) {
    const list = page.getByLabel(/^Người được (cấp|xác nhận)$/);
    const label = (await list.locator("option").allTextContents()).find((o) => r.subject!.test(o));
    if (!label) throw new Error(`no person ${r.subject} to choose`);
    await list.selectOption({ label });
  }
  if (r.dateOfBirth) await page.getByLabel("Ngày sinh người yêu cầu").fill(r.dateOfBirth);
  if (r.authorisation) await page.getByLabel(/^Văn bản ủy quyền của người được cấp/).fill(r.authorisation);
  if (r.relationshipProof) await page.getByLabel("Giấy tờ chứng minh quan hệ").fill(r.relationshipProof);
  if (r.certified) {
    await page.getByLabel("Văn bản ủy quyền (số, ngày)").fill(r.certified.ref);
    await page.getByLabel("Nơi công chứng, chứng thực").fill(r.certified.by);
    await page.getByLabel("Số công chứng, chứng thực").fill(r.certified.number);
    await page.getByLabel("Ngày công chứng, chứng thực").fill(r.certified.on);
  }
  if (intake.requester.copies) await page.getByLabel(/^Số bản/).fill(intake.requester.copies);
}

/** Takes a request at the counter from /copies/new and returns its page's URL and receipt number. */
export async function takeRequest(page: Page, intake: Intake): Promise<{ url: string; receipt: string }> {
  await fillIntake(page, intake);
  await page.getByRole("button", { name: "Lập giấy tiếp nhận" }).click();
  await page.waitForURL(/\/copies\/[^/?]+\?created=1$/);
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const receipt = /(BS|XN)-\d{4}-\d{6}/.exec(heading ?? "")?.[0];
  if (!receipt) throw new Error(`no receipt number in "${heading}"`);
  return { url: page.url().replace(/\?created=1$/, ""), receipt };
}

/** Clicks a workflow button on the request page and waits for its confirmation. */
export async function step(page: Page, button: string, done: string): Promise<void> {
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByText(done)).toBeVisible();
}

/** Opens the request as the signer in their own browser page and signs it; returns the document's "N/SYMBOL". */
export async function signAs(browser: Browser, username: string, url: string): Promise<string> {
  const signer = await browser.newPage();
  try {
    await signIn(signer, username);
    await signer.goto(url);
    await step(signer, "Ký duyệt và cấp số văn bản", "Đã ký và cấp số văn bản.");
    const label = await signer.getByText(/^\d+\/(\d{4}\/)?TL[A-Z]+-BS$|^\d+\/(\d{4}\/)?XNHT$/).first().textContent();
    return label ?? "";
  } finally {
    await signer.close();
  }
}

/** The verification page's heading for a code, seen by someone with no session at all. */
export async function verifyHeading(browser: Browser, verifyHref: string): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(verifyHref);
    return (await page.getByRole("status").getByRole("heading", { level: 2 }).textContent()) ?? "";
  } finally {
    await context.close();
  }
}
