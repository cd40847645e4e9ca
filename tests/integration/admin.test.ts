import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { actorsOf, unitForm } from "../helpers/actors";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { createMockPopulation } from "@/mock-national/population";
import { env } from "@/lib/server/env";
import { searchRecords } from "@/lib/lookups/search-records";
import { openRecord } from "@/lib/lookups/open-record";
import { authenticateApiClient } from "@/lib/api-clients/authenticate-api-client";
import { passwordProblem } from "@/lib/admin/password-rule";
import { createUser, updateUser } from "@/lib/admin/users/save-user";
import { changeAccount, resetPassword } from "@/lib/admin/users/account-actions";
import { changeOwnPassword } from "@/lib/admin/users/change-own-password";
import { listUsers } from "@/lib/admin/users/list-users";
import { decideGrant, listGrants, requestGrant } from "@/lib/admin/grants/grants";
import { createApiClient, revokeApiClient, rotateApiClientKey } from "@/lib/admin/api-clients/api-clients";
import { saveSetting } from "@/lib/admin/settings/save-setting";
import { settingPage } from "@/lib/admin/settings/fields";
import { saveProcedure } from "@/lib/admin/settings/procedures";
import { getSetting } from "@/lib/settings/settings";
import { claimProbeLease, runProbe } from "@/lib/admin/monitoring/probe";
import { probeStats } from "@/lib/admin/monitoring/probe-stats";
import type { TPurpose } from "@/lib/lookups/schemas";

let t: TestDatabase;
let deps: { db: TestDatabase["prisma"]; civilRegistry: ReturnType<typeof createMockCivilRegistry>; population: ReturnType<typeof createMockPopulation> };
let actors: Record<string, Actor> = {};
const auditText = (rows: { before: unknown; after: unknown }[]) => JSON.stringify(rows.map((r) => [r.before, r.after]));

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  const dataset = generateDataset({ people: 2_000 });
  deps = { db: t.prisma, civilRegistry: createMockCivilRegistry(dataset), population: createMockPopulation(dataset, { credentialSecret: env().population.credentialSecret }) };
  actors = await actorsOf(t.prisma, ["admin", "pleiku.canbo", "pleiku.lanhdao", "quynhon.lanhdao", "iao.canbo", "stp.canbo"]);
});
afterAll(async () => t?.cleanup());

