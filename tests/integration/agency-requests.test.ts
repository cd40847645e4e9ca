import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { inProcessSystems } from "../helpers/mock-systems";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { verifyDocument } from "@/lib/documents/verify-document";
import { fileRequest, CSV_LINES_FIELD } from "@/lib/agency-requests/file-request";
import { triageRequest } from "@/lib/agency-requests/triage-request";
import { lookupPerson } from "@/lib/agency-requests/lookup-person";
import { markPerson } from "@/lib/agency-requests/mark-person";
import { answerRequest } from "@/lib/agency-requests/answer-request";
import { getAgencyRequest } from "@/lib/agency-requests/get-agency-request";
import { listAgencyRequests } from "@/lib/agency-requests/list-agency-requests";
import { getAnswerFile } from "@/lib/agency-requests/answer-files";
import { computeAgencyDueAt, dueFlag } from "@/lib/agency-requests/deadlines";
import { MAX_CSV_BYTES } from "@/lib/agency-requests/parse-people-csv";
import { personIdWarning } from "@/lib/agency-requests/people";
import type { TFileRequest } from "@/lib/agency-requests/schemas";
import { SETTINGS } from "@/lib/settings/settings";
import { searchRecords } from "@/lib/lookups/search-records";

let t: TestDatabase;
let deps: { db: TestDatabase["prisma"]; civilRegistry: CivilRegistryPort; now: Date };
const actors: Record<string, Actor> = {};
/** Vietnam local time. */
const vn = (local: string) => new Date(`${local}+07:00`);
const at = (local: string) => ({ ...deps, now: vn(local) });
const enc = (s: string) => new TextEncoder().encode(s);

const letter = (people: TFileRequest["people"], extra: Partial<TFileRequest> = {}): TFileRequest => ({
  letterNumber: "215/CAT-PC06", letterDate: "2026-11-20", signerName: "Nguyễn Văn Thắng", signerTitle: "Phó Trưởng phòng",
  reason: "Xác minh nhân thân phục vụ điều tra vụ án", legalBasis: "Điều 64 Luật Hộ tịch", recordKinds: ["BIRTH"], requestedDueOn: null, people, ...extra,
});
const THREE = {
  kind: "rows" as const,
  rows: [{ personalId: "064198004512" }, { personalId: "064198009999", note: "không rõ" }, { fullName: "Nguyễn Văn An", dateOfBirth: "01/01/1990" }],
};
const police = () => actors["congan.tinh"]!;
const stp = () => actors["stp.canbo"]!;
const version = async (id: string) => (await t.prisma.agencyRequest.findUniqueOrThrow({ where: { id } })).version;

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  deps = { db: t.prisma, civilRegistry: inProcessSystems().civilRegistry, now: vn("2026-11-26T09:00:00") };
  for (const username of ["congan.tinh", "bhxh.canbo", "stp.canbo", "pleiku.canbo", "quynhon.canbo", "pleiku.lanhdao", "admin"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
});
afterAll(async () => t?.cleanup());

