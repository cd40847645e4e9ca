import { describe, it, expect, beforeAll, afterAll } from "vitest";
import ExcelJS from "exceljs";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { writeAccessLogs, type AccessLogEntry } from "@/lib/audit/write-access-log";
import { listAccessLog } from "@/lib/audit/list-access-log";
import { listLookups } from "@/lib/lookups/list-lookups";
import { buildDirectExport, EXPORT_MESSAGES, getExportFile, getExportJob, listExportJobs, requestExport, runExportJob, STALE_AFTER_MS, sweepExportJobs } from "@/lib/exports/jobs";
import { EXPORT_HEADING_ROW } from "@/lib/exports/write-xlsx";
import { dossierBatches, dossierCells, listDossiers } from "@/lib/lookups/list-dossiers";
import { formatDateTime } from "@/lib/text/format";
import { listRegister } from "@/lib/copies/list-register";
import { issueSampleDocument, loadSampleRecords } from "@/lib/bench/documents";
import { env } from "@/lib/server/env";

// Issue 18: long lists page by keyset (no duplicates or skips across pages, even among rows of
// one timestamp), and large exports run as background jobs only their owner can download.

let t: TestDatabase;
const actors: Record<string, Actor> = {};
const units: Record<string, string> = {};
const AT = new Date(Date.now() - 60_000);
AT.setMilliseconds(0);

const entry = (unitCode: string, i: number, outcome: AccessLogEntry["outcome"] = "NOT_FOUND"): AccessLogEntry => ({
  actorLabel: `officer-${unitCode}-${i}`, unitId: units[unitCode]!, unitCode, system: i % 2 ? "POPULATION" : "CIVIL_REGISTRY", operation: "SEARCH",
  query: { by: "personalId", personalId: "064198004512", i }, resultIds: [], outcome,
});

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  for (const username of ["pleiku.canbo", "pleiku.lanhdao", "quynhon.lanhdao", "stp.canbo", "quynhon.canbo"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, u.sessionVersion))!;
  }
  for (const code of ["23575", "21583"]) units[code] = (await t.prisma.unit.findUniqueOrThrow({ where: { code } })).id;
  // 90 rows of two units (different chains) at one and the same instant, and 25 a second earlier.
  await t.prisma.$transaction((tx) => writeAccessLogs(tx, Array.from({ length: 90 }, (_, i) => entry(i % 3 ? "23575" : "21583", i)), AT));
  await t.prisma.$transaction((tx) => writeAccessLogs(tx, Array.from({ length: 25 }, (_, i) => entry("23575", 100 + i, "FOUND")), new Date(AT.getTime() - 1_000)));
}, 120_000);
afterAll(async () => t?.cleanup());

const key = (r: { chain: number; seq: bigint }) => `${r.chain}/${r.seq}`;

describe("the access log pages by keyset on (at, chain, seq)", () => {
  it("walks every row once, in order, across pages of rows with equal timestamps, and back again", async () => {
    const stp = actors["stp.canbo"]!;
    const all = await t.prisma.accessLog.findMany({ where: { unitId: { in: [...stp.unitIds] } }, orderBy: [{ at: "desc" }, { chain: "desc" }, { seq: "desc" }] });
    expect(all.length).toBe(115);
    const pages: string[][] = [];
    let page = await listAccessLog(stp, {}, { db: t.prisma, pageSize: 7 });
    expect(page.prev).toBeNull();
    pages.push(page.rows.map(key));
    const cursors = [];
    while (page.next) {
      cursors.push(page.next);
      page = await listAccessLog(stp, { after: page.next }, { db: t.prisma, pageSize: 7 });
      pages.push(page.rows.map(key));
    }
    const walked = pages.flat();
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked).toEqual(all.map(key));
    // Back from the last page: each "Trang trước" gives exactly the page before.
    for (let i = pages.length - 1; i > 0; i--) {
      expect(page.prev).not.toBeNull();
      page = await listAccessLog(stp, { before: page.prev! }, { db: t.prisma, pageSize: 7 });
      expect(page.rows.map(key)).toEqual(pages[i - 1]);
    }
    expect(page.prev).toBeNull();
  });

  it("keeps the filter and the jurisdiction on every page; a forged cursor shows the first page", async () => {
    const signer = actors["pleiku.lanhdao"]!;
    const seen: { unitCode: string | null; outcome: string }[] = [];
    let page = await listAccessLog(signer, { outcome: "NOT_FOUND" }, { db: t.prisma, pageSize: 10 });
    seen.push(...page.rows);
    while (page.next) {
      page = await listAccessLog(signer, { outcome: "NOT_FOUND", after: page.next }, { db: t.prisma, pageSize: 10 });
      seen.push(...page.rows);
    }
    expect(seen.length).toBe(60);
    expect(seen.every((r) => r.unitCode === "23575" && r.outcome === "NOT_FOUND")).toBe(true);
    const first = await listAccessLog(signer, {}, { db: t.prisma, pageSize: 10 });
    expect((await listAccessLog(signer, { after: "bm90LWEtY3Vyc29y" }, { db: t.prisma, pageSize: 10 })).rows.map(key)).toEqual(first.rows.map(key));
    // A cursor taken from the province's list still shows only the signer's unit.
    const stpPage = await listAccessLog(actors["stp.canbo"]!, {}, { db: t.prisma, pageSize: 3 });
    expect((await listAccessLog(signer, { after: stpPage.next! }, { db: t.prisma })).rows.every((r) => r.unitCode === "23575")).toBe(true);
  });
});

