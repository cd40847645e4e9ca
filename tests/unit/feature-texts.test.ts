import { describe, it, expect } from "vitest";
import { copiesTexts } from "@/lib/copies/messages";
import { lookupsTexts } from "@/lib/lookups/messages";
import { verificationPageTexts } from "@/lib/verifications/messages";
import { agencyTexts } from "@/lib/agency-requests/messages";
import { grantTexts } from "@/lib/grants/messages";

// The catalogues of the copies, lookups, dossiers, verifications, agency-request and grant pages: each
// function puts its (already formatted) arguments where the sentence needs them, and nothing else.

describe("copies texts", () => {
  const t = copiesTexts;
  it("list page", () => {
    expect(t.list.subtitle(t.list.ofUnit("Xã Ia Kha"))).toBe("Yêu cầu của Xã Ia Kha; hẹn trả trong ngày, sau giờ chốt chuyển sang ngày làm việc tiếp theo.");
    expect(t.list.subtitle(t.provinceWide)).toBe("Yêu cầu của các đơn vị trong tỉnh; hẹn trả trong ngày, sau giờ chốt chuyển sang ngày làm việc tiếp theo.");
    expect(t.list.all("1.204")).toBe("Tất cả (1.204)");
    expect(t.list.tab("Chờ ký", "3")).toBe("Chờ ký (3)");
    expect(t.list.total("12")).toBe("12 yêu cầu");
  });
  it("intake, request and register pages", () => {
    expect(t.intakePage.intro("Xã Ia Kha")).toBe(
      "Cấp bản sao trích lục hộ tịch, xác nhận thông tin hộ tịch tại Xã Ia Kha. Tra cứu sự kiện trong Hệ thống hộ tịch điện tử, chọn bản ghi, rồi nhập thông tin người yêu cầu.",
    );
    expect(t.requestPage.summary("Rơ Mah H'Lan", "Xã Ia Kha", "16:30 28/11/2026")).toBe("Rơ Mah H'Lan · Xã Ia Kha · hẹn trả 16:30 28/11/2026");
    expect(t.requestPage.createdTitle("BS-2026-0001")).toBe("Đã lập giấy tiếp nhận số BS-2026-0001");
    expect(t.requestPage.createdDue("16:30 28/11/2026")).toBe("Hẹn trả kết quả: 16:30 28/11/2026. ");
    expect(t.requestPage.signedNumber("12/BS")).toBe("Văn bản số 12/BS. ");
    expect(t.requestPage.doneBy("Nguyễn Văn An", "09:00 28/11/2026")).toBe("Nguyễn Văn An · 09:00 28/11/2026.");
    expect(t.requestPage.doneBy(null, "09:00 28/11/2026")).toBe("Không rõ người thực hiện · 09:00 28/11/2026.");
    expect(t.registerPage.intro(t.registerPage.atUnit("Xã Ia Kha"), "01/11/2026", "30/11/2026")).toBe(
      "Bản sao trích lục và văn bản xác nhận thông tin hộ tịch đã ký tại Xã Ia Kha, từ ngày 01/11/2026 đến ngày 30/11/2026.",
    );
    expect(t.registerPage.feeReceipt("0012345")).toBe("BL 0012345");
    expect(t.registerPage.exempt("Hộ nghèo")).toBe("Miễn: Hộ nghèo");
  });
  it("badges, timeline and actions", () => {
    expect(t.badges.sentBy("Hệ thống TTHC tỉnh")).toBe("Gửi qua API bởi Hệ thống TTHC tỉnh");
    expect(t.timeline.signedNote("12/BS")).toBe("Văn bản số 12/BS");
    expect(t.timeline.reasonNote("Sai thông tin")).toBe("Lý do: Sai thông tin");
    expect(t.actions.feeReceiptHint("16.000 đ")).toBe("Biên lai thu 16.000 đ giao cho người yêu cầu.");
  });
  it("request details", () => {
    expect(t.details.feeTimes("16.000 đ", "8.000 đ", 2)).toBe("16.000 đ (8.000 đ × 2 bản)");
    expect(t.details.fromTthcValue("TTHC", "000.00.12.H29-251128-0001")).toBe("TTHC · mã hồ sơ 000.00.12.H29-251128-0001");
    const entry = [t.details.entry("45"), t.details.book("01/1998")].join(", ");
    expect(t.details.registration("12/03/1998", "UBND xã Ia Kha", entry)).toBe("Đăng ký ngày 12/03/1998 tại UBND xã Ia Kha (số 45, quyển số 01/1998)");
    expect(t.details.registration("12/03/1998", "UBND xã Ia Kha", "")).toBe("Đăng ký ngày 12/03/1998 tại UBND xã Ia Kha");
    expect(t.details.recordsCount(3)).toBe("Sự kiện hộ tịch (3)");
    expect(t.details.revokedOn("10:00 29/11/2026", "Cấp nhầm")).toBe("Đã thu hồi ngày 10:00 29/11/2026: Cấp nhầm");
    expect(t.details.revokedOn("10:00 29/11/2026", null)).toBe("Đã thu hồi ngày 10:00 29/11/2026");
    expect(t.details.attempts(3)).toBe(" · đã thử 3 lần");
  });
  it("receipt", () => {
    expect(t.receipt.longDate("28/11/2026")).toBe("ngày 28 tháng 11 năm 2026");
    expect(t.receipt.when("14:05", "28/11/2026")).toBe("14:05 ngày 28/11/2026");
    expect(t.receipt.unitHeader("XÃ IA KHA")).toBe("UBND XÃ IA KHA");
    expect(t.receipt.number("BS-1")).toBe("Số: BS-1");
    expect("Xã Ia Kha".replace(t.receipt.unitKindPrefix, "")).toBe("Ia Kha");
    expect("Đặc khu Lý Sơn".replace(t.receipt.unitKindPrefix, "")).toBe("Lý Sơn");
    expect(t.receipt.placeAndDate("Ia Kha", "ngày 28 tháng 11 năm 2026")).toBe("Ia Kha, ngày 28 tháng 11 năm 2026");
    expect(t.receipt.receivedFrom("xã Ia Kha")).toBe("Bộ phận tiếp nhận và trả kết quả UBND xã Ia Kha đã tiếp nhận hồ sơ của:");
    expect(t.receipt.copies(2)).toBe("2 bản");
  });
  it("intake form, search, picker and requester fields", () => {
    expect(t.intake.adopted("TN-7")).toBe("Đã lấy bản ghi cho yêu cầu đang tiếp nhận (mã tạm TN-7).");
    expect(t.picker.now("Xã Ia Kha")).toBe("Nay: Xã Ia Kha");
    expect(t.picker.selectedCount(2)).toBe("Bản ghi đã chọn (2)");
    expect(t.picker.removeLabel("Khai sinh", "Rơ Mah H'Lan")).toBe("Bỏ Khai sinh Rơ Mah H'Lan");
    expect(t.subject.where("Khai sinh", "người được khai sinh")).toBe("Khai sinh (người được khai sinh)");
    expect(t.subject.choose("người được cấp")).toBe("— Chọn người được cấp —");
    expect(t.subject.born("12/03/1998")).toBe(", sinh 12/03/1998");
    expect(t.requester.exemptionOption("Hộ nghèo", "Điều 5")).toBe("Hộ nghèo — căn cứ: Điều 5");
    expect(t.requester.exempt("Hộ nghèo")).toBe(" (miễn phí: Hộ nghèo)");
    expect(t.requester.perCopy("8.000 đ", 2)).toBe(" (8.000 đ × 2 bản)");
  });
});

