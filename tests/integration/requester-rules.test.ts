import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { createMockPopulation } from "@/mock-national/population";
import type { CivilRegistryPort, CivilSearch } from "@/lib/adapters/civil-registry/port";
import type { PopulationPort } from "@/lib/adapters/population/port";
import type { DocumentContent } from "@/lib/documents/content";
import { env } from "@/lib/server/env";
import { searchForRequest } from "@/lib/copies/search-for-request";
import { createRequest } from "@/lib/copies/create-request";
import { prepareRequest } from "@/lib/copies/prepare-request";
import { signRequest } from "@/lib/copies/sign-request";
import { getRequest } from "@/lib/copies/get-request";
import { requesterLines } from "@/lib/copies/requester-lines";
import { requesterTexts as txt } from "@/lib/copies/requester-texts";
import { parseCreateRequestForm, type TCreateRequest } from "@/lib/copies/schemas";

// Who may ask for a copy or a confirmation (Luật Hộ tịch 2014 Art. 63–64) and the confirmation as
// its own procedure (2.002516), through the use cases: a search for the request, then createRequest.

let t: TestDatabase;
let deps: { db: TestDatabase["prisma"]; civilRegistry: CivilRegistryPort; population: PopulationPort; now: Date };
const actors: Record<string, Actor> = {};
const vn = (local: string) => new Date(`${local}+07:00`);

const P11_BIRTH: CivilSearch = { by: "personalId", personalId: "001300007731", eventTypes: ["BIRTH"] };
const R2_MARRIAGE: CivilSearch = { by: "registration", entryNumber: "12", bookNumber: "01/2019", eventTypes: ["MARRIAGE"] };
const R1_BIRTH: CivilSearch = { by: "registration", entryNumber: "45", bookNumber: "01/1998", eventTypes: ["BIRTH"] };
const R6_LEGACY: CivilSearch = { by: "registration", entryNumber: "112", bookNumber: "01/1979", eventTypes: ["BIRTH"] };

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  const dataset = generateDataset({ people: 2_000 });
  deps = {
    db: t.prisma, civilRegistry: createMockCivilRegistry(dataset),
    population: createMockPopulation(dataset, { credentialSecret: env().population.credentialSecret, today: () => "2026-11-26" }),
    now: vn("2026-11-26T09:00:00"),
  };
  // pleiku.canbo holds a population-database grant (demo seed); iao.canbo does not.
  for (const username of ["pleiku.canbo", "pleiku.lanhdao", "iao.canbo"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
});
afterAll(async () => t?.cleanup());

const granted = () => actors["pleiku.canbo"]!;
const ungranted = () => actors["iao.canbo"]!;
const base = { channel: "COUNTER", requesterPhone: null, requesterAddress: null, authorisationRef: null, copies: 1, feeExemptReason: null, purposeText: null } as const;
const TRANG = { requesterName: "Vũ Minh Trang", requesterIdNumber: "001300007731", relation: "SELF" } as const;

/** Searches as `officer` for a request of `kind` and takes it with the records `pick` chooses. */
async function take(officer: Actor, kind: "COPY" | "CONFIRMATION", query: CivilSearch, pick: (ids: string[]) => string[], requester: Partial<TCreateRequest>) {
  const found = await searchForRequest(officer, { kind, query, ip: "10.0.0.9" }, deps);
  const input = { ...base, ...TRANG, kind, reference: found.reference, recordIds: pick(found.results.map((r) => r.recordId)), ...requester } as TCreateRequest;
  return { found, attempt: () => createRequest(officer, input, "10.0.0.9", deps) };
}
const all = (ids: string[]) => ids;
const row = (id: string) => t.prisma.civilRequest.findUniqueOrThrow({ where: { id } });
// Draft references are per unit: the unit is part of the key.
const logsOf = (receiptNumber: string, officer: Actor = granted()) => t.prisma.accessLog.findMany({ where: { purposeRef: receiptNumber, unitId: officer.unit!.id }, orderBy: { seq: "asc" } });
const step = async (id: string) => ({ id, version: (await row(id)).version });

