import { describe, expect, it } from "vitest";
import { ZRequestRecord } from "@/lib/copies/records";
import { gateReason, isFitToCertify, isGatedQuality, notFitMessage, unfitRecords } from "@/lib/verifications/gate";
import { ZAnswerVerification, ZSendVerification } from "@/lib/verifications/schemas";

describe("the quality gate: which records are fit to certify", () => {
  it("stops needs_review and suspected_duplicate until confirmed, lets every other state through", () => {
    expect(isFitToCertify({ quality: "needs_review" }, false)).toBe(false);
    expect(isFitToCertify({ quality: "suspected_duplicate" }, false)).toBe(false);
    expect(isFitToCertify({ quality: "needs_review" }, true)).toBe(true);
    expect(isFitToCertify({ quality: "suspected_duplicate" }, true)).toBe(true);
    expect(isFitToCertify({ quality: "verified" }, false)).toBe(true);
    expect(isFitToCertify({ quality: "incomplete" }, false)).toBe(true);
    // A request taken before the state was kept: the sign step reads the register again and decides.
    expect(isFitToCertify({ quality: null }, false)).toBe(true);
    expect(isGatedQuality(undefined)).toBe(false);
  });

  it("names the unfit records of a request, in order, and only those without a confirmation", () => {
    const records = [
      { recordId: "A", quality: "verified" as const },
      { recordId: "B", quality: "needs_review" as const },
      { recordId: "C", quality: "suspected_duplicate" as const, duplicateOf: "HT-KS-0000001" },
      { recordId: "D", quality: "needs_review" as const },
    ];
    expect(unfitRecords(records, new Set(["D"])).map((r) => r.recordId)).toEqual(["B", "C"]);
    expect(unfitRecords(records, new Set(["B", "C", "D"]))).toEqual([]);
  });

  it("says why in Vietnamese: in review, or the record it may duplicate", () => {
    expect(gateReason({ quality: "needs_review" })).toBe("Hồ sơ số hóa đang chờ rà soát");
    expect(gateReason({ quality: "suspected_duplicate", duplicateOf: "HT-KS-0000123" })).toBe("Nghi trùng với hồ sơ HT-KS-0000123");
    expect(gateReason({ quality: "suspected_duplicate", duplicateOf: null })).toBe("Nghi trùng với hồ sơ khác");
    const message = notFitMessage([{ recordId: "B", quality: "needs_review", subjectName: "Lê Văn Tâm" }]);
    expect(message).toContain("Lê Văn Tâm — Hồ sơ số hóa đang chờ rà soát");
    expect(message).toContain("đơn vị đang quản lý sổ hộ tịch xác nhận");
  });

  it("a request taken before the gate reads with quality null", () => {
    const old = ZRequestRecord.parse({ recordId: "X", type: "BIRTH", subjectName: "A", registeredOn: "2000", authority: "UBND", currentCommuneCode: null, registeredAt: "OTHER_PROVINCE" });
    expect(old.quality).toBeNull();
    expect(old.duplicateOf).toBeNull();
  });
});

describe("verification forms", () => {
  it("a refusal needs its reason; a confirmation may go without", () => {
    const base = { id: "cm0000000000000000000000a", version: "0" };
    expect(ZAnswerVerification.safeParse({ ...base, decision: "CONFIRM", answer: "" }).success).toBe(true);
    const rejected = ZAnswerVerification.safeParse({ ...base, decision: "REJECT", answer: "  " });
    expect(rejected.success).toBe(false);
    expect(rejected.error?.issues[0]).toMatchObject({ path: ["answer"], message: "Nhập lý do không xác nhận (ít nhất 5 ký tự)." });
    expect(ZAnswerVerification.safeParse({ ...base, decision: "REJECT", answer: "Sổ gốc ghi khác tên" }).success).toBe(true);
    expect(ZAnswerVerification.safeParse({ ...base, decision: "MAYBE", answer: "" }).error?.issues[0]?.message).toBe("Chọn Xác nhận hoặc Không xác nhận.");
  });

  it("the asker's note is optional, bounded, and free of control characters", () => {
    expect(ZSendVerification.parse({ requestId: "cm0000000000000000000000a", recordId: "HT-KS-R6", note: "" }).note).toBeNull();
    expect(ZSendVerification.safeParse({ requestId: "cm0000000000000000000000a", recordId: "HT-KS-R6", note: "x".repeat(1001) }).error?.issues[0]?.message).toBe("Ghi chú tối đa 1.000 ký tự.");
    expect(ZSendVerification.safeParse({ requestId: "cm0000000000000000000000a", recordId: "HT-KS-R6", note: "a\u0000b" }).success).toBe(false);
  });
});
