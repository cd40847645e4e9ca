import { describe, expect, it } from "vitest";
import { loadReference } from "@/mock-national/data/reference";
import { checkRequester, datesAgree, papersErrors, sameName, selfErrors, wantsPopulationCheck, type RequesterFacts } from "@/lib/copies/requester-rules";
import { requesterTexts as t } from "@/lib/copies/requester-texts";
import { parseSubjectChoice, resolveSubject, samePerson, subjectChoiceValue } from "@/lib/copies/subject";

// Luật Hộ tịch 2014 Art. 63–64: who may ask for a copy of an extract, and what each must bring.

const facts = (o: Partial<RequesterFacts> = {}): RequesterFacts => ({
  relation: "SELF", requesterName: "Vũ Minh Trang", requesterIdNumber: "001300007731", requesterDateOfBirth: null,
  authorisationRef: null, relationshipProof: null, authorisationCertification: null, ...o,
});
const TRANG = { fullName: "Vũ Minh Trang", roleLabel: "người được khai sinh", personalId: "001300007731", dateOfBirth: "2000-10-20" };
// R6: a digitised 1979 birth, no ID number, month-only date of birth.
const TAM = { fullName: "Lê Văn Tâm", roleLabel: "người được khai sinh", personalId: null, dateOfBirth: "1979-01" };

describe("names and dates compared as people write them", () => {
  it("ignores accents, case, Unicode form, apostrophes and spacing, but not other letters", () => {
    expect(sameName("Rơ Mah H'Lan", "ro mah hlan")).toBe(true);
    expect(sameName("Rơ Mah H’Lan".normalize("NFD"), "RƠ MAH H'LAN")).toBe(true);
    expect(sameName("Rơ Mah Minhkhôi", "Rơ Mah Minh Khôi")).toBe(true);
    expect(sameName("Lê Văn Tám", "Lê Văn Tâm")).toBe(true);
    expect(sameName("Lê Văn Tám", "Lê Văn Tú")).toBe(false);
    expect(sameName("", "")).toBe(false);
  });

  it("a partial date agrees with what it knows", () => {
    expect(datesAgree("1979-01", "1979-01-15")).toBe(true);
    expect(datesAgree("1979-01-15", "1979")).toBe(true);
    expect(datesAgree("1979-01", "1979-02-15")).toBe(false);
    expect(datesAgree("2001-07-05", "2001-05-07")).toBe(false);
  });
});

