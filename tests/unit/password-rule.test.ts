import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/admin/password-rule";

// The password rule of every account: a pure function, so tested without a database.

describe("the password rule", () => {
  it.each([
    ["Ngan9@", "Mật khẩu phải có ít nhất 10 ký tự."],
    ["alllowercase12", "Mật khẩu phải có chữ hoa, chữ thường, chữ số và ký tự đặc biệt (ít nhất 3 trong 4 loại)."],
    ["Pleiku.Canbo2026!", "Mật khẩu không được chứa tên đăng nhập."],
    ["Password123!", "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác."],
    ["Matkhau@2025", "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác."],
  ])("refuses %s with a Vietnamese message", (password, message) => {
    expect(passwordProblem(password, "pleiku.canbo")).toBe(message);
  });
  it("accepts a long mixed password", () => expect(passwordProblem("Suoi-Da-Xanh-47", "pleiku.canbo")).toBeNull());
});
