// The server the Playwright suite runs against: a production build (`next start`), or `next dev` with
// E2E_NEXT=dev, on its own port, over a fresh in-memory embedded database (or E2E_DATABASE_URL, which must be on this machine),
// migrated and seeded with the demo data, and the mock national systems on their own fixed port,
// which the app calls over HTTP as in production. With E2E_CLUSTER=N, N production instances behind
// nginx over a private PostgreSQL 15 instead (lib/dev/cluster.ts, as `npm run cluster`), with the
// same secrets, limits and mock systems. Stops everything on SIGTERM/SIGINT.
import { spawn, type ChildProcess } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateAuditKeyPair } from "@/lib/audit/keys";
import { BASE_PATHS } from "@/lib/adapters/http/wire";
import type { MockGovServer } from "@/mock-national/server";
import { faultsFromEnv, NO_FAULTS } from "@/mock-national/server/faults";
import { startLocalMockGov } from "@/mock-national/server/local";
import { assertLocalDatabaseUrl, LocalCluster } from "@/lib/dev/cluster";
import { killProcessTree } from "@/lib/dev/process-tree";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/pglite-server";
import { prepareDevelopmentDatabase } from "@/lib/db/prepare";
import { E2E } from "../tests/e2e/config";

const log = (line: string) => console.log(`[e2e-server] ${line}`);
let database: EmbeddedDatabase | undefined;
let next: ChildProcess | undefined;
let mockGov: MockGovServer | undefined;
let cluster: LocalCluster | undefined;

/** The e2e mock national systems: a fixed port apart from development's 4010, keys of their own. */
const MOCK_GOV = {
  port: E2E.mockPort,
  apiKeys: { civilRegistry: "e2e-civil-registry-key", population: "e2e-population-key" },
  credentialSecret: "e2e-only-population-credential-secret-0123456789",
};

/** Production requires both (lib/server/env.ts); QR codes of documents issued in the suite point here. */
const DOCUMENT_SIGNING_SECRET = "e2e-only-document-signing-secret-0123456789";
const SIGNING_P12_PASSPHRASE = "e2e-only-demo-p12-passphrase";

/** The app's settings that every mode shares: national-system client and the sign-in limit. */
function commonAppEnv(): Record<string, string> {
  return {
    UPSTREAM_TIMEOUT_MS: String(E2E.upstream.timeoutMs),
    UPSTREAM_RETRIES: String(E2E.upstream.retries),
    UPSTREAM_BREAKER_THRESHOLD: String(E2E.upstream.breakerThreshold),
    UPSTREAM_BREAKER_COOLDOWN_MS: String(E2E.upstream.breakerCoolDownMs),
    LOG_LEVEL: "warn",
    MONITORING_PROBE: process.env.MONITORING_PROBE ?? "0",
    // Every spec signs in from 127.0.0.1, wrong passwords included: one address for the whole suite.
    SIGN_IN_LIMIT_PER_ADDRESS: process.env.SIGN_IN_LIMIT_PER_ADDRESS ?? "1000",
    // Exports of more than 20 rows run as background jobs, so tests/e2e/exports.spec.ts sees one with the suite's data.
    EXPORT_JOB_THRESHOLD_ROWS: process.env.EXPORT_JOB_THRESHOLD_ROWS ?? "20",
  };
}

let stopping = false;
async function stop(code: number): Promise<never> {
  if (stopping) return new Promise<never>(() => {});
  stopping = true;
  await cluster?.stop();
  if (next?.pid) killProcessTree(next.pid);
  await mockGov?.stop();
  await database?.stop();
  process.exit(code);
}

/** E2E_CLUSTER=N: nginx on E2E.port, instances on E2E.port+1…, PostgreSQL on E2E.dbPort, the mock on E2E.mockPort. */
async function mainCluster() {
  const url = process.env.E2E_DATABASE_URL;
  cluster = new LocalCluster({
    instances: E2E.cluster,
    port: E2E.port,
    firstInstancePort: E2E.port + 1,
    mockPort: MOCK_GOV.port,
    dbPort: E2E.dbPort,
    databaseUrl: url,
    mock: { ...MOCK_GOV, people: Number(process.env.MOCK_PEOPLE ?? 2_000), faults: faultsFromEnv(process.env, NO_FAULTS), adminKey: E2E.mockAdminKey },
    secrets: { authSecret: E2E.authSecret, documentSigningSecret: DOCUMENT_SIGNING_SECRET, monitoringToken: E2E.monitoringToken, signingP12Passphrase: SIGNING_P12_PASSPHRASE },
    instanceEnv: commonAppEnv(),
    log,
    onFailure: () => void stop(1),
  });
  await cluster.start();
  for (const line of cluster.describe()) log(line);
}

