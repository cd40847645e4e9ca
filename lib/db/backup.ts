/**
 * Backups that outlive the machine (`npm run db:backup`, `npm run db:restore`).
 *
 * PostgreSQL: `pg_dump --format=custom`, a consistent snapshot (one REPEATABLE READ transaction, MVCC:
 * the portal keeps running). The dump keeps owners and privileges (the GRANTs to hotich_app); the
 * restore runs `pg_restore --no-owner --single-transaction` as the owner login (MIGRATION_DATABASE_URL),
 * so every object belongs to whoever restores, whatever the owner role was called on the old server,
 * and hotich_app's grants, the access log's append-only triggers and its checkpoints come back as they
 * were. Roles are not in a database dump: hotich_app is created first when missing, as the migrations do.
 * The restore is all or nothing, and only into an empty database unless forced.
 *
 * Embedded database (PGlite): its data folder, copied by PGlite itself (`dumpDataDir`, a gzipped tar) while
 * this process holds the folder's lock. PGlite is one process's: with `npm run dev` or `npm run db:server`
 * running, the backup is refused (pg_dump over the wire server was tried: PGlite 0.5 is PostgreSQL 18, and
 * pg_dump refuses a server newer than itself, so it would need pg_dump 18 on every developer machine).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { acquireLock } from "@/lib/db/pglite-server";
import { describeUrl } from "@/lib/db/url";
import { withClient } from "@/lib/db/with-client";

export const DEFAULT_BACKUP_DIR = "backups";
export const DEFAULT_EMBEDDED_DATA_DIR = ".data/pglite";

type Env = Record<string, string | undefined>;

export type BackupTarget = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };

/**
 * PostgreSQL when MIGRATION_DATABASE_URL or DATABASE_URL is set (the owner's login first: it can read
 * every table and restore the grants); otherwise the embedded database's folder, outside production.
 */
export function resolveBackupTarget(env: Env): BackupTarget {
  const url = env.MIGRATION_DATABASE_URL?.trim() || env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  if (env.NODE_ENV === "production") throw new Error("DATABASE_URL (or MIGRATION_DATABASE_URL) is required in production.");
  return { kind: "embedded", dataDir: resolve(env.EMBEDDED_DB_DATA_DIR?.trim() || DEFAULT_EMBEDDED_DATA_DIR) };
}

/** backups/ho-tich-<yyyyMMdd-HHmmss>.<ext>, in local time (the operator's clock). */
export function defaultBackupPath(kind: BackupTarget["kind"], now: Date = new Date(), dir: string = DEFAULT_BACKUP_DIR): string {
  const p = (n: number) => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  return join(dir, `ho-tich-${stamp}.${kind === "postgres" ? "dump" : "tar.gz"}`);
}

/** The PostgreSQL client tool on PATH, else in Debian's /usr/lib/postgresql/<major>/bin (newest first). */
export function findPgTool(name: "pg_dump" | "pg_restore", env: Env): string {
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const majors = readdirSync(debian).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a));
    dirs.push(...majors.map((m) => join(debian, m, "bin")));
  }
  for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  throw new Error(
    `${name} was not found on PATH nor in ${debian}/<version>/bin. Install PostgreSQL's client tools, ` +
      `version 15 or later and not older than the server (Debian: apt-get install postgresql-client-15).`,
  );
}

/** Prisma's own query parameters, which libpq (pg_dump, pg_restore) rejects. */
const PRISMA_PARAMS = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout", "sslaccept"];

/** The URL for libpq without its password (kept out of the process list) and the password for PGPASSWORD. */
export function libpqConnection(url: string): { dbname: string; password: string | undefined } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = "";
  for (const name of PRISMA_PARAMS) parsed.searchParams.delete(name);
  return { dbname: parsed.toString(), password };
}

