import { describe, expect, it } from "vitest";
import { adminMessages } from "@/lib/admin/messages";
import { PASSWORD_POLICY } from "@/lib/admin/password-policy";
import { SIGN_IN_POLICY } from "@/lib/auth/policy";
import { messages } from "@/lib/text/messages";
import { REPORT_TEXT_MAX_LENGTH } from "@/lib/reports/limits";
import { reportMessages } from "@/lib/reports/messages";
import { dashboardMessages } from "@/lib/reports/dashboard-messages";
import { TREND_MONTHS } from "@/lib/reports/dashboard-view";
import { homeMessages } from "@/lib/home/messages";
import { exportMessages } from "@/lib/exports/messages";
import { MONITORING_WINDOWS } from "@/lib/admin/monitoring/windows";
import { MAX_CONFIRMATION_RECORDS, MAX_COPIES } from "@/lib/copies/limits";
import { TEXT_LIMITS } from "@/lib/validation/limits";

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

describe("numbers stated by texts come from the rules", () => {
  it("field lengths and copy limits", () => {
    expect(messages.lookups.descriptionRequired).toBe(`Nêu rõ mục đích tra cứu (ít nhất ${TEXT_LIMITS.explanationMin} ký tự).`);
    expect(messages.lookups.dossierCodeFormat).toBe("Mã hồ sơ chỉ gồm chữ, số và các ký tự . - _ / (tối đa 50 ký tự).");
    expect(messages.copies.copiesInvalid).toBe(`Số bản từ 1 đến ${MAX_COPIES}.`);
    expect(messages.copies.confirmationRecords).toBe(`Chọn từ 1 đến ${MAX_CONFIRMATION_RECORDS} bản ghi hộ tịch cần xác nhận.`);
    expect(messages.copies.reasonRequired).toBe("Nêu rõ lý do (ít nhất 10 ký tự).");
  });

  it("the dashboard's trend span", () => {
    expect(dashboardMessages.page.trendCard(TREND_MONTHS)).toBe("Xu hướng 12 tháng");
  });

  it("the monitoring windows", () => {
    expect(adminMessages.monitoring.shortWindow).toBe(`${MONITORING_WINDOWS.shortHours} giờ qua`);
    expect(adminMessages.monitoring.longWindow).toBe("30 ngày qua");
    expect(adminMessages.monitoring.intro("60")).toBe(
      "Máy chủ kiểm tra hai hệ thống quốc gia mỗi 60 giây; trang này tự cập nhật theo cùng chu kỳ. Tỷ lệ sẵn sàng, độ trễ trung vị (p50) và p95, số lỗi theo loại trong 24 giờ và 30 ngày.",
    );
  });
});

describe("catalogue functions format their arguments", () => {
  it("shared list pieces", () => {
    expect(messages.common.pageOf(2, 7)).toBe("Trang 2/7");
    expect(messages.common.rowCount(3)).toBe("3 dòng.");
    expect(messages.common.rowsOnPage(50)).toBe("50 dòng trên trang này");
    expect(messages.common.updatedAt("10:00 05/12/2026")).toBe("Cập nhật lúc 10:00 05/12/2026");
  });

  it("exports", () => {
    expect(exportMessages.keptFor(24)).toBe("Tệp được giữ 24 giờ, chỉ bạn tải được.");
    expect(exportMessages.downloading("1.200")).toBe("Đang tải 1.200 dòng…");
    expect(exportMessages.tooLarge("12.000")).toBe('Danh sách có 12.000 dòng, quá lớn để tải ngay. Hãy dùng nút "Tải xuống theo bộ lọc" để tạo tệp xuất nền.');
    expect(exportMessages.download("3 KB")).toBe("Tải tệp (3 KB)");
  });

  it("administration", () => {
    expect(adminMessages.users.count("1.024")).toBe("1.024 tài khoản");
    expect(adminMessages.user.twoFactorSetUp("08:00 01/12/2026", 9)).toBe("Đã thiết lập 08:00 01/12/2026 · còn 9 mã khôi phục");
    expect(adminMessages.grants.requested("08:00 01/12/2026") + adminMessages.grants.requestedBy("Nguyễn Văn A")).toBe("Đề nghị 08:00 01/12/2026 bởi Nguyễn Văn A");
    expect(adminMessages.setting.current(3)).toBe("Giá trị đang áp dụng (phiên bản 3)");
    expect(adminMessages.setting.current(0)).toBe("Giá trị đang áp dụng (mặc định)");
    expect(adminMessages.monitoring.latest("08:00", "120")).toBe("Lần kiểm tra gần nhất 08:00 (120 ms) · Cầu dao ngắt mạch:");
  });

  it("reports and the dashboard", () => {
    expect(reportMessages.detail.unitLine("Xã Ia O", "01/11/2026", "30/11/2026", "05/12/2026")).toBe("Xã Ia O · kỳ 01/11/2026–30/11/2026 · hạn gửi chậm nhất 05/12/2026");
    expect(reportMessages.detail.submitted(true, "08:00")).toBe("Gửi muộn (08:00)");
    expect(reportMessages.version.submitted("08:00", "ngan.nt", "07:59")).toBe("Gửi 08:00 bởi ngan.nt; số liệu chốt lúc 07:59.");
    expect(reportMessages.history.comment("Bổ sung số liệu")).toBe("Ý kiến: Bổ sung số liệu");
    expect(reportMessages.list.adHocLine("01/11/2026", "30/11/2026", "10/12/2026") + reportMessages.list.adHocUnits(3)).toBe("— kỳ 01/11/2026–30/11/2026, hạn trước 10/12/2026 · 3 đơn vị");
    expect(dashboardMessages.communes.matching(3, 135, "ia o")).toBe("3/135 xã, phường khớp với “ia o”");
    expect(dashboardMessages.unitsTable.groupSent(4, 9)).toBe("4/9 đã gửi");
    expect(dashboardMessages.unit.submitted("08:00", true)).toBe("gửi 08:00 (muộn)");
  });

  it("home", () => {
    expect(homeMessages.unit.split("77", "58", "01/07/2025")).toBe("77 xã và 58 phường (từ 01/07/2025).");
    expect(homeMessages.adminTasks.expiringGrantsTail(30)).toBe(" hết hạn trong 30 ngày tới");
    expect(homeMessages.adminTasks.probe(false, "08:00")).toBe(": đang lỗi (kiểm tra lúc 08:00)");
    expect(homeMessages.account.failures(2)).toBe("Có 2 lần đăng nhập sai vào tài khoản này kể từ lần đăng nhập trước. Nếu không phải bạn, hãy báo quản trị hệ thống.");
  });

  it("every catalogue function returns a whole text for any arguments", () => {
    const catalogues = { messages, adminMessages, reportMessages, dashboardMessages, homeMessages, exportMessages };
    const walk = (node: unknown, path: string): string[] => {
      if (typeof node === "function") {
        const text: unknown = (node as (...a: unknown[]) => unknown)(...Array.from({ length: node.length }, () => "X"));
        return typeof text === "string" && !/undefined|\[object/.test(text) ? [] : [path];
      }
      if (node && typeof node === "object") return Object.entries(node).flatMap(([k, v]) => walk(v, `${path}.${k}`));
      return [];
    };
    expect(Object.entries(catalogues).flatMap(([name, c]) => walk(c, name))).toEqual([]);
  });
});
