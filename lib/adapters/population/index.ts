import "server-only";
import { sharedMockDataset } from "@/lib/adapters/mock-server/dataset";
import { createPopulationHttp } from "@/lib/adapters/population/http";
import { createMockPopulation } from "@/lib/adapters/population/mock";
import type { PopulationPort } from "@/lib/adapters/population/port";
import { httpOptionsFromConfig } from "@/lib/adapters/http/client";
import { env, type AppEnv } from "@/lib/env";

/**
 * Builds the population-database adapter the configuration asks for: "in-process" (the mock over the
 * same generated dataset as the civil-registry mock, verifying officer credentials with the shared
 * secret) or "http" (the wire client). Any other mode is rejected at boot by lib/env.ts; the `never`
 * check keeps a new mode from being silently ignored here.
 */
export function createPopulation(config: Pick<AppEnv, "population" | "upstream" | "mock">): PopulationPort {
  const system = config.population;
  switch (system.mode) {
    case "in-process":
      return createMockPopulation(sharedMockDataset(config.mock), { credentialSecret: system.credentialSecret });
    case "http":
      return createPopulationHttp(httpOptionsFromConfig(system, config.upstream));
    default: {
      const unknown: never = system;
      throw new Error(`Unknown POPULATION_MODE ${JSON.stringify((unknown as { mode: unknown }).mode)}: expected "in-process" or "http"`);
    }
  }
}

// One adapter per process: the circuit breaker's memory must outlive a single request.
const globalForAdapter = globalThis as unknown as { __hoTichPopulation?: PopulationPort };

/** The process's population-database adapter, built lazily from the environment on first use. */
export function population(): PopulationPort {
  globalForAdapter.__hoTichPopulation ??= createPopulation(env());
  return globalForAdapter.__hoTichPopulation;
}
