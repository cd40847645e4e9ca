import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { loadActor } from "@/lib/auth/load-actor";
import type { Db } from "@/lib/db/client";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/server/log";
import { EXPORT_SPECS } from "@/lib/exports/kinds";
import { writeXlsx } from "@/lib/exports/write-xlsx";
import { EXPORT_KIND_LABELS, type ExportJobStatus, type ExportJobView, type ExportKind, type ExportRequestResult } from "@/lib/exports/types";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Rows read per keyset batch: the progress is written after each. */
export const EXPORT_BATCH_ROWS = 1_000;
/** A RUNNING job without a heartbeat for this long lost its process: it is marked failed. */
export const STALE_AFTER_MS = 2 * 60_000;
/** A QUEUED job nobody started within this long (its process died first) is run by the worker. */
export const ORPHAN_AFTER_MS = 30_000;

export const EXPORT_MESSAGES = {
  interrupted: "Tệp xuất bị gián đoạn do máy chủ dừng giữa chừng. Vui lòng tạo lại tệp xuất.",
  failed: "Không tạo được tệp xuất do lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, hãy báo bộ phận CNTT.",
  ownerGone: "Tài khoản không còn quyền xem danh sách này, tệp xuất đã dừng.",
  tooManyRunning: "Bạn đang có 3 tệp xuất đang tạo. Vui lòng chờ một tệp xong rồi tạo tiếp.",
} as const;

const VIEW = { id: true, kind: true, status: true, rowsDone: true, rowsTotal: true, fileName: true, fileSize: true, error: true, createdAt: true, expiresAt: true } as const;
type ViewRow = { id: string; kind: string; status: string; rowsDone: number; rowsTotal: number; fileName: string; fileSize: number | null; error: string | null; createdAt: Date; expiresAt: Date };

export function toView(j: ViewRow): ExportJobView {
  const kind = j.kind as ExportKind;
  return {
    id: j.id, kind, kindLabel: EXPORT_KIND_LABELS[kind] ?? j.kind, status: j.status as ExportJobStatus, rowsDone: j.rowsDone, rowsTotal: j.rowsTotal,
    fileName: j.fileName, fileSize: j.fileSize, error: j.error, createdAt: j.createdAt.toISOString(), expiresAt: j.expiresAt.toISOString(),
    downloadUrl: j.status === "DONE" ? `/api/exports/${j.id}/file` : null,
  };
}

/** The query string of a direct (small) export: the kind and its filter. */
function directUrl(kind: ExportKind, filter: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) q.set(k, v);
  return `/api/exports/direct/${kind}?${q.toString()}`;
}

/**
 * Asks for an export of exactly the rows of a list's filter. Up to the threshold
 * (EXPORT_JOB_THRESHOLD_ROWS) the answer is a URL that builds and downloads the file at once;
 * above it, a background job owned by the actor, started in this process.
 */
export async function requestExport(actor: Actor, kind: ExportKind, rawFilter: Record<string, unknown>, deps?: Deps & { threshold?: number; start?: boolean }): Promise<ExportRequestResult> {
  const { db, now } = resolveDeps(deps);
  const spec = EXPORT_SPECS[kind];
  if (!roleCan(actor.role, spec.permission)) throw new AppError("NOT_FOUND");
  const filter = spec.parseFilter(rawFilter);
  const total = await spec.count(db, actor, filter, now);
  if (total <= (deps?.threshold ?? env().exports.jobThresholdRows)) return { mode: "direct", url: directUrl(kind, filter), rows: total };
  const running = await db.exportJob.count({ where: { userId: actor.userId, status: { in: ["QUEUED", "RUNNING"] } } });
  if (running >= 3) return { mode: "error", error: EXPORT_MESSAGES.tooManyRunning };
  const job = await db.exportJob.create({
    data: {
      userId: actor.userId, kind, filter, status: "QUEUED", rowsTotal: total, fileName: spec.fileName(filter, now), contentType: XLSX_TYPE,
      createdAt: now, expiresAt: new Date(now.getTime() + env().exports.ttlHours * 3_600_000),
    },
    select: VIEW,
  });
  if (deps?.start !== false) void runExportJob(db, job.id).catch((error) => logger().error({ err: error, jobId: job.id }, "export job failed"));
  return { mode: "job", job: toView(job) };
}

/**
 * Builds a small export at once (the direct download), after checking again that it is small:
 * a link kept from earlier never builds a huge file in a request.
 */
export async function buildDirectExport(actor: Actor, kind: ExportKind, rawFilter: Record<string, unknown>, deps?: Deps & { threshold?: number }): Promise<{ body: Buffer; fileName: string; contentType: string } | { tooLarge: number }> {
  const { db, now } = resolveDeps(deps);
  const spec = EXPORT_SPECS[kind];
  if (!roleCan(actor.role, spec.permission)) throw new AppError("NOT_FOUND");
  const filter = spec.parseFilter(rawFilter);
  const total = await spec.count(db, actor, filter, now);
  if (total > (deps?.threshold ?? env().exports.jobThresholdRows)) return { tooLarge: total };
  const { body } = await writeXlsx({ sheetName: spec.sheetName, columns: spec.columns, title: spec.title(actor, filter, now), rows: spec.rows(db, actor, filter, now, EXPORT_BATCH_ROWS), generatedAt: now });
  return { body, fileName: spec.fileName(filter, now), contentType: XLSX_TYPE };
}

const holderId = () => `${process.pid}:${Math.random().toString(36).slice(2, 10)}`;

