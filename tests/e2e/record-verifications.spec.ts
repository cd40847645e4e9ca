import { test, expect } from "@playwright/test";
import { signIn } from "./helpers/session";
import { step, takeRequest } from "./helpers/copies";

// A birth of the 2,000-people e2e dataset that the register marks "needs review", kept by Phường Quy Nhơn.
const IN_REVIEW = {
  searchBy: "Số định danh cá nhân" as const,
  fields: { "Số định danh cá nhân": "052302700338" },
  row: /Khai sinh.*Lam My My/,
  requester: { name: "Lam My My", idNumber: "052302700338", relation: "Bản thân người được cấp" },
};

test("a record in review waits for the unit keeping the register: ask, confirm, then prepare", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "pleiku.canbo");
  const { url } = await takeRequest(page, IN_REVIEW);
  const gate = page.getByRole("note").filter({ hasText: "Hồ sơ số hóa đang chờ rà soát" });
  await expect(gate).toContainText("chưa thể cấp bản sao, xác nhận");
  await expect(page.getByRole("button", { name: "Chuyển lãnh đạo ký" })).toHaveCount(0);

  await gate.getByText("Gửi yêu cầu xác minh…").click();
  await expect(gate).toContainText("Gửi đến: Phường Quy Nhơn");
  await gate.getByLabel("Ghi chú cho đơn vị quản lý sổ (không bắt buộc)").fill("Đề nghị đối chiếu sổ gốc.");
  await gate.getByRole("button", { name: "Gửi yêu cầu xác minh" }).click();
  // The page comes back with the question in place of the form.
  await expect(gate).toContainText("Yêu cầu xác minh gửi Phường Quy Nhơn lúc");
  await expect(gate).toContainText("Chờ xác nhận");
  await expect(gate.getByRole("button", { name: "Gửi yêu cầu xác minh" })).toHaveCount(0);

  // The unit keeping the register: its menu counts the question, it opens the record and confirms.
  const holder = await browser.newPage();
  await signIn(holder, "quynhon.canbo");
  await expect(holder.getByRole("link", { name: /Yêu cầu xác minh hồ sơ/ }).first()).toContainText("1");
  await holder.goto("/verifications");
  await holder.getByRole("link", { name: /Khai sinh: Lam My My/ }).click();
  await expect(holder.getByText("Đề nghị đối chiếu sổ gốc.")).toBeVisible();
  await holder.getByRole("link", { name: "Xem bản ghi trong hệ thống hộ tịch" }).click();
  await expect(holder.getByRole("heading", { name: "Hệ thống hộ tịch điện tử (Bộ Tư pháp)" })).toBeVisible();
  await holder.getByRole("link", { name: "Trả lời yêu cầu xác minh" }).click();
  await holder.getByLabel("Nội dung trả lời (bắt buộc khi không xác nhận)").fill("");
  await holder.getByRole("button", { name: "Không xác nhận" }).click();
  await expect(holder.getByText("Nhập lý do không xác nhận (ít nhất 5 ký tự).")).toBeVisible();
  await holder.getByLabel("Nội dung trả lời (bắt buộc khi không xác nhận)").fill("Đã đối chiếu sổ gốc, thông tin đúng.");
  await holder.getByRole("button", { name: "Xác nhận", exact: true }).click();
  const answer = holder.getByRole("main");
  await expect(answer.getByText("Đã đối chiếu sổ gốc, thông tin đúng.")).toBeVisible();
  await expect(answer.getByText("Đã xác nhận", { exact: true }).first()).toBeVisible();
  await expect(holder.getByRole("button", { name: "Không xác nhận" })).toHaveCount(0);
  await holder.close();

  // Another commune sees nothing of it.
  const other = await browser.newPage();
  await signIn(other, "iao.canbo");
  await other.goto("/verifications");
  await expect(other.getByText("Không có yêu cầu xác minh nào gửi đến đơn vị.")).toBeVisible();
  await other.close();

  await page.goto(url);
  await expect(page.getByRole("note").filter({ hasText: "Hồ sơ số hóa đang chờ rà soát" })).toContainText("đã được đơn vị quản lý sổ xác nhận");
  await step(page, "Chuyển lãnh đạo ký", "Đã chuyển lãnh đạo ký.");
});