describe("the lookup history pages by keyset on (createdAt, id)", () => {
  it("no duplicates nor skips among lookups of one instant; an officer sees only their own", async () => {
    const officer = actors["pleiku.canbo"]!;
    const at = new Date(AT.getTime() + 5_000);
    const base = { unitId: units["23575"]!, source: "PORTAL" as const, purposeKind: "OTHER" as const, replacesPapers: [], queryKind: "personalId", eventTypes: [], outcome: "NOT_FOUND" as const, resultCount: 0, resultIds: [], createdAt: at };
    await t.prisma.lookup.createMany({ data: Array.from({ length: 23 }, (_, i) => ({ ...base, userId: officer.userId, purposeRef: `own-${i}` })) });
    await t.prisma.lookup.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ ...base, userId: actors["pleiku.lanhdao"]!.userId, purposeRef: `other-${i}` })) });
    const ids: string[] = [];
    let page = await listLookups(officer, {}, { db: t.prisma, pageSize: 4 });
    ids.push(...page.items.map((l) => l.id));
    while (page.next) {
      page = await listLookups(officer, { after: page.next }, { db: t.prisma, pageSize: 4 });
      ids.push(...page.items.map((l) => l.id));
    }
    expect(ids.length).toBe(23);
    expect(new Set(ids).size).toBe(23);
    const signerTotal = (await listLookups(actors["pleiku.lanhdao"]!, {}, { db: t.prisma, pageSize: 100 })).items.length;
    expect(signerTotal).toBe(28);
    expect((await listLookups(actors["quynhon.lanhdao"]!, {}, { db: t.prisma, pageSize: 100 })).items).toHaveLength(0);
  });
});

