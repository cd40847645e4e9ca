import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { checkPurpose } from "@/lib/lookups/check-purpose";
import { AppError } from "@/lib/errors/app-error";
import type { TPurpose } from "@/lib/lookups/schemas";

// checkPurpose against a seeded database: the unit must exist, a dossier purpose must name an active
// procedure, papers of that procedure and (for an existing dossier) the same procedure, and an
// agency-request purpose an ACCEPTED request handled by that unit.

let t: TestDatabase;
let unitId: string;
let otherUnitId: string;
const marriage = (dossierCode: string, replacesPapers = ["birth-certificate"]): TPurpose => ({ kind: "DOSSIER", dossierCode, procedureCode: "1.000894", replacesPapers });

/** The AppError checkPurpose throws, or a failure when it resolves. */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  const [a, b] = await t.prisma.unit.findMany({ where: { level: "COMMUNE" }, orderBy: { code: "asc" }, take: 2, select: { id: true } });
  unitId = a!.id;
  otherUnitId = b!.id;
});
afterAll(async () => t?.cleanup());

describe("checkPurpose", () => {
  it("an unknown unit is NOT_FOUND, refused as out of jurisdiction", async () => {
    const e = await refusal(checkPurpose(t.prisma, "no-such-unit", marriage("HS-1")));
    expect(e.code).toBe("NOT_FOUND");
    expect(e.refusal).toBe("out_of_jurisdiction");
  });

  it("a new dossier of an active procedure with its own papers passes, with no dossier yet", async () => {
    const check = await checkPurpose(t.prisma, unitId, marriage("HS-NEW-1", ["birth-certificate", "death-certificate"]));
    const procedure = await t.prisma.procedure.findUniqueOrThrow({ where: { code: "1.000894" } });
    expect(check).toMatchObject({ unit: { id: unitId }, procedureId: procedure.id, dossierId: null });
  });

  it("an unknown or inactive procedure is a field error on procedureCode", async () => {
    const unknown = await refusal(checkPurpose(t.prisma, unitId, { ...marriage("HS-2"), procedureCode: "9.999999" } as TPurpose));
    expect(unknown.code).toBe("INVALID_INPUT");
    expect(unknown.refusal).toBe("procedure_unknown");
    expect(Object.keys(unknown.fieldErrors ?? {})).toEqual(["procedureCode"]);
  });

  it("a paper the procedure does not replace is a field error on replacesPapers", async () => {
    const e = await refusal(checkPurpose(t.prisma, unitId, marriage("HS-3", ["birth-certificate", "no-such-paper"])));
    expect(e.refusal).toBe("papers_not_in_procedure");
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(["replacesPapers"]);
  });

  it("an existing dossier is found for its procedure, refused for another, and is the unit's own", async () => {
    const [mine, other] = await t.prisma.procedure.findMany({ where: { active: true, papers: { some: {} } }, orderBy: { code: "asc" }, take: 2, include: { papers: true } });
    const dossier = await t.prisma.dossier.create({ data: { unitId, code: "HS-EXISTING", procedureId: mine!.id } });
    const same: TPurpose = { kind: "DOSSIER", dossierCode: "HS-EXISTING", procedureCode: mine!.code, replacesPapers: [mine!.papers[0]!.paperCode] };
    expect(await checkPurpose(t.prisma, unitId, same)).toMatchObject({ procedureId: mine!.id, dossierId: dossier.id });
    const e = await refusal(checkPurpose(t.prisma, unitId, { ...same, procedureCode: other!.code, replacesPapers: [other!.papers[0]!.paperCode] }));
    expect(e.refusal).toBe("dossier_other_procedure");
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(["dossierCode"]);
    // Another unit's dossier of the same code is not this one: for that unit it is a new dossier.
    expect(await checkPurpose(t.prisma, otherUnitId, { ...same, procedureCode: other!.code, replacesPapers: [other!.papers[0]!.paperCode] })).toMatchObject({ dossierId: null });
  });

  it("copy, confirmation and other purposes need only the unit", async () => {
    for (const purpose of [
      { kind: "COPY_REQUEST", reference: "BS-1", legalBasis: "Luật Hộ tịch" },
      { kind: "CONFIRMATION_REQUEST", reference: "XN-1", legalBasis: "Luật Hộ tịch" },
      { kind: "OTHER", description: "Xác minh", legalBasis: "Luật Hộ tịch" },
    ] as TPurpose[]) {
      expect(await checkPurpose(t.prisma, unitId, purpose)).toEqual({ unit: { id: unitId, code: expect.any(String) }, procedureId: null, dossierId: null });
    }
  });

  it("an agency request passes only when ACCEPTED and handled by the unit", async () => {
    const agency = await t.prisma.agency.findFirstOrThrow({ select: { id: true } });
    const user = await t.prisma.user.findFirstOrThrow({ select: { id: true } });
    const request = (code: string, status: "ACCEPTED" | "ANSWERED") => t.prisma.agencyRequest.create({
      data: { code, agencyId: agency.id, createdById: user.id, status, letterNumber: "12/CAT", letterDate: new Date("2026-01-05"), signerName: "Nguyễn Văn A", reason: "Xác minh", legalBasis: "Điều 10 Luật Hộ tịch", recordKinds: ["BIRTH"], dueAt: new Date("2026-02-05"), handlingUnitId: unitId },
    });
    await request("YC-T-000001", "ACCEPTED");
    await request("YC-T-000002", "ANSWERED");
    const purpose = (reference: string): TPurpose => ({ kind: "AGENCY_REQUEST", reference, legalBasis: "Điều 10 Luật Hộ tịch" });
    expect(await checkPurpose(t.prisma, unitId, purpose("YC-T-000001"))).toMatchObject({ unit: { id: unitId }, procedureId: null, dossierId: null });
    expect((await refusal(checkPurpose(t.prisma, otherUnitId, purpose("YC-T-000001")))).refusal).toBe("purpose");
    expect((await refusal(checkPurpose(t.prisma, unitId, purpose("YC-T-000002")))).refusal).toBe("purpose");
    const unknown = await refusal(checkPurpose(t.prisma, unitId, purpose("YC-0000-000000")));
    expect(unknown.refusal).toBe("purpose");
    expect(Object.keys(unknown.fieldErrors ?? {})).toEqual(["purposeKind"]);
  });
});