describe("SELF is the person of the record", () => {
  it("the same ID number as the record: taken on the record's word, without reading the population database (data minimisation)", async () => {
    const { found, attempt } = await take(granted(), "COPY", P11_BIRTH, all, {});
    const created = await attempt();
    expect(await row(created.id)).toMatchObject({ relation: "SELF", selfCheck: "RECORD", procedureCode: "2.000635" });
    const logs = await logsOf(found.reference);
    expect(logs.map((l) => `${l.system}:${l.operation}:${l.outcome}`)).toEqual(["CIVIL_REGISTRY:SEARCH:FOUND", "CIVIL_REGISTRY:GET_RECORD:FOUND"]);
  });

  it("without a grant the check is against the record only, and the request says so", async () => {
    const { found, attempt } = await take(ungranted(), "COPY", P11_BIRTH, all, {});
    const created = await attempt();
    const request = await getRequest(ungranted(), created.id, deps);
    expect(request.selfCheck).toBe("RECORD");
    expect(requesterLines(request)).toContainEqual({ label: "Đối chiếu người yêu cầu", value: txt.selfCheck.RECORD });
    const logs = await logsOf(found.reference, ungranted());
    expect(logs.map((l) => l.operation)).toEqual(["SEARCH", "GET_RECORD"]);
  });

  it("another ID number is refused with the reason; nothing is taken, the read of the record is logged", async () => {
    const { found, attempt } = await take(granted(), "COPY", P11_BIRTH, all, { requesterName: "Rơ Mah H'Lan", requesterIdNumber: "064198004512" });
    await expect(attempt()).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { requesterIdNumber: expect.stringContaining("không phải là người được cấp") } });
    expect(await t.prisma.civilRequest.count({ where: { draftReference: found.reference } })).toBe(0);
    expect((await logsOf(found.reference)).map((l) => `${l.operation}:${l.outcome}`)).toEqual(["SEARCH:FOUND", "GET_RECORD:FOUND"]);
  });

  it("a legacy record without ID number: by name and date of birth, accents aside, the partial date agreeing", async () => {
    // R6: "Lê Văn Tâm", born "1979-01", no ID; the population database knows 052079005518 as "Lê Văn Tám", 15/01/1979.
    const tam = { requesterName: "LE VAN TAM", requesterIdNumber: "052079005518", subject: { recordId: "HT-KS-R6", key: "subject" as const } };
    const wrongDay = await take(granted(), "COPY", R6_LEGACY, all, { ...tam, requesterDateOfBirth: "1979-02-15" });
    await expect(wrongDay.attempt()).rejects.toMatchObject({ fieldErrors: { requesterDateOfBirth: "Ngày sinh người yêu cầu không khớp với ngày sinh trong bản ghi hộ tịch (01/1979)." } });
    const noDate = await take(granted(), "COPY", R6_LEGACY, all, { ...tam });
    await expect(noDate.attempt()).rejects.toMatchObject({ fieldErrors: { requesterDateOfBirth: txt.selfDobRequired } });
    const ok = await take(granted(), "COPY", R6_LEGACY, all, { ...tam, requesterDateOfBirth: "1979-01-15" });
    const created = await ok.attempt();
    expect(await row(created.id)).toMatchObject({ requesterDateOfBirth: "1979-01-15", selfCheck: "RECORD_AND_POPULATION" });
  });

  it("a record found by its registration keys: the officer must say whose it is before SELF is checked", async () => {
    const { attempt } = await take(granted(), "COPY", R1_BIRTH, all, { requesterName: "Rơ Mah H'Lan", requesterIdNumber: "064198004512" });
    await expect(attempt()).rejects.toMatchObject({ fieldErrors: { subject: txt.subjectUnknownForSelf } });
    const chosen = await take(granted(), "COPY", R1_BIRTH, all, { requesterName: "Rơ Mah H'Lan", requesterIdNumber: "064198004512", subject: { recordId: "HT-KS-R1", key: "subject" } });
    const taken = await chosen.attempt();
    expect(await row(taken.id)).toMatchObject({ draftReference: chosen.found.reference, receiptNumber: expect.stringMatching(/^BS-\d{4}-\d{6}$/) });
  });
});