describe("deadlines", () => {
  const hours = SETTINGS.serviceHours.defaults;
  it("counts working days from the day after receipt, skipping weekends and holidays", () => {
    // Thursday 26/11/2026 + 5 working days = Thursday 3/12/2026, end of the working day.
    expect(computeAgencyDueAt(vn("2026-11-26T09:00:00"), { defaultWorkingDays: 5 }, hours, null)).toEqual(vn("2026-12-03T17:00:00"));
    // Received on Saturday: Monday is the first working day.
    expect(computeAgencyDueAt(vn("2026-11-28T10:00:00"), { defaultWorkingDays: 1 }, hours, null)).toEqual(vn("2026-11-30T17:00:00"));
    // 31/12/2026 + 1: New Year's Day is a holiday, then the weekend: Monday 4/1/2027.
    expect(computeAgencyDueAt(vn("2026-12-31T09:00:00"), { defaultWorkingDays: 1 }, hours, null)).toEqual(vn("2027-01-04T17:00:00"));
    // Tết 2026: received Friday 13/2, 2 working days → Mon 23/2, Tue 24/2.
    expect(computeAgencyDueAt(vn("2026-02-13T09:00:00"), { defaultWorkingDays: 2 }, hours, null)).toEqual(vn("2026-02-24T17:00:00"));
  });
  it("takes the agency's date when later, never an earlier one", () => {
    expect(computeAgencyDueAt(vn("2026-11-26T09:00:00"), { defaultWorkingDays: 5 }, hours, "2026-12-15")).toEqual(vn("2026-12-15T17:00:00"));
    expect(computeAgencyDueAt(vn("2026-11-26T09:00:00"), { defaultWorkingDays: 5 }, hours, "2026-11-27")).toEqual(vn("2026-12-03T17:00:00"));
  });
  it("flags due soon and overdue for open requests only", () => {
    const dueAt = vn("2026-12-03T17:00:00");
    const flag = (now: string, status = "ACCEPTED") => dueFlag({ status, dueAt }, vn(now), { dueSoonWorkingDays: 1 }, hours.holidays);
    expect(flag("2026-12-01T09:00:00")).toBeNull();
    expect(flag("2026-12-02T09:00:00")).toBe("dueSoon");
    expect(flag("2026-12-03T16:59:00")).toBe("dueSoon");
    expect(flag("2026-12-03T17:01:00")).toBe("overdue");
    expect(flag("2026-12-09T09:00:00", "ANSWERED")).toBeNull();
  });
});

