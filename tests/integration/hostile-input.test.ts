import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { inProcessSystems } from "../helpers/mock-systems";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { parseLookupForm } from "@/lib/lookups/schemas";
import { ZApiLookupRequest } from "@/lib/lookups/api-schemas";
import { parseCreateRequestForm, ZRequestFilter, ZTransitionInput } from "@/lib/copies/schemas";
import { parseFileRequestForm, ZListFilter } from "@/lib/agency-requests/schemas";
import { getRequest } from "@/lib/copies/get-request";
import { listRequests } from "@/lib/copies/list-requests";
import { getIntakeOptions } from "@/lib/copies/intake-options";
import { getDocumentPdf } from "@/lib/documents/get-document-pdf";
import { getAgencyRequest } from "@/lib/agency-requests/get-agency-request";
import { listAgencyRequests } from "@/lib/agency-requests/list-agency-requests";
import { getAnswerFile } from "@/lib/agency-requests/answer-files";
import { openRecord } from "@/lib/lookups/open-record";
import { listDossiers, ZDossierFilter } from "@/lib/lookups/list-dossiers";
import { listLookups, ZLookupFilter } from "@/lib/lookups/list-lookups";
import { getReport } from "@/lib/reports/get-report";
import { getUnitDrillDown } from "@/lib/reports/unit-drill-down";
import { openReport } from "@/lib/reports/open-report";
import { ZOpenReport } from "@/lib/reports/schemas";
import { createApiClient } from "@/lib/admin/api-clients/api-clients";
import { authenticate } from "@/lib/auth/authenticate";
import { ZAdHocRequest } from "@/lib/reports/schemas";

// Hostile input (issue 12, item 5): every value below is refused with a field error in Vietnamese
// or a 4xx with a JSON error, never an unexpected error, and nothing is written. The pages and
// downloads behind a session are exercised the same way in tests/e2e/hostile-input.spec.ts.

let t: TestDatabase;
let deps: { db: TestDatabase["prisma"]; civilRegistry: CivilRegistryPort };
const actors: Record<string, Actor> = {};
const NUL = "\u0000";
const KB300 = "Nguyễn Văn ".repeat(28_000);
const TODAY = "2026-11-28";

