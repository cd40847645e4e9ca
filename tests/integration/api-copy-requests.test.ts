import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { createApiClient, setApiClientCallback } from "@/lib/admin/api-clients/api-clients";
import { checkCallbackUrl } from "@/lib/api-callbacks/callback-url";
import { deliverDueCallbacks } from "@/lib/api-callbacks/deliver";
import { prepareRequest } from "@/lib/copies/prepare-request";
import { signRequest } from "@/lib/copies/sign-request";
import { refuseRequest } from "@/lib/copies/refuse-request";
import { revokeDocument } from "@/lib/copies/revoke-document";
import { listRequests } from "@/lib/copies/list-requests";
import { getRequest } from "@/lib/copies/get-request";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";

// POST /api/v1/copy-requests and its reads (issue 15, point 4): the provincial TTHC system files a
// copy request for its dossier; the commune takes it like a counter request; the system follows its
// status and downloads the signed PDF; a callback tells it of each change.

let t: TestDatabase;
const actors: Record<string, Actor> = {};
let communeKey = "";
let communeClientId = "";
const DEMO = "demo-tthc-key";
const TRANG = { name: "Vũ Minh Trang", idNumber: "001300007731", relation: "SELF" } as const;
const BY_ID = { query: { personalId: "001300007731" }, eventTypes: ["BIRTH"] };