describe("lookups and dossiers texts", () => {
  const t = lookupsTexts;
  it("shared words", () => {
    expect(t.common.now(t.common.outsideProvince)).toBe("Nay: ngoài tỉnh Gia Lai");
    expect(t.common.tab("Quá hạn", "2")).toBe("Quá hạn (2)");
    expect(t.common.all("0")).toBe("Tất cả (0)");
  });
  it("lookup page, form and results", () => {
    expect(t.page.intro("Xã Ia Kha")).toBe(
      "Tra cứu trong Hệ thống đăng ký, quản lý hộ tịch điện tử dùng chung khi giải quyết thủ tục, thay cho việc yêu cầu công dân nộp giấy tờ hộ tịch. Đơn vị: Xã Ia Kha.",
    );
    expect(t.page.intro(undefined)).toBe(
      "Tra cứu trong Hệ thống đăng ký, quản lý hộ tịch điện tử dùng chung khi giải quyết thủ tục, thay cho việc yêu cầu công dân nộp giấy tờ hộ tịch. Đơn vị: .",
    );
    expect(t.form.procedureOption("1.001193", "Đăng ký khai sinh")).toBe("1.001193 · Đăng ký khai sinh");
    expect(t.results.count(4)).toBe("Kết quả: 4 bản ghi");
    expect(t.match.reasons("trùng họ tên, trùng ngày sinh")).toBe("Lý do: trùng họ tên, trùng ngày sinh");
    expect(t.missing.count(2)).toBe("Bản ghi còn thiếu 2 thông tin (bản sao sẽ để trống “—”):");
    expect(t.personLink.formLabel("Nguyễn Văn An", "052187003321")).toBe("Quyết định về Nguyễn Văn An 052187003321");
  });
  it("record and population views", () => {
    expect(t.record.bornIn(1970)).toBe("sinh năm 1970");
    expect(t.record.parentId("052187003321")).toBe("số định danh 052187003321");
    expect(t.record.qualityBefore("số hóa từ sổ giấy")).toBe("Bản ghi số hóa từ sổ giấy, trạng thái: ");
    expect(t.record.entryValue("45", "01/1998")).toBe("Số 45, quyển số 01/1998");
    expect(t.record.entryValue("45", null)).toBe("Số 45");
    expect(t.population.failed("Người được khai sinh")).toBe("Người được khai sinh: không lấy được dữ liệu dân cư");
    expect(t.population.cardTitle("Vợ")).toBe("Vợ — CSDL quốc gia về dân cư");
    expect(t.population.differsCount(2)).toBe("2 thông tin không khớp giữa hai hệ thống: cần làm rõ trước khi sử dụng.");
    expect(t.population.dead("01/02/2020")).toBe("Đã chết (01/02/2020)");
    expect(t.population.dead(null)).toBe("Đã chết");
  });
  it("unusual use panel", () => {
    const u = t.unusualUse;
    expect(u.title(7)).toBe("Dấu hiệu khai thác bất thường (7 ngày gần nhất)");
    expect(u.burstRule(30, 10)).toBe("Hơn 30 lượt trong 10 phút");
    expect(u.burst(42, "09:00 28/11/2026")).toBe("42 lượt từ 09:00 28/11/2026");
    expect(u.offHoursRule("07:00", "17:30", 5)).toBe("Trước 07:00, sau 17:30 hoặc cuối tuần; từ 5 lượt");
    expect(u.offHour(6, "22:10 28/11/2026")).toBe("6 lượt, gần nhất 22:10 28/11/2026");
    expect(u.enumerationRule(20)).toBe("20 lượt tra số định danh liên tiếp không có kết quả");
    expect(u.enumeration(20, "a", "b")).toBe("20 lượt, a – b");
  });
  it("record page, history and dossiers", () => {
    expect(t.recordPage.purpose("Giải quyết hồ sơ thủ tục hành chính", "HS-1", "09:00 28/11/2026")).toBe(
      "Mục đích: Giải quyết hồ sơ thủ tục hành chính — HS-1 · tra cứu lúc 09:00 28/11/2026",
    );
    expect(t.recordPage.purpose("Mục đích khác", null, "09:00")).toBe("Mục đích: Mục đích khác · tra cứu lúc 09:00");
    expect(t.history.user("Nguyễn Văn An", "an.nv")).toBe("Nguyễn Văn An (an.nv)");
    expect(t.history.system("TTHC")).toBe("Hệ thống: TTHC");
    expect(t.history.dossier("HS-1", "Đăng ký khai sinh")).toBe("Hồ sơ HS-1 · Đăng ký khai sinh");
    expect(t.dossiers.lookups(3, 2)).toBe("3 (2 có kết quả)");
    expect(t.dossiers.csvFileName("28-11-2026")).toBe("Hồ sơ tra cứu 28-11-2026.csv");
    expect(t.dossiers.csvHeadings).toEqual([
      "Mã hồ sơ", "Mã đơn vị", "Đơn vị", "Mã thủ tục", "Thủ tục", "Thời điểm tra cứu đầu", "Số lượt tra cứu", "Số lượt có kết quả", "Giấy tờ được cắt giảm",
    ]);
  });
});

