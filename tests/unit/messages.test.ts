import { describe, expect, it } from "vitest";
import { adminMessages } from "@/lib/admin/messages";
import { PASSWORD_POLICY } from "@/lib/admin/password-policy";
import { SIGN_IN_POLICY } from "@/lib/auth/policy";
import { messages } from "@/lib/messages";
import { REPORT_TEXT_MAX_LENGTH } from "@/lib/reports/limits";
import { reportMessages } from "@/lib/reports/messages";

describe("texts that state a policy's numbers", () => {
  it("the lockout message states the sign-in policy's lock length and threshold", () => {
    expect(messages.signIn.locked("10:15 05/12/2026")).toBe(
      `Tài khoản đã bị tạm khóa ${SIGN_IN_POLICY.lockMinutes} phút do đăng nhập sai (mật khẩu hoặc mã xác thực) ${SIGN_IN_POLICY.maxFailedAttempts} lần liên tiếp. Vui lòng thử lại sau 10:15 05/12/2026, hoặc liên hệ quản trị hệ thống để mở khóa.`,
    );
    expect(messages.signIn.locked("10:15 05/12/2026")).toBe(
      "Tài khoản đã bị tạm khóa 15 phút do đăng nhập sai (mật khẩu hoặc mã xác thực) 5 lần liên tiếp. Vui lòng thử lại sau 10:15 05/12/2026, hoặc liên hệ quản trị hệ thống để mở khóa.",
    );
  });

  it("a different policy gives a different lockout text", () => {
    const text = messages.signIn.locked("08:00", { lockMinutes: 30, maxFailedAttempts: 3 });
    expect(text).toContain("tạm khóa 30 phút");
    expect(text).toContain("3 lần liên tiếp");
  });

  it("the password texts state the password policy's numbers", () => {
    expect(adminMessages.password.tooShort).toBe(`Mật khẩu phải có ít nhất ${PASSWORD_POLICY.minLength} ký tự.`);
    expect(adminMessages.password.rule).toBe(
      "Ít nhất 10 ký tự, gồm ít nhất 3 trong 4 loại: chữ hoa, chữ thường, chữ số, ký tự đặc biệt; không chứa tên đăng nhập.",
    );
    expect(adminMessages.password.classes).toContain(`ít nhất ${PASSWORD_POLICY.minClasses} trong ${PASSWORD_POLICY.classCount} loại`);
  });

  it("the report text limit is the schema's limit, with Vietnamese thousands separators", () => {
    expect(REPORT_TEXT_MAX_LENGTH).toBe(5_000);
    expect(reportMessages.textTooLong).toBe("Nội dung quá dài (tối đa 5.000 ký tự).");
  });
});

describe("one spelling for the copy kinds", () => {
  it("the verification page and the copy register name a kind alike, except the old form", () => {
    for (const kind of ["COPY_BIRTH", "COPY_MARRIAGE", "COPY_DEATH", "COPY_ADOPTION"] as const) {
      expect(messages.verify.kinds[kind]).toBe(messages.copies.documentKinds[kind]);
    }
    expect(messages.verify.kinds.COPY_OTHER).toBe("Bản sao trích lục hộ tịch (mẫu cũ)");
    expect(Object.keys(messages.verify.kinds)[0]).toBe("COPY_BIRTH");
  });
});
