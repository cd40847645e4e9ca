import "server-only";
import type { Db } from "@/lib/db/client";
import { db } from "@/lib/db";

/**
 * What a use case needs from the world. Pages and actions pass nothing and get the app's database
 * and the real clock; tests pass their own database and a fixed time.
 */
export type Deps = { db?: Db; now?: Date };

export function resolveDeps(deps: Deps = {}): { db: Db; now: Date } {
  return { db: deps.db ?? db(), now: deps.now ?? new Date() };
}
