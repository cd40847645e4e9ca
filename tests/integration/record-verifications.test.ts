// The quality gate of copies and confirmations (issue 14, point 3): a digitised record in review or
// suspected duplicate is looked at, not certified, until the unit keeping its register confirms it.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import type { CivilRecord, CivilRegistryPort, CivilSearch } from "@/lib/adapters/civil-registry/port";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { searchForRequest } from "@/lib/copies/search-for-request";
import { createRequest } from "@/lib/copies/create-request";
import { prepareRequest } from "@/lib/copies/prepare-request";
import { signRequest } from "@/lib/copies/sign-request";
import { refuseRequest } from "@/lib/copies/refuse-request";
import { getRequest } from "@/lib/copies/get-request";
import { parseRecords } from "@/lib/copies/records";
import type { TCreateRequest } from "@/lib/copies/schemas";
import { sendVerification } from "@/lib/verifications/send-verification";
import { answerVerification } from "@/lib/verifications/answer-verification";
import { getVerification, openVerificationRecord } from "@/lib/verifications/get-verification";
import { listVerifications } from "@/lib/verifications/list-verifications";
import { verificationTexts } from "@/lib/verifications/texts";

let t: TestDatabase;
let deps: { db: TestDatabase["prisma"]; civilRegistry: CivilRegistryPort; now: Date };
const actors: Record<string, Actor> = {};
const as = (username: string) => actors[username]!;

// Records of the 2,000-people test dataset (and the reference file) used below.
const IN_REVIEW_QUY_NHON = { id: "HT-KS-0000607", personalId: "052302700338" }; // needs_review, register held by Phường Quy Nhơn (21583)
const IN_REVIEW_OUTSIDE = { id: "HT-KS-0000862", personalId: "049180725980" }; // needs_review, register outside Gia Lai
const PLEIKU_OWN = { id: "HT-KS-R7", personalId: "064301002846" }; // verified in the file; held by Phường Pleiku (23575)
const VERIFIED_HANOI = { id: "HT-KS-R10", personalId: "001300007731" };

/** The register's state of some records, changed by a test (the review of a register goes on while requests wait). */
const overrides = new Map<string, Partial<CivilRecord>>();
function withOverrides(base: CivilRegistryPort): CivilRegistryPort {
  const apply = (r: CivilRecord): CivilRecord => ({ ...r, ...(overrides.get(r.id) ?? {}) });
  return {
    search: async (q, ctx, o) => {
      const found = await base.search(q, ctx, o);
      return { ...found, results: found.results.map((x) => ({ ...x, record: apply(x.record) })) };
    },
    getRecord: async (id, ctx) => {
      const r = await base.getRecord(id, ctx);
      return r ? apply(r) : null;
    },
    health: () => base.health(),
    registerIssuedCopy: (r, ctx) => base.registerIssuedCopy(r, ctx),
    revokeIssuedCopy: (id, r, ctx) => base.revokeIssuedCopy(id, r, ctx),
  };
}

const vn = (local: string) => new Date(`${local}+07:00`);
const requester = { channel: "COUNTER", requesterName: "Trần Văn Bình", requesterIdNumber: "064090001234", requesterPhone: null, requesterAddress: null, relation: "SELF", authorisationRef: null, copies: 1, feeExemptReason: null, purposeText: null } as const;

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  deps = { db: t.prisma, civilRegistry: withOverrides(createMockCivilRegistry(generateDataset({ people: 2_000 }))), now: vn("2026-11-26T09:00:00") };
  for (const username of ["pleiku.canbo", "pleiku.lanhdao", "quynhon.canbo", "quynhon.lanhdao", "iao.canbo", "stp.canbo", "admin"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
});
afterAll(async () => t?.cleanup());

/** A copy request taken by `officer` for the birth record `recordId`, found by the person's ID number. */
async function takeCopy(officer: Actor, record: { id: string; personalId: string }) {
  const query: CivilSearch = { by: "personalId", personalId: record.personalId, eventTypes: ["BIRTH"] };
  const found = await searchForRequest(officer, { kind: "COPY", query, ip: "10.0.0.9" }, deps);
  expect(found.results.map((r) => r.recordId)).toContain(record.id);
  // The person themself asks, with the ID number the record names (Luật Hộ tịch Art. 63).
  const input: TCreateRequest = { ...requester, requesterIdNumber: record.personalId, kind: "COPY", reference: found.reference, recordIds: [record.id] };
  return createRequest(officer, input, "10.0.0.9", deps);
}
const version = async (id: string) => (await t.prisma.civilRequest.findUniqueOrThrow({ where: { id } })).version;
const step = async (id: string) => ({ id, version: await version(id) });
const verificationVersion = async (id: string) => (await t.prisma.recordVerification.findUniqueOrThrow({ where: { id } })).version;
const unitId = async (code: string) => (await t.prisma.unit.findUniqueOrThrow({ where: { code } })).id;

