// Runs once when a server instance boots. The environment is validated there, so a production
// server without its secrets stops at start with a message naming them, not at the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { validateEnvironmentAtBoot } = await import("@/lib/server/boot");
    validateEnvironmentAtBoot();
    // The background probe of the national systems (connection monitoring); MONITORING_PROBE=0 stops it.
    const { env } = await import("@/lib/server/env");
    if (env().monitoringProbe) (await import("@/lib/admin/monitoring/scheduler")).startProbeScheduler();
    // Signed checkpoints of the access log (issue 13); AUDIT_CHECKPOINTS=0 stops them here.
    if (env().audit.checkpoints) (await import("@/lib/audit/checkpoint-scheduler")).startCheckpointScheduler();
    // Registration of issued copies with the national civil-registry system (the outbox worker).
    if (env().registrationWorker) (await import("@/lib/national-registration/scheduler")).startRegistrationWorker();
    // Callbacks to API clients on status changes of their copy requests; API_CALLBACKS=0 stops them here.
    if (env().apiCallbacks) (await import("@/lib/api-callbacks/scheduler")).startCallbackScheduler();
    // The daily rollup of report figures (closed days), by lease in one instance; REPORT_ROLLUP=0 stops it here.
    if (env().reportRollup) (await import("@/lib/reports/rollup-job")).startRollupJob();
    // Background exports: expired files deleted, dead jobs marked failed, orphaned ones run (by lease).
    (await import("@/lib/exports/worker")).startExportJobWorker();
    // The month partitions of access_log and lookups, kept three months ahead by lease (always on: a
    // month without its partition would refuse every lookup).
    const { db } = await import("@/lib/db/app-db");
    (await import("@/lib/db/partitions")).startPartitionJob(db);
    // Graceful shutdown: on SIGTERM/SIGINT readiness turns 503, the jobs stop, their leases are released.
    (await import("@/lib/health/shutdown")).installShutdownHandlers();
  }
}

/**
 * Every error a page, route handler or server action throws passes here (Next.js' onRequestError):
 * one that shows the database unreachable switches the instance to answering 503 (proxy.ts) until
 * the database answers again, instead of rendering a 500 per request.
 */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteDatabaseError } = await import("@/lib/db/availability");
  noteDatabaseError(error);
}
