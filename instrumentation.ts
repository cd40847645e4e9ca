// Runs once when a server instance boots. The environment is validated there, so a production
// server without its secrets stops at start with a message naming them, not at the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { validateEnvironmentAtBoot } = await import("@/lib/boot");
    validateEnvironmentAtBoot();
    // The background probe of the national systems (connection monitoring); MONITORING_PROBE=0 stops it.
    const { env } = await import("@/lib/env");
    if (env().monitoringProbe) (await import("@/lib/admin/monitoring/scheduler")).startProbeScheduler();
  }
}
