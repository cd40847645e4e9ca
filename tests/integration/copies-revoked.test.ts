import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { inProcessSystems } from "../helpers/mock-systems";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { searchForRequest } from "@/lib/copies/search-for-request";
import { createRequest } from "@/lib/copies/create-request";
import { prepareRequest } from "@/lib/copies/prepare-request";
import { signRequest } from "@/lib/copies/sign-request";
import { issueRequest } from "@/lib/copies/issue-request";
import { revokeDocument } from "@/lib/copies/revoke-document";
import { getRequest } from "@/lib/copies/get-request";
import { listRequests } from "@/lib/copies/list-requests";
import { listRegister } from "@/lib/copies/list-register";
import { verifyDocument } from "@/lib/documents/verify-document";
import { messages } from "@/lib/text/messages";

// Issue 12, item 7: a revoked copy read "Chờ trả kết quả" in /copies and on its page. Its status
// must read revoked wherever it shows, with who revoked it, when and why.

let t: TestDatabase;
let deps: { db: TestDatabase["prisma"]; civilRegistry: CivilRegistryPort; now: Date };
const actors: Record<string, Actor> = {};
const vn = (local: string) => new Date(`${local}+07:00`);
const at = (local: string) => ({ ...deps, now: vn(local) });

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  deps = { db: t.prisma, civilRegistry: inProcessSystems().civilRegistry, now: vn("2026-11-26T09:00:00") };
  for (const username of ["pleiku.canbo", "pleiku.lanhdao"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
});
afterAll(async () => t?.cleanup());

const officer = () => actors["pleiku.canbo"]!;
const signer = () => actors["pleiku.lanhdao"]!;
const step = async (id: string) => ({ id, version: (await t.prisma.civilRequest.findUniqueOrThrow({ where: { id } })).version });

/** P11's birth copy taken, prepared, signed and issued: it waits for the requester ("Chờ trả kết quả"). */
async function issuedCopy(): Promise<{ id: string; documentId: string; code: string }> {
  const found = await searchForRequest(officer(), { kind: "COPY", query: { by: "personalId", personalId: "001300007731", eventTypes: ["BIRTH"] }, ip: null }, deps);
  const { id } = await createRequest(officer(), {
    kind: "COPY", reference: found.reference, recordIds: ["HT-KS-R10"], channel: "COUNTER", requesterName: "Vũ Minh Trang", requesterIdNumber: "001300007731",
    requesterPhone: null, requesterAddress: null, relation: "SELF", authorisationRef: null, copies: 1, feeExemptReason: null, purposeText: null,
  }, null, deps);
  await prepareRequest(officer(), await step(id), deps);
  const { documentId } = await signRequest(signer(), { ...(await step(id)), ip: null }, deps);
  await issueRequest(officer(), { ...(await step(id)), feeReceiptNumber: `R-${id}` }, deps);
  const { code } = await t.prisma.issuedDocument.findUniqueOrThrow({ where: { id: documentId } });
  return { id, documentId, code };
}

describe("a revoked copy reads revoked everywhere", () => {
  it("in the list, its tab and its count, on its page (who, when, why), in the register and on /verify", async () => {
    const kept = await issuedCopy();
    const revoked = await issuedCopy();
    await revokeDocument(signer(), { ...(await step(revoked.id)), reason: "Sổ gốc đã được cải chính sau khi cấp" }, at("2026-11-26T14:00:00"));

    const list = await listRequests(officer(), { page: 1 }, deps);
    const row = (id: string) => list.items.find((r) => r.id === id)!;
    expect(row(revoked.id)).toMatchObject({ status: "ISSUED", displayStatus: "REVOKED", isOverdue: false });
    expect(row(kept.id)).toMatchObject({ status: "ISSUED", displayStatus: "ISSUED" });
    expect(list.counts).toMatchObject({ ISSUED: 1, REVOKED: 1 });
    expect(messages.copies.statuses.REVOKED).toBe("Đã thu hồi");

    const revokedTab = await listRequests(officer(), { page: 1, status: "REVOKED" }, deps);
    expect(revokedTab.items.map((r) => r.id)).toEqual([revoked.id]);
    const waitingTab = await listRequests(officer(), { page: 1, status: "ISSUED" }, deps);
    expect(waitingTab.items.map((r) => r.id)).toEqual([kept.id]);

    const page = await getRequest(officer(), revoked.id, deps);
    expect(page).toMatchObject({
      status: "ISSUED",
      displayStatus: "REVOKED",
      revocation: { at: vn("2026-11-26T14:00:00"), by: "Lê Văn Hùng", reason: "Sổ gốc đã được cải chính sau khi cấp" },
      actions: [],
    });
    expect((await getRequest(officer(), kept.id, deps)).displayStatus).toBe("ISSUED");

    const register = await listRegister(officer(), { page: 1, from: "01/11/2026", to: "30/11/2026" }, deps);
    expect(register.items.find((d) => d.id === revoked.documentId)?.revokedAt).toEqual(vn("2026-11-26T14:00:00"));
    expect(await verifyDocument(revoked.code, deps)).toMatchObject({ valid: false, status: "revoked" });
  });
});
