import "server-only";
import { createCivilRegistryHttp } from "@/lib/adapters/civil-registry/http";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { httpOptionsFromConfig } from "@/lib/adapters/http/client";
import { lazily } from "@/lib/adapters/lazy";
import { env, type AppEnv } from "@/lib/server/env";

/**
 * Builds the civil-registry adapter the configuration asks for: "in-process" (the mock over a
 * generated dataset, for tests) or "http" (the wire client, to the real system or the local mock
 * server). The mock (mock-national/) is loaded by dynamic import() on the first call, and only in
 * "in-process" mode: a server in "http" mode never loads it. lib/server/env.ts has already rejected any
 * other mode at boot; the `never` check keeps a mode added there from being silently ignored here
 * (documenso's signing/index.ts habit).
 */
export function createCivilRegistry(config: Pick<AppEnv, "civilRegistry" | "upstream" | "mock">): CivilRegistryPort {
  const system = config.civilRegistry;
  switch (system.mode) {
    case "in-process":
      return inProcessCivilRegistry(config.mock);
    case "http":
      return createCivilRegistryHttp(httpOptionsFromConfig(system, config.upstream));
    default: {
      const unknown: never = system;
      throw new Error(`Unknown CIVIL_REGISTRY_MODE ${JSON.stringify((unknown as { mode: unknown }).mode)}: expected "in-process" or "http"`);
    }
  }
}

function inProcessCivilRegistry(mock: AppEnv["mock"]): CivilRegistryPort {
  const port = lazily(async () => {
    const [{ createMockCivilRegistry }, { sharedMockDataset }] = await Promise.all([
      import("@/mock-national/civil-registry"),
      import("@/mock-national/server/dataset"),
    ]);
    return createMockCivilRegistry(sharedMockDataset(mock));
  });
  return {
    search: async (query, ctx, options) => (await port()).search(query, ctx, options),
    getRecord: async (id, ctx) => (await port()).getRecord(id, ctx),
    health: async () => (await port()).health(),
    registerIssuedCopy: async (registration, ctx) => (await port()).registerIssuedCopy(registration, ctx),
    revokeIssuedCopy: async (registrationId, revocation, ctx) => (await port()).revokeIssuedCopy(registrationId, revocation, ctx),
  };
}

// One adapter per process, so the circuit breaker remembers failures across requests (and across
// Next.js' module reloads in development).
const globalForAdapter = globalThis as unknown as { __hoTichCivilRegistry?: CivilRegistryPort };

/** The process's civil-registry adapter, built lazily from the environment on first use. */
export function civilRegistry(): CivilRegistryPort {
  globalForAdapter.__hoTichCivilRegistry ??= createCivilRegistry(env());
  return globalForAdapter.__hoTichCivilRegistry;
}