beforeAll(async () => {
  t = await createTestDatabase();
  // The route handlers use the app's own database client (lib/db/app-db.ts): point it here first.
  process.env.DATABASE_URL = t.url;
  await runSeed(t.prisma, { demo: true });
  for (const username of ["pleiku.canbo", "pleiku.lanhdao", "quynhon.canbo", "admin"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
  const pleiku = await t.prisma.unit.findUniqueOrThrow({ where: { code: "23575" } });
  const created = await createApiClient(actors.admin!, { name: "Một cửa Pleiku", scopeUnitId: pleiku.id }, { db: t.prisma });
  communeKey = created.key;
  communeClientId = created.id;
});
afterAll(async () => t?.cleanup());

const deps = () => ({ db: t.prisma });
const call = async (method: "POST" | "GET", path: string, init: { key?: string; body?: unknown } = {}) => {
  const headers: Record<string, string> = { Authorization: `Bearer ${init.key ?? DEMO}`, "Content-Type": "application/json" };
  const request = new Request(`http://localhost${path}`, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const id = /^\/api\/v1\/copy-requests\/([^/]+)/.exec(path)?.[1];
  if (method === "POST") return (await import("@/app/api/v1/copy-requests/route")).POST(request);
  if (path.endsWith("/document")) return (await import("@/app/api/v1/copy-requests/[id]/document/route")).GET(request, { params: Promise.resolve({ id: id! }) });
  return (await import("@/app/api/v1/copy-requests/[id]/route")).GET(request, { params: Promise.resolve({ id: id! }) });
};
const file = (body: Record<string, unknown>, key?: string) => call("POST", "/api/v1/copy-requests", { key, body: { unitCode: "23575", record: BY_ID, requester: TRANG, ...body } });
const step = async (id: string) => ({ id, version: (await t.prisma.civilRequest.findUniqueOrThrow({ where: { id } })).version });

describe("POST /api/v1/copy-requests", () => {
  it("files a request by search keys: in the commune's queue like a counter request, marked with the TTHC system and its dossier code", async () => {
    const response = await file({ dossierCode: "H26-CR-0001", copies: 2 });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ dossierCode: "H26-CR-0001", unitCode: "23575", status: "RECEIVED", channel: "ONLINE", copies: 2, feeTotal: 16_000, document: null });
    expect(body.receiptNumber).toMatch(/^BS-\d{4}-\d{6}$/);
    expect(response.headers.get("location")).toBe(`/api/v1/copy-requests/${body.id}`);

    const row = await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: body.id }, include: { apiClient: true } });
    expect(row).toMatchObject({ receivedById: null, dossierCode: "H26-CR-0001", selfCheck: "RECORD", relation: "SELF", requesterIdNumber: "001300007731" });
    expect(row.apiClient?.name).toBeTruthy();
    const queue = await listRequests(actors["pleiku.canbo"]!, { page: 1 }, deps());
    expect(queue.items.find((r) => r.id === body.id)).toMatchObject({ dossierCode: "H26-CR-0001", apiClient: { name: row.apiClient!.name } });
    const detail = await getRequest(actors["pleiku.canbo"]!, body.id, deps());
    expect(detail.receivedByName).toBe(`Hệ thống TTHC: ${row.apiClient!.name}`);
    // Another commune's officer does not see it.
    await expect(getRequest(actors["quynhon.canbo"]!, body.id, deps())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reads the record under the request's purpose, with the API client as the access log's actor", async () => {
    const body = await (await file({ dossierCode: "H26-CR-0002" })).json();
    // Read under the request's draft reference (the receipt number is taken when the request is saved).
    const { draftReference } = await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: body.id } });
    expect(draftReference).toMatch(/^NHAP-/);
    const rows = await t.prisma.accessLog.findMany({ where: { purposeRef: draftReference }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => r.operation)).toEqual(["SEARCH", "GET_RECORD"]);
    for (const r of rows) expect(r).toMatchObject({ userId: null, apiClientId: expect.any(String), purposeKind: "COPY_REQUEST", outcome: "FOUND", actorLabel: expect.stringMatching(/^api:/) });
    expect((await verifyAccessLogChain(t.prisma)).ok).toBe(true);
  });

  it("files by recordId and lookupId of the client's own lookup; another client's lookup is not one", async () => {
    const { POST } = await import("@/app/api/v1/lookups/route");
    const lookup = await (await POST(new Request("http://localhost/api/v1/lookups", {
      method: "POST", headers: { Authorization: `Bearer ${DEMO}`, "Content-Type": "application/json" },
      body: JSON.stringify({ unitCode: "23575", purpose: { kind: "dossier", dossierCode: "H26-CR-0003", procedureCode: "2.000635", replacesPapers: ["birth-certificate"] }, query: { personalId: "001300007731" }, eventTypes: ["BIRTH"] }),
    }))).json();
    expect(lookup.results).toHaveLength(1);
    const record = { recordId: lookup.results[0].recordId, lookupId: lookup.lookupId };
    const other = await file({ dossierCode: "H26-CR-0003", record }, communeKey);
    expect(other.status).toBe(422);
    expect((await other.json()).error).toMatchObject({ code: "REQUEST_REFUSED", field: "record" });

    const response = await file({ dossierCode: "H26-CR-0003", record });
    expect(response.status).toBe(201);
    const body = await response.json();
    const { draftReference } = await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: body.id } });
    const lookups = await t.prisma.lookup.findMany({ where: { purposeRef: draftReference } });
    expect(lookups).toMatchObject([{ source: "API", purposeKind: "COPY_REQUEST", queryKind: "record", userId: null, apiClientId: expect.any(String) }]);
  });

  it("is idempotent on the dossier code: the same request again, 200, never a second one", async () => {
    const first = await (await file({ dossierCode: "H26-CR-0004" })).json();
    const again = await file({ dossierCode: "H26-CR-0004", copies: 3 });
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(first.id);
    expect(await t.prisma.civilRequest.count({ where: { dossierCode: "H26-CR-0004" } })).toBe(1);
  });

  it("refuses SELF with another ID number, with the counter's Vietnamese reason (422), and keeps nothing but the log", async () => {
    const before = await t.prisma.civilRequest.count();
    const response = await file({ dossierCode: "H26-CR-0005", requester: { ...TRANG, idNumber: "001300009999" } });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.field).toBe("requester.idNumber");
    expect(error.fieldErrors["requester.idNumber"]).toMatch(/^Số giấy tờ của người yêu cầu không trùng với số định danh cá nhân của Vũ Minh Trang/);
    expect(await t.prisma.civilRequest.count()).toBe(before);
    // A relative without the papers: refused before any record is read.
    const parent = await file({ dossierCode: "H26-CR-0006", requester: { name: "Vũ Văn Ba", idNumber: "001070001234", relation: "PARENT" } });
    expect(parent.status).toBe(422);
    expect((await parent.json()).error.fieldErrors).toMatchObject({ "requester.authorisation": expect.stringContaining("văn bản ủy quyền"), "requester.relationshipProof": expect.any(String) });
  });

  it("validates the body field by field in Vietnamese (400), a bad key before all (401)", async () => {
    const bad = await file({ dossierCode: "H26-CR-0007", requester: { ...TRANG, name: "" }, copies: 21 });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: "INVALID_INPUT", field: "requester.name", message: "requester.name: Nhập họ, chữ đệm và tên người yêu cầu." });
    const post = await file({ dossierCode: "H26-CR-0007", channel: "POST" });
    expect((await post.json()).error).toMatchObject({ field: "requester.address", message: "requester.address: Nhập địa chỉ nhận kết quả qua bưu chính." });
    expect((await file({ dossierCode: "H26-CR-0007" }, "wrong-key-123")).status).toBe(401);
  });

  it("a unit outside the key's scope is not found (404 naming unitCode), and the refused look is logged", async () => {
    const response = await file({ dossierCode: "H26-CR-0008", unitCode: "21583" }, communeKey);
    expect(response.status).toBe(404);
    expect((await response.json()).error).toMatchObject({ code: "NOT_FOUND", field: "unitCode" });
    const refused = await t.prisma.accessLog.findFirst({ where: { apiClientId: communeClientId, outcome: "REFUSED" } });
    expect(refused).toMatchObject({ errorKind: "out_of_jurisdiction", unitCode: "21583", purposeKind: "COPY_REQUEST" });
    // A commune key may leave unitCode out: its own commune; a province key must name it.
    expect((await file({ dossierCode: "H26-CR-0009", unitCode: undefined }, communeKey)).status).toBe(201);
    expect((await (await file({ dossierCode: "H26-CR-0010", unitCode: undefined })).json()).error).toMatchObject({ field: "unitCode" });
  });
});