describe("the dossiers and the copies register page by keyset", () => {
  it("dossiers of one instant: every one once, newest first; another unit sees none of them", async () => {
    const procedure = await t.prisma.procedure.findFirstOrThrow();
    const at = new Date(AT.getTime() + 7_000);
    await t.prisma.dossier.createMany({ data: Array.from({ length: 13 }, (_, i) => ({ unitId: units["23575"]!, procedureId: procedure.id, code: `KS-${i}`, createdAt: at })) });
    const codes: string[] = [];
    let page = await listDossiers(actors["pleiku.lanhdao"]!, { page: 1 }, { db: t.prisma, pageSize: 5 });
    codes.push(...page.items.map((d) => d.code));
    while (page.next) {
      page = await listDossiers(actors["pleiku.lanhdao"]!, { page: 1, after: page.next }, { db: t.prisma, pageSize: 5 });
      codes.push(...page.items.map((d) => d.code));
    }
    expect(codes.filter((c) => c.startsWith("KS-")).sort()).toEqual(Array.from({ length: 13 }, (_, i) => `KS-${i}`).sort());
    expect(new Set(codes).size).toBe(codes.length);
    expect((await listDossiers(actors["quynhon.lanhdao"]!, { page: 1 }, { db: t.prisma, pageSize: 100 })).items.filter((d) => d.code.startsWith("KS-"))).toEqual([]);
    // The exports (CSV route and spreadsheet) read the same dossiers in batches and write the same cells.
    const exported: (string | number)[][] = [];
    for await (const batch of dossierBatches(actors["pleiku.lanhdao"]!, {}, 4, { db: t.prisma })) exported.push(...batch.map(dossierCells));
    expect(exported.map((cells) => cells[0])).toEqual(codes);
    expect(exported.find((cells) => cells[0] === "KS-0")).toEqual(["KS-0", "23575", expect.any(String), procedure.code, procedure.name, formatDateTime(at), 0, 0, ""]);
  });

  it("the register in the order of issue, with its STT carried across pages", async () => {
    const records = await loadSampleRecords();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await issueSampleDocument(t.prisma, { unitId: units["23575"]!, records: records.birth, secret: env().documents.signingSecret })).id);
    const officer = actors["pleiku.canbo"]!;
    const seen: string[] = [];
    let page = await listRegister(officer, { page: 1 }, { db: t.prisma, pageSize: 3 });
    expect(page.offset).toBe(0);
    seen.push(...page.items.map((d) => d.id));
    let n = 1;
    while (page.next) {
      n += page.items.length;
      page = await listRegister(officer, { page: 1, after: page.next, n }, { db: t.prisma, pageSize: 3 });
      expect(page.offset).toBe(n - 1);
      seen.push(...page.items.map((d) => d.id));
    }
    expect(seen).toEqual(ids);
    expect((await listRegister(actors["quynhon.canbo"]!, { page: 1 }, { db: t.prisma, pageSize: 100 })).items).toEqual([]);
  });
});

async function readSheet(body: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > EXPORT_HEADING_ROW) rows.push((row.values as unknown[]).slice(1));
  });
  return { ws, rows };
}