describe("SELF is checked against the person of the record", () => {
  it("the same ID number as the record: accepted", () => {
    expect(checkRequester(facts(), TRANG)).toEqual({});
  });

  it("another ID number: refused at the ID field, naming the person of the record", () => {
    const errors = checkRequester(facts({ requesterIdNumber: "064198004512" }), TRANG);
    expect(errors).toEqual({ requesterIdNumber: t.selfIdMismatch(TRANG) });
    expect(errors.requesterIdNumber).toContain("Vũ Minh Trang (người được khai sinh)");
    expect(errors.requesterIdNumber).toContain("không phải là người được cấp");
  });

  it("a record without ID: name and date of birth, accent- and form-insensitive, partial dates agreeing", () => {
    expect(selfErrors(facts({ requesterName: "LE VAN TAM".normalize("NFD"), requesterIdNumber: "052079005518", requesterDateOfBirth: "1979-01-15" }), TAM)).toEqual({});
    expect(selfErrors(facts({ requesterName: "Lê Văn Tâm", requesterIdNumber: "052079005518", requesterDateOfBirth: null }), TAM)).toEqual({ requesterDateOfBirth: t.selfDobRequired });
    expect(selfErrors(facts({ requesterName: "Lê Thị Tâm", requesterIdNumber: "052079005518", requesterDateOfBirth: "1979-02-15" }), TAM)).toEqual({
      requesterName: t.selfNameMismatch(TAM),
      requesterDateOfBirth: "Ngày sinh người yêu cầu không khớp với ngày sinh trong bản ghi hộ tịch (01/1979).",
    });
  });

  it("a record with neither ID nor date of birth cannot establish SELF", () => {
    expect(selfErrors(facts(), { fullName: "Vũ Minh Trang", personalId: null, dateOfBirth: null })).toEqual({ requesterIdNumber: expect.stringContaining("không đối chiếu được") });
  });

  it("no person chosen on a record found by its registration keys: the officer must choose first", () => {
    expect(checkRequester(facts(), null)).toEqual({ subject: t.subjectUnknownForSelf });
    // Only SELF needs the person: a relative's papers are checked whoever it is.
    expect(checkRequester(facts({ relation: "SPOUSE", authorisationRef: "Giấy ủy quyền viết tay ngày 01/11/2026", relationshipProof: "Giấy chứng nhận kết hôn số 12" }), null)).toEqual({});
  });

  it("with a grant, the population database's name and date of birth must agree too", () => {
    const f = facts({ requesterName: "Lê Văn Tâm", requesterIdNumber: "052079005518", requesterDateOfBirth: "1979-01-15" });
    expect(selfErrors(f, TAM, { status: "found", fullName: "Lê Văn Tám", dateOfBirth: "1979-01-15" })).toEqual({});
    expect(selfErrors(f, TAM, { status: "not_found" })).toEqual({ requesterIdNumber: t.populationNotFound });
    expect(selfErrors(f, TAM, { status: "found", fullName: "Nguyễn Văn An", dateOfBirth: "1979-01-15" })).toEqual({ requesterIdNumber: expect.stringContaining("Nguyễn Văn An") });
    expect(selfErrors(f, TAM, { status: "found", fullName: "Lê Văn Tám", dateOfBirth: "1980-01-15" })).toEqual({ requesterIdNumber: expect.stringContaining("15/01/1980") });
    // The record speaks first: a mismatch there is the reason given, not the population's.
    expect(selfErrors(facts({ requesterIdNumber: "064198004512" }), TRANG, { status: "not_found" })).toEqual({ requesterIdNumber: t.selfIdMismatch(TRANG) });
  });

  it("a record that names the requester by the same ID number is theirs, even where the population database writes the date differently", () => {
    // The reference record has day and month swapped against the population database: the register needs correcting, the person still gets a copy of it.
    const f = facts({ requesterName: "Vũ Minh Trang", requesterIdNumber: TRANG.personalId });
    expect(selfErrors(f, TRANG, { status: "found", fullName: "Vũ Minh Trang", dateOfBirth: "2000-02-10" })).toEqual({});
    expect(selfErrors(f, TRANG, { status: "not_found" })).toEqual({});
  });

  it("asks the population database only for SELF with a 12-digit citizen number", () => {
    expect(wantsPopulationCheck(facts())).toBe(true);
    expect(wantsPopulationCheck(facts({ requesterIdNumber: "B1234567" }))).toBe(false);
    expect(wantsPopulationCheck(facts({ relation: "PARENT" }))).toBe(false);
  });
});

describe("what each relation brings", () => {
  it("grandparents, parents, children, spouses and siblings: a written authorisation and a proof of the relationship", () => {
    for (const relation of ["GRANDPARENT", "PARENT", "CHILD", "SPOUSE", "SIBLING"] as const) {
      expect(papersErrors(facts({ relation }))).toEqual({ authorisationRef: t.relativeAuthorisationRequired, relationshipProof: t.relationshipProofRequired });
      expect(papersErrors(facts({ relation, authorisationRef: "Giấy ủy quyền ngày 02/11/2026" }))).toEqual({ relationshipProof: t.relationshipProofRequired });
      expect(papersErrors(facts({ relation, authorisationRef: "Giấy ủy quyền ngày 02/11/2026", relationshipProof: "Giấy khai sinh số 45" }))).toEqual({});
    }
  });

  it("anyone else: a certified authorisation (reference, by whom, number, date)", () => {
    expect(papersErrors(facts({ relation: "AUTHORISED" }))).toEqual({
      authorisationRef: t.authorisedRefRequired,
      authorisationCertifiedBy: t.certifiedByRequired,
      authorisationCertificationNumber: t.certificationNumberRequired,
      authorisationCertifiedOn: t.certifiedOnRequired,
    });
    const certified = { by: "UBND phường Pleiku", number: "125/2026/SCT", on: "2026-11-02" };
    expect(papersErrors(facts({ relation: "AUTHORISED", authorisationRef: "Giấy ủy quyền ngày 01/11/2026", authorisationCertification: certified }))).toEqual({});
    // The ID of the person of the record is not the authorised person's business to match.
    expect(checkRequester(facts({ relation: "AUTHORISED", requesterIdNumber: "064090009999", authorisationRef: "Giấy ủy quyền", authorisationCertification: certified }), TRANG)).toEqual({});
  });

  it("an agency is refused at the counter and pointed to the agency-request procedure", () => {
    expect(checkRequester(facts({ relation: "AGENCY" }), TRANG)).toEqual({ relation: t.agencyRefused });
    expect(t.agencyRefused).toContain("Yêu cầu cung cấp dữ liệu của cơ quan");
  });

  it("SELF needs no authorisation", () => {
    expect(papersErrors(facts())).toEqual({});
  });
});

