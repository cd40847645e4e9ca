// `npm run dev`: everything a newcomer needs, from one command. Without DATABASE_URL this process
// owns the embedded PGlite database (the only process that opens its folder) and serves it on
// loopback; it migrates and seeds it, then runs Next.js. Ctrl-C stops everything.
import "dotenv/config";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { killProcessTree } from "@/lib/dev/process-tree";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/pglite-server";
import { prepareDevelopmentDatabase } from "@/lib/db/prepare";
import { EMBEDDED_DB_DEFAULT_PORT } from "@/lib/db/url";

const log = (line: string) => console.log(`[dev] ${line}`);
const port = Number(process.env.PORT ?? 3000);
let database: EmbeddedDatabase | undefined;
let next: ChildProcess | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // Next.js runs the real server in a child process: stop the whole tree.
    if (next?.pid) killProcessTree(next.pid);
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

  next = spawn(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "dev", "--port", String(port)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  next.on("exit", (code) => void stop(code ?? 0));
  log(`portal on http://localhost:${port} — demo accounts in README.md`);
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
main().catch(async (error: unknown) => {
  console.error(`[dev] ${(error as Error).message}`);
  await stop(1);
});