describe("verification page texts", () => {
  const t = verificationPageTexts;
  it("formats its arguments", () => {
    expect(t.list.inbox("2")).toBe("Cần trả lời (chờ: 2)");
    expect(t.list.sent("0")).toBe("Đơn vị đã gửi (chờ: 0)");
    expect(t.table.recordLine("KS-1", "BS-1")).toBe("KS-1 · yêu cầu BS-1");
    expect(t.detail.reason("Nghi trùng")).toBe("Lý do: Nghi trùng");
    expect(t.detail.byAt("Nguyễn Văn An", "09:00")).toBe("Nguyễn Văn An · 09:00");
    expect(t.detail.byAt("—", null)).toBe("—");
    expect(t.detail.waiting("Xã Ia Kha")).toBe("Đang chờ Xã Ia Kha trả lời.");
    expect(t.recordPage.purpose("Xã Ia Kha", "BS-1", "Nghi trùng")).toBe("Mục đích: xác minh theo đề nghị của Xã Ia Kha (yêu cầu BS-1) · Nghi trùng");
    expect(t.gate.asked("Xã Ia Kha", "09:00")).toBe("Yêu cầu xác minh gửi Xã Ia Kha lúc 09:00");
    expect(t.gate.answered("10:00", "Đúng sổ")).toBe("Trả lời lúc 10:00: Đúng sổ");
    expect(t.gate.answered("10:00", null)).toBe("Trả lời lúc 10:00");
    expect(t.gate.mayRefuse("Sai sổ")).toBe("Có thể từ chối yêu cầu với lý do: “Sai sổ”");
    expect(t.sendForm.summary("Gửi yêu cầu xác minh")).toBe("Gửi yêu cầu xác minh…");
  });
});