describe("export jobs", () => {
  it("a small export downloads at once, scoped to the jurisdiction, with a proper file name", async () => {
    const signer = actors["pleiku.lanhdao"]!;
    const asked = await requestExport(signer, "ACCESS_LOG", { outcome: "FOUND", after: "ignored" }, { db: t.prisma, threshold: 1_000 });
    expect(asked).toMatchObject({ mode: "direct", rows: 25, url: "/api/exports/direct/ACCESS_LOG?outcome=FOUND" });
    const built = await buildDirectExport(signer, "ACCESS_LOG", { outcome: "FOUND" }, { db: t.prisma, threshold: 1_000 });
    if ("tooLarge" in built) throw new Error("too large");
    expect(built.fileName).toMatch(/^Nhật ký khai thác dữ liệu \d{4}-\d{2}-\d{2}\.xlsx$/);
    const { ws, rows } = await readSheet(built.body);
    expect(ws.getRow(EXPORT_HEADING_ROW).getCell(2).value).toBe("Thời điểm");
    expect(rows).toHaveLength(25);
    expect(rows.every((r) => r[3] === "23575")).toBe(true);
    // Over the threshold, the direct download refuses: a stale link never builds a huge file in a request.
    expect(await buildDirectExport(signer, "ACCESS_LOG", {}, { db: t.prisma, threshold: 10 })).toEqual({ tooLarge: 85 });
    // Roles without the list get nothing.
    await expect(requestExport(actors["pleiku.canbo"]!, "ACCESS_LOG", {}, { db: t.prisma })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a large export runs as a job: progress to completion, every filtered row once, owner-only download", async () => {
    const stp = actors["stp.canbo"]!;
    const asked = await requestExport(stp, "ACCESS_LOG", { system: "CIVIL_REGISTRY" }, { db: t.prisma, threshold: 10, start: false });
    if (asked.mode !== "job") throw new Error(`expected a job, got ${asked.mode}`);
    expect(asked.job).toMatchObject({ status: "QUEUED", rowsTotal: 58, rowsDone: 0, kind: "ACCESS_LOG", downloadUrl: null });
    const progress: number[] = [];
    const observed: number[] = [];
    const status = await runExportJob(t.prisma, asked.job.id, {
      batchSize: 20,
      onProgress: async (n) => {
        progress.push(n);
        observed.push((await getExportJob(stp, asked.job.id, { db: t.prisma }))!.rowsDone);
      },
    });
    expect(status).toBe("DONE");
    expect(progress).toEqual([20, 40, 58]);
    expect(observed).toEqual([20, 40, 58]);
    const job = (await getExportJob(stp, asked.job.id, { db: t.prisma }))!;
    expect(job).toMatchObject({ status: "DONE", rowsDone: 58, rowsTotal: 58, downloadUrl: `/api/exports/${asked.job.id}/file` });
    expect((await listExportJobs(stp, { db: t.prisma })).map((j) => j.id)).toContain(asked.job.id);
    // A second run of the same job does nothing (claimed once).
    expect(await runExportJob(t.prisma, asked.job.id)).toBeNull();

    const file = (await getExportFile(stp, asked.job.id, { db: t.prisma }))!;
    const { rows } = await readSheet(file.body);
    expect(rows).toHaveLength(58);
    expect(new Set(rows.map((r) => r[0])).size).toBe(58);
    expect(rows.every((r) => r[5] === "Hộ tịch điện tử")).toBe(true);

    // Nobody else sees or downloads it, not even a user of the same jurisdiction.
    for (const other of ["pleiku.lanhdao", "quynhon.lanhdao", "pleiku.canbo"]) {
      expect(await getExportFile(actors[other]!, asked.job.id, { db: t.prisma })).toBeNull();
      expect(await getExportJob(actors[other]!, asked.job.id, { db: t.prisma })).toBeNull();
      expect((await listExportJobs(actors[other]!, { db: t.prisma })).map((j) => j.id)).not.toContain(asked.job.id);
    }
  });

  it("expires: not downloadable after expiresAt, then deleted by the sweep", async () => {
    const stp = actors["stp.canbo"]!;
    const asked = await requestExport(stp, "LOOKUPS", {}, { db: t.prisma, threshold: 1, start: false });
    if (asked.mode !== "job") throw new Error("expected a job");
    expect(await runExportJob(t.prisma, asked.job.id)).toBe("DONE");
    expect(await getExportFile(stp, asked.job.id, { db: t.prisma })).not.toBeNull();
    const later = new Date(new Date(asked.job.expiresAt).getTime() + 1_000);
    expect(new Date(asked.job.expiresAt).getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect(await getExportFile(stp, asked.job.id, { db: t.prisma, now: later })).toBeNull();
    const swept = await sweepExportJobs(t.prisma, later, { runOrphans: false });
    expect(swept.deleted).toBeGreaterThanOrEqual(1);
    expect(await t.prisma.exportJob.findUnique({ where: { id: asked.job.id } })).toBeNull();
  });

  it("a job whose process died is marked failed with a Vietnamese message; one never started is run by the worker", async () => {
    const stp = actors["stp.canbo"]!;
    const now = new Date();
    const stale = await t.prisma.exportJob.create({
      data: { userId: stp.userId, kind: "ACCESS_LOG", filter: {}, status: "RUNNING", holder: "dead:1", heartbeatAt: new Date(now.getTime() - STALE_AFTER_MS - 1_000), rowsTotal: 115, rowsDone: 40, fileName: "x.xlsx", contentType: "application/octet-stream", expiresAt: new Date(now.getTime() + 3_600_000) },
    });
    const orphan = await t.prisma.exportJob.create({
      data: { userId: stp.userId, kind: "ACCESS_LOG", filter: { outcome: "FOUND" }, status: "QUEUED", rowsTotal: 25, fileName: "y.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", createdAt: new Date(now.getTime() - 60_000), expiresAt: new Date(now.getTime() + 3_600_000) },
    });
    const swept = await sweepExportJobs(t.prisma, now);
    expect(swept).toMatchObject({ failed: 1, started: 1 });
    expect(await getExportJob(stp, stale.id, { db: t.prisma })).toMatchObject({ status: "FAILED", error: EXPORT_MESSAGES.interrupted });
    expect(await getExportJob(stp, orphan.id, { db: t.prisma })).toMatchObject({ status: "DONE", rowsDone: 25 });
  });
});
