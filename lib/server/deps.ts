import "server-only";
import type { Db } from "@/lib/db/client";
import { db } from "@/lib/db/app-db";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import type { PopulationPort } from "@/lib/adapters/population/port";
import { civilRegistry } from "@/lib/adapters/civil-registry";
import { population } from "@/lib/adapters/population";

/**
 * What a use case needs from the world. Pages and actions pass nothing and get the app's database
 * and the real clock; tests pass their own database and a fixed time.
 */
export type Deps = { db?: Db; now?: Date; civilRegistry?: CivilRegistryPort; population?: PopulationPort };

export function resolveDeps(deps: Deps = {}): { db: Db; now: Date } {
  return { db: deps.db ?? db(), now: deps.now ?? new Date() };
}

/** The national systems, for use cases that reach them; built lazily from configuration. */
export function resolveSystems(deps: Deps = {}): { civilRegistry: CivilRegistryPort; population: PopulationPort } {
  return { civilRegistry: deps.civilRegistry ?? civilRegistry(), population: deps.population ?? population() };
}
