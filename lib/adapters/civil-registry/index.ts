import "server-only";
import { createCivilRegistryHttp } from "@/lib/adapters/civil-registry/http";
import { createMockCivilRegistry } from "@/lib/adapters/civil-registry/mock";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { sharedMockDataset } from "@/lib/adapters/mock-server/dataset";
import { httpOptionsFromConfig } from "@/lib/adapters/http/client";
import { env, type AppEnv } from "@/lib/env";

/**
 * Builds the civil-registry adapter the configuration asks for: "in-process" (the mock over a
 * generated dataset, for tests) or "http" (the wire client, to the real system or the local mock
 * server). lib/env.ts has already rejected any other mode at boot; the `never` check keeps a mode
 * added there from being silently ignored here (documenso's signing/index.ts habit).
 */
export function createCivilRegistry(config: Pick<AppEnv, "civilRegistry" | "upstream" | "mock">): CivilRegistryPort {
  const system = config.civilRegistry;
  switch (system.mode) {
    case "in-process":
      return createMockCivilRegistry(sharedMockDataset(config.mock));
    case "http":
      return createCivilRegistryHttp(httpOptionsFromConfig(system, config.upstream));
    default: {
      const unknown: never = system;
      throw new Error(`Unknown CIVIL_REGISTRY_MODE ${JSON.stringify((unknown as { mode: unknown }).mode)}: expected "in-process" or "http"`);
    }
  }
}

// One adapter per process, so the circuit breaker remembers failures across requests (and across
// Next.js' module reloads in development).
const globalForAdapter = globalThis as unknown as { __hoTichCivilRegistry?: CivilRegistryPort };

/** The process's civil-registry adapter, built lazily from the environment on first use. */
export function civilRegistry(): CivilRegistryPort {
  globalForAdapter.__hoTichCivilRegistry ??= createCivilRegistry(env());
  return globalForAdapter.__hoTichCivilRegistry;
}