/** The URL without its password, for messages. */
function run(command: string, args: string[], password: string | undefined, env: Env): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      stdio: ["ignore", "inherit", "pipe"],
      env: { ...env, ...(password ? { PGPASSWORD: password } : {}) } as NodeJS.ProcessEnv,
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${command} exited with ${code}${stderr.trim() ? `:\n${stderr.trim()}` : ""}`)),
    );
  });
}

/** `pg_dump --format=custom` of the database at `url` into `out` (its folder is created); `env`: the tools' environment (PATH). */
export async function backupPostgres(url: string, out: string, env: Env): Promise<void> {
  const { dbname, password } = libpqConnection(url);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  await run(findPgTool("pg_dump", env), ["--format=custom", "--file", out, "--dbname", dbname], password, env);
}

/** Tables (not an extension's) in the database at `url`. */
export async function countUserTables(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg_toast%'
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`,
    );
    return Number(rows[0]?.n ?? 0);
  });
}

/**
 * Restores a `pg_dump --format=custom` file into the database at `url`, in one transaction. Refuses a
 * database that has tables unless `force` (then the dump's objects are dropped and recreated first).
 */
export async function restorePostgres(url: string, file: string, o: { env: Env; force?: boolean }): Promise<void> {
  if (!existsSync(file)) throw new Error(`No such backup file: ${file}`);
  const pgRestore = findPgTool("pg_restore", o.env);
  const tables = await countUserTables(url);
  if (tables > 0 && !o.force) {
    throw new Error(
      `The database ${describeUrl(url)} is not empty (${tables} tables): restore into a new, empty database ` +
        `(CREATE DATABASE … OWNER <owner>), or pass --force to drop and recreate what the backup holds.`,
    );
  }
  // The dump's GRANTs name hotich_app, a cluster-wide role a new server does not have yet.
  await withClient(url, (client) =>
    client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hotich_app') THEN CREATE ROLE hotich_app NOLOGIN; END IF;
    END $$`),
  ).catch((error: Error) => {
    throw new Error(`The role hotich_app is missing and could not be created (${error.message}): create it as a superuser first (README, "Database roles").`);
  });
  const { dbname, password } = libpqConnection(url);
  const args = ["--no-owner", "--single-transaction", "--dbname", dbname];
  if (tables > 0) args.push("--clean", "--if-exists");
  await run(pgRestore, [...args, file], password, o.env);
}

function embeddedOptions(dataDir: string) {
  return { dataDir, extensions: { unaccent, pg_trgm } };
}

function lockEmbedded(dataDir: string): () => void {
  try {
    return acquireLock(dataDir);
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\nThe embedded database has one owner: stop \`npm run dev\` (or \`npm run db:server\`) first, then run this again.`,
    );
  }
}

/** A consistent copy of the embedded database's folder (gzipped tar, PGlite's own format) into `out`. */
export async function backupEmbedded(dataDir: string, out: string): Promise<void> {
  if (!existsSync(join(dataDir, "PG_VERSION"))) throw new Error(`No embedded database in ${dataDir} (run \`npm run dev\` once, or set DATABASE_URL).`);
  const release = lockEmbedded(dataDir);
  try {
    const db = await PGlite.create(embeddedOptions(dataDir));
    try {
      const tarball = await db.dumpDataDir("gzip");
      mkdirSync(dirname(resolve(out)), { recursive: true });
      writeFileSync(out, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

/**
 * Restores an embedded backup (`backupEmbedded`) as the folder `dataDir`. Refuses an existing database
 * there unless `force`; then it is not deleted but moved aside, to `<dataDir>.before-restore-<time>`.
 * Returns that folder, if any.
 */
export async function restoreEmbedded(dataDir: string, file: string, o: { force?: boolean; now?: Date } = {}): Promise<string | null> {
  if (!existsSync(file)) throw new Error(`No such backup file: ${file}`);
  let movedTo: string | null = null;
  if (existsSync(join(dataDir, "PG_VERSION"))) {
    if (!o.force) throw new Error(`${dataDir} already holds a database: pass --force to move it aside and restore in its place.`);
    lockEmbedded(dataDir)(); // refuses while a server owns the folder
    movedTo = `${dataDir}.before-restore-${(o.now ?? new Date()).toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dataDir, movedTo);
  }
  mkdirSync(dataDir, { recursive: true });
  const release = lockEmbedded(dataDir);
  try {
    const db = await PGlite.create({ ...embeddedOptions(dataDir), loadDataDir: new Blob([readFileSync(file)]) });
    await db.close();
  } finally {
    release();
  }
  return movedTo;
}
