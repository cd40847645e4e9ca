/**
 * Whether this server instance has found its database unreachable, shared by the proxy, pages,
 * server actions and route handlers of the process. Kept on globalThis because Next.js loads the
 * proxy and the app in separate bundles (each with its own copy of this module) inside one process.
 * No imports: the proxy bundle reads it on every request.
 */
type State = { downSince: number | null };
const KEY = Symbol.for("ho-tich.database-availability");
const holder = globalThis as unknown as { [KEY]?: State };

function state(): State {
  return (holder[KEY] ??= { downSince: null });
}

/** Seconds a client should wait before trying again while the database is down. */
export const RETRY_AFTER_SECONDS = 5;

export function isDatabaseMarkedDown(): boolean {
  return state().downSince !== null;
}

/** Marks the database down; true when it was up until now (the caller starts watching for its return). */
export function markDatabaseDown(now = Date.now()): boolean {
  const s = state();
  if (s.downSince !== null) return false;
  s.downSince = now;
  return true;
}

export function markDatabaseUp(): void {
  state().downSince = null;
}
