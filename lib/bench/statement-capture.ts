// Captures the statements a piece of work makes PostgreSQL run: log_statement = 'all' for the whole
// cluster (ALTER SYSTEM + reload, which running backends take at their next command) for exactly
// the work's duration, then the server log's slice parsed (lib/bench/pg-capture.ts).
import type pg from "pg";
import { parseStatementLog, type LoggedStatement } from "@/lib/bench/pg-capture";
import { fileOffset, readFileSlice } from "@/lib/bench/lock-waits";

async function setLogStatement(admin: pg.Client, value: "all" | null): Promise<void> {
  await admin.query(value ? `ALTER SYSTEM SET log_statement = '${value}'` : "ALTER SYSTEM RESET log_statement");
  await admin.query("SELECT pg_reload_conf()");
  // The postmaster signals the backends; give them a moment to read the file.
  await new Promise((r) => setTimeout(r, 300));
}

/**
 * Runs `work` with every statement logged and returns the statements other backends than the
 * admin connection's ran meanwhile (the admin's own, e.g. these settings, are left out).
 */
export async function captureStatements<T>(admin: pg.Client, logPath: string, work: () => Promise<T>): Promise<{ result: T; statements: LoggedStatement[] }> {
  const adminPid = Number((await admin.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid);
  await setLogStatement(admin, "all");
  const from = fileOffset(logPath);
  let result: T;
  try {
    result = await work();
  } finally {
    await setLogStatement(admin, null);
  }
  // The logger writes asynchronously to the file: wait until the slice stops growing.
  let to = fileOffset(logPath);
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now = fileOffset(logPath);
    if (now === to) break;
    to = now;
  }
  return { result, statements: parseStatementLog(readFileSlice(logPath, from, to), new Set([adminPid])) };
}
