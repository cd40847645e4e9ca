import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { writeFileSync, mkdirSync } from "node:fs";
import ExcelJS from "exceljs";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { writeAccessLog } from "@/lib/audit/write-access-log";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { compileUnitReport } from "@/lib/reports/compile";
import { openReport } from "@/lib/reports/open-report";
import { getReport, getReportVersion } from "@/lib/reports/get-report";
import { saveReport, submitReport, reviewReport } from "@/lib/reports/transitions";
import { listUnitCalendar } from "@/lib/reports/list-reports";
import { getDashboard, getDashboardLive } from "@/lib/reports/dashboard";
import { getUnitDrillDown } from "@/lib/reports/unit-drill-down";
import { createAdHocRequest } from "@/lib/reports/ad-hoc";
import { exportSummary, exportUnitReport } from "@/lib/reports/export/export-report";
import { rollUpClosedDays } from "@/lib/reports/daily-stats";

let t: TestDatabase;
const actors: Record<string, Actor> = {};
/** A Vietnam local time. */
const vn = (local: string) => new Date(`${local}+07:00`);
const at = (local: string) => ({ db: t.prisma, now: vn(local) });
let pleiku: { id: string; code: string };
let quynhon: { id: string };
const OCT = { from: "2026-10-01", to: "2026-10-31" };

async function lookup(unitId: string, createdAt: string, source: "PORTAL" | "API", outcome: "FOUND" | "NOT_FOUND" | "REFUSED" | "UPSTREAM_FAILURE", extra: { dossierId?: string; papers?: string[] } = {}) {
  return t.prisma.lookup.create({
    data: { unitId, source, purposeKind: extra.dossierId ? "DOSSIER" : "OTHER", dossierId: extra.dossierId ?? null, replacesPapers: extra.papers ?? [], queryKind: "personalId", eventTypes: ["BIRTH"], outcome, resultCount: outcome === "FOUND" ? 1 : 0, resultIds: [], createdAt: vn(createdAt) },
  });
}

