import { embeddedDatabaseUrl } from "../../lib/db/url";

/** Ports and secrets of the end-to-end environment, shared by the server script and the specs. */
// E2E_PORT / E2E_DB_PORT / E2E_MOCK_PORT move them, so that two checkouts can run the suite at once.
export const E2E = {
  port: Number(process.env.E2E_PORT ?? 3100),
  dbPort: Number(process.env.E2E_DB_PORT ?? 54339),
  mockPort: Number(process.env.E2E_MOCK_PORT ?? 4110),
  authSecret: "e2e-only-secret-not-for-any-real-deployment-0123",
  /**
   * "start" (a production build, the default) or "dev" (`next dev`, E2E_NEXT=dev): the failure paths
   * run against both, because a development bundle boundary can break what a build does not.
   */
  next: process.env.E2E_NEXT === "dev" ? ("dev" as const) : ("start" as const),
  /**
   * E2E_CLUSTER=N: N `next start` instances behind nginx (port above; instances on port+1…port+N)
   * over a private PostgreSQL 15 on dbPort (lib/dev/cluster.ts); 0 (the default) is one instance
   * on the embedded database. Only with a production build.
   */
  cluster: process.env.E2E_NEXT === "dev" ? 0 : Number(process.env.E2E_CLUSTER ?? 0) || 0,
  /** The mock systems' fault endpoint key (X-Admin-Key), for specs that break a national system. */
  mockAdminKey: "e2e-mock-admin-key",
  /**
   * The app's national-system client settings: a short timeout (the mock's hang outlasts it) and a
   * short breaker cool-down, so specs that break a system see timeouts and recovery in seconds.
   */
  upstream: { timeoutMs: 2_000, retries: 1, breakerThreshold: 5, breakerCoolDownMs: 10_000 },
  /** The bearer token that opens /api/health's details to a monitoring system. */
  monitoringToken: "e2e-only-monitoring-token-0123456789abcdef",
  /** The suite's database, for helpers that read or set rows directly (as a superuser in cluster mode). */
  get databaseUrl(): string {
    if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
    return this.cluster ? `postgresql://postgres@127.0.0.1:${this.dbPort}/hotich` : embeddedDatabaseUrl(this.dbPort);
  },
};
