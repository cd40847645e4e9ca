// Offline migrations for npm scripts: `db:migrate` (deploy), `db:migration -- <name>` (create),
// `db:status` (status). The Prisma CLI cannot migrate here (its native engine is a download away),
// so these drive Prisma's Wasm schema engine instead (lib/db/migrate).
import "dotenv/config";
import { createMigration, deployMigrations, engineError, migrationStatus } from "@/lib/db/migrate";
import { describeUrl, resolveMigrationDatabaseUrl } from "@/lib/db/url";

const USAGE = `Usage:
  tsx scripts/db.ts deploy           apply pending migrations      (npm run db:migrate)
  tsx scripts/db.ts create <name>    write the next migration      (npm run db:migration -- <name>)
  tsx scripts/db.ts status           compare database and history  (npm run db:status)`;

/** Explains a refused connection in terms of what to start, the usual cause on a developer machine. */
function explain(error: unknown, url: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const refused = /ECONNREFUSED|P1001|Can't reach database server|connect/i.test(message);
  if (refused && !process.env.DATABASE_URL?.trim() && !process.env.MIGRATION_DATABASE_URL?.trim()) {
    return (
      `Cannot reach the embedded database at ${describeUrl(url)}: it is not running and DATABASE_URL is unset.\n` +
      `Start it with \`npm run db:server\` (or \`npm run dev\`, which starts it too), or set DATABASE_URL.\n` +
      `(${message})`
    );
  }
  return `${message}\n(database: ${describeUrl(url)})`;
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  // Migrations run as the owner (MIGRATION_DATABASE_URL), the application as hotich_app (DATABASE_URL).
  const url = resolveMigrationDatabaseUrl(process.env);
  try {
    switch (command) {
      case "deploy": {
        const applied = await deployMigrations(url);
        console.log(applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join("\n  ")}` : "No pending migrations.");
        return 0;
      }
      case "create": {
        const name = rest.find((arg) => !arg.startsWith("-"));
        if (!name) throw new Error(`A migration name is required.\n${USAGE}`);
        const created = await createMigration(name);
        console.log(created.folder ? `Created ${created.path}` : "The schema matches the migration history: no migration created.");
        return 0;
      }
      case "status": {
        const status = await migrationStatus(url);
        console.log(`Database ${describeUrl(url)}: ${status.local.length} migration(s) on disk, ${status.applied.length} applied.`);
        const lines: [string, string[]][] = [
          ["Pending (run `npm run db:migrate`)", status.pending],
          ["Failed", status.failed],
          ["Edited after being applied", status.edited],
          ["Applied but not in prisma/migrations", status.unknown],
        ];
        for (const [label, names] of lines) if (names.length) console.log(`${label}:\n  ${names.join("\n  ")}`);
        console.log(status.upToDate ? "Database schema is up to date." : "Database is NOT up to date.");
        return status.upToDate ? 0 : 1;
      }
      default:
        console.error(USAGE);
        return 2;
    }
  } catch (error) {
    console.error(command === "create" ? (error instanceof Error ? error.message : String(error)) : explain(error, url));
    return 1;
  }
}

// A Rust panic inside the engine surfaces as an uncaught WebAssembly trap, not as a rejection.
process.on("uncaughtException", (error) => {
  console.error(engineError(error).message);
  process.exit(1);
});

// Exit explicitly: a pool or the Wasm engine must never keep a finished command alive.
process.exit(await main());
