// `npm run dev`: everything a newcomer needs, from one command. Without DATABASE_URL this process
// owns the embedded PGlite database (the only process that opens its folder) and serves it on
// loopback; it migrates and seeds it. When the national systems are configured as HTTP on this
// machine's mock port (the development default), it also serves the mock systems, so the app
// talks to them over the wire as it will to the real ones. Then it runs Next.js. Ctrl-C stops all.
import "dotenv/config";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createCivilRegistryHttp } from "@/lib/adapters/civil-registry/http";
import { BASE_PATHS } from "@/lib/adapters/http/wire";
import type { MockGovServer } from "@/mock-national/server";
import { DEV_FAULTS, faultsFromEnv } from "@/mock-national/server/faults";
import { describeLocalMockGov, startLocalMockGov, wantsLocalMockGov } from "@/mock-national/server/local";
import { killProcessTree } from "@/lib/dev/process-tree";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/pglite-server";
import { prepareDevelopmentDatabase } from "@/lib/db/prepare";
import { EMBEDDED_DB_DEFAULT_PORT } from "@/lib/db/url";
import { parseEnv, type AppEnv } from "@/lib/server/env";

const log = (line: string) => console.log(`[dev] ${line}`);
const port = Number(process.env.PORT ?? 3000);
let database: EmbeddedDatabase | undefined;
let next: ChildProcess | undefined;
let mockGov: MockGovServer | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // Next.js runs the real server in a child process: stop the whole tree.
    if (next?.pid) killProcessTree(next.pid);
    await mockGov?.stop();
    await database?.stop();
  }
  process.exit(code);
}

async function main() {
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? EMBEDDED_DB_DEFAULT_PORT);
    database = await startEmbeddedDatabase({ dataDir: join(process.cwd(), ".data", "pglite"), port: dbPort });
    url = database.url;
    log(`embedded PostgreSQL (PGlite) on ${url.replace(/\/\/[^@]*@/, "//")} — data in .data/pglite`);
  }
  await prepareDevelopmentDatabase(url, log);
  const upstreamEnv = await startMockSystems(parseEnv(process.env));

  next = spawn(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "dev", "--port", String(port)], {
    stdio: "inherit",
    env: { ...process.env, ...upstreamEnv, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  next.on("exit", (code) => void stop(code ?? 0));
  log(`portal on http://localhost:${port} — demo accounts in README.md`);
}

/**
 * Serves the mock national systems when the configuration points the app at them, and returns the
 * resolved adapter settings for the Next.js child, so both processes agree on URL and keys. A mock
 * server already on the port (`npm run mock:gov` in another terminal) is used as it is.
 */
async function startMockSystems(config: AppEnv): Promise<Record<string, string>> {
  const upstreamEnv: Record<string, string> = { CIVIL_REGISTRY_MODE: config.civilRegistry.mode, POPULATION_MODE: config.population.mode };
  if (config.civilRegistry.mode === "http") Object.assign(upstreamEnv, { CIVIL_REGISTRY_URL: config.civilRegistry.url, CIVIL_REGISTRY_API_KEY: config.civilRegistry.apiKey });
  if (config.population.mode === "http") Object.assign(upstreamEnv, { POPULATION_URL: config.population.url, POPULATION_API_KEY: config.population.apiKey });
  const port = config.mock.govPort;
  if (!wantsLocalMockGov(config, port)) return upstreamEnv;
  const apiKeys = {
    civilRegistry: config.civilRegistry.mode === "http" ? config.civilRegistry.apiKey : "",
    population: config.population.mode === "http" ? config.population.apiKey : "",
  };
  try {
    mockGov = await startLocalMockGov({
      port,
      people: config.mock.people,
      seed: config.mock.seed,
      apiKeys,
      credentialSecret: config.population.credentialSecret,
      faults: faultsFromEnv(process.env, DEV_FAULTS),
      log,
    });
    for (const line of describeLocalMockGov(mockGov, apiKeys)) log(line);
  } catch (error) {
    if (!/already in use/.test((error as Error).message)) throw error;
    const probe = createCivilRegistryHttp({ baseUrl: `http://127.0.0.1:${port}${BASE_PATHS.civilRegistry}`, apiKey: apiKeys.civilRegistry, timeoutMs: 2_000, retries: 0 });
    if (!(await probe.health()).ok) throw new Error(`port ${port} is taken by something other than the mock national systems: set MOCK_GOV_PORT to a free port`);
    log(`mock national systems already running on port ${port} (npm run mock:gov?): using them`);
  }
  return upstreamEnv;
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
main().catch(async (error: unknown) => {
  console.error(`[dev] ${(error as Error).message}`);
  await stop(1);
});
