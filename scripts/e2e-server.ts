// The server the Playwright suite runs against: a production build (`next start`) on its own port,
// over a fresh in-memory embedded database (or E2E_DATABASE_URL, which must be on this machine),
// migrated and seeded with the demo data. Stops everything on SIGTERM/SIGINT.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { killProcessTree } from "@/lib/dev/process-tree";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/pglite-server";
import { prepareDevelopmentDatabase } from "@/lib/db/prepare";
import { E2E } from "../tests/e2e/config";

const log = (line: string) => console.log(`[e2e-server] ${line}`);
let database: EmbeddedDatabase | undefined;
let next: ChildProcess | undefined;

async function stop(code: number): Promise<never> {
  if (next?.pid) killProcessTree(next.pid);
  await database?.stop();
  process.exit(code);
}

async function main() {
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
  next = spawn(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(E2E.port), "--hostname", "127.0.0.1"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, AUTH_SECRET: E2E.authSecret, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" },
  });
  next.on("exit", (code) => void stop(code ?? 0));
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
main().catch(async (error: unknown) => {
  console.error(`[e2e-server] ${(error as Error).stack ?? error}`);
  await stop(1);
});