beforeAll(async () => {
  t = await createTestDatabase();
  // The route handlers reach the database through the app's own client (lib/db/app-db.ts), which reads
  // the environment once: point it here before anything reads it.
  process.env.DATABASE_URL = t.url;
  await runSeed(t.prisma, { demo: true });
  deps = { db: t.prisma, civilRegistry: inProcessSystems().civilRegistry };
  for (const username of ["pleiku.canbo", "stp.canbo", "congan.tinh", "admin"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
});
afterAll(async () => t?.cleanup());

const officer = () => actors["pleiku.canbo"]!;
const written = async () => ({ lookups: await t.prisma.lookup.count(), log: await t.prisma.accessLog.count(), dossiers: await t.prisma.dossier.count() });
const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
};

describe("POST /api/v1/lookups", () => {
  const body = { unitCode: "23575", purpose: { kind: "dossier", dossierCode: "HOSTILE-1", procedureCode: "1.000894", replacesPapers: ["birth-certificate"] }, query: { fullName: "Nguyễn Văn An", dateOfBirth: "1990-01-01" } };
  const post = async (init: { body: BodyInit; headers?: Record<string, string>; url?: string }) => {
    const { POST } = await import("@/app/api/v1/lookups/route");
    const request = new Request(init.url ?? "http://localhost/api/v1/lookups", {
      method: "POST",
      body: init.body,
      headers: { Authorization: "Bearer demo-tthc-key", "Content-Type": "application/json", ...init.headers },
      duplex: "half",
    } as RequestInit);
    return POST(request);
  };
  const postJson = (value: unknown, url?: string) => post({ body: JSON.stringify(value), url });

  it("a 4 MB body sent chunked (no Content-Length) is refused 413 once 64 KB have arrived, not read whole", async () => {
    const chunk = new TextEncoder().encode(`{"pad":"${"x".repeat(64 * 1024)}`);
    let delivered = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (delivered >= 4 * 1024 * 1024) return controller.close();
        delivered += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await post({ body: stream });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "INVALID_INPUT" } });
    // The limit is counted as the body arrives: a couple of chunks, never the 4 MB.
    expect(delivered).toBeLessThan(256 * 1024);
  });

  it("a declared Content-Length over 64 KB is refused unread", async () => {
    const response = await post({ body: JSON.stringify({ ...body, pad: "x".repeat(70_000) }) });
    expect(response.status).toBe(413);
  });

  it("300 KB in fatherName or authority is over the body limit: 413", async () => {
    expect((await postJson({ ...body, query: { ...body.query, fatherName: KB300 } })).status).toBe(413);
    expect((await postJson({ ...body, query: { entryNumber: "12", authority: KB300 } })).status).toBe(413);
  });

  it("a field over its rule is a 400 naming it, with the form's Vietnamese message", async () => {
    const long = await postJson({ ...body, query: { ...body.query, fatherName: "Nguyễn Văn Bình ".repeat(7) } });
    expect(long.status).toBe(400);
    expect(await long.json()).toEqual({ error: { code: "INVALID_INPUT", field: "query.fatherName", message: "query.fatherName: Họ tên cha tối đa 100 ký tự." } });
    const authority = await postJson({ ...body, query: { entryNumber: "12", authority: "UBND xã ".repeat(30) } });
    expect(await authority.json()).toMatchObject({ error: { field: "query.authority", message: "query.authority: Cơ quan đăng ký tối đa 200 ký tự." } });
  });

  it("a NUL byte in any field is a 400 naming the field, never a 500, and nothing is written", async () => {
    const before = await written();
    const cases: [unknown, string][] = [
      [{ ...body, unitCode: `23575${NUL}` }, "unitCode"],
      [{ ...body, purpose: { ...body.purpose, procedureCode: `1.000894${NUL}` } }, "purpose.procedureCode"],
      [{ ...body, purpose: { ...body.purpose, replacesPapers: [`birth-certificate${NUL}`] } }, "purpose.replacesPapers.0"],
      [{ ...body, purpose: { ...body.purpose, dossierCode: `HS${NUL}1` } }, "purpose.dossierCode"],
      [{ ...body, query: { ...body.query, fullName: `Nguyễn${NUL} Văn An` } }, "query.fullName"],
      [{ ...body, query: { ...body.query, motherName: `Lê Thị${NUL}` } }, "query.motherName"],
      [{ ...body, query: { entryNumber: `12${NUL}`, bookNumber: "01/2019" } }, "query.entryNumber"],
      [{ ...body, query: { entryNumber: "12", authority: `UBND${NUL}` } }, "query.authority"],
    ];
    for (const [value, field] of cases) {
      const response = await postJson(value);
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect((await response.json()).error).toMatchObject({ code: "INVALID_INPUT", field });
    }
    expect(await written()).toEqual(before);
  });

  it("a NUL byte in the URL, or a path that is not UTF-8, is a 400 before anything runs", async () => {
    const response = await postJson(body, "http://localhost/api/v1/lookups?unit=%00");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "INVALID_INPUT" } });
    const { GET } = await import("@/app/api/v1/verify/[code]/route");
    const verify = await GET(new Request("http://localhost/api/v1/verify/%00"), { params: Promise.resolve({ code: NUL }) });
    expect(verify.status).toBe(400);
    // Nor a path that is not UTF-8 (Next.js would fail decoding its params).
    const notUtf8 = await GET(new Request("http://localhost/api/v1/verify/%FF"), { params: Promise.resolve({ code: "\uFFFD" }) });
    expect(notUtf8.status).toBe(400);
  });
});