async function main() {
  if (E2E.cluster) return mainCluster();
  // The seed encrypts the demo accounts' two-factor secrets with a key derived from AUTH_SECRET: it
  // must be the server's.
  process.env.AUTH_SECRET = E2E.authSecret;
  let url = process.env.E2E_DATABASE_URL;
  if (url) {
    // The suite creates and locks accounts: never point it at a shared or production database.
    assertLocalDatabaseUrl(url, "E2E");
  } else {
    database = await startEmbeddedDatabase({ port: E2E.dbPort });
    url = database.url;
  }
  // The production build makes no certificates: the demo ones are made here, as a province installs real ones.
  const signingEnv = { SIGNING_CERT_DIR: join(tmpdir(), `e2e-signing-${process.pid}`), SIGNING_P12_PASSPHRASE };
  await prepareDevelopmentDatabase(url, log, { demoSigning: { dir: signingEnv.SIGNING_CERT_DIR, passphrase: signingEnv.SIGNING_P12_PASSPHRASE } });
  // No latency unless asked (MOCK_GOV_* variables): specs should wait on the page, not on a timer.
  mockGov = await startLocalMockGov({
    port: MOCK_GOV.port,
    people: Number(process.env.MOCK_PEOPLE ?? 2_000),
    apiKeys: MOCK_GOV.apiKeys,
    credentialSecret: MOCK_GOV.credentialSecret,
    faults: faultsFromEnv(process.env, NO_FAULTS),
    adminKey: E2E.mockAdminKey,
    log,
  });
  const upstreamEnv = {
    CIVIL_REGISTRY_MODE: "http",
    CIVIL_REGISTRY_URL: `${mockGov.url}${BASE_PATHS.civilRegistry}`,
    CIVIL_REGISTRY_API_KEY: MOCK_GOV.apiKeys.civilRegistry,
    POPULATION_MODE: "http",
    POPULATION_URL: `${mockGov.url}${BASE_PATHS.population}`,
    POPULATION_API_KEY: MOCK_GOV.apiKeys.population,
    POPULATION_CREDENTIAL_SECRET: MOCK_GOV.credentialSecret,
  };
  const documentsEnv = { DOCUMENT_SIGNING_SECRET, PUBLIC_BASE_URL: `http://127.0.0.1:${E2E.port}` };
  // `next dev` compiles each route on first request (in .next/dev, apart from the build's output),
  // from a cold Turbopack cache (NEXT_DEV_CACHE=0, see next.config.ts); `next start` serves the build
  // made before the suite.
  const nextEnv: Record<string, string> = E2E.next === "dev" ? { NODE_ENV: "development", NEXT_DEV_CACHE: "0" } : { NODE_ENV: "production" };
  log(`next ${E2E.next} on http://127.0.0.1:${E2E.port}`);
  // Production also requires the access log's checkpoint key; a fresh one per run, its export beside the run's data.
  const auditEnv = { AUDIT_SIGNING_KEY: generateAuditKeyPair().privateKey, AUDIT_CHECKPOINT_EXPORT: join(tmpdir(), `e2e-audit-checkpoints-${process.pid}.jsonl`) };
  // `next dev` listens on every interface, as `npm run dev` does (no --hostname: the dev server then
  // allows only the origins of next.config.ts), so that dev-origins.spec.ts can open it at the
  // machine's network address; the production build stays on 127.0.0.1.
  const hostname = E2E.next === "dev" ? [] : ["--hostname", "127.0.0.1"];
  next = spawn(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), E2E.next, "--port", String(E2E.port), ...hostname], {
    stdio: "inherit",
    env: { ...process.env, ...upstreamEnv, ...commonAppEnv(), ...documentsEnv, ...auditEnv, ...signingEnv, ...nextEnv, DATABASE_URL: url, AUTH_SECRET: E2E.authSecret, MONITORING_TOKEN: E2E.monitoringToken, NEXT_TELEMETRY_DISABLED: "1" },
  });
  next.on("exit", (code) => void stop(code ?? 0));
}

// Playwright may close our pipes while we stop: a failed log line must not end the script before
// it has stopped PostgreSQL (a daemon, which nothing else would stop).
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
// Last resort when the process ends without stop() (an uncaught error): no PostgreSQL or nginx left behind.
process.on("exit", () => cluster?.stopSync());
main().catch(async (error: unknown) => {
  console.error(`[e2e-server] ${(error as Error).stack ?? error}`);
  await stop(1);
});
