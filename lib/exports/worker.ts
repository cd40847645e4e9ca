import { db } from "@/lib/db/app-db";
import { startLeasedJob } from "@/lib/db/lease";
import { logger } from "@/lib/server/log";
import { sweepExportJobs } from "@/lib/exports/jobs";

/**
 * The export jobs' worker (started from instrumentation.ts, in one instance at a time by lease):
 * every 30 s it deletes expired jobs and their files, marks jobs whose process died as failed, and
 * runs queued jobs no process started. Jobs themselves start in the process that accepted them.
 */
export function startExportJobWorker(): void {
  startLeasedJob({
    name: "export-jobs",
    tickSeconds: 30,
    // An orphaned job is built inside the tick: the lease covers a long one.
    leaseSeconds: 900,
    db,
    run: async () => {
      const swept = await sweepExportJobs(db());
      if (swept.deleted || swept.failed || swept.started) logger().info(swept, "export jobs swept");
    },
    onError: (error) => logger().warn({ err: error }, "export jobs sweep failed"),
  });
}