describe("a record in review: looked at, not certified", () => {
  let requestId: string;
  let verificationId: string;

  it("the request keeps the register's state; prepare is refused with the reason, and nothing changes", async () => {
    const created = await takeCopy(as("pleiku.canbo"), IN_REVIEW_QUY_NHON);
    requestId = created.id;
    const stored = parseRecords((await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: requestId } })).records);
    expect(stored[0]).toMatchObject({ recordId: IN_REVIEW_QUY_NHON.id, quality: "needs_review", currentCommuneCode: "21583" });

    const before = await version(requestId);
    const refused = prepareRequest(as("pleiku.canbo"), await step(requestId), deps);
    await expect(refused).rejects.toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("Hồ sơ số hóa đang chờ rà soát") });
    await expect(prepareRequest(as("pleiku.canbo"), await step(requestId), deps)).rejects.toMatchObject({ userMessage: expect.stringContaining(stored[0]!.subjectName) });
    expect(await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "RECEIVED", version: before, preparedAt: null });

    const page = await getRequest(as("pleiku.canbo"), requestId, deps);
    expect(page.gate).toEqual([{ recordId: IN_REVIEW_QUY_NHON.id, fit: false, reason: "Hồ sơ số hóa đang chờ rà soát", holderName: "Phường Quy Nhơn", verification: null }]);
    expect(page.canAskVerification).toBe(true);
    expect(page.actions).not.toContain("prepare");
    expect(page.actions).toContain("refuse");
  });

  it("the verification goes to the unit keeping the register, once, without reading the register", async () => {
    const logRows = await t.prisma.accessLog.count();
    const input = { requestId, recordId: IN_REVIEW_QUY_NHON.id, note: "Đề nghị đối chiếu sổ gốc năm 2002." };
    const sent = await sendVerification(as("pleiku.canbo"), input, deps);
    expect(sent).toMatchObject({ status: "PENDING", created: true, holdingUnit: { code: "21583" } });
    verificationId = sent.id;
    // Sending again (a double click, a second tab, two at once) is the same question.
    const again = await Promise.all([sendVerification(as("pleiku.canbo"), input, deps), sendVerification(as("pleiku.canbo"), input, deps)]);
    expect(again.map((a) => [a.id, a.created])).toEqual([[sent.id, false], [sent.id, false]]);
    expect(await t.prisma.recordVerification.count({ where: { recordId: IN_REVIEW_QUY_NHON.id } })).toBe(1);
    expect(await t.prisma.accessLog.count()).toBe(logRows);

    const row = await t.prisma.recordVerification.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({
      recordId: IN_REVIEW_QUY_NHON.id, recordType: "BIRTH", requestId, askingUnitId: await unitId("23575"), askedById: as("pleiku.canbo").userId,
      holdingUnitId: await unitId("21583"), quality: "needs_review", duplicateOf: null, note: input.note, status: "PENDING", answer: null, answeredById: null, version: 0,
    });
    expect(row.askedAt).toEqual(deps.now);
    const page = await getRequest(as("pleiku.canbo"), requestId, deps);
    expect(page.gate[0]).toMatchObject({ fit: false, verification: { id: sent.id, status: "PENDING", holdingUnitName: "Phường Quy Nhơn" } });
  });

  it("only the taking unit's officer sends, only for a record of the request that needs it", async () => {
    const input = { requestId, recordId: IN_REVIEW_QUY_NHON.id, note: "" };
    await expect(sendVerification(as("quynhon.canbo"), input, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendVerification(as("pleiku.lanhdao"), input, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendVerification(as("stp.canbo"), input, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendVerification(as("pleiku.canbo"), { ...input, recordId: "HT-KS-R1" }, deps)).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { recordId: verificationTexts.recordNotInRequest } });
    const verified = await takeCopy(as("pleiku.canbo"), VERIFIED_HANOI);
    await expect(sendVerification(as("pleiku.canbo"), { requestId: verified.id, recordId: VERIFIED_HANOI.id, note: "" }, deps)).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { recordId: verificationTexts.noNeed } });
    await expect(sendVerification(as("pleiku.canbo"), { ...input, note: "x".repeat(1001) }, deps)).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { note: "Ghi chú tối đa 1.000 ký tự." } });
  });

  it("another unit can neither see nor answer it; Sở Tư pháp sees it but does not answer for a commune's register", async () => {
    const answer = async (username: string) => answerVerification(as(username), { id: verificationId, version: String(await verificationVersion(verificationId)), decision: "CONFIRM", answer: "" }, deps);
    for (const username of ["iao.canbo", "admin"]) {
      await expect(getVerification(as(username), verificationId, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(answer(username)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(openVerificationRecord(as(username), verificationId, null, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await listVerifications(as("iao.canbo"), { box: "inbox", page: 1 }, deps)).items).toEqual([]);
    expect((await listVerifications(as("iao.canbo"), { box: "sent", page: 1 }, deps)).items).toEqual([]);
    // The asking unit follows it, but the answer is not its to give.
    const asked = await getVerification(as("pleiku.canbo"), verificationId, deps);
    expect(asked).toMatchObject({ status: "PENDING", reason: "Hồ sơ số hóa đang chờ rà soát", canAnswer: false, canOpenRecord: false, canOpenRequest: true, askedByName: as("pleiku.canbo").fullName });
    await expect(answer("pleiku.lanhdao")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const sent = await listVerifications(as("pleiku.canbo"), { box: "sent", page: 1 }, deps);
    expect(sent.items.map((i) => i.id)).toContain(verificationId);
    expect(sent.pending.sent).toBeGreaterThanOrEqual(1);
    // Sở Tư pháp reads across the province, answers only for registers outside it.
    expect(await getVerification(as("stp.canbo"), verificationId, deps)).toMatchObject({ canAnswer: false, canOpenRequest: true });
    await expect(answer("stp.canbo")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openVerificationRecord(as("stp.canbo"), verificationId, null, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the holding unit opens the record (logged) and confirms; prepare and sign then go through", async () => {
    const inbox = await listVerifications(as("quynhon.canbo"), { box: "inbox", page: 1 }, deps);
    expect(inbox.items.map((i) => i.id)).toEqual([verificationId]);
    expect(inbox.pending.inbox).toBe(1);
    expect(inbox.items[0]).toMatchObject({ status: "PENDING", askingUnit: { name: "Phường Pleiku" }, holdingUnit: { name: "Phường Quy Nhơn" } });
    const detail = await getVerification(as("quynhon.canbo"), verificationId, deps);
    expect(detail).toMatchObject({ canAnswer: true, canOpenRecord: true, canOpenRequest: false, note: "Đề nghị đối chiếu sổ gốc năm 2002.", record: { recordId: IN_REVIEW_QUY_NHON.id } });

    const opened = await openVerificationRecord(as("quynhon.canbo"), verificationId, "10.0.0.7", deps);
    expect(opened.record).toMatchObject({ id: IN_REVIEW_QUY_NHON.id, quality: "needs_review" });
    const receipt = (await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: requestId } })).receiptNumber;
    const log = await t.prisma.accessLog.findFirstOrThrow({ where: { userId: as("quynhon.canbo").userId, purposeKind: "RECORD_VERIFICATION" }, orderBy: { seq: "desc" } });
    expect(log).toMatchObject({ operation: "GET_RECORD", outcome: "FOUND", unitCode: "21583", purposeRef: `23575/${receipt}`, resultIds: [IN_REVIEW_QUY_NHON.id], ip: "10.0.0.7" });

    await expect(answerVerification(as("quynhon.lanhdao"), { id: verificationId, version: "7", decision: "CONFIRM", answer: "" }, deps)).rejects.toMatchObject({ code: "CONFLICT" });
    const confirmedAt = vn("2026-11-26T10:30:00");
    expect(await answerVerification(as("quynhon.lanhdao"), { id: verificationId, version: "0", decision: "CONFIRM", answer: "Đã đối chiếu sổ gốc, đúng." }, { ...deps, now: confirmedAt })).toEqual({ status: "CONFIRMED" });
    expect(await t.prisma.recordVerification.findUniqueOrThrow({ where: { id: verificationId } })).toMatchObject({ status: "CONFIRMED", answeredById: as("quynhon.lanhdao").userId, answeredAt: confirmedAt, version: 1 });
    await expect(answerVerification(as("quynhon.canbo"), { id: verificationId, version: "1", decision: "REJECT", answer: "Sai tên" }, deps)).rejects.toMatchObject({ code: "CONFLICT", userMessage: "Yêu cầu xác minh đã được trả lời (Đã xác nhận)." });

    const page = await getRequest(as("pleiku.canbo"), requestId, deps);
    expect(page.gate[0]).toMatchObject({ fit: true, verification: { status: "CONFIRMED", answer: "Đã đối chiếu sổ gốc, đúng." } });
    expect(page.actions).toContain("prepare");
    await prepareRequest(as("pleiku.canbo"), await step(requestId), deps);
    const signed = await signRequest(as("pleiku.lanhdao"), { ...(await step(requestId)), ip: null }, deps);
    expect(signed.number).toBeGreaterThan(0);
    expect((await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("SIGNED");
  });

  it("once confirmed, the record is fit for every unit without asking again", async () => {
    const theirs = await takeCopy(as("quynhon.canbo"), IN_REVIEW_QUY_NHON);
    await prepareRequest(as("quynhon.canbo"), await step(theirs.id), deps);
    const sent = await sendVerification(as("pleiku.canbo"), { requestId: (await takeCopy(as("pleiku.canbo"), IN_REVIEW_QUY_NHON)).id, recordId: IN_REVIEW_QUY_NHON.id, note: "" }, deps);
    expect(sent).toMatchObject({ id: verificationId, status: "CONFIRMED", created: false });
  });
});

describe("a register outside the province, and a refusal", () => {
  let requestId: string;
  let verificationId: string;

  it("goes to Sở Tư pháp, whose provincial officer alone answers; a refusal needs its reason", async () => {
    requestId = (await takeCopy(as("pleiku.canbo"), IN_REVIEW_OUTSIDE)).id;
    const sent = await sendVerification(as("pleiku.canbo"), { requestId, recordId: IN_REVIEW_OUTSIDE.id, note: "Sổ gốc ngoài tỉnh." }, deps);
    expect(sent.holdingUnit).toMatchObject({ code: "52-STP", name: "Sở Tư pháp tỉnh Gia Lai" });
    verificationId = sent.id;
    const reject = (username: string, answer: string) => answerVerification(as(username), { id: verificationId, version: "0", decision: "REJECT", answer }, deps);
    for (const username of ["quynhon.canbo", "iao.canbo", "pleiku.lanhdao"]) await expect(reject(username, "Không khớp sổ gốc")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listVerifications(as("stp.canbo"), { box: "inbox", page: 1 }, deps)).items.map((i) => i.id)).toEqual([verificationId]);
    await expect(reject("stp.canbo", " ")).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { answer: "Nhập lý do không xác nhận (ít nhất 5 ký tự)." } });
    expect(await reject("stp.canbo", "Sở Tư pháp tỉnh Quảng Ngãi trả lời: sổ gốc ghi tên khác.")).toEqual({ status: "REJECTED" });
  });

  it("a rejection keeps the request blocked, shows the answer, and the officer refuses with it", async () => {
    await expect(prepareRequest(as("pleiku.canbo"), await step(requestId), deps)).rejects.toMatchObject({ code: "CONFLICT" });
    const page = await getRequest(as("pleiku.canbo"), requestId, deps);
    expect(page.gate[0]).toMatchObject({ fit: false, verification: { status: "REJECTED", answer: "Sở Tư pháp tỉnh Quảng Ngãi trả lời: sổ gốc ghi tên khác.", holdingUnitName: "Sở Tư pháp tỉnh Gia Lai" } });
    expect(page.actions).toEqual(["refuse"]);
    const reason = verificationTexts.refuseWith(page.gate[0]!.verification!.answer!);
    await refuseRequest(as("pleiku.canbo"), { ...(await step(requestId)), reason }, deps);
    expect(await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "REFUSED", refusalReason: reason });
    await expect(sendVerification(as("pleiku.canbo"), { requestId, recordId: IN_REVIEW_OUTSIDE.id, note: "" }, deps)).rejects.toMatchObject({ code: "CONFLICT", userMessage: verificationTexts.requestClosed });
  });

  it("after a rejection the unit may ask again (the register may have been corrected)", async () => {
    const next = (await takeCopy(as("pleiku.canbo"), IN_REVIEW_OUTSIDE)).id;
    const again = await sendVerification(as("pleiku.canbo"), { requestId: next, recordId: IN_REVIEW_OUTSIDE.id, note: "Sổ đã được cải chính." }, deps);
    expect(again).toMatchObject({ created: true, status: "PENDING" });
    expect(again.id).not.toBe(verificationId);
  });
});