describe("the person a confirmation is about", () => {
  const ref = loadReference();
  const rec = (id: string) => ref.records.find((r) => r.id === id)!;
  const [R1, R2, R3, R4, R6] = ["HT-KS-R1", "HT-KH-R2", "HT-KS-R3", "HT-KH-R4", "HT-KS-R6"].map(rec) as [ReturnType<typeof rec>, ReturnType<typeof rec>, ReturnType<typeof rec>, ReturnType<typeof rec>, ReturnType<typeof rec>];

  it("the form's value round-trips", () => {
    expect(parseSubjectChoice(subjectChoiceValue({ recordId: "HT-KH-R2", key: "wife" }))).toEqual({ recordId: "HT-KH-R2", key: "wife" });
    expect(parseSubjectChoice("HT-KS-R3|related.0")).toEqual({ recordId: "HT-KS-R3", key: "related.0" });
    expect(parseSubjectChoice("HT-KH-R2|nobody")).toBeNull();
    expect(parseSubjectChoice("wife")).toBeNull();
  });

  it("the wife chosen on her marriage is found on her birth and as the mother on her child's", () => {
    const resolved = resolveSubject([R2, R1, R3], { recordId: "HT-KH-R2", key: "wife" });
    expect(resolved.ok).toBe(true);
    if (!resolved.ok) return;
    expect(resolved.person).toMatchObject({ fullName: "Rơ Mah H'Lan", key: "wife" });
    expect([...resolved.parties].map(([id, p]) => `${id}:${p.key}`)).toEqual(["HT-KH-R2:wife", "HT-KS-R1:subject", "HT-KS-R3:mother"]);
  });

  it("a record that does not name the chosen person is refused at the records", () => {
    const resolved = resolveSubject([R2, R4], { recordId: "HT-KH-R2", key: "wife" });
    expect(resolved).toEqual({ ok: false, fieldErrors: { records: expect.stringContaining("HT-KH-R4") } });
    expect(resolveSubject([R2], { recordId: "HT-KH-R2", key: "father" })).toEqual({ ok: false, fieldErrors: { subject: t.subjectNotOnRecord("HT-KH-R2") } });
    expect(resolveSubject([R2], { recordId: "HT-KS-R1", key: "subject" }).ok).toBe(false);
  });

  it("without ID numbers on both, the same name and an agreeing date of birth", () => {
    expect(samePerson({ fullName: "Lê Văn Tâm", personalId: null, dateOfBirth: "1979-01" }, { fullName: "LE VAN TAM", personalId: "052079005518", dateOfBirth: "1979-01-15" })).toBe(true);
    expect(samePerson({ fullName: "Lê Văn Tâm", personalId: null, dateOfBirth: null }, { fullName: "Lê Văn Tâm", personalId: null, dateOfBirth: "1979-01-15" })).toBe(false);
    expect(samePerson({ fullName: "Nguyễn Văn An", personalId: "064090003117", dateOfBirth: "1990-01-01" }, { fullName: "Nguyễn Văn An", personalId: "052090004402", dateOfBirth: "1990-01-01" })).toBe(false);
    expect(resolveSubject([R6], { recordId: "HT-KS-R6", key: "subject" }).ok).toBe(true);
  });
});
