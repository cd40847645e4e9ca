import { describe, it, expect, beforeAll, afterAll } from "vitest";
import ExcelJS from "exceljs";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { UpstreamError } from "@/lib/adapters/errors";
import type { CivilRegistryPort, CivilSearch } from "@/lib/adapters/civil-registry/port";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { checkVerificationCode } from "@/lib/documents/codes";
import { contentHash, type DocumentContent } from "@/lib/documents/content";
import { env } from "@/lib/server/env";
import { searchForRequest } from "@/lib/copies/search-for-request";
import { createRequest } from "@/lib/copies/create-request";
import { prepareRequest } from "@/lib/copies/prepare-request";
import { signRequest } from "@/lib/copies/sign-request";
import { issueRequest } from "@/lib/copies/issue-request";
import { deliverRequest } from "@/lib/copies/deliver-request";
import { refuseRequest } from "@/lib/copies/refuse-request";
import { revokeDocument } from "@/lib/copies/revoke-document";
import { getRequest } from "@/lib/copies/get-request";
import { listRequests } from "@/lib/copies/list-requests";
import { exportRegister, REGISTER_HEADINGS, REGISTER_HEADING_ROW } from "@/lib/copies/export-register";
import { parseCreateRequestForm, type TCreateRequest } from "@/lib/copies/schemas";
import { reserveReceiptNumber } from "@/lib/copies/receipt-number";
import { adoptRecord } from "@/lib/copies/adopt-record";
import { searchRecords } from "@/lib/lookups/search-records";

let t: TestDatabase;
let deps: { db: TestDatabase["prisma"]; civilRegistry: CivilRegistryPort; now: Date };
const actors: Record<string, Actor> = {};
/** A Vietnam local time: Thursday 26 November 2026, 09:00, unless said otherwise. */
const vn = (local: string) => new Date(`${local}+07:00`);
const at = (local: string) => ({ ...deps, now: vn(local) });
const P11_BIRTH: CivilSearch = { by: "personalId", personalId: "001300007731", eventTypes: ["BIRTH"] };
const R2_MARRIAGE: CivilSearch = { by: "registration", entryNumber: "12", bookNumber: "01/2019", eventTypes: ["MARRIAGE"] };
const P1_ALL: CivilSearch = { by: "personalId", personalId: "064198004512" };

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  deps = { db: t.prisma, civilRegistry: createMockCivilRegistry(generateDataset({ people: 2_000 })), now: vn("2026-11-26T09:00:00") };
  for (const username of ["pleiku.canbo", "pleiku.lanhdao", "quynhon.canbo", "quynhon.lanhdao", "stp.canbo"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
});
afterAll(async () => t?.cleanup());

const officer = () => actors["pleiku.canbo"]!;
const signer = () => actors["pleiku.lanhdao"]!;
const requester = { channel: "COUNTER", requesterName: "Vũ Minh Trang", requesterIdNumber: "001300007731", requesterPhone: null, requesterAddress: null, relation: "SELF", authorisationRef: null, copies: 1, feeExemptReason: null, purposeText: null } as const;

/** Searches as the officer for a request of `kind`, picks the records `pick` chooses, and takes the request. */
async function take(kind: "COPY" | "CONFIRMATION", query: CivilSearch, pick: (ids: string[]) => string[], extra: Partial<TCreateRequest> = {}, d = deps) {
  const found = await searchForRequest(officer(), { kind, query, ip: "10.0.0.9" }, d);
  const recordIds = pick(found.results.map((r) => r.recordId));
  const input: TCreateRequest = { ...requester, kind, reference: found.reference, recordIds, ...extra };
  const created = await createRequest(officer(), input, "10.0.0.9", d);
  return { ...created, lookupId: found.lookupId, reference: found.reference };
}
const only = (id: string) => (ids: string[]) => (ids.includes(id) ? [id] : []);
const version = async (id: string) => (await t.prisma.civilRequest.findUniqueOrThrow({ where: { id } })).version;
const step = async (id: string) => ({ id, version: await version(id) });