describe("accounts", () => {
  it("creates with a temporary password that must be changed, and the change follows the rule", async () => {
    const { id, temporaryPassword } = await createUser(actors.admin!, { ...unitForm(actors["pleiku.canbo"]!.unit!.id), username: "pleiku.moi" }, deps);
    expect(passwordProblem(temporaryPassword, "pleiku.moi")).toBeNull();
    const fresh = (await loadActor(t.prisma, id, 0))!;
    expect(fresh.mustChangePassword).toBe(true);
    await expect(changeOwnPassword(fresh, { current: temporaryPassword, next: "short", confirm: "short" }, deps)).rejects.toMatchObject({ fieldErrors: { next: "Mật khẩu phải có ít nhất 10 ký tự." } });
    await expect(changeOwnPassword(fresh, { current: "wrong", next: "Suoi-Da-Xanh-47", confirm: "Suoi-Da-Xanh-47" }, deps)).rejects.toMatchObject({ fieldErrors: { current: "Mật khẩu hiện tại không đúng." } });
    await changeOwnPassword(fresh, { current: temporaryPassword, next: "Suoi-Da-Xanh-47", confirm: "Suoi-Da-Xanh-47" }, deps);
    const after = await t.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ mustChangePassword: false, sessionVersion: 1 });
    const audit = await t.prisma.adminAudit.findFirstOrThrow({ where: { action: "user.create", targetId: id } });
    expect(auditText([audit])).not.toContain(temporaryPassword);
    expect(auditText([audit])).not.toContain("passwordHash");
  });

  it("a duplicate username and a unit outside the jurisdiction are refused at the field", async () => {
    await expect(createUser(actors.admin!, { ...unitForm(actors["pleiku.canbo"]!.unit!.id), username: "pleiku.canbo" }, deps)).rejects.toMatchObject({ fieldErrors: { username: expect.any(String) } });
    await expect(createUser(actors.admin!, { ...unitForm("no-such-unit"), username: "x.moi" }, deps)).rejects.toMatchObject({ fieldErrors: { unitId: expect.any(String) } });
    await expect(createUser(actors.admin!, { ...unitForm(actors["pleiku.canbo"]!.unit!.id), username: "x.moi", reach: "province" }, deps)).rejects.toMatchObject({ fieldErrors: { reach: expect.any(String) } });
  });

  it("other roles get NOT_FOUND for every account use case", async () => {
    const signer = actors["pleiku.lanhdao"]!;
    await expect(listUsers(signer, { page: 1 }, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createUser(signer, { ...unitForm(signer.unit!.id), username: "hack.moi" }, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resetPassword(signer, actors["pleiku.canbo"]!.userId, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeAccount(signer, actors["pleiku.canbo"]!.userId, "deactivate", deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("edits role and unit with before and after in the audit log", async () => {
    const { id } = await createUser(actors.admin!, { ...unitForm(actors["pleiku.canbo"]!.unit!.id), username: "doi.vaitro" }, deps);
    await updateUser(actors.admin!, id, { ...unitForm(actors["iao.canbo"]!.unit!.id), username: "doi.vaitro", role: "COMMUNE_SIGNER" }, deps);
    const audit = await t.prisma.adminAudit.findFirstOrThrow({ where: { action: "user.update", targetId: id } });
    expect(audit.before).toMatchObject({ role: "COMMUNE_OFFICER" });
    expect(audit.after).toMatchObject({ role: "COMMUNE_SIGNER", unitId: actors["iao.canbo"]!.unit!.id });
  });

  it("reset password, unlock and 2FA reset change the account and end sessions", async () => {
    const target = await t.prisma.user.findUniqueOrThrow({ where: { username: "quynhon.lanhdao" } });
    await t.prisma.user.update({ where: { id: target.id }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    await changeAccount(actors.admin!, target.id, "unlock", deps);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).lockedUntil).toBeNull();
    const { temporaryPassword } = await resetPassword(actors.admin!, target.id, deps);
    expect(temporaryPassword).toHaveLength(12);
    await changeAccount(actors.admin!, target.id, "resetTwoFactor", deps);
    const after = await t.prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after).toMatchObject({ mustChangePassword: true, totpSecretEnc: null, sessionVersion: target.sessionVersion + 2 });
    expect(await loadActor(t.prisma, target.id, target.sessionVersion)).toBeNull();
  });
});

describe("population-database grants", () => {
  const purpose = (code: string): TPurpose => ({ kind: "DOSSIER", dossierCode: code, procedureCode: "1.000894", replacesPapers: ["birth-certificate"] });

  it("request → grant → lookup allowed → expiry → refused and logged; deactivation revokes", async () => {
    const signer = actors["pleiku.lanhdao"]!;
    const { id } = await createUser(actors.admin!, { ...unitForm(signer.unit!.id), username: "pleiku.quyen" }, deps);
    const officer = (await loadActor(t.prisma, id, 0))!;
    // Another commune's signer cannot ask for this officer.
    await expect(requestGrant(actors["quynhon.lanhdao"]!, { userId: id }, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const grantId = await requestGrant(signer, { userId: id, note: "Một cửa" }, deps);
    await expect(requestGrant(signer, { userId: id }, deps)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(decideGrant(actors.admin!, grantId, { outcome: "GRANTED", decisionNumber: "", decidedOn: "2026-11-01", validUntil: "2026-12-31" }, deps)).rejects.toMatchObject({ fieldErrors: { decisionNumber: expect.any(String) } });
    await decideGrant(actors.admin!, grantId, { outcome: "GRANTED", decisionNumber: "QĐ 99/CAT", decidedOn: "2026-11-01", validUntil: "2026-12-31" }, deps);

    const open = async (at: string, code: string) => {
      const d = { ...deps, now: new Date(at) };
      const r = await searchRecords({ kind: "user", actor: officer, ip: null }, { unitId: officer.unit!.id, purpose: purpose(code), query: { by: "personalId", personalId: "064301002846" } }, d);
      const opened = await openRecord(officer, r.lookupId, r.results[0]!.recordId, null, d);
      return { opened, lookupId: r.lookupId };
    };
    expect((await open("2026-12-31T10:00:00+07:00", "HS-G1")).opened.population[0]!.status).toBe("found");
    const expired = await open("2027-01-01T08:00:00+07:00", "HS-G2");
    expect(expired.opened.population).toEqual([{ status: "no_grant" }]);
    expect(await t.prisma.accessLog.findFirstOrThrow({ where: { lookupId: expired.lookupId, system: "POPULATION" } })).toMatchObject({ outcome: "REFUSED", errorKind: "no_grant" });
    expect((await listGrants(actors.admin!, {}, { ...deps, now: new Date("2027-01-02T00:00:00Z") })).find((g) => g.id === grantId)!.state).toBe("EXPIRED");

    // A new grant, then deactivation: revoked at once.
    const second = await requestGrant(signer, { userId: id }, { ...deps, now: new Date("2027-01-02T00:00:00Z") });
    await decideGrant(actors.admin!, second, { outcome: "GRANTED", decisionNumber: "QĐ 100/CAT", decidedOn: "2027-01-02", validUntil: "2027-12-31" }, deps);
    expect((await open("2027-01-05T09:00:00+07:00", "HS-G3")).opened.population[0]!.status).toBe("found");
    await changeAccount(actors.admin!, id, "deactivate", deps);
    expect(await t.prisma.populationGrant.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: "REVOKED" });
  });

  it("a refusal is recorded with its reason", async () => {
    const signer = actors["pleiku.lanhdao"]!;
    const { id } = await createUser(actors.admin!, { ...unitForm(signer.unit!.id), username: "pleiku.tuchoi" }, deps);
    const grantId = await requestGrant(signer, { userId: id }, deps);
    await expect(decideGrant(actors.admin!, grantId, { outcome: "REFUSED", note: "" }, deps)).rejects.toMatchObject({ fieldErrors: { note: expect.any(String) } });
    await decideGrant(actors.admin!, grantId, { outcome: "REFUSED", decisionNumber: "CV 12/CAT", decidedOn: "2026-11-20", note: "Không thuộc diện được cấp" }, deps);
    expect(await t.prisma.populationGrant.findUniqueOrThrow({ where: { id: grantId } })).toMatchObject({ status: "REFUSED" });
    await expect(decideGrant(actors["stp.canbo"]!, grantId, { outcome: "REFUSED", note: "xxx" }, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("API clients", () => {
  it("key shown once and stored hashed; rotation refuses the old key at once; revocation refuses the new", async () => {
    const province = await t.prisma.unit.findUniqueOrThrow({ where: { code: "52" } });
    const { id, key } = await createApiClient(actors.admin!, { name: "Hệ thống thử", scopeUnitId: province.id }, deps);
    expect(JSON.stringify(await t.prisma.apiClient.findUniqueOrThrow({ where: { id } }))).not.toContain(key);
    expect(await authenticateApiClient(`Bearer ${key}`, deps)).toMatchObject({ id });
    const { key: rotated } = await rotateApiClientKey(actors.admin!, id, deps);
    expect(await authenticateApiClient(`Bearer ${key}`, deps)).toBeNull();
    expect(await authenticateApiClient(`Bearer ${rotated}`, deps)).toMatchObject({ id });
    await revokeApiClient(actors.admin!, id, deps);
    expect(await authenticateApiClient(`Bearer ${rotated}`, deps)).toBeNull();
    const audit = await t.prisma.adminAudit.findMany({ where: { targetId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["apiClient.create", "apiClient.rotate", "apiClient.revoke"]);
    expect(auditText(audit)).not.toContain(rotated);
  });
});

describe("settings", () => {
  it("saves a new value with its version (who, before, after), applies at once, and refuses a stale form", async () => {
    const page = settingPage("agencyRequests")!;
    const v1 = await saveSetting(actors.admin!, page, { defaultWorkingDays: "7", dueSoonWorkingDays: "2", maxPeople: "300" }, 0, deps);
    expect(v1).toBe(1);
    expect(await getSetting(t.prisma, "agencyRequests")).toEqual({ defaultWorkingDays: 7, dueSoonWorkingDays: 2, maxPeople: 300 });
    await expect(saveSetting(actors.admin!, page, { defaultWorkingDays: "8", dueSoonWorkingDays: "2", maxPeople: "300" }, 0, deps)).rejects.toMatchObject({ code: "CONFLICT" });
    await saveSetting(actors.admin!, page, { defaultWorkingDays: "8", dueSoonWorkingDays: "2", maxPeople: "300" }, 1, deps);
    const versions = await t.prisma.settingVersion.findMany({ where: { key: "agencyRequests" }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, (v.before as { defaultWorkingDays: number }).defaultWorkingDays, (v.value as { defaultWorkingDays: number }).defaultWorkingDays, v.changedByUsername])).toEqual([[1, 5, 7, "admin"], [2, 7, 8, "admin"]]);
  });

  it("validates with the setting's schema and answers in Vietnamese at the field", async () => {
    await expect(saveSetting(actors.admin!, settingPage("agencyRequests")!, { defaultWorkingDays: "0", dueSoonWorkingDays: "abc", maxPeople: "300" }, 2, deps)).rejects.toMatchObject({
      fieldErrors: { defaultWorkingDays: "Giá trị phải từ 1 trở lên.", dueSoonWorkingDays: "Vui lòng nhập một số nguyên." },
    });
    await expect(saveSetting(actors.admin!, settingPage("serviceHours")!, { workdayStart: "7h30", workdayEnd: "17:00", cutoffHour: "15:00", holidays: "31/02/2027" }, 0, deps)).rejects.toMatchObject({
      fieldErrors: { workdayStart: expect.stringContaining("HH:mm"), holidays: expect.stringContaining("31/02/2027") },
    });
    await saveSetting(actors.admin!, settingPage("serviceHours")!, { workdayStart: "07:30", workdayEnd: "17:00", cutoffHour: "15:00", holidays: "01/01/2027\n17/02/2027" }, 0, deps);
    expect((await getSetting(t.prisma, "serviceHours")).holidays).toEqual(["2027-01-01", "2027-02-17"]);
    await expect(saveSetting(actors["stp.canbo"]!, settingPage("fees")!, {}, 0, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("edits a procedure's papers with before and after in the audit log", async () => {
    const p = await t.prisma.procedure.findFirstOrThrow({ where: { code: "1.000894" }, include: { papers: true } });
    await saveProcedure(actors.admin!, { id: p.id, code: p.code, name: p.name, sector: p.sector, active: true, papers: ["birth-certificate"] }, deps);
    expect(await t.prisma.procedurePaper.findMany({ where: { procedureId: p.id } })).toHaveLength(1);
    const audit = await t.prisma.adminAudit.findFirstOrThrow({ where: { action: "procedure.update", targetId: p.id } });
    expect((audit.before as { papers: string[] }).papers.length).toBe(p.papers.length);
    expect(audit.after).toMatchObject({ papers: ["birth-certificate"] });
  });
});

describe("connection monitoring", () => {
  it("one instance takes the probe lease per interval", async () => {
    const now = new Date("2026-11-28T01:00:00Z");
    expect(await claimProbeLease(t.prisma, now, 60, "a")).toBe(true);
    expect(await claimProbeLease(t.prisma, new Date(now.getTime() + 10_000), 60, "b")).toBe(false);
    expect(await claimProbeLease(t.prisma, new Date(now.getTime() + 61_000), 60, "b")).toBe(true);
  });

  it("probes both systems through the adapters and sums up availability and latency", async () => {
    const down = { ...deps.population, health: async () => ({ ok: false, latencyMs: 5000, breaker: "open" as const, mode: "http" as const, error: "timeout" as const }) };
    await runProbe(deps);
    await runProbe({ ...deps, population: down });
    const stats = await probeStats(t.prisma, new Date());
    const pop = stats.find((s) => s.system === "population")!;
    expect(pop.day).toMatchObject({ probes: 2, ok: 1, availability: 0.5, errors: { timeout: 1 } });
    expect(pop.latest).toMatchObject({ ok: false, breakerState: "open" });
    expect(stats.find((s) => s.system === "civil-registry")!.day.availability).toBe(1);
  });
});