describe("GET /api/v1/copy-requests/<id> and …/document", () => {
  it("follows the request to SIGNED and gives the PDF; another client gets 404; 409 before signing, 410 once revoked", async () => {
    const { id } = await (await file({ dossierCode: "H26-CR-0100" })).json();
    expect((await call("GET", `/api/v1/copy-requests/${id}`, { key: communeKey })).status).toBe(404);
    expect((await call("GET", `/api/v1/copy-requests/${id}/document`, { key: communeKey })).status).toBe(404);
    const early = await call("GET", `/api/v1/copy-requests/${id}/document`);
    expect(early.status).toBe(409);
    expect((await early.json()).error.code).toBe("NOT_SIGNED");

    await prepareRequest(actors["pleiku.canbo"]!, await step(id), deps());
    expect((await (await call("GET", `/api/v1/copy-requests/${id}`)).json()).status).toBe("PREPARED");
    await signRequest(actors["pleiku.lanhdao"]!, { ...(await step(id)), ip: null }, deps());
    const status = await (await call("GET", `/api/v1/copy-requests/${id}`)).json();
    expect(status).toMatchObject({ status: "SIGNED", document: { number: expect.stringMatching(/TLKS-BS/), revoked: false, verificationUrl: expect.stringMatching(/\/verify\//) } });

    const pdf = await call("GET", `/api/v1/copy-requests/${id}/document`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; filename="[\w.-]+\.pdf"; filename\*=UTF-8''.+\.pdf$/);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");

    await revokeDocument(actors["pleiku.lanhdao"]!, { ...(await step(id)), reason: "Sổ hộ tịch đã được cải chính sau khi cấp." }, deps());
    expect((await (await call("GET", `/api/v1/copy-requests/${id}`)).json()).status).toBe("REVOKED");
    const gone = await call("GET", `/api/v1/copy-requests/${id}/document`);
    expect(gone.status).toBe(410);
    expect((await gone.json()).error.code).toBe("DOCUMENT_REVOKED");
  });

  it("a refused request says why", async () => {
    const { id } = await (await file({ dossierCode: "H26-CR-0101" })).json();
    await refuseRequest(actors["pleiku.canbo"]!, { ...(await step(id)), reason: "Người yêu cầu rút hồ sơ tại hệ thống TTHC." }, deps());
    expect(await (await call("GET", `/api/v1/copy-requests/${id}`)).json()).toMatchObject({ status: "REFUSED", refusalReason: "Người yêu cầu rút hồ sơ tại hệ thống TTHC." });
  });
});

describe("callbacks", () => {
  it("accepts https, and http only for localhost outside production", () => {
    expect(checkCallbackUrl("https://tthc.gialai.gov.vn/hooks/hotich", true)).toBeNull();
    expect(checkCallbackUrl("http://tthc.gialai.gov.vn/hooks", true)).toMatch(/https/);
    expect(checkCallbackUrl("http://127.0.0.1:9000/cb", true)).toMatch(/https/);
    expect(checkCallbackUrl("http://127.0.0.1:9000/cb", false)).toBeNull();
    expect(checkCallbackUrl("http://localhost/cb", false)).toBeNull();
    expect(checkCallbackUrl("http://tthc.gialai.gov.vn/hooks", false)).toMatch(/https/);
    expect(checkCallbackUrl("ftp://x", false)).not.toBeNull();
  });

  it("each status change is written to the outbox in its transaction, POSTed signed, retried after a failure and delivered once", async () => {
    const received: { body: string; signature: string | undefined; eventId: string | undefined }[] = [];
    const answers = [500, 200];
    const server: Server = createServer((req: IncomingMessage, res) => {
      let data = "";
      req.on("data", (c) => (data += c));
      req.on("end", () => {
        received.push({ body: data, signature: req.headers["x-signature"] as string | undefined, eventId: req.headers["x-event-id"] as string | undefined });
        res.statusCode = answers.shift() ?? 200;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/hotich`;
      const { secret } = await setApiClientCallback(actors.admin!, communeClientId, { callbackUrl: url }, deps());
      expect(secret).toMatch(/^whsec_/);
      const stored = await t.prisma.apiClient.findUniqueOrThrow({ where: { id: communeClientId } });
      expect(stored.callbackUrl).toBe(url);
      expect(stored.callbackSecret).not.toContain(secret!.slice(6));

      const { id } = await (await file({ dossierCode: "H26-CR-0200" }, communeKey)).json();
      await prepareRequest(actors["pleiku.canbo"]!, await step(id), deps());
      const outbox = await t.prisma.apiCallback.findMany({ where: { requestId: id } });
      expect(outbox).toMatchObject([{ event: "copy-request.prepared", state: "PENDING", attempts: 0 }]);

      const now = new Date();
      expect(await deliverDueCallbacks(t.prisma, { now })).toMatchObject({ delivered: 0, retried: 1 });
      const retried = await t.prisma.apiCallback.findUniqueOrThrow({ where: { id: outbox[0]!.id } });
      expect(retried).toMatchObject({ state: "PENDING", attempts: 1, lastError: expect.stringContaining("500") });
      expect(retried.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
      // Not before its time…
      expect(await deliverDueCallbacks(t.prisma, { now })).toMatchObject({ delivered: 0, retried: 0 });
      // …then delivered, once.
      expect(await deliverDueCallbacks(t.prisma, { now: new Date(retried.nextAttemptAt.getTime() + 1) })).toMatchObject({ delivered: 1 });
      expect(await deliverDueCallbacks(t.prisma, { now: new Date(retried.nextAttemptAt.getTime() + 600_000) })).toMatchObject({ delivered: 0, retried: 0 });
      expect(received).toHaveLength(2);
      expect(await t.prisma.apiCallback.findUniqueOrThrow({ where: { id: outbox[0]!.id } })).toMatchObject({ state: "DELIVERED", attempts: 2 });

      const last = received[1]!;
      expect(last.eventId).toBe(outbox[0]!.id);
      expect(last.signature).toBe(`sha256=${createHmac("sha256", secret!).update(last.body).digest("hex")}`);
      expect(JSON.parse(last.body)).toMatchObject({ event: "copy-request.prepared", requestId: id, dossierCode: "H26-CR-0200", status: "PREPARED", at: expect.any(String) });

      // Signing writes its own row; a counter request (no API client) writes none.
      await signRequest(actors["pleiku.lanhdao"]!, { ...(await step(id)), ip: null }, deps());
      expect((await t.prisma.apiCallback.findMany({ where: { requestId: id }, orderBy: { createdAt: "asc" } })).map((c) => c.event)).toEqual(["copy-request.prepared", "copy-request.signed"]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("gives up after the last attempt and marks the row failed", async () => {
    await setApiClientCallback(actors.admin!, communeClientId, { callbackUrl: "http://127.0.0.1:9/closed" }, deps());
    const { id } = await (await file({ dossierCode: "H26-CR-0201" }, communeKey)).json();
    await refuseRequest(actors["pleiku.canbo"]!, { ...(await step(id)), reason: "Hồ sơ thiếu giấy tờ theo quy định." }, deps());
    let now = new Date();
    for (let i = 0; i < 3; i++) {
      await deliverDueCallbacks(t.prisma, { now, maxAttempts: 3, timeoutMs: 500 });
      now = new Date(now.getTime() + 24 * 3600_000);
    }
    expect(await t.prisma.apiCallback.findFirstOrThrow({ where: { requestId: id } })).toMatchObject({ state: "FAILED", attempts: 3, event: "copy-request.refused" });
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("describes the three copy-request operations with their schemas", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const doc = await (await GET(new Request("http://localhost/api/v1/openapi.json"))).json();
    expect(doc.paths["/api/v1/copy-requests"].post.operationId).toBe("createCopyRequest");
    expect(doc.paths["/api/v1/copy-requests/{id}"].get.operationId).toBe("getCopyRequest");
    expect(Object.keys(doc.paths["/api/v1/copy-requests/{id}/document"].get.responses)).toEqual(expect.arrayContaining(["200", "409", "410"]));
    for (const name of ["CopyRequestCreate", "CopyRequest", "CopyRequestCallback"]) expect(doc.components.schemas[name]).toBeTruthy();
    // Every $ref points into the document.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) expect(ref.split("/").reduce((node: Record<string, unknown> | undefined, key) => node?.[key] as Record<string, unknown> | undefined, doc), ref).toBeTruthy();
  });
});
