// The embedded database in the foreground: `tsx scripts/db-server.ts [--data .data/pglite] [--port 54329]`
// (npm run db:server). This process is the only one that opens the data folder; everything else,
// the app, migrations, seeds, connects over the socket. Ctrl-C (SIGINT) or SIGTERM stops it cleanly,
// which matters: PGlite flushes its data on close.
import "dotenv/config";
import { parseArgs } from "node:util";
import { startEmbeddedDatabase } from "@/lib/db/pglite-server";
import { EMBEDDED_DB_DEFAULT_PORT } from "@/lib/db/url";

const DEFAULT_DATA_DIR = ".data/pglite";

function options(): { dataDir: string; port: number } {
  const { values } = parseArgs({
    options: { data: { type: "string" }, port: { type: "string" } },
    allowPositionals: false,
  });
  const port = Number(values.port ?? process.env.EMBEDDED_DB_PORT ?? EMBEDDED_DB_DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${values.port}`);
  return { dataDir: values.data ?? DEFAULT_DATA_DIR, port };
}

async function main(): Promise<void> {
  const { dataDir, port } = options();
  const db = await startEmbeddedDatabase({ dataDir, port });
  console.log(`Embedded PostgreSQL (PGlite) serving ${dataDir} at ${db.url}`);
  console.log("Press Ctrl-C to stop.");

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return; // a second Ctrl-C while closing must not cut the flush short
    stopping = true;
    console.log(`\n${signal}: stopping the embedded database…`);
    db.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("Stopping failed:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