describe("the lookup form, by the API's rules: refused at the field, never cut short", () => {
  const other = { purposeKind: "OTHER", description: "Xác minh hồ sơ theo yêu cầu", legalBasis: "Điều 13 Nghị định 87/2020/NĐ-CP", eventTypes: "BIRTH" };
  const byName = { ...other, searchBy: "name", fullName: "Nguyễn Văn An", dateOfBirth: "01/01/1990" };
  const errorsOf = (fields: Record<string, string>) => {
    const parsed = parseLookupForm(form(fields), TODAY);
    return parsed.ok ? {} : parsed.fieldErrors;
  };

  it("300 KB in the father's name, the authority or the purpose: a field error each", () => {
    expect(errorsOf({ ...byName, fatherName: KB300 })).toEqual({ fatherName: "Họ tên cha tối đa 100 ký tự." });
    expect(errorsOf({ ...other, searchBy: "registration", entryNumber: "12", authority: KB300 })).toEqual({ authority: "Cơ quan đăng ký tối đa 200 ký tự." });
    expect(errorsOf({ ...byName, description: KB300 })).toEqual({ description: "Mục đích tra cứu tối đa 500 ký tự." });
    expect(errorsOf({ ...byName, legalBasis: "Điều 13 ".repeat(80) })).toEqual({ legalBasis: "Căn cứ pháp lý tối đa 500 ký tự." });
  });

  it("a name the API refuses the form refuses too, with the same message (it used to cut it to 100)", () => {
    const name = "Nguyễn Văn Bình ".repeat(7).trim();
    expect(errorsOf({ ...byName, fullName: name })).toEqual({ fullName: "Họ tên tối đa 100 ký tự." });
    const api = ZApiLookupRequest.safeParse({ unitCode: "23575", purpose: { kind: "dossier", dossierCode: "X", procedureCode: "1.000894", replacesPapers: ["birth-certificate"] }, query: { fullName: name, dateOfBirth: "1990-01-01" } });
    expect(api.error?.issues[0]).toMatchObject({ path: ["query", "fullName"], message: "Họ tên tối đa 100 ký tự." });
  });

  it("control characters are refused with a message; 100 characters pass untouched", () => {
    expect(errorsOf({ ...byName, fullName: `Nguyễn${NUL}Văn An` }).fullName).toMatch(/^Họ tên có ký tự điều khiển/);
    expect(errorsOf({ ...byName, description: `Xác minh${NUL} hồ sơ theo yêu cầu` }).description).toMatch(/^Mục đích tra cứu có ký tự điều khiển/);
    const hundred = `Nguyễn ${"a".repeat(93)}`;
    const parsed = parseLookupForm(form({ ...byName, fullName: hundred, description: "d".repeat(500) }), TODAY);
    expect(parsed.ok && parsed.value).toMatchObject({ query: { fullName: hundred }, purpose: { description: "d".repeat(500) } });
  });
});