describe("a suspected duplicate, and a register that changes before signing", () => {
  it("says which record it may duplicate; the unit holding the register is the asker's own, and the asker does not answer", async () => {
    overrides.set(PLEIKU_OWN.id, { quality: "suspected_duplicate", duplicateOf: "HT-KS-0000123" });
    const { id } = await takeCopy(as("pleiku.canbo"), PLEIKU_OWN);
    await expect(prepareRequest(as("pleiku.canbo"), await step(id), deps)).rejects.toMatchObject({ userMessage: expect.stringContaining("Nghi trùng với hồ sơ HT-KS-0000123") });
    const sent = await sendVerification(as("pleiku.canbo"), { requestId: id, recordId: PLEIKU_OWN.id, note: "" }, deps);
    expect(sent.holdingUnit.code).toBe("23575");
    expect(await t.prisma.recordVerification.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ quality: "suspected_duplicate", duplicateOf: "HT-KS-0000123" });
    expect((await getVerification(as("pleiku.canbo"), sent.id, deps)).canAnswer).toBe(false);
    await expect(answerVerification(as("pleiku.canbo"), { id: sent.id, version: "0", decision: "CONFIRM", answer: "" }, deps)).rejects.toMatchObject({ code: "INVALID_INPUT", userMessage: verificationTexts.notOwnQuestion });
    await answerVerification(as("pleiku.lanhdao"), { id: sent.id, version: "0", decision: "CONFIRM", answer: "" }, deps);
    await prepareRequest(as("pleiku.canbo"), await step(id), deps);
    overrides.delete(PLEIKU_OWN.id);
  });

  it("sign reads the register again: a record put in review since intake stops the signature, in one transaction", async () => {
    const { id } = await takeCopy(as("pleiku.canbo"), VERIFIED_HANOI);
    await prepareRequest(as("pleiku.canbo"), await step(id), deps);
    overrides.set(VERIFIED_HANOI.id, { quality: "needs_review" });
    const [documents, series, logs] = [await t.prisma.issuedDocument.count(), await t.prisma.documentSeries.findMany({ orderBy: [{ unitId: "asc" }, { kind: "asc" }, { year: "asc" }] }), await t.prisma.accessLog.count()];
    await expect(signRequest(as("pleiku.lanhdao"), { ...(await step(id)), ip: null }, deps)).rejects.toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("Hồ sơ số hóa đang chờ rà soát") });
    expect(await t.prisma.civilRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PREPARED", signedAt: null });
    expect(await t.prisma.issuedDocument.count()).toBe(documents);
    expect(await t.prisma.documentSeries.findMany({ orderBy: [{ unitId: "asc" }, { kind: "asc" }, { year: "asc" }] })).toEqual(series);
    // The register was read for the signature: that look is logged although nothing was signed.
    expect(await t.prisma.accessLog.count()).toBe(logs + 1);
    // The request now keeps the register's state: its page says why, and the officer asks Sở Tư pháp (Hà Nội's register).
    const page = await getRequest(as("pleiku.canbo"), id, deps);
    expect(page.gate[0]).toMatchObject({ fit: false, reason: "Hồ sơ số hóa đang chờ rà soát", holderName: "Sở Tư pháp tỉnh Gia Lai" });
    expect(page.actions).not.toContain("sign");
    expect(await t.prisma.civilRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PREPARED" });
    const sent = await sendVerification(as("pleiku.canbo"), { requestId: id, recordId: VERIFIED_HANOI.id, note: "" }, deps);
    expect(sent.holdingUnit.code).toBe("52-STP");
    await answerVerification(as("stp.canbo"), { id: sent.id, version: "0", decision: "CONFIRM", answer: "" }, deps);
    await signRequest(as("pleiku.lanhdao"), { ...(await step(id)), ip: null }, deps);
    overrides.delete(VERIFIED_HANOI.id);
  });
});

describe("the database keeps the rules", () => {
  it("allows one pending question per record and asking unit, and no decision without who and when, nor a refusal without reason", async () => {
    const base = await t.prisma.recordVerification.findFirstOrThrow({ where: { status: "PENDING" } });
    const { id: _id, askedAt: _a, version: _v, ...row } = base;
    await expect(t.prisma.recordVerification.create({ data: row })).rejects.toMatchObject({ code: "P2002" });
    // Another unit may ask the same, and decided questions do not count.
    await t.prisma.recordVerification.create({ data: { ...row, askingUnitId: await unitId("23782") } });
    await t.prisma.recordVerification.create({ data: { ...row, status: "CONFIRMED", answeredById: as("stp.canbo").userId, answeredAt: deps.now } });
    await expect(t.prisma.recordVerification.create({ data: { ...row, status: "CONFIRMED" } })).rejects.toThrow();
    await expect(t.prisma.recordVerification.create({ data: { ...row, status: "REJECTED", answer: " ", answeredById: as("stp.canbo").userId, answeredAt: deps.now } })).rejects.toThrow();
  });

  it("keeps the access log chain whole", async () => {
    expect((await verifyAccessLogChain(t.prisma)).ok).toBe(true);
  });
});