describe("agency request texts", () => {
  const t = agencyTexts;
  it("list and filing pages", () => {
    expect(t.list.ofAgency("Công an tỉnh")).toBe("Các yêu cầu của Công an tỉnh (Điều 64 Luật Hộ tịch).");
    expect(t.list.ofAgency(undefined)).toBe("Các yêu cầu của cơ quan (Điều 64 Luật Hộ tịch).");
    expect(t.list.total("5")).toBe("5 yêu cầu · yêu cầu đang mở xếp theo hạn trả lời");
    expect(t.filing.intro("Công an tỉnh")).toMatch(/^Công an tỉnh: cơ quan, tổ chức đề nghị/);
    expect(t.refiling.title("YC-1")).toBe("Bổ sung và gửi lại yêu cầu YC-1");
    expect(t.refiling.back("YC-1")).toBe("← YC-1");
  });
  it("request page", () => {
    const d = t.detail;
    expect(d.letter("Công an tỉnh", "215/CAT-PC06", "01/11/2026")).toBe("Công an tỉnh · Công văn số 215/CAT-PC06 ngày 01/11/2026");
    expect(d.filed("YC-1", "17:00 05/12/2026")).toBe("Mã yêu cầu YC-1. Sở Tư pháp sẽ tiếp nhận và trả lời trước 17:00 05/12/2026.");
    expect(d.letterValue("215/CAT-PC06", "01/11/2026")).toBe("215/CAT-PC06, ngày 01/11/2026");
    expect(d.receivedValue("09:00", "Lê Văn B")).toBe("09:00 (người gửi: Lê Văn B)");
    expect(d.byAt("09:00", "Lê Văn B")).toBe("09:00 · Lê Văn B");
    expect(d.byAt("09:00", null)).toBe("09:00");
    expect(d.people(3)).toBe("Người cần cung cấp thông tin (3)");
    expect(d.personLabel(2, "Nguyễn Văn An")).toBe("người 2: Nguyễn Văn An");
    expect(d.answerLine("12", "STP-HT", "05/12/2026", "Trần C")).toBe("Số 12/STP-HT, ngày 05/12/2026; người ký: Trần C.");
    expect(d.searchingAt(undefined)).toBe("Đang tra cứu tại đơn vị xử lý.");
    expect(d.dueLine("17:00 05/12/2026")).toBe(" Hạn trả lời: 17:00 05/12/2026.");
  });
  it("tables, person check, triage, answer and form", () => {
    expect(t.table.letterNumber("215")).toBe("Số 215");
    expect(t.table.letterDate("01/11/2026")).toBe("ngày 01/11/2026");
    expect(t.people.record({ typeLabel: "Khai sinh", roleLabel: "con", fullName: "Nguyễn Văn An", personalId: "052187003321", dateOfBirth: "12/03/1998", related: "cha: Nguyễn Văn B" })).toBe(
      "Khai sinh (con): Nguyễn Văn An, số định danh 052187003321, sinh 12/03/1998 (cha: Nguyễn Văn B)",
    );
    expect(t.people.record({ typeLabel: "Khai tử", fullName: "Lê Thị C" })).toBe("Khai tử: Lê Thị C");
    expect(t.personCheck.results(2)).toBe("Kết quả tra cứu (2) — chọn hồ sơ cung cấp hoặc các hồ sơ có thể trùng");
    expect(t.personCheck.registered("12/03/1998", "UBND xã Ia Kha")).toBe("Đăng ký 12/03/1998 tại UBND xã Ia Kha");
    expect(t.triage.communeOption("Xã Ia Kha", "24001")).toBe("Xã Ia Kha (24001)");
    expect(t.answer.pending(2)).toBe("Còn 2 người chưa ghi kết quả tra cứu.");
    expect(t.form.csvHintAfter(256)).toBe("; ngày dạng dd/MM/yyyy; tối đa 256 KB. Có lỗi ở bất kỳ dòng nào thì không lưu gì.");
    expect(t.form.cell(t.form.columns.fullName, 2)).toBe("Họ và tên, dòng 2");
  });
});

describe("grant texts", () => {
  it("formats its arguments", () => {
    expect(grantTexts.username("an.nv")).toBe("(an.nv)");
    expect(grantTexts.validUntil("31/12/2026")).toBe(" · đến 31/12/2026");
  });
});
