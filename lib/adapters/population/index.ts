import "server-only";
import { createPopulationHttp } from "@/lib/adapters/population/http";
import type { PopulationPort } from "@/lib/adapters/population/port";
import { httpOptionsFromConfig } from "@/lib/adapters/http/client";
import { lazily } from "@/lib/adapters/lazy";
import { env, type AppEnv } from "@/lib/server/env";

/**
 * Builds the population-database adapter the configuration asks for: "in-process" (the mock over the
 * same generated dataset as the civil-registry mock, verifying officer credentials with the shared
 * secret) or "http" (the wire client). The mock (mock-national/) is loaded by dynamic import() on the
 * first call, and only in "in-process" mode: a server in "http" mode never loads it. Any other mode
 * is rejected at boot by lib/server/env.ts; the `never` check keeps a new mode from being silently ignored
 * here.
 */
export function createPopulation(config: Pick<AppEnv, "population" | "upstream" | "mock">): PopulationPort {
  const system = config.population;
  switch (system.mode) {
    case "in-process":
      return inProcessPopulation(config.mock, system.credentialSecret);
    case "http":
      return createPopulationHttp(httpOptionsFromConfig(system, config.upstream));
    default: {
      const unknown: never = system;
      throw new Error(`Unknown POPULATION_MODE ${JSON.stringify((unknown as { mode: unknown }).mode)}: expected "in-process" or "http"`);
    }
  }
}

function inProcessPopulation(mock: AppEnv["mock"], credentialSecret: string): PopulationPort {
  const port = lazily(async () => {
    const [{ createMockPopulation }, { sharedMockDataset }] = await Promise.all([
      import("@/mock-national/population"),
      import("@/mock-national/server/dataset"),
    ]);
    return createMockPopulation(sharedMockDataset(mock), { credentialSecret });
  });
  return {
    findCandidates: async (query, credential, ctx) => (await port()).findCandidates(query, credential, ctx),
    getCitizen: async (personalId, credential, ctx) => (await port()).getCitizen(personalId, credential, ctx),
    health: async () => (await port()).health(),
  };
}

// One adapter per process: the circuit breaker's memory must outlive a single request.
const globalForAdapter = globalThis as unknown as { __hoTichPopulation?: PopulationPort };

/** The process's population-database adapter, built lazily from the environment on first use. */
export function population(): PopulationPort {
  globalForAdapter.__hoTichPopulation ??= createPopulation(env());
  return globalForAdapter.__hoTichPopulation;
}