describe("copy and agency forms: refused at the field, never cut short", () => {
  it("a confirmation's 600-character purpose and a NUL in the requester's name", () => {
    const base = {
      requestKind: "CONFIRMATION", reference: "XN-2026-000001", recordIds: ["A"], channel: "COUNTER", requesterIdNumber: "064090001111", relation: "SELF", copies: "1",
      requesterDateOfBirth: "01/01/1990", subject: "A|subject", confirmationContent: "Xác nhận ngày sinh theo giấy khai sinh",
    };
    const parsed = parseCreateRequestForm(form({ ...base, requesterName: `Lê Văn${NUL} Hải`, purposeText: "p".repeat(600), feeExemptReason: "x".repeat(201) }));
    expect(parsed.ok ? {} : parsed.fieldErrors).toEqual({
      requesterName: expect.stringMatching(/^Họ tên người yêu cầu có ký tự điều khiển/),
      purposeText: "Mục đích sử dụng tối đa 500 ký tự.",
      feeExemptReason: "Lý do miễn phí tối đa 200 ký tự.",
    });
  });

  it("an agency letter's long reason, basis and signer's title", () => {
    const parsed = parseFileRequestForm(form({
      letterNumber: "215/CAT-PC06", letterDate: "20/11/2026", signerName: "Nguyễn Văn Thắng", signerTitle: "Phó ".repeat(40),
      reason: "r".repeat(2_001), legalBasis: "Điều 64 ".repeat(70), recordKinds: "BIRTH",
    }), TODAY);
    expect(parsed.ok ? {} : parsed.fieldErrors).toEqual({
      signerTitle: "Chức vụ người ký tối đa 150 ký tự.",
      reason: "Lý do yêu cầu tối đa 2.000 ký tự.",
      legalBasis: "Căn cứ pháp lý tối đa 500 ký tự.",
    });
  });

  it("a sign-in with a NUL in the username is refused and logged like any unknown name", async () => {
    const meta = { ip: "198.51.100.7", userAgent: "test" };
    expect(await authenticate(t.prisma, { username: `admin${NUL}`, password: "HoTich@2025" }, meta)).toEqual({ ok: false, reason: "invalid" });
    expect(await t.prisma.securityEvent.findFirst({ where: { ip: "198.51.100.7" } })).toMatchObject({ type: "SIGN_IN_FAILURE", username: "admin\uFFFD" });
  });

  it("an ad hoc report request naming a unit code with a NUL is a field error", () => {
    const parsed = ZAdHocRequest.safeParse({ title: "Báo cáo đột xuất", from: "2026-11-01", to: "2026-11-15", due: "2026-11-20", unitCodes: [`23575${NUL}`] });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["unitCodes", 0], message: "Mã đơn vị không đúng định dạng." });
  });

  it("an administrative form with a NUL is a field error, and nothing is created", async () => {
    const before = await t.prisma.apiClient.count();
    await expect(createApiClient(actors.admin!, { name: `Hệ thống${NUL}`, scopeUnitId: actors.admin!.jurisdictionRoot!.id }, deps)).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { name: expect.stringMatching(/ký tự điều khiển/) } });
    expect(await t.prisma.apiClient.count()).toBe(before);
  });
});

describe("ids and filters from URLs and forms: malformed ones reach no query", () => {
  const ids = [NUL, `ck${NUL}x`, "x".repeat(3_000)];

  it("reading one row by a malformed id is NOT_FOUND, as for a missing row", async () => {
    for (const id of ids) {
      await expect(getRequest(officer(), id, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getDocumentPdf(officer(), id, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getAgencyRequest(actors["congan.tinh"]!, id, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getAnswerFile(actors["congan.tinh"]!, id, "pdf", deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getReport(officer(), id, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getUnitDrillDown(actors["stp.canbo"]!, id, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(openRecord(officer(), id, id, null, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await getIntakeOptions(officer(), { lookupId: NUL, recordId: NUL }, deps)).toMatchObject({ source: null, sourceRejected: true });
    expect(ZTransitionInput.safeParse({ id: NUL, version: "1" }).success).toBe(false);
  });

  it("list filters with a NUL are ignored, as any unusable filter is", async () => {
    const copies = await listRequests(officer(), ZRequestFilter.parse({ unit: NUL, q: NUL }), deps);
    expect(copies.page).toBe(1);
    await expect(listDossiers(officer(), ZDossierFilter.parse({ unit: NUL, code: NUL, procedure: NUL }), deps)).resolves.toBeTruthy();
    await expect(listLookups(officer(), ZLookupFilter.parse({ unit: NUL }), deps)).resolves.toBeTruthy();
    await expect(listAgencyRequests(actors["congan.tinh"]!, ZListFilter.parse({ q: NUL }), deps)).resolves.toBeTruthy();
  });

  it("opening a report of another unit, or with a forged period, is NOT_FOUND and creates nothing", async () => {
    const other = await t.prisma.unit.findUniqueOrThrow({ where: { code: "21583" } });
    const before = await t.prisma.report.count();
    await expect(openReport(officer(), { unitId: other.id, kind: "MONTHLY", period: "2026-10" }, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(ZOpenReport.safeParse({ unitId: other.id, kind: "MONTHLY", period: `2026-10${NUL}` }).success).toBe(false);
    expect(ZOpenReport.safeParse({ unitId: NUL, kind: "MONTHLY", period: "2026-10" }).success).toBe(false);
    expect(await t.prisma.report.count()).toBe(before);
  });
});