describe("relatives, authorised persons and agencies", () => {
  const spouse = { requesterName: "Ksor Bơ", requesterIdNumber: "064095001873", relation: "SPOUSE" } as const;

  it("a relative without a written authorisation and a proof of the relationship is refused, reading nothing", async () => {
    const { found, attempt } = await take(granted(), "COPY", P11_BIRTH, all, spouse);
    await expect(attempt()).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { authorisationRef: txt.relativeAuthorisationRequired, relationshipProof: txt.relationshipProofRequired } });
    expect((await logsOf(found.reference)).map((l) => l.operation)).toEqual(["SEARCH"]);
  });

  it("a relative with both is taken, and both are recorded and shown", async () => {
    const { attempt } = await take(granted(), "COPY", R2_MARRIAGE, all, {
      ...spouse, requesterName: "Rơ Mah H'Lan", requesterIdNumber: "064198004512",
      authorisationRef: "Giấy ủy quyền viết tay của ông Ksor Bơ ngày 20/11/2026", relationshipProof: "Giấy chứng nhận kết hôn số 12, quyển 01/2019",
    });
    const created = await attempt();
    const request = await getRequest(granted(), created.id, deps);
    expect(request).toMatchObject({ authorisationRef: "Giấy ủy quyền viết tay của ông Ksor Bơ ngày 20/11/2026", relationshipProof: "Giấy chứng nhận kết hôn số 12, quyển 01/2019", selfCheck: null });
    expect(requesterLines(request)).toEqual(expect.arrayContaining([
      { label: "Thủ tục", value: "2.000635 — Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh" },
      { label: "Văn bản ủy quyền (không bắt buộc chứng thực)", value: "Giấy ủy quyền viết tay của ông Ksor Bơ ngày 20/11/2026" },
      { label: "Giấy tờ chứng minh quan hệ", value: "Giấy chứng nhận kết hôn số 12, quyển 01/2019" },
    ]));
  });

  it("an authorised person needs a certified authorisation: by whom, number and date", async () => {
    const other = { requesterName: "Nguyễn Văn Khách", requesterIdNumber: "064090009999", relation: "AUTHORISED", authorisationRef: "Hợp đồng ủy quyền ngày 01/11/2026" } as const;
    const bare = await take(granted(), "COPY", P11_BIRTH, all, other);
    await expect(bare.attempt()).rejects.toMatchObject({ fieldErrors: { authorisationCertifiedBy: txt.certifiedByRequired, authorisationCertificationNumber: txt.certificationNumberRequired, authorisationCertifiedOn: txt.certifiedOnRequired } });
    const certified = await take(granted(), "COPY", P11_BIRTH, all, { ...other, authorisationCertification: { by: "Văn phòng công chứng Phố Núi", number: "1250/2026", on: "2026-11-02" } });
    const created = await certified.attempt();
    expect(await row(created.id)).toMatchObject({ authorisationCertifiedBy: "Văn phòng công chứng Phố Núi", authorisationCertificationNumber: "1250/2026", authorisationCertifiedOn: "2026-11-02" });
    expect(requesterLines(await getRequest(granted(), created.id, deps))).toContainEqual({ label: "Công chứng, chứng thực", value: "Văn phòng công chứng Phố Núi, số 1250/2026, ngày 02/11/2026" });
  });

  it("an agency is offered in the list and refused at the field, pointing to agency requests", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ requestKind: "COPY", reference: "BS-2026-000001", recordIds: "HT-KS-R10", channel: "COUNTER", requesterName: "Công an tỉnh Gia Lai", requesterIdNumber: "064090001111", relation: "AGENCY", copies: "1" })) form.append(k, v);
    const parsed = parseCreateRequestForm(form, "2026-11-26");
    expect(parsed.ok ? {} : parsed.fieldErrors).toEqual({ relation: txt.agencyRefused });
    expect(txt.agencyRefused).toContain("Yêu cầu cung cấp dữ liệu của cơ quan");
  });
});