let receipt = 0;
async function request(unitId: string, kind: "COPY" | "CONFIRMATION", receivedAt: string, o: { issuedAt?: string; dueAt?: string; refusedAt?: string; elsewhere?: boolean; fee?: number } = {}) {
  const officer = actors["pleiku.canbo"]!;
  receipt += 1;
  return t.prisma.civilRequest.create({
    data: {
      unitId, kind, channel: "COUNTER", status: o.refusedAt ? "REFUSED" : o.issuedAt ? "ISSUED" : "RECEIVED", receiptNumber: `T-${receipt}`, requesterName: "A", requesterIdNumber: "064198004512",
      relation: "SELF", records: [], subjectName: "A", registeredElsewhere: o.elsewhere ?? false, copies: 1, feePerCopy: o.fee ?? 8000, feeTotal: o.fee ?? 8000,
      receivedAt: vn(receivedAt), receivedById: officer.userId, dueAt: vn(o.dueAt ?? receivedAt.slice(0, 10) + "T17:00:00"),
      issuedAt: o.issuedAt ? vn(o.issuedAt) : null, refusedAt: o.refusedAt ? vn(o.refusedAt) : null,
    },
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  for (const username of ["pleiku.canbo", "pleiku.lanhdao", "quynhon.canbo", "quynhon.lanhdao", "stp.canbo"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
  pleiku = await t.prisma.unit.findUniqueOrThrow({ where: { code: "23575" }, select: { id: true, code: true } });
  quynhon = await t.prisma.unit.findUniqueOrThrow({ where: { code: "21583" }, select: { id: true } });
  // The demo accounts exist since before the period (the seed stamps them with today).
  await t.prisma.user.updateMany({ data: { createdAt: vn("2026-01-01T00:00:00") } });

  // ——— the fixture: Pleiku in October 2026, plus rows just outside the period and another unit ———
  await lookup(pleiku.id, "2026-10-01T00:00:00", "PORTAL", "FOUND"); // first instant of the period (local)
  await lookup(pleiku.id, "2026-10-15T10:00:00", "PORTAL", "NOT_FOUND");
  await lookup(pleiku.id, "2026-10-15T10:05:00", "PORTAL", "REFUSED");
  await lookup(pleiku.id, "2026-10-20T10:00:00", "API", "FOUND");
  await lookup(pleiku.id, "2026-10-31T23:59:59", "API", "UPSTREAM_FAILURE"); // last second of the period
  await lookup(pleiku.id, "2026-09-30T23:59:59", "PORTAL", "FOUND"); // outside
  await lookup(pleiku.id, "2026-11-01T00:00:00", "PORTAL", "FOUND"); // outside
  await lookup(quynhon.id, "2026-10-10T10:00:00", "PORTAL", "FOUND"); // another unit
  const procedure = await t.prisma.procedure.findUniqueOrThrow({ where: { code: "1.000894" } });
  const dossier = await t.prisma.dossier.create({ data: { unitId: pleiku.id, code: "HS-1", procedureId: procedure.id, createdAt: vn("2026-10-05T09:00:00") } });
  // Two lookups of one dossier cut birth-certificate twice and marital-status once: 2 distinct papers.
  await lookup(pleiku.id, "2026-10-05T09:00:00", "PORTAL", "FOUND", { dossierId: dossier.id, papers: ["birth-certificate", "marital-status-certificate"] });
  await lookup(pleiku.id, "2026-10-05T09:10:00", "PORTAL", "FOUND", { dossierId: dossier.id, papers: ["birth-certificate"] });
  const empty = await t.prisma.dossier.create({ data: { unitId: pleiku.id, code: "HS-2", procedureId: procedure.id, createdAt: vn("2026-10-06T09:00:00") } });
  await lookup(pleiku.id, "2026-10-06T09:00:00", "PORTAL", "NOT_FOUND", { dossierId: empty.id, papers: ["birth-certificate"] });
  // Copies: received 4 (2 elsewhere), issued 3 in October (2 on time, 1 late; 1 elsewhere), 1 refused; a confirmation.
  await request(pleiku.id, "COPY", "2026-10-02T08:00:00", { issuedAt: "2026-10-02T10:00:00", elsewhere: true });
  await request(pleiku.id, "COPY", "2026-10-03T08:00:00", { issuedAt: "2026-10-03T16:59:00" });
  await request(pleiku.id, "COPY", "2026-10-04T08:00:00", { issuedAt: "2026-10-05T09:00:00", elsewhere: true, fee: 0 });
  await request(pleiku.id, "COPY", "2026-10-06T08:00:00", { refusedAt: "2026-10-06T09:00:00" });
  await request(pleiku.id, "COPY", "2026-09-30T15:00:00", { issuedAt: "2026-10-01T08:00:00", dueAt: "2026-10-01T11:00:00" }); // received in Sept, issued (on time) in Oct
  await request(pleiku.id, "CONFIRMATION", "2026-10-07T08:00:00", { issuedAt: "2026-10-07T09:00:00", fee: 0 });
  // Agency requests handled by Pleiku: received 2 in Oct; answered 1 (late); 1 still open past its October deadline.
  const agency = await t.prisma.agency.findFirstOrThrow();
  const agencyUser = await t.prisma.user.findUniqueOrThrow({ where: { username: "congan.tinh" } });
  const base = { agencyId: agency.id, createdById: agencyUser.id, letterNumber: "1/CA", letterDate: new Date("2026-10-01"), signerName: "X", reason: "r", legalBasis: "Điều 64", recordKinds: ["BIRTH"], handlingUnitId: pleiku.id };
  await t.prisma.agencyRequest.create({ data: { ...base, code: "YC-T-1", status: "ANSWERED", receivedAt: vn("2026-10-02T09:00:00"), dueAt: vn("2026-10-10T17:00:00"), answeredAt: vn("2026-10-12T09:00:00") } });
  await t.prisma.agencyRequest.create({ data: { ...base, code: "YC-T-2", status: "ACCEPTED", receivedAt: vn("2026-10-20T09:00:00"), dueAt: vn("2026-10-30T17:00:00") } });
  await t.prisma.agencyRequest.create({ data: { ...base, code: "YC-T-3", status: "ANSWERED", receivedAt: vn("2026-09-20T09:00:00"), dueAt: vn("2026-11-30T17:00:00"), answeredAt: vn("2026-10-03T09:00:00") } });
  // Probes: civil registry 3 of 4 ok; population none.
  for (const [ok, ms] of [[true, 100], [true, 200], [true, 300], [false, 5000]] as const) {
    await t.prisma.systemProbe.create({ data: { system: "civil-registry", at: vn("2026-10-10T10:00:00"), ok, latencyMs: ms, breakerState: "closed", errorKind: ok ? null : "timeout" } });
  }
  // Access log: two rows for Pleiku in October (civil registry, population), one outside the period.
  const officer = actors["pleiku.canbo"]!;
  for (const [system, when] of [["CIVIL_REGISTRY", "2026-10-08T10:00:00"], ["POPULATION", "2026-10-08T10:01:00"], ["CIVIL_REGISTRY", "2026-11-02T10:00:00"]] as const) {
    await t.prisma.$transaction((tx) => writeAccessLog(tx, { userId: officer.userId, actorLabel: officer.username, unitId: pleiku.id, unitCode: pleiku.code, system, operation: "SEARCH", query: { by: "personalId" }, resultIds: [], outcome: "NOT_FOUND" }, vn(when)));
  }
}, 120_000);
afterAll(async () => t?.cleanup());

const EXPECTED = {
  lookupsPortalFound: 3, lookupsPortalNotFound: 2, lookupsPortalRefused: 1, lookupsPortalFailed: 0,
  lookupsApiFound: 1, lookupsApiNotFound: 0, lookupsApiRefused: 0, lookupsApiFailed: 1, lookupsTotal: 8,
  accessCivilRegistry: 1, accessPopulation: 1, dossiers: 2, papersCut: 2,
  copiesReceived: 4, copiesReceivedElsewhere: 2, copiesIssued: 4, copiesIssuedOnTime: 3, copiesIssuedElsewhere: 2, copiesRefused: 1,
  confirmationsReceived: 1, confirmationsIssued: 1, confirmationsIssuedOnTime: 1, feesCollected: 24_000,
  agencyReceived: 2, agencyAnswered: 2, agencyLate: 2, officers: 2, officersWithGrant: 1,
};

describe("report figures", () => {
  it("equal the hand-computed values of the fixture, for the unit and period only", async () => {
    const r = await compileUnitReport(t.prisma, pleiku.id, OCT, vn("2026-11-05T09:00:00"));
    expect(r.figures).toEqual(EXPECTED);
    expect(r.availability.find((a) => a.system === "civil-registry")).toMatchObject({ probes: 4, okProbes: 3, availabilityPct: 75, p95LatencyMs: 290 });
    expect(r.availability.find((a) => a.system === "population")).toMatchObject({ probes: 0, availabilityPct: null });
  });

  it("are the same whether computed live (today) or from the daily rollup", async () => {
    // Reading never rolls up: before the background job has run, every day is computed live.
    const live = await compileUnitReport(t.prisma, pleiku.id, OCT, vn("2026-12-01T09:00:00"));
    expect(live.figures).toEqual(EXPECTED);
    await getDashboard(actors["stp.canbo"]!, { group: "unit" }, at("2026-12-01T09:00:00"));
    expect(await t.prisma.reportDailyStat.count()).toBe(0);
    expect(await t.prisma.reportDailyProbe.count()).toBe(0);
    expect(await t.prisma.reportRollupState.count()).toBe(0);
    // The job (lib/reports/rollup-job.ts) rolls up every closed day of every unit; figures are identical.
    expect(await rollUpClosedDays(t.prisma, vn("2026-12-01T09:00:00"))).toBe("2026-11-30");
    expect(await t.prisma.reportDailyStat.count({ where: { unitId: pleiku.id } })).toBeGreaterThan(0);
    expect(await t.prisma.reportDailyStat.count({ where: { unitId: quynhon.id } })).toBeGreaterThan(0);
    const rolled = await compileUnitReport(t.prisma, pleiku.id, OCT, vn("2026-12-01T09:00:00"));
    expect(rolled.figures).toEqual(live.figures);
    // A second run finds nothing left to roll up.
    expect(await rollUpClosedDays(t.prisma, vn("2026-12-01T09:05:00"))).toBe("2026-11-30");
  });
});

describe("the report workflow", () => {
  let id: string;
  it("officer prepares, signer submits, figures freeze; later activity never changes them", async () => {
    ({ id } = await openReport(actors["pleiku.canbo"]!, { unitId: pleiku.id, kind: "MONTHLY", period: "2026-10" }, at("2026-11-03T08:00:00")));
    const again = await openReport(actors["pleiku.canbo"]!, { unitId: pleiku.id, kind: "MONTHLY", period: "2026-10" }, at("2026-11-03T08:01:00"));
    expect(again.id).toBe(id);
    await expect(submitReport(actors["pleiku.lanhdao"]!, { id, version: 0 }, at("2026-11-03T09:00:00"))).rejects.toMatchObject({ code: "CONFLICT" });
    await saveReport(actors["pleiku.canbo"]!, { id, version: 0, difficulties: "Mạng chập chờn", proposals: "Thêm tài khoản", prepared: true }, at("2026-11-03T08:30:00"));
    await expect(submitReport(actors["pleiku.canbo"]!, { id, version: 1 }, at("2026-11-03T09:00:00"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await submitReport(actors["pleiku.lanhdao"]!, { id, version: 1 }, at("2026-11-09T23:59:59"));
    // New activity in the period after submission (only possible in tests: backdated) and after it.
    await lookup(pleiku.id, "2026-10-20T11:00:00", "PORTAL", "FOUND");
    await request(pleiku.id, "COPY", "2026-11-06T08:00:00", { issuedAt: "2026-11-06T09:00:00" });
    const view = await getReport(actors["pleiku.lanhdao"]!, id, at("2026-11-20T09:00:00"));
    expect(view.shown.live).toBe(false);
    expect(view.shown.data.figures).toEqual(EXPECTED);
    expect(view.report.firstSubmittedAt!.getTime()).toBeLessThan(view.report.dueAt.getTime()); // 9th 23:59:59 is on time
    await expect(t.prisma.$executeRaw`UPDATE "report_versions" SET "figures" = '{}'::jsonb WHERE "reportId" = ${id}`).rejects.toThrow(/frozen/);
  });

  it("stays frozen even when a recompute would now differ", async () => {
    // Forget the rollup so that a fresh compile sees the backdated lookup: the live figure moves, the report does not.
    await t.prisma.$executeRaw`DELETE FROM "report_daily_stats"`;
    await t.prisma.$executeRaw`DELETE FROM "report_rollup_state"`;
    const live = await compileUnitReport(t.prisma, pleiku.id, OCT, vn("2026-11-20T09:00:00"));
    expect(live.figures.lookupsTotal).toBe(EXPECTED.lookupsTotal + 1);
    const view = await getReport(actors["stp.canbo"]!, id, at("2026-11-20T09:00:00"));
    expect(view.shown.data.figures.lookupsTotal).toBe(EXPECTED.lookupsTotal);
  });

  it("Sở Tư pháp returns it; the correction is version 2, both kept and viewable; then accepted", async () => {
    const stp = actors["stp.canbo"]!;
    await expect(reviewReport(actors["pleiku.lanhdao"]!, { id, version: 2, decision: "ACCEPT", comment: "" }, at("2026-11-10T09:00:00"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await reviewReport(stp, { id, version: 2, decision: "RETURN", comment: "Bổ sung khó khăn" }, at("2026-11-10T09:00:00"));
    let view = await getReport(actors["pleiku.canbo"]!, id, at("2026-11-10T10:00:00"));
    expect(view.report.status).toBe("RETURNED");
    expect(view.shown.live).toBe(true);
    await saveReport(actors["pleiku.canbo"]!, { id, version: 3, difficulties: "Mạng chập chờn; thiếu máy quét", proposals: "Thêm tài khoản", prepared: true }, at("2026-11-11T08:00:00"));
    const { number } = await submitReport(actors["pleiku.lanhdao"]!, { id, version: 4 }, at("2026-11-12T08:00:00"));
    expect(number).toBe(2);
    await reviewReport(stp, { id, version: 5, decision: "ACCEPT", comment: "" }, at("2026-11-12T10:00:00"));
    view = await getReport(stp, id, at("2026-11-13T10:00:00"));
    expect(view.report.status).toBe("ACCEPTED");
    expect(view.report.versions.map((v) => [v.number, v.outcome])).toEqual([[2, "ACCEPTED"], [1, "RETURNED"]]);
    expect(view.shown.data.figures.lookupsTotal).toBe(EXPECTED.lookupsTotal + 1);
    const v1 = await getReportVersion(stp, id, 1, at("2026-11-13T10:00:00"));
    expect(v1.data.figures).toEqual(EXPECTED);
    expect(v1.reviewComment).toBe("Bổ sung khó khăn");
    // First submission (9th 23:59:59) decides on-time, not the correction.
    expect(view.report.firstSubmittedAt!.getTime()).toBeLessThan(view.report.dueAt.getTime());
  });

  it("a report submitted at 00:00 on the 10th (Asia/Ho_Chi_Minh) is late; the database keeps (unit, kind, period) unique", async () => {
    const { id: sep } = await openReport(actors["pleiku.canbo"]!, { unitId: pleiku.id, kind: "MONTHLY", period: "2026-09" }, at("2026-10-01T08:00:00"));
    await saveReport(actors["pleiku.canbo"]!, { id: sep, version: 0, difficulties: "", proposals: "", prepared: true }, at("2026-10-09T08:00:00"));
    await submitReport(actors["pleiku.lanhdao"]!, { id: sep, version: 1 }, at("2026-10-10T00:00:00"));
    const r = await t.prisma.report.findUniqueOrThrow({ where: { id: sep } });
    expect(r.dueAt.toISOString()).toBe("2026-10-09T17:00:00.000Z");
    expect(r.firstSubmittedAt!.getTime()).toBeGreaterThanOrEqual(r.dueAt.getTime());
    await expect(t.prisma.report.create({ data: { unitId: pleiku.id, kind: "MONTHLY", period: "2026-09", periodFrom: new Date("2026-09-01"), periodTo: new Date("2026-09-30"), dueAt: r.dueAt } })).rejects.toThrow();
    await expect(openReport(actors["pleiku.canbo"]!, { unitId: pleiku.id, kind: "MONTHLY", period: "2026-11" }, at("2026-11-30T08:00:00"))).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("jurisdiction", () => {
  it("a commune sees only its own reports: another's is NOT_FOUND", async () => {
    const report = await t.prisma.report.findFirstOrThrow({ where: { unitId: pleiku.id, period: "2026-10" } });
    for (const u of ["quynhon.canbo", "quynhon.lanhdao"]) {
      await expect(getReport(actors[u]!, report.id, at("2026-11-20T09:00:00"))).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getReportVersion(actors[u]!, report.id, 1, at("2026-11-20T09:00:00"))).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(exportUnitReport(actors[u]!, report.id, "pdf", at("2026-11-20T09:00:00"))).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await listUnitCalendar(actors[u]!, pleiku.id, at("2026-11-20T09:00:00"))).toEqual([]);
    }
    await expect(openReport(actors["quynhon.canbo"]!, { unitId: pleiku.id, kind: "MONTHLY", period: "2026-08" }, at("2026-11-20T09:00:00"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDashboard(actors["quynhon.canbo"]!, { group: "unit" }, at("2026-11-20T09:00:00"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getUnitDrillDown(actors["pleiku.lanhdao"]!, pleiku.id, at("2026-11-20T09:00:00"))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the unit calendar lists due periods, ad hoc requests addressed to it, and overdue ones", async () => {
    await createAdHocRequest(actors["stp.canbo"]!, { title: "Báo cáo đột xuất về số hóa", from: "2026-01-01", to: "2026-10-31", due: "2026-11-25", unitCodes: ["23575"] }, at("2026-11-15T09:00:00"));
    const cal = await listUnitCalendar(actors["pleiku.canbo"]!, pleiku.id, at("2026-11-20T09:00:00"));
    expect(cal.find((e) => e.label === "Báo cáo đột xuất về số hóa")?.kind).toBe("AD_HOC");
    expect(cal.find((e) => e.period === "2026-10")?.report?.status).toBe("ACCEPTED");
    expect(cal.find((e) => e.period === "2026-08")?.overdue).toBe(true);
    expect(cal.find((e) => e.kind === "YEARLY")).toBeUndefined(); // year Dec 2025–Nov 2026 has not ended on 20/11
    const qn = await listUnitCalendar(actors["quynhon.canbo"]!, quynhon.id, at("2026-11-20T09:00:00"));
    expect(qn.some((e) => e.label === "Báo cáo đột xuất về số hóa")).toBe(false);
    expect(qn.some((e) => e.kind === "AD_HOC")).toBe(true); // the demo seed's request goes to every commune
  });
});

describe("dashboard and exports", () => {
  it("shows all communes with the same figures as the reports, and the rates", async () => {
    const d = await getDashboard(actors["stp.canbo"]!, { month: "2026-10", group: "unit" }, at("2026-11-20T09:00:00"));
    expect(d.rows).toHaveLength(135);
    const p = d.rows.find((r) => r.id === pleiku.id)!;
    expect(p.figures.lookupsTotal).toBe(EXPECTED.lookupsTotal + 1);
    expect(p.figures.copiesIssued).toBe(EXPECTED.copiesIssued);
    expect(p.report?.status).toBe("ACCEPTED");
    // Due monthly periods on 20/11: Nov 2025 … Oct 2026 (12); Pleiku sent Oct (on time) and Sept (late).
    expect(p).toMatchObject({ expected: 12, submitted: 2, onTime: 1 });
    expect(d.overdue.length).toBe(134);
    expect(d.rows.find((r) => r.id === pleiku.id)!.district).not.toBe("—");
    const drill = await getUnitDrillDown(actors["stp.canbo"]!, pleiku.id, at("2026-11-20T09:00:00"));
    expect(drill.months.find((m) => m.key === "2026-10")!.figures.copiesIssued).toBe(EXPECTED.copiesIssued);
  });

  it("the live tiles' query reads the same availability and overdue communes as the page, under the same rule", async () => {
    const filter = { month: "2026-10", group: "unit" } as const;
    const d = await getDashboard(actors["stp.canbo"]!, filter, at("2026-11-20T09:00:00"));
    const live = await getDashboardLive(actors["stp.canbo"]!, filter, at("2026-11-20T09:00:00"));
    expect(live).toEqual(d.live);
    expect(live).toMatchObject({ monthKey: "2026-10", availability: d.availability, monthSubmitted: d.rates.monthSubmitted, overdue: d.overdue });
    expect(live.probeIntervalSeconds).toBeGreaterThan(0);
    // Before the month is due nobody is overdue.
    expect((await getDashboardLive(actors["stp.canbo"]!, { month: "2026-11", group: "unit" }, at("2026-11-20T09:00:00"))).overdue).toEqual([]);
    await expect(getDashboardLive(actors["quynhon.canbo"]!, filter, at("2026-11-20T09:00:00"))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("counts what Sở Tư pháp handles itself in the province's totals, not in a commune's row", async () => {
    const stpUnit = await t.prisma.unit.findUniqueOrThrow({ where: { code: "52-STP" } });
    const before = await getDashboard(actors["stp.canbo"]!, { month: "2026-10", group: "unit" }, at("2026-11-20T09:00:00"));
    const agency = await t.prisma.agency.findFirstOrThrow();
    const agencyUser = await t.prisma.user.findUniqueOrThrow({ where: { username: "congan.tinh" } });
    await t.prisma.agencyRequest.create({
      data: { agencyId: agency.id, createdById: agencyUser.id, letterNumber: "2/CA", letterDate: new Date("2026-10-01"), signerName: "X", reason: "r", legalBasis: "Điều 64", recordKinds: ["BIRTH"], handlingUnitId: stpUnit.id, code: "YC-T-STP", status: "ACCEPTED", receivedAt: vn("2026-10-15T09:00:00"), dueAt: vn("2026-11-25T17:00:00") },
    });
    const d = await getDashboard(actors["stp.canbo"]!, { month: "2026-10", group: "unit" }, at("2026-11-20T09:00:00"));
    const inRows = d.rows.reduce((sum, r) => sum + r.figures.agencyReceived, 0);
    expect(d.office.agencyReceived).toBe(before.office.agencyReceived + 1);
    expect(d.totals.agencyReceived).toBe(inRows + d.office.agencyReceived);
    expect(inRows).toBe(before.rows.reduce((sum, r) => sum + r.figures.agencyReceived, 0));
  });

  it("exports the unit report and the provincial summary as PDF and .xlsx", async () => {
    const report = await t.prisma.report.findFirstOrThrow({ where: { unitId: pleiku.id, period: "2026-10" } });
    const pdf = await exportUnitReport(actors["stp.canbo"]!, report.id, "pdf", at("2026-11-20T09:00:00"));
    expect(Buffer.from(pdf.body).subarray(0, 5).toString()).toBe("%PDF-");
    const summary = await exportSummary(actors["stp.canbo"]!, { month: "2026-10", group: "unit" }, "pdf", at("2026-11-20T09:00:00"));
    if (process.env.REPORTS_PDF_DIR) {
      mkdirSync(process.env.REPORTS_PDF_DIR, { recursive: true });
      writeFileSync(`${process.env.REPORTS_PDF_DIR}/unit.pdf`, pdf.body);
      writeFileSync(`${process.env.REPORTS_PDF_DIR}/summary.pdf`, summary.body);
    }
    const xlsx = await exportSummary(actors["stp.canbo"]!, { month: "2026-10", group: "unit" }, "xlsx", at("2026-11-20T09:00:00"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.body) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(4 + 135 + 1);
    const unitXlsx = await exportUnitReport(actors["pleiku.canbo"]!, report.id, "xlsx", at("2026-11-20T09:00:00"));
    expect(unitXlsx.filename).toMatch(/\.xlsx$/);
  });

  it("leaves the access-log chain intact", async () => {
    expect((await verifyAccessLogChain(t.prisma)).ok).toBe(true);
  });
});