describe("intake form validation", () => {
  const form = (fields: Record<string, string | string[]>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
    return f;
  };

  it("names every missing field in Vietnamese", () => {
    const parsed = parseCreateRequestForm(form({ requestKind: "COPY", copies: "0" }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fieldErrors).toMatchObject({
      records: "Tra cứu và chọn bản ghi hộ tịch trước khi lập giấy tiếp nhận.",
      channel: "Chọn hình thức tiếp nhận.",
      requesterName: "Nhập họ, chữ đệm và tên người yêu cầu.",
      requesterIdNumber: "Nhập số giấy tờ tùy thân của người yêu cầu.",
      relation: "Chọn quan hệ của người yêu cầu với người được cấp.",
      copies: "Số bản từ 1 đến 20.",
    });
  });

  it("asks an authorised person for the authorisation, post for an address, a confirmation for its purpose", () => {
    const base = { reference: "XN-2026-000001", recordIds: ["A", "B"], requesterName: "Lê Văn Hải", requesterIdNumber: "064090001111", copies: "21" };
    const parsed = parseCreateRequestForm(form({ ...base, requestKind: "CONFIRMATION", channel: "POST", relation: "AUTHORISED", requesterPhone: "12345" }));
    expect(parsed.ok ? {} : parsed.fieldErrors).toEqual({
      authorisationRef: "Nhập số, ngày văn bản ủy quyền đã được công chứng, chứng thực.",
      authorisationCertifiedBy: "Nhập cơ quan, tổ chức đã công chứng, chứng thực văn bản ủy quyền.",
      authorisationCertificationNumber: "Nhập số công chứng, chứng thực của văn bản ủy quyền.",
      authorisationCertifiedOn: "Nhập ngày công chứng, chứng thực (dd/MM/yyyy).",
      confirmationContent: "Nhập nội dung đề nghị xác nhận (ít nhất 10 ký tự).",
      subject: "Chọn người được xác nhận thông tin trong các bản ghi đã chọn.",
      requesterAddress: "Nhập địa chỉ nhận kết quả qua bưu chính.",
      purposeText: "Nêu rõ mục đích sử dụng văn bản xác nhận (ít nhất 10 ký tự).",
      requesterPhone: "Số điện thoại gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84).",
      copies: "Số bản từ 1 đến 20.",
    });
    const copyOfTwo = parseCreateRequestForm(form({ ...base, copies: "2", requestKind: "COPY", channel: "COUNTER", relation: "SELF", requesterDateOfBirth: "12/03/1998" }));
    expect(copyOfTwo.ok ? {} : copyOfTwo.fieldErrors).toEqual({ records: "Chọn đúng một bản ghi hộ tịch cần cấp bản sao." });
  });

  it("refuses records the officer did not find for this request, and a made-up receipt number", async () => {
    const found = await searchForRequest(officer(), { kind: "COPY", query: P11_BIRTH, ip: null }, deps);
    const input: TCreateRequest = { ...requester, kind: "COPY", reference: found.reference, recordIds: ["HT-KS-R1"] };
    await expect(createRequest(officer(), input, null, deps)).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { records: expect.any(String) } });
    await expect(createRequest(officer(), { ...input, reference: "BS-2026-999999", recordIds: ["HT-KS-R10"] }, null, deps)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // Another officer of another unit cannot use it either.
    await expect(createRequest(actors["quynhon.canbo"]!, { ...input, recordIds: ["HT-KS-R10"] }, null, deps)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(searchForRequest(signer(), { kind: "COPY", query: P11_BIRTH, ip: null }, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a second submission of the same receipt number is a conflict, not a second request", async () => {
    const found = await searchForRequest(officer(), { kind: "COPY", query: P11_BIRTH, ip: null }, deps);
    const input: TCreateRequest = { ...requester, kind: "COPY", reference: found.reference, recordIds: ["HT-KS-R10"] };
    await createRequest(officer(), input, null, deps);
    await expect(createRequest(officer(), input, null, deps)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.prisma.civilRequest.count({ where: { draftReference: found.reference } })).toBe(1);
  });
});

describe("starting from a record found for a dossier (/copies/new?lookupId=&recordId=)", () => {
  it("reads the record again under the request's purpose, as a lookup of its own, and takes the request", async () => {
    const purpose = { kind: "DOSSIER" as const, dossierCode: "HS-COPY-1", procedureCode: "1.000894", replacesPapers: ["birth-certificate"] };
    const earlier = await searchRecords({ kind: "user", actor: officer(), ip: null }, { unitId: officer().unit!.id, purpose, query: P11_BIRTH }, deps);
    await expect(adoptRecord(actors["quynhon.canbo"]!, { kind: "COPY", sourceLookupId: earlier.lookupId, recordId: "HT-KS-R10", ip: null }, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(adoptRecord(officer(), { kind: "COPY", sourceLookupId: earlier.lookupId, recordId: "HT-KS-R1", ip: null }, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const adopted = await adoptRecord(officer(), { kind: "COPY", sourceLookupId: earlier.lookupId, recordId: "HT-KS-R10", ip: null }, deps);
    expect(adopted.results.map((r) => r.recordId)).toEqual(["HT-KS-R10"]);
    expect(await t.prisma.lookup.findFirstOrThrow({ where: { id: adopted.lookupId } })).toMatchObject({ purposeKind: "COPY_REQUEST", purposeRef: adopted.reference, queryKind: "record", resultIds: ["HT-KS-R10"] });
    expect(await t.prisma.accessLog.findFirstOrThrow({ where: { lookupId: adopted.lookupId } })).toMatchObject({ operation: "GET_RECORD", outcome: "FOUND", purposeRef: adopted.reference });
    const created = await createRequest(officer(), { ...requester, kind: "COPY", reference: adopted.reference, recordIds: ["HT-KS-R10"] }, null, deps);
    expect(adopted.reference).toMatch(/^NHAP-[0-9A-Z]{10}$/);
    expect(await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ draftReference: adopted.reference, receiptNumber: expect.stringMatching(/^BS-2026-\d{6}$/) });
  });
});

describe("fee, exemption and due time", () => {
  it("charges 8.000 đ per copy; no exemption is configured by default, so a waiver is refused", async () => {
    const three = await take("COPY", P11_BIRTH, only("HT-KS-R10"), { copies: 3 });
    expect(await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: three.id } })).toMatchObject({ feePerCopy: 8000, feeTotal: 24000, feeExemptReason: null, feeExemptBasis: null });
    // Under-16s and the elderly used to be waived by default, with no legal basis.
    await expect(take("COPY", P11_BIRTH, only("HT-KS-R10"), { feeExemptReason: "Trẻ em dưới 16 tuổi" })).rejects.toMatchObject({ fieldErrors: { feeExemptReason: "Trường hợp miễn phí không có trong danh mục đã cấu hình." } });
  });

  it("a configured exemption makes the fee 0 and keeps its case and legal basis on the request", async () => {
    const exemption = { reason: "Người được miễn theo nghị quyết thử", basis: "Điều 1 Nghị quyết số 99/2026/NQ-HĐND (thử)" };
    await t.prisma.setting.create({ data: { key: "fees", value: { copyFeePerCopy: 8000, confirmationFee: 0, copyFeeByChannel: {}, exemptions: [exemption] } } });
    try {
      const exempt = await take("COPY", P11_BIRTH, only("HT-KS-R10"), { copies: 2, feeExemptReason: exemption.reason });
      expect(await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: exempt.id } })).toMatchObject({ feePerCopy: 8000, feeTotal: 0, feeExemptReason: exemption.reason, feeExemptBasis: exemption.basis });
      await expect(take("COPY", P11_BIRTH, only("HT-KS-R10"), { feeExemptReason: "Vì quen biết" })).rejects.toMatchObject({ fieldErrors: { feeExemptReason: "Trường hợp miễn phí không có trong danh mục đã cấu hình." } });
    } finally {
      await t.prisma.setting.delete({ where: { key: "fees" } });
    }
  });

  it("issuing a charged copy records its fee receipt number, unique in the unit, shown in the register and its export", async () => {
    const signedCopy = async () => {
      const { id } = await take("COPY", P11_BIRTH, only("HT-KS-R10"));
      await prepareRequest(officer(), await step(id), deps);
      await signRequest(signer(), { ...(await step(id)), ip: null }, deps);
      return id;
    };
    const first = await signedCopy();
    await expect(issueRequest(officer(), await step(first), deps)).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { feeReceiptNumber: "Nhập số biên lai thu phí đã giao cho người yêu cầu." } });
    await expect(issueRequest(officer(), { ...(await step(first)), feeReceiptNumber: "BL 2026'; --" }, deps)).rejects.toMatchObject({ fieldErrors: { feeReceiptNumber: "Số biên lai chỉ gồm chữ, số và các dấu / . -" } });
    expect((await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: first } })).status).toBe("SIGNED");
    await issueRequest(officer(), { ...(await step(first)), feeReceiptNumber: " bl-2026/000731 " }, deps);
    expect(await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: first } })).toMatchObject({ status: "ISSUED", feeReceiptNumber: "BL-2026/000731", issuedById: officer().userId });
    const issued = await getRequest(officer(), first, deps);
    expect(issued.timeline.find((e) => e.key === "issued")).toMatchObject({ by: "Kpă H'Yuen", note: "biên lai thu phí số BL-2026/000731" });

    const second = await signedCopy();
    await expect(issueRequest(officer(), { ...(await step(second)), feeReceiptNumber: "BL-2026/000731" }, deps)).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { feeReceiptNumber: "Số biên lai này đã được ghi cho một yêu cầu khác của đơn vị." } });
    expect((await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: second } })).status).toBe("SIGNED");

    const { body } = await exportRegister(officer(), { page: 1 }, deps);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const col = (REGISTER_HEADINGS as readonly string[]).indexOf("Số biên lai thu phí") + 1;
    expect(col).toBeGreaterThan(0);
    const cells: unknown[] = [];
    ws.eachRow((row, n) => { if (n > REGISTER_HEADING_ROW) cells.push(row.getCell(col).value); });
    expect(cells).toContain("BL-2026/000731");
  });

  it("follows the configured fees: a per-channel amount for online requests", async () => {
    await t.prisma.setting.create({ data: { key: "fees", value: { copyFeePerCopy: 8000, confirmationFee: 5000, copyFeeByChannel: { ONLINE: 4000 }, exemptions: [] } } });
    try {
      const online = await take("COPY", P11_BIRTH, only("HT-KS-R10"), { channel: "ONLINE", copies: 2 });
      expect(await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: online.id } })).toMatchObject({ feePerCopy: 4000, feeTotal: 8000 });
    } finally {
      await t.prisma.setting.delete({ where: { key: "fees" } });
    }
  });

  it("a request taken on Friday after the cutoff is due on Monday at the end of the day", async () => {
    const late = await take("COPY", P11_BIRTH, only("HT-KS-R10"), {}, at("2026-11-27T16:00:00"));
    const row = await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: late.id } });
    expect(row.dueAt.toISOString()).toBe(vn("2026-11-30T17:00:00").toISOString());
    expect(row.receiptNumber).toMatch(/^BS-2026-\d{6}$/);
  });
});