describe("the confirmation, procedure 2.002516: what, for which events, why, and about whom", () => {
  const wife = { requesterName: "Ro Mah H Lan", requesterIdNumber: "064198004512", relation: "SELF", purposeText: "Bổ sung hồ sơ hưởng bảo hiểm xã hội", confirmationContent: "Xác nhận họ tên, ngày sinh và việc đăng ký kết hôn" } as const;

  it("needs the content and the person, before any record is read", async () => {
    const { attempt } = await take(granted(), "CONFIRMATION", R2_MARRIAGE, all, { ...wife, confirmationContent: null });
    await expect(attempt()).rejects.toMatchObject({ fieldErrors: { subject: txt.subjectRequired, confirmationContent: txt.confirmationContentRequired } });
  });

  it("asked by the wife of a marriage found by its registration keys, it names the wife, never the husband", async () => {
    const { attempt } = await take(granted(), "CONFIRMATION", R2_MARRIAGE, all, { ...wife, subject: { recordId: "HT-KH-R2", key: "wife" } });
    const created = await attempt();
    const stored = await row(created.id);
    expect(stored).toMatchObject({ procedureCode: "2.002516", confirmationContent: wife.confirmationContent, subjectName: "Rơ Mah H'Lan", selfCheck: "RECORD" });
    await prepareRequest(granted(), await step(created.id), deps);
    const signed = await signRequest(actors["pleiku.lanhdao"]!, { ...(await step(created.id)), ip: null }, deps);
    const content = (await t.prisma.issuedDocument.findUniqueOrThrow({ where: { id: signed.documentId } })).content as DocumentContent;
    expect(content.holderNames).toEqual(["Rơ Mah H'Lan"]);
    expect(content.body[0]).toMatchObject({ type: "paragraph", text: expect.stringContaining("xác nhận thông tin hộ tịch của Rơ Mah H'Lan, sinh ngày 12/03/1998") });
    expect(JSON.stringify(content.body[0])).not.toContain("Ksor Bơ");
  });

  it("every record must name the chosen person: another couple's marriage is refused at the records", async () => {
    const found = await searchForRequest(granted(), { kind: "CONFIRMATION", query: R2_MARRIAGE, ip: null }, deps);
    const other = await searchForRequest(granted(), { kind: "CONFIRMATION", reference: found.reference, query: { by: "registration", entryNumber: "31", bookNumber: "01/2012", eventTypes: ["MARRIAGE"] }, ip: null }, deps);
    const input = { ...base, ...wife, kind: "CONFIRMATION", reference: found.reference, recordIds: ["HT-KH-R2", ...other.results.map((r) => r.recordId)], subject: { recordId: "HT-KH-R2", key: "wife" } } as TCreateRequest;
    await expect(createRequest(granted(), input, null, deps)).rejects.toMatchObject({ fieldErrors: { records: expect.stringContaining("không ghi tên Rơ Mah H'Lan") } });
  });

  it("the husband asking for his wife's confirmation (SELF) is refused: the chosen person is not him", async () => {
    const { attempt } = await take(granted(), "CONFIRMATION", R2_MARRIAGE, all, { ...wife, requesterName: "Ksor Bơ", requesterIdNumber: "064095001873", subject: { recordId: "HT-KH-R2", key: "wife" } });
    await expect(attempt()).rejects.toMatchObject({ fieldErrors: { requesterIdNumber: expect.stringContaining("Rơ Mah H'Lan (vợ)") } });
  });
});
