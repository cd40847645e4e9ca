/**
 * The embedded database: a PGlite instance served over the PostgreSQL wire protocol on loopback by
 * scripts/db-server.ts. Used whenever DATABASE_URL is unset outside production, so that
 * `npm run dev` needs nothing installed; production always names its PostgreSQL explicitly.
 */
export const EMBEDDED_DB_HOST = "127.0.0.1";
export const EMBEDDED_DB_DEFAULT_PORT = 54329;

export function embeddedDatabaseUrl(port: number = EMBEDDED_DB_DEFAULT_PORT): string {
  return `postgresql://postgres:postgres@${EMBEDDED_DB_HOST}:${port}/postgres?sslmode=disable`;
}

/** DATABASE_URL when set, else the embedded server's address (its port from EMBEDDED_DB_PORT). */
export function resolveDatabaseUrl(env: Record<string, string | undefined>): string {
  const explicit = env.DATABASE_URL?.trim();
  if (explicit) return explicit;
  const port = Number(env.EMBEDDED_DB_PORT ?? EMBEDDED_DB_DEFAULT_PORT);
  return embeddedDatabaseUrl(Number.isInteger(port) && port > 0 ? port : EMBEDDED_DB_DEFAULT_PORT);
}

/**
 * The URL migrations run with: MIGRATION_DATABASE_URL (the tables' owner) when set, else the one
 * above. Production sets both, so the application's own login (DATABASE_URL, a member of
 * hotich_app) never owns a table: it cannot ALTER the access log or disable its triggers.
 */
export function resolveMigrationDatabaseUrl(env: Record<string, string | undefined>): string {
  return env.MIGRATION_DATABASE_URL?.trim() || resolveDatabaseUrl(env);
}

/** The URL with its password masked, for messages and logs. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = parsed.password ? "***" : "";
    return parsed.toString();
  } catch {
    return "(unparsable database URL)";
  }
}
