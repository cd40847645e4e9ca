// The server the Playwright suite runs against: a production build (`next start`) on its own port,
// over a fresh in-memory embedded database (or E2E_DATABASE_URL, which must be on this machine),
// migrated and seeded with the demo data, and the mock national systems on their own fixed port,
// which the app calls over HTTP as in production. Stops everything on SIGTERM/SIGINT.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { BASE_PATHS } from "@/lib/adapters/http/wire";
import type { MockGovServer } from "@/lib/adapters/mock-server";
import { faultsFromEnv, NO_FAULTS } from "@/lib/adapters/mock-server/faults";
import { startLocalMockGov } from "@/lib/adapters/mock-server/local";
import { killProcessTree } from "@/lib/dev/process-tree";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/pglite-server";
import { prepareDevelopmentDatabase } from "@/lib/db/prepare";
import { E2E } from "../tests/e2e/config";

const log = (line: string) => console.log(`[e2e-server] ${line}`);
let database: EmbeddedDatabase | undefined;
let next: ChildProcess | undefined;
let mockGov: MockGovServer | undefined;

/** The e2e mock national systems: a fixed port apart from development's 4010, keys of their own. */
const MOCK_GOV = {
  port: E2E.mockPort,
  apiKeys: { civilRegistry: "e2e-civil-registry-key", population: "e2e-population-key" },
  credentialSecret: "e2e-only-population-credential-secret-0123456789",
};

async function stop(code: number): Promise<never> {
  if (next?.pid) killProcessTree(next.pid);
  await mockGov?.stop();
  await database?.stop();
  process.exit(code);
}

async function main() {
  // The seed encrypts the demo accounts' two-factor secrets with a key derived from AUTH_SECRET: it
  // must be the server's.
  process.env.AUTH_SECRET = E2E.authSecret;
  let url = process.env.E2E_DATABASE_URL;
  if (url) {
    // The suite creates and locks accounts: never point it at a shared or production database.
    const host = new URL(url).hostname;
    if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) throw new Error(`E2E refuses a non-local database (${host})`);
  } else {
    database = await startEmbeddedDatabase({ port: E2E.dbPort });
    url = database.url;
  }
  await prepareDevelopmentDatabase(url, log);
  // No latency unless asked (MOCK_GOV_* variables): specs should wait on the page, not on a timer.
  mockGov = await startLocalMockGov({
    port: MOCK_GOV.port,
    people: Number(process.env.MOCK_PEOPLE ?? 2_000),
    apiKeys: MOCK_GOV.apiKeys,
    credentialSecret: MOCK_GOV.credentialSecret,
    faults: faultsFromEnv(process.env, NO_FAULTS),
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
  // Production requires both (lib/env.ts); QR codes of documents issued in the suite point here.
  const documentsEnv = { DOCUMENT_SIGNING_SECRET: "e2e-only-document-signing-secret-0123456789", PUBLIC_BASE_URL: `http://127.0.0.1:${E2E.port}` };
  next = spawn(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(E2E.port), "--hostname", "127.0.0.1"], {
    stdio: "inherit",
    env: { ...process.env, ...upstreamEnv, ...documentsEnv, NODE_ENV: "production", DATABASE_URL: url, AUTH_SECRET: E2E.authSecret, MONITORING_TOKEN: E2E.monitoringToken, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn", MONITORING_PROBE: process.env.MONITORING_PROBE ?? "0" },
  });
  next.on("exit", (code) => void stop(code ?? 0));
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
main().catch(async (error: unknown) => {
  console.error(`[e2e-server] ${(error as Error).stack ?? error}`);
  await stop(1);
});