describe("the workflow", () => {
  it("P11's birth, registered in Hà Nội: received → prepared → signed → issued → delivered", async () => {
    const { id, receiptNumber, lookupId, reference } = await take("COPY", P11_BIRTH, only("HT-KS-R10"));
    const received = await getRequest(officer(), id, deps);
    expect(received).toMatchObject({ status: "RECEIVED", registeredElsewhere: true, subjectName: "Vũ Minh Trang", lookupId, actions: ["prepare", "refuse"] });
    expect(received.recordList).toEqual([expect.objectContaining({ recordId: "HT-KS-R10", type: "BIRTH", registeredAt: "OTHER_PROVINCE", authority: "UBND phường Trúc Bạch, quận Ba Đình, thành phố Hà Nội" })]);
    // The search and the read for the request are logged under its draft reference, which the request keeps.
    expect(received.draftReference).toBe(reference);
    const intakeLog = await t.prisma.accessLog.findMany({ where: { purposeRef: reference }, orderBy: { seq: "asc" } });
    expect(intakeLog.map((l) => `${l.operation}:${l.outcome}:${l.purposeKind}`)).toEqual(["SEARCH:FOUND:COPY_REQUEST", "GET_RECORD:FOUND:COPY_REQUEST"]);

    await prepareRequest(officer(), await step(id), at("2026-11-26T09:30:00"));
    expect((await getRequest(signer(), id, deps)).actions).toEqual(["sign", "refuse"]);
    const signed = await signRequest(signer(), { ...(await step(id)), ip: "10.0.0.2" }, at("2026-11-26T10:00:00"));
    expect(signed.symbol).toBe("TLKS-BS");

    const doc = await t.prisma.issuedDocument.findUniqueOrThrow({ where: { id: signed.documentId } });
    expect(doc).toMatchObject({ kind: "COPY_BIRTH", year: 2026, number: signed.number, signerName: "Lê Văn Hùng", signerTitle: "Phó Chủ tịch" });
    const content = doc.content as DocumentContent;
    expect(content).toMatchObject({ issuedOn: "2026-11-26", series: { label: `${signed.number}/2026/TLKS-BS` }, recordIds: ["HT-KS-R10"], holderNames: ["Vũ Minh Trang"] });
    expect(contentHash(content)).toBe(doc.contentHash);
    expect(checkVerificationCode(env().documents.signingSecret, doc.code, doc.contentHash)).toBe(true);
    const signLog = await t.prisma.accessLog.findFirstOrThrow({ where: { purposeRef: receiptNumber, actorLabel: "pleiku.lanhdao" } });
    expect(signLog).toMatchObject({ operation: "GET_RECORD", outcome: "FOUND", resultIds: ["HT-KS-R10"], legalBasis: "Điều 63 Luật Hộ tịch; Điều 13 Nghị định 87/2020/NĐ-CP" });

    await issueRequest(officer(), { ...(await step(id)), feeReceiptNumber: "0000417" }, at("2026-11-26T10:30:00"));
    await deliverRequest(officer(), await step(id), at("2026-11-26T11:00:00"));
    const done = await getRequest(officer(), id, deps);
    expect(done).toMatchObject({ status: "DELIVERED", isOverdue: false, wasLate: false, document: { id: doc.id, revokedAt: null } });
    expect(done.timeline.map((e) => e.key)).toEqual(["received", "prepared", "signed", "issued", "delivered"]);
    expect(done.timeline[2]).toMatchObject({ by: "Lê Văn Hùng", note: `${signed.number}/2026/TLKS-BS` });
    // Every state change names who made it: the officer who issued and who delivered too.
    const officerName = (await t.prisma.user.findUniqueOrThrow({ where: { id: officer().userId } })).fullName;
    expect(done.timeline.map((e) => [e.key, e.by])).toEqual([["received", officerName], ["prepared", officerName], ["signed", "Lê Văn Hùng"], ["issued", officerName], ["delivered", officerName]]);
    expect(signed.label).toBe(`${signed.number}/2026/TLKS-BS`);
  });

  it("R2, the marriage of P1 and P2 registered in another commune: its own series TLKH-BS", async () => {
    const { id } = await take("COPY", R2_MARRIAGE, only("HT-KH-R2"), {
      requesterName: "Rơ Mah H'Lan", requesterIdNumber: "064198004512", relation: "SPOUSE", authorisationRef: "Giấy ủy quyền của ông Ksor Bơ ngày 20/11/2026", relationshipProof: "Giấy chứng nhận kết hôn số 12, quyển 01/2019",
    });
    const request = await getRequest(officer(), id, deps);
    expect(request).toMatchObject({ registeredElsewhere: true, subjectName: "Ksor Bơ – Rơ Mah H'Lan" });
    expect(request.recordList[0]).toMatchObject({ registeredAt: "OTHER_COMMUNE", currentCommuneCode: "23764" });
    await prepareRequest(officer(), await step(id), deps);
    const signed = await signRequest(signer(), { ...(await step(id)), ip: null }, deps);
    expect(signed).toMatchObject({ number: 1, symbol: "TLKH-BS" });
    const doc = await t.prisma.issuedDocument.findUniqueOrThrow({ where: { id: signed.documentId } });
    expect(doc.kind).toBe("COPY_MARRIAGE");
  });

  it("numbers run per unit, per kind: the next birth copy takes the next TLKS-BS number; a confirmation starts XNHT at 1", async () => {
    const before = await t.prisma.issuedDocument.aggregate({ where: { kind: "COPY_BIRTH" }, _max: { number: true } });
    const birth = await take("COPY", P11_BIRTH, only("HT-KS-R10"));
    await prepareRequest(officer(), await step(birth.id), deps);
    expect((await signRequest(signer(), { ...(await step(birth.id)), ip: null }, deps)).number).toBe((before._max.number ?? 0) + 1);

    const confirmation = await take("CONFIRMATION", P1_ALL, (ids) => ids.filter((x) => x === "HT-KS-R1" || x === "HT-KH-R2"), {
      requesterName: "Rơ Mah H'Lan", requesterIdNumber: "064198004512", purposeText: "Bổ sung hồ sơ hưởng bảo hiểm xã hội",
      confirmationContent: "Xác nhận ngày sinh và việc kết hôn", subject: { recordId: "HT-KS-R1", key: "subject" },
    });
    const row = await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: confirmation.id } });
    expect(row).toMatchObject({ kind: "CONFIRMATION", feeTotal: 0, receiptNumber: expect.stringMatching(/^XN-2026-\d{6}$/) });
    await prepareRequest(officer(), await step(confirmation.id), deps);
    const signed = await signRequest(signer(), { ...(await step(confirmation.id)), ip: null }, deps);
    expect(signed).toMatchObject({ number: 1, symbol: "XNHT" });
    const content = (await t.prisma.issuedDocument.findUniqueOrThrow({ where: { id: signed.documentId } })).content as DocumentContent;
    expect(content.holderNames).toEqual(["Rơ Mah H'Lan"]);
    expect(content.recordIds).toHaveLength(2);
  });

  it("a refusal needs the right status and keeps its reason", async () => {
    const { id } = await take("COPY", P11_BIRTH, only("HT-KS-R10"), {
      relation: "AUTHORISED", authorisationRef: "HĐ ủy quyền số 12/2026", authorisationCertification: { by: "UBND phường Pleiku", number: "88/2026/SCT", on: "2026-11-20" },
    });
    await refuseRequest(officer(), { ...(await step(id)), reason: "Văn bản ủy quyền chưa được chứng thực" }, deps);
    const refused = await getRequest(signer(), id, deps);
    expect(refused).toMatchObject({ status: "REFUSED", refusalReason: "Văn bản ủy quyền chưa được chứng thực", actions: [] });
    await expect(prepareRequest(officer(), await step(id), deps)).rejects.toMatchObject({ code: "CONFLICT", userMessage: expect.stringContaining("Từ chối") });
  });

  it("revocation: the document is marked, the request goes no further, a second revocation conflicts", async () => {
    const { id } = await take("COPY", P11_BIRTH, only("HT-KS-R10"));
    await prepareRequest(officer(), await step(id), deps);
    const { documentId } = await signRequest(signer(), { ...(await step(id)), ip: null }, deps);
    await expect(revokeDocument(officer(), { ...(await step(id)), reason: "Sổ gốc đã được cải chính" }, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const v = await step(id);
    await revokeDocument(signer(), { ...v, reason: "Sổ gốc đã được cải chính sau khi cấp" }, at("2026-11-26T14:00:00"));
    expect(await t.prisma.issuedDocument.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({ revokedById: signer().userId, revokeReason: "Sổ gốc đã được cải chính sau khi cấp" });
    await expect(revokeDocument(signer(), { ...v, reason: "Lần thứ hai, trang cũ" }, deps)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(issueRequest(officer(), { ...(await step(id)), feeReceiptNumber: "0000418" }, deps)).rejects.toMatchObject({ code: "CONFLICT", userMessage: "Văn bản của yêu cầu này đã bị thu hồi." });
    expect((await getRequest(officer(), id, deps)).timeline.at(-1)).toMatchObject({ key: "revoked", note: "Sổ gốc đã được cải chính sau khi cấp" });
  });
});

describe("scope and concurrency", () => {
  it("another unit's request is NOT_FOUND, for reading and for every step", async () => {
    const { id } = await take("COPY", P11_BIRTH, only("HT-KS-R10"));
    await expect(getRequest(actors["quynhon.canbo"]!, id, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(prepareRequest(actors["quynhon.canbo"]!, await step(id), deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(refuseRequest(actors["quynhon.lanhdao"]!, { ...(await step(id)), reason: "Không thuộc thẩm quyền đơn vị" }, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listRequests(actors["quynhon.canbo"]!, { page: 1 }, deps)).items.map((r) => r.id)).not.toContain(id);
    // Sở Tư pháp reads across the province, but takes no step.
    expect((await getRequest(actors["stp.canbo"]!, id, deps)).actions).toEqual([]);
  });

  it("a stale version is a CONFLICT and changes nothing", async () => {
    const { id } = await take("COPY", P11_BIRTH, only("HT-KS-R10"));
    const stale = await step(id);
    await prepareRequest(officer(), stale, deps);
    await expect(refuseRequest(officer(), { ...stale, reason: "Trang cũ, bấm sau người khác" }, deps)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await t.prisma.civilRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PREPARED", version: stale.version + 1 });
  });

  it("two signatures of the same page at once: one document, one number", async () => {
    const { id } = await take("COPY", P11_BIRTH, only("HT-KS-R10"));
    await prepareRequest(officer(), await step(id), deps);
    const same = { ...(await step(id)), ip: null };
    const next = (await t.prisma.documentSeries.findUnique({ where: { unitId_kind_year: { unitId: signer().unit!.id, kind: "COPY_BIRTH", year: 2026 } } }))?.next ?? 1;
    const outcomes = await Promise.allSettled([signRequest(signer(), same, deps), signRequest(signer(), same, deps)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await t.prisma.issuedDocument.count({ where: { requestId: id } })).toBe(1);
    const series = await t.prisma.documentSeries.findUniqueOrThrow({ where: { unitId_kind_year: { unitId: signer().unit!.id, kind: "COPY_BIRTH", year: 2026 } } });
    expect(series.next).toBe(next + 1);
  });

  it("a national system failure while signing leaves the request prepared, no number used, and the failure logged", async () => {
    const { id, receiptNumber } = await take("COPY", P11_BIRTH, only("HT-KS-R10"));
    await prepareRequest(officer(), await step(id), deps);
    const key = { unitId_kind_year: { unitId: signer().unit!.id, kind: "COPY_BIRTH" as const, year: 2026 } };
    const before = (await t.prisma.documentSeries.findUniqueOrThrow({ where: key })).next;
    const down: CivilRegistryPort = { ...deps.civilRegistry, getRecord: async () => { throw new UpstreamError("civilRegistry", "timeout", "no answer"); } };
    await expect(signRequest(signer(), { ...(await step(id)), ip: null }, { ...deps, civilRegistry: down })).rejects.toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    expect(await t.prisma.civilRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PREPARED" });
    expect((await t.prisma.documentSeries.findUniqueOrThrow({ where: key })).next).toBe(before);
    expect(await t.prisma.accessLog.findFirstOrThrow({ where: { purposeRef: receiptNumber, actorLabel: "pleiku.lanhdao" } })).toMatchObject({ outcome: "UPSTREAM_FAILURE", errorKind: "timeout" });
  });

  it("an abandoned intake uses no receipt number: the series stays gapless, also when requests are saved at the same time", async () => {
    const d = at("2027-03-04T09:00:00");
    const first = await take("COPY", P11_BIRTH, only("HT-KS-R10"), {}, d);
    expect(first.receiptNumber).toBe("BS-2027-000001");
    // An intake searched twice and abandoned, and one refused at saving: their lookups name draft references only.
    const abandoned = await searchForRequest(officer(), { kind: "COPY", query: P11_BIRTH, ip: null }, d);
    const again = await searchForRequest(officer(), { kind: "COPY", reference: abandoned.reference, query: P1_ALL, ip: null }, d);
    expect(again.reference).toBe(abandoned.reference);
    expect(abandoned.reference).toMatch(/^NHAP-[0-9A-Z]{10}$/);
    const refused = await searchForRequest(officer(), { kind: "COPY", query: P11_BIRTH, ip: null }, d);
    await expect(createRequest(officer(), { ...requester, kind: "COPY", reference: refused.reference, recordIds: ["HT-KS-R10"], relation: "SPOUSE" }, null, d)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await t.prisma.accessLog.findMany({ where: { purposeRef: abandoned.reference } })).map((l) => l.operation)).toEqual(["SEARCH", "SEARCH"]);
    const next = await take("COPY", P11_BIRTH, only("HT-KS-R10"), {}, d);
    expect(next.receiptNumber).toBe("BS-2027-000002");
    // Four intakes saved at once take the next four numbers, each once.
    const founds = await Promise.all(Array.from({ length: 4 }, () => searchForRequest(officer(), { kind: "COPY", query: P11_BIRTH, ip: null }, d)));
    const saved = await Promise.all(founds.map((f) => createRequest(officer(), { ...requester, kind: "COPY", reference: f.reference, recordIds: ["HT-KS-R10"] }, null, d)));
    expect(saved.map((x) => x.receiptNumber).sort()).toEqual(["BS-2027-000003", "BS-2027-000004", "BS-2027-000005", "BS-2027-000006"]);
  });

  it("receipt numbers stay unique when officers reserve them at the same time", async () => {
    const unitId = officer().unit!.id;
    const numbers = await Promise.all(Array.from({ length: 8 }, () => t.prisma.$transaction((tx) => reserveReceiptNumber(tx, unitId, "CONFIRMATION", 2030))));
    expect(new Set(numbers).size).toBe(8);
    expect(numbers.sort()[0]).toBe("XN-2030-000001");
  });
});

describe("lists and the register", () => {
  it("counts per status; the signer's list starts with what waits for signature; overdue is flagged", async () => {
    const late = await take("COPY", P11_BIRTH, only("HT-KS-R10"), {}, at("2026-11-20T10:00:00"));
    await prepareRequest(officer(), await step(late.id), deps);
    const list = await listRequests(signer(), { page: 1 }, at("2026-11-26T18:00:00"));
    expect(list.items[0]!.status).toBe("PREPARED");
    expect(list.counts.PREPARED).toBeGreaterThan(0);
    expect(list.overdue).toBeGreaterThan(0);
    const overdue = await listRequests(signer(), { page: 1, overdue: "1" }, at("2026-11-26T18:00:00"));
    expect(overdue.items.every((r) => r.isOverdue)).toBe(true);
    expect(overdue.items.map((r) => r.id)).toContain(late.id);
  });

  it("exports the register as .xlsx with Vietnamese headings, dates and fees as numbers", async () => {
    const { body, filename } = await exportRegister(officer(), { page: 1, from: "01/11/2026", to: "30/11/2026" }, deps);
    expect(filename).toBe("so-cap-ban-sao-2026-11-01-2026-11-30.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe("Sổ cấp bản sao");
    expect((sheet.getRow(REGISTER_HEADING_ROW).values as unknown[]).slice(1)).toEqual([...REGISTER_HEADINGS]);
    const first = sheet.getRow(REGISTER_HEADING_ROW + 1);
    expect(first.getCell(1).value).toBe(1);
    expect(String(first.getCell(2).value)).toMatch(/^\d+\/2026\/TLK[SH]-BS$/);
    expect(first.getCell(3).value).toEqual(new Date("2026-11-26T00:00:00Z"));
    expect(first.getCell(3).numFmt).toBe("dd/mm/yyyy");
    expect(first.getCell(11).value).toBe(8000);
    expect(first.getCell(11).numFmt).toContain("đ");
    // Quy Nhơn's register holds none of Pleiku's documents.
    const other = new ExcelJS.Workbook();
    await other.xlsx.load((await exportRegister(actors["quynhon.canbo"]!, { page: 1, from: "01/11/2026", to: "30/11/2026" }, deps)).body as unknown as ArrayBuffer);
    expect(other.worksheets[0]!.rowCount).toBe(REGISTER_HEADING_ROW);
  });

  it("the access-log chain still verifies", async () => {
    expect((await verifyAccessLogChain(t.prisma)).ok).toBe(true);
  });
});
