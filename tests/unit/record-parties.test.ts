import { describe, expect, it } from "vitest";
import type { CivilRecord, Match } from "@/lib/adapters/civil-registry/port";
import { loadReference } from "@/mock-national/data/reference";
import { flattenFields } from "@/lib/agency-requests/answer-data";
import { toAnswerRecord } from "@/lib/agency-requests/records";
import { recordBlocks } from "@/lib/documents/record-blocks";
import { matchedLine } from "@/lib/lookups/labels";
import { matchedParty, partiesOf } from "@/lib/lookups/parties";
import { toResultItem } from "@/lib/lookups/result-item";

// The portal decides by itself whom a result is about, from the query and the record: a national
// system that does not say (match.party absent), or says wrong, must not make it show the wrong
// person. The reference records are those of prisma/data/reference-people.json.

const ref = loadReference();
const record = (id: string) => ref.records.find((r) => r.id === id)!;
const R4 = record("HT-KH-R4"); // Trần Văn Hùng (052085002190) and Nguyễn Thị Hồng (052187003321)
const R3 = record("HT-KS-R3"); // Rơ Mah Minh Khôi's birth, naming both parents by ID
const exact = (reasons: Match["reasons"], party?: Match["party"]): Match => ({ score: 1, level: "exact", reasons, ...(party ? { party } : {}) });
const units = new Map<string, string>();

describe("matchedParty without the national system's word", () => {
  it("R4 by the wife's number or name is the wife; by the husband's, the husband", () => {
    expect(matchedParty(R4, { by: "personalId", personalId: "052187003321" }, exact(["personal_id"]))).toMatchObject({ key: "wife", role: "WIFE", roleLabel: "vợ", fullName: "Nguyễn Thị Hồng", personalId: "052187003321", dateOfBirth: "1987-04-23" });
    expect(matchedParty(R4, { by: "name", fullName: "nguyen thi hong", dateOfBirth: "1987-04-23" }, exact(["name_folded", "dob_exact"]))).toMatchObject({ key: "wife", reasons: ["name_folded", "dob_exact"] });
    expect(matchedParty(R4, { by: "name", fullName: "Tran Van Hung", dateOfBirth: "1985-11" }, exact(["name_folded", "dob_partial"]))).toMatchObject({ key: "husband", personalId: "052085002190" });
  });

  it("a wrong word from the system is overruled: the number, or a better-agreeing name, decides", () => {
    expect(matchedParty(R4, { by: "personalId", personalId: "052187003321" }, exact(["personal_id"], "husband"))?.key).toBe("wife");
    expect(matchedParty(R4, { by: "name", fullName: "Nguyễn Thị Hồng", dateOfBirth: "1987-04-23" }, exact(["name_exact"], "husband"))?.key).toBe("wife");
  });

  it("a number the record does not show is no one on it: the row then shows no one's number", () => {
    expect(matchedParty(R4, { by: "personalId", personalId: "064198004512" }, exact(["personal_id"]))).toBeNull();
    const row = toResultItem(R4, exact(["personal_id"]), units, { by: "personalId", personalId: "064198004512" });
    expect(row).toMatchObject({ fullName: "Trần Văn Hùng – Nguyễn Thị Hồng", personalId: null, dateOfBirth: null, matched: null });
  });

  it("a birth record found by a parent's number is shown as that parent, the child beside", () => {
    const row = toResultItem(R3, exact(["personal_id"]), units, { by: "personalId", personalId: "064198004512" });
    expect(row).toMatchObject({ fullName: "Rơ Mah H'Lan", personalId: "064198004512", dateOfBirth: "1998", matched: { role: "MOTHER", roleLabel: "mẹ" } });
    expect(row.related).toBe("Người được khai sinh: Rơ Mah Minh Khôi · Cha: Ksor Bơ");
    expect(matchedLine(row.matched!)).toBe("Khớp: mẹ — Rơ Mah H'Lan, số định danh 064198004512, lý do: trùng số định danh");
  });

  it("registration keys name no one: a couple shows both names, a birth its child", () => {
    const query = { by: "registration" as const, entryNumber: "1" };
    expect(toResultItem(R4, exact(["entry_number"]), units, query)).toMatchObject({ fullName: "Trần Văn Hùng – Nguyễn Thị Hồng", personalId: null, matched: null, related: null });
    expect(toResultItem(R3, exact(["entry_number"]), units, query)).toMatchObject({ fullName: "Rơ Mah Minh Khôi", personalId: "064221000657", matched: null });
  });
});

describe("people in `related` are named by the record's own words", () => {
  const adoption: CivilRecord = {
    ...R3, id: "HT-NCN-X", type: "ADOPTION", father: null, mother: null,
    related: [{ role: "Cha nuôi", fullName: "Lê Văn Nghĩa", personalId: null }, { role: "Mẹ nuôi", fullName: "Huỳnh Thị Dung", personalId: "052144703713" }],
  };
  it("adoptee and adoptive parents; the one with the number asked is the one shown", () => {
    expect(partiesOf(adoption).map((p) => [p.key, p.role, p.roleLabel])).toEqual([["subject", "ADOPTEE", "con nuôi"], ["related.0", "ADOPTER", "cha nuôi"], ["related.1", "ADOPTER", "mẹ nuôi"]]);
    expect(toAnswerRecord(adoption, null, false, matchedParty(adoption, { by: "personalId", personalId: "052144703713" }, exact(["personal_id"])))).toMatchObject({
      fullName: "Huỳnh Thị Dung", personalId: "052144703713", dateOfBirth: null, role: "ADOPTER", roleLabel: "mẹ nuôi", related: "Con nuôi: Rơ Mah Minh Khôi · Cha nuôi: Lê Văn Nghĩa",
    });
  });
});

describe("the answer's JSON fields keep each person's facts apart", () => {
  it("a marriage: each spouse's under their side", () => {
    const fields = flattenFields(recordBlocks(R4, null));
    expect(fields).toMatchObject({ "Bên chồng: Số định danh cá nhân": "052085002190", "Bên vợ: Số định danh cá nhân": "052187003321", "Bên vợ: Họ, chữ đệm, tên": "NGUYỄN THỊ HỒNG" });
    expect(fields["Số định danh cá nhân"]).toBeUndefined();
  });

  it("a birth: the parents' ethnicity and nationality do not overwrite the child's", () => {
    const fields = flattenFields(recordBlocks(R3, null));
    expect(fields).toMatchObject({ "Dân tộc": R3.subject!.ethnicity, "Số định danh cá nhân": "064221000657", "Họ, chữ đệm, tên người mẹ": "Rơ Mah H'Lan", "Họ, chữ đệm, tên người cha": "Ksor Bơ" });
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(["Người mẹ: Dân tộc", "Người cha: Dân tộc", "Người cha: Năm sinh"]));
  });
});