describe("filing", () => {
  it("files a request with a code from the locked series and the deadline of the settings", async () => {
    const a = await fileRequest(police(), letter(THREE), at("2026-11-26T09:00:00"));
    const b = await fileRequest(police(), letter(THREE), at("2026-11-26T09:05:00"));
    expect(a.code).toMatch(/^YC-2026-\d{6}$/);
    expect(Number(b.code.slice(-6))).toBe(Number(a.code.slice(-6)) + 1);
    const row = await t.prisma.agencyRequest.findUniqueOrThrow({ where: { id: a.id }, include: { people: { orderBy: { position: "asc" } } } });
    expect(row).toMatchObject({ status: "SUBMITTED", dueAt: vn("2026-12-03T17:00:00"), receivedAt: vn("2026-11-26T09:00:00") });
    expect(row.people.map((p) => [p.position, p.personalId, p.fullName, p.dateOfBirth])).toEqual([
      [1, "064198004512", null, null], [2, "064198009999", null, null], [3, null, "Nguyễn Văn An", "1990-01-01"],
    ]);
  });

  it("gives concurrent filings distinct, consecutive codes", async () => {
    const filed = await Promise.all(Array.from({ length: 6 }, () => fileRequest(police(), letter(THREE), deps)));
    const numbers = filed.map((f) => Number(f.code.slice(-6))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(6);
    expect(numbers[5]! - numbers[0]!).toBe(5);
  });

  it("refuses bad rows at their field, and saves nothing", async () => {
    const before = await t.prisma.agencyRequest.count();
    const bad = { kind: "rows" as const, rows: [{ personalId: "064198004512" }, { personalId: "12345" }, { fullName: "Nguyễn Văn An" }] };
    const error = await fileRequest(police(), letter(bad), deps).catch((e) => e);
    expect(error.fieldErrors).toEqual({ "person.1": "Số định danh cá nhân gồm đúng 12 chữ số.", "person.2": expect.stringContaining("ngày sinh") });
    expect(await t.prisma.agencyRequest.count()).toBe(before);
  });

  it("reads a CSV with a BOM, semicolons and quoted cells", async () => {
    const csv = "\uFEFFso_dinh_danh;ho_ten;ngay_sinh;ghi_chu\r\n064198004512;;;\r\n;\"Nguyễn Văn An\";01/01/1990;\"bị can; vụ 12\"\r\n";
    const filed = await fileRequest(police(), letter({ kind: "csv", bytes: enc(csv) }), deps);
    const people = await t.prisma.agencyRequestPerson.findMany({ where: { requestId: filed.id }, orderBy: { position: "asc" } });
    expect(people.map((p) => [p.personalId, p.fullName, p.dateOfBirth, p.note])).toEqual([["064198004512", null, null, null], [null, "Nguyễn Văn An", "1990-01-01", "bị can; vụ 12"]]);
  });

  it("imports a CSV whose one row has an ID year disagreeing with its date of birth, with that row's warning", async () => {
    const csv = "so_dinh_danh,ho_ten,ngay_sinh\n064198004512,Rơ Mah H'Lan,12/03/1998\n052079005518,Lê Văn Tám,1980\n418305001234,Siu H'Nga,05/06/2005\n";
    const filed = await fileRequest(police(), letter({ kind: "csv", bytes: enc(csv) }), deps);
    const people = await t.prisma.agencyRequestPerson.findMany({ where: { requestId: filed.id }, orderBy: { position: "asc" } });
    expect(people.map((p) => p.personalId)).toEqual(["064198004512", "052079005518", "418305001234"]);
    expect(people.map(personIdWarning)).toEqual([null, "Số định danh cho năm sinh 1979, không khớp năm sinh 1980 đã nhập.", null]);
  });

  it("reports every bad CSV row with its line number and saves nothing", async () => {
    const before = { requests: await t.prisma.agencyRequest.count(), people: await t.prisma.agencyRequestPerson.count() };
    const csv = "so_dinh_danh,ho_ten,ngay_sinh,ghi_chu\n064198004512,,,\n999198004512,,,\n,Nguyễn Văn An,,\n,Trần Văn Hùng,30/11/1985,\n,X,31/02/1990,\n";
    const error = await fileRequest(police(), letter({ kind: "csv", bytes: enc(csv) }), deps).catch((e) => e);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors.peopleCsv).toContain("3 dòng lỗi");
    const lines = (error.fieldErrors[CSV_LINES_FIELD] as string).split("\n");
    expect(lines.map((l) => l.split(":")[0])).toEqual(["Dòng 3", "Dòng 4", "Dòng 6"]);
    expect(await t.prisma.agencyRequest.count()).toBe(before.requests);
    expect(await t.prisma.agencyRequestPerson.count()).toBe(before.people);
  });

  it("refuses oversized, binary, header-less and unclosed-quote files cleanly", async () => {
    const refuse = async (bytes: Uint8Array) => (await fileRequest(police(), letter({ kind: "csv", bytes }), deps).catch((e) => e)).fieldErrors.peopleCsv as string;
    expect(await refuse(new Uint8Array(MAX_CSV_BYTES + 1).fill(65))).toContain("quá lớn");
    expect(await refuse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x00]))).toContain("UTF-8");
    expect(await refuse(enc("a,b,c\n1,2,3\n"))).toContain("dòng tiêu đề");
    expect(await refuse(enc('so_dinh_danh,ghi_chu\n064198004512,"không đóng\n'))).toContain("Dòng 2");
    expect(await refuse(enc("so_dinh_danh\n"))).toContain("không có dòng dữ liệu");
  });

  it("refuses more people than settings.agencyRequests.maxPeople", async () => {
    await t.prisma.setting.create({ data: { key: "agencyRequests", value: { ...SETTINGS.agencyRequests.defaults, maxPeople: 2 } } });
    try {
      const error = await fileRequest(police(), letter(THREE), deps).catch((e) => e);
      expect(error.fieldErrors.people).toContain("tối đa 2 người");
    } finally {
      await t.prisma.setting.delete({ where: { key: "agencyRequests" } });
    }
  });

  it("is for agency users only", async () => {
    for (const u of ["stp.canbo", "pleiku.canbo", "admin"]) await expect(fileRequest(actors[u]!, letter(THREE), deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("scope", () => {
  it("an agency sees only its own requests; another agency gets NOT_FOUND", async () => {
    const mine = await fileRequest(police(), letter(THREE), deps);
    const theirs = await listAgencyRequests(actors["bhxh.canbo"]!, {}, deps);
    expect(theirs.items.some((r) => r.id === mine.id)).toBe(false);
    expect(theirs.items.length).toBeGreaterThan(0);
    await expect(getAgencyRequest(actors["bhxh.canbo"]!, mine.id, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getAgencyRequest(police(), mine.id, deps)).code).toBe(mine.code);
    const own = await listAgencyRequests(police(), {}, deps);
    expect(own.items.every((r) => r.agency.name === "Công an tỉnh Gia Lai")).toBe(true);
  });

  it("a commune sees only what was assigned to it; signers and administrators nothing", async () => {
    const filed = await fileRequest(police(), letter(THREE), deps);
    await expect(getAgencyRequest(actors["pleiku.canbo"]!, filed.id, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await triageRequest(stp(), { id: filed.id, version: 0, decision: "assign", communeCode: "23575" }, deps);
    expect((await getAgencyRequest(actors["pleiku.canbo"]!, filed.id, deps)).can.handle).toBe(true);
    for (const u of ["quynhon.canbo", "pleiku.lanhdao", "admin"]) await expect(getAgencyRequest(actors[u]!, filed.id, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAnswerFile(actors["bhxh.canbo"]!, filed.id, "pdf", deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("triage", () => {
  it("returns for information, the agency edits and files again, then refuses with a reason", async () => {
    const filed = await fileRequest(police(), letter(THREE), deps);
    await triageRequest(stp(), { id: filed.id, version: 0, decision: "return", note: "Bổ sung ngày sinh người thứ hai." }, deps);
    await expect(triageRequest(stp(), { id: filed.id, version: 0, decision: "accept" }, deps)).rejects.toMatchObject({ code: "CONFLICT" });
    const seen = await getAgencyRequest(police(), filed.id, deps);
    expect(seen).toMatchObject({ status: "RETURNED", triageNote: "Bổ sung ngày sinh người thứ hai.", can: { refile: true } });
    await expect(fileRequest(police(), letter(THREE, { id: { id: filed.id, version: 0 } }), deps)).rejects.toMatchObject({ code: "CONFLICT" });
    const refiled = await fileRequest(police(), letter({ kind: "rows", rows: [{ fullName: "Trần Văn Hùng", dateOfBirth: "30/11/1985" }] }, { id: { id: filed.id, version: 1 } }), at("2026-11-27T09:00:00"));
    expect(refiled.code).toBe(filed.code);
    const row = await t.prisma.agencyRequest.findUniqueOrThrow({ where: { id: filed.id }, include: { people: true } });
    expect(row).toMatchObject({ status: "SUBMITTED", version: 2, dueAt: vn("2026-12-04T17:00:00") });
    expect(row.people).toHaveLength(1);
    await expect(triageRequest(stp(), { id: filed.id, version: 2, decision: "refuse", note: "" } as never, deps)).resolves.toBeUndefined();
    expect((await t.prisma.agencyRequest.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe("REFUSED");
  });

  it("is for province-wide Sở Tư pháp only, checks the version, and assigns only current communes", async () => {
    const filed = await fileRequest(police(), letter(THREE), deps);
    await expect(triageRequest(actors["pleiku.canbo"]!, { id: filed.id, version: 0, decision: "accept" }, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(triageRequest(stp(), { id: filed.id, version: 0, decision: "assign", communeCode: "52-STP" }, deps)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(triageRequest(stp(), { id: filed.id, version: 3, decision: "accept" }, deps)).rejects.toMatchObject({ code: "CONFLICT" });
    await triageRequest(stp(), { id: filed.id, version: 0, decision: "accept" }, deps);
    const row = await t.prisma.agencyRequest.findUniqueOrThrow({ where: { id: filed.id }, include: { handlingUnit: true } });
    expect(row).toMatchObject({ status: "ACCEPTED", version: 1, triagedById: stp().userId });
    expect(row.handlingUnit?.code).toBe("52-STP");
  });
});

describe("handling and answer", () => {
  it("looks up each person under the request's purpose, marks them, answers with a verifiable letter", async () => {
    const filed = await fileRequest(police(), letter(THREE), deps);
    // Not accepted yet: the purpose is refused, and the refusal is logged.
    await t.prisma.agencyRequest.update({ where: { id: filed.id }, data: { status: "ACCEPTED", handlingUnitId: (await t.prisma.unit.findUniqueOrThrow({ where: { code: "23575" } })).id, version: 1 } });
    await t.prisma.agencyRequest.update({ where: { id: filed.id }, data: { status: "SUBMITTED" } });
    const refusedBefore = await t.prisma.accessLog.count({ where: { purposeRef: filed.code, outcome: "REFUSED" } });
    await expect(
      searchRecords({ kind: "user", actor: actors["pleiku.canbo"]!, ip: null }, { unitId: actors["pleiku.canbo"]!.unit!.id, purpose: { kind: "AGENCY_REQUEST", reference: filed.code, legalBasis: "x" }, query: { by: "personalId", personalId: "064198004512" } }, deps),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await t.prisma.agencyRequest.update({ where: { id: filed.id }, data: { status: "ACCEPTED" } });
    const officer = actors["pleiku.canbo"]!;
    // Another commune cannot use the code as a purpose.
    await expect(
      searchRecords({ kind: "user", actor: actors["quynhon.canbo"]!, ip: null }, { unitId: actors["quynhon.canbo"]!.unit!.id, purpose: { kind: "AGENCY_REQUEST", reference: filed.code, legalBasis: "x" }, query: { by: "personalId", personalId: "064198004512" } }, deps),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // Both refusals are in the access log, with nothing returned.
    expect(await t.prisma.accessLog.count({ where: { purposeRef: filed.code, outcome: "REFUSED", errorKind: "purpose" } })).toBe(refusedBefore + 2);

    const people = await t.prisma.agencyRequestPerson.findMany({ where: { requestId: filed.id }, orderBy: { position: "asc" } });
    const ip = "10.1.1.1";
    const one = await lookupPerson(officer, { agencyRequestId: filed.id, personId: people[0]!.id, ip }, deps);
    const two = await lookupPerson(officer, { agencyRequestId: filed.id, personId: people[1]!.id, ip }, deps);
    const three = await lookupPerson(officer, { agencyRequestId: filed.id, personId: people[2]!.id, ip }, deps);
    expect(one.results.length).toBe(1);
    expect(two.results.length).toBe(0);
    expect(three.results.map((r) => r.personalId).sort()).toEqual(["052090004402", "064090003117"]);
    const logged = await t.prisma.accessLog.findMany({ where: { purposeKind: "AGENCY_REQUEST", purposeRef: filed.code, operation: "SEARCH", outcome: { not: "REFUSED" } } });
    expect(logged).toHaveLength(3);

    await expect(answerRequest(officer, { id: filed.id, version: await version(filed.id) }, deps)).rejects.toMatchObject({ code: "CONFLICT" });
    // A record not returned by the person's own lookup is refused.
    await expect(markPerson(officer, { agencyRequestId: filed.id, personId: people[1]!.id, outcome: "FOUND", recordIds: [one.results[0]!.recordId], ip }, deps)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(markPerson(officer, { agencyRequestId: filed.id, personId: people[2]!.id, outcome: "AMBIGUOUS", recordIds: [three.results[0]!.recordId], ip }, deps)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await markPerson(officer, { agencyRequestId: filed.id, personId: people[0]!.id, outcome: "FOUND", recordIds: [one.results[0]!.recordId], ip }, deps);
    await markPerson(officer, { agencyRequestId: filed.id, personId: people[1]!.id, outcome: "NOT_FOUND", recordIds: [], ip }, deps);
    await markPerson(officer, { agencyRequestId: filed.id, personId: people[2]!.id, outcome: "AMBIGUOUS", recordIds: three.results.map((r) => r.recordId), ip }, deps);
    const getRecords = await t.prisma.accessLog.count({ where: { purposeRef: filed.code, operation: "GET_RECORD" } });
    expect(getRecords).toBe(3);

    // The agency does not see outcomes before the answer.
    expect((await getAgencyRequest(police(), filed.id, deps)).people.every((p) => p.outcome === "PENDING")).toBe(true);
    await expect(answerRequest(officer, { id: filed.id, version: 0 }, deps)).rejects.toMatchObject({ code: "CONFLICT" });
    const answered = await answerRequest(officer, { id: filed.id, version: await version(filed.id) }, at("2026-11-27T10:00:00"));
    const row = await t.prisma.agencyRequest.findUniqueOrThrow({ where: { id: filed.id }, include: { answer: true } });
    expect(row).toMatchObject({ status: "ANSWERED", answeredAt: vn("2026-11-27T10:00:00"), answeredById: officer.userId });
    expect(row.answer).toMatchObject({ number: answered.number, symbol: "CCTT-HT", year: 2026 });
    const verified = await verifyDocument(row.answer!.code, { db: t.prisma });
    expect(verified).toMatchObject({ valid: true, kind: "AGENCY_ANSWER", issuingUnit: "Phường Pleiku", number: `${answered.number}/CCTT-HT`, holder: "Công an tỉnh Gia Lai" });

    // The agency downloads the letter and its attachments.
    const pdf = await getAnswerFile(police(), filed.id, "pdf", { db: t.prisma, publicBaseUrl: "http://localhost:3000" });
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    const json = JSON.parse(new TextDecoder().decode((await getAnswerFile(police(), filed.id, "json", deps)).bytes));
    expect(json.people.map((p: { outcome: string }) => p.outcome)).toEqual(["FOUND", "NOT_FOUND", "AMBIGUOUS"]);
    expect(json.people[0].records[0].fields["Họ, chữ đệm, tên"] ?? Object.values(json.people[0].records[0].fields)).toBeTruthy();
    expect(json.people[2].candidates).toHaveLength(2);
    const csv = new TextDecoder().decode((await getAnswerFile(police(), filed.id, "csv", deps)).bytes);
    expect(csv.trim().split("\r\n")).toHaveLength(1 + 1 + 1 + 2);
    const seen = await getAgencyRequest(police(), filed.id, deps);
    expect(seen.people.map((p) => p.outcome)).toEqual(["FOUND", "NOT_FOUND", "AMBIGUOUS"]);
    // Answered: no more lookups under this purpose.
    await expect(lookupPerson(officer, { agencyRequestId: filed.id, personId: people[0]!.id, ip }, deps)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await verifyAccessLogChain(t.prisma)).ok).toBe(true);
  });
});

describe("lists", () => {
  it("filters overdue and due-soon requests with a fake clock", async () => {
    const filed = await fileRequest(police(), letter(THREE), at("2026-11-26T09:00:00"));
    const late = await listAgencyRequests(stp(), { flag: "overdue" }, at("2026-12-04T09:00:00"));
    expect(late.items.find((r) => r.id === filed.id)?.flag).toBe("overdue");
    const soon = await listAgencyRequests(stp(), { flag: "dueSoon" }, at("2026-12-02T09:00:00"));
    expect(soon.items.find((r) => r.id === filed.id)?.flag).toBe("dueSoon");
    const early = await listAgencyRequests(stp(), { flag: "dueSoon" }, at("2026-11-27T09:00:00"));
    expect(early.items.find((r) => r.id === filed.id)).toBeUndefined();
  });
});