/**
 * Runs a QUEUED job: claims it (one conditional UPDATE, so two processes never both run it), reads
 * its owner's jurisdiction as it is now, streams the rows in keyset batches into the file, writing
 * the progress and a heartbeat after each batch, then stores the file. Any failure marks the job
 * FAILED with a Vietnamese message: a job is never lost silently. Returns the final status, or null
 * when another process holds it.
 */
export async function runExportJob(db: Db, id: string, opts: { now?: () => Date; batchSize?: number; onProgress?: (rowsDone: number) => Promise<void> } = {}): Promise<ExportJobStatus | null> {
  const clock = opts.now ?? (() => new Date());
  const holder = holderId();
  const claimed = await db.exportJob.updateMany({ where: { id, status: "QUEUED" }, data: { status: "RUNNING", holder, heartbeatAt: clock() } });
  if (claimed.count !== 1) return null;
  const job = await db.exportJob.findUniqueOrThrow({ where: { id }, select: { userId: true, kind: true, filter: true, createdAt: true } });
  const fail = async (error: string) => {
    await db.exportJob.updateMany({ where: { id, holder }, data: { status: "FAILED", error, finishedAt: clock(), holder: null } });
    return "FAILED" as const;
  };
  try {
    const user = await db.user.findUnique({ where: { id: job.userId }, select: { sessionVersion: true } });
    const actor = user ? await loadActor(db, job.userId, user.sessionVersion) : null;
    const spec = EXPORT_SPECS[job.kind as ExportKind];
    if (!actor || !spec || !roleCan(actor.role, spec.permission)) return await fail(EXPORT_MESSAGES.ownerGone);
    const filter = spec.parseFilter((job.filter ?? {}) as Record<string, unknown>);
    const { body, rows } = await writeXlsx({
      sheetName: spec.sheetName, columns: spec.columns, title: spec.title(actor, filter, job.createdAt), generatedAt: job.createdAt,
      rows: spec.rows(db, actor, filter, job.createdAt, opts.batchSize ?? EXPORT_BATCH_ROWS),
      onBatch: async (rowsDone) => {
        const moved = await db.exportJob.updateMany({ where: { id, holder }, data: { rowsDone, heartbeatAt: clock() } });
        // Marked failed meanwhile (thought stale) or deleted: stop here.
        if (moved.count !== 1) throw new Error(`export job ${id} is no longer held by ${holder}`);
        await opts.onProgress?.(rowsDone);
      },
    });
    const done = await db.exportJob.updateMany({
      where: { id, holder },
      data: { status: "DONE", rowsDone: rows, rowsTotal: Math.max(rows, 0), file: new Uint8Array(body), fileSize: body.length, finishedAt: clock(), holder: null },
    });
    return done.count === 1 ? "DONE" : null;
  } catch (error) {
    logger().error({ err: error, jobId: id }, "export job failed");
    return await fail(EXPORT_MESSAGES.failed);
  }
}

/** The actor's own job (never another user's: the owner is in the query), without its file. */
export async function getExportJob(actor: Actor, id: string, deps?: Deps): Promise<ExportJobView | null> {
  const { db, now } = resolveDeps(deps);
  if (!/^[a-z0-9]{10,40}$/.test(id)) return null;
  const job = await db.exportJob.findFirst({ where: { id, userId: actor.userId, expiresAt: { gt: now } }, select: VIEW });
  return job ? toView(job) : null;
}

/** The actor's recent jobs ("Tệp xuất gần đây"), newest first, expired ones left out. */
export async function listExportJobs(actor: Actor, deps?: Deps): Promise<ExportJobView[]> {
  const { db, now } = resolveDeps(deps);
  const jobs = await db.exportJob.findMany({ where: { userId: actor.userId, expiresAt: { gt: now } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 10, select: VIEW });
  return jobs.map(toView);
}

/** A finished job's file, for its owner only (owner, status and expiry in the query). */
export async function getExportFile(actor: Actor, id: string, deps?: Deps): Promise<{ body: Uint8Array; fileName: string; contentType: string } | null> {
  const { db, now } = resolveDeps(deps);
  if (!/^[a-z0-9]{10,40}$/.test(id)) return null;
  const job = await db.exportJob.findFirst({ where: { id, userId: actor.userId, status: "DONE", expiresAt: { gt: now } }, select: { file: true, fileName: true, contentType: true } });
  return job?.file ? { body: new Uint8Array(job.file), fileName: job.fileName, contentType: job.contentType } : null;
}

/**
 * The worker's round (lib/exports/worker.ts, one instance by lease): deletes expired jobs and their
 * files; marks RUNNING jobs whose process stopped beating as FAILED (Vietnamese message); runs
 * QUEUED jobs that their process never started.
 */
export async function sweepExportJobs(db: Db, now: Date = new Date(), opts: { runOrphans?: boolean } = {}): Promise<{ deleted: number; failed: number; started: number }> {
  const deleted = (await db.exportJob.deleteMany({ where: { expiresAt: { lte: now } } })).count;
  const failed = (
    await db.exportJob.updateMany({
      where: { status: "RUNNING", OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) } }] },
      data: { status: "FAILED", error: EXPORT_MESSAGES.interrupted, finishedAt: now, holder: null },
    })
  ).count;
  let started = 0;
  if (opts.runOrphans !== false) {
    const orphans = await db.exportJob.findMany({ where: { status: "QUEUED", createdAt: { lt: new Date(now.getTime() - ORPHAN_AFTER_MS) } }, orderBy: { createdAt: "asc" }, take: 3, select: { id: true } });
    for (const o of orphans) if ((await runExportJob(db, o.id)) !== null) started++;
  }
  return { deleted, failed, started };
}
