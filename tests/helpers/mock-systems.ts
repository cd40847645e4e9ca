/**
 * The two mocked national systems for adapter tests: in-process ports, the mock server over them on
 * a free loopback port, and HTTP clients pointed at it.
 */
import { createCivilRegistryHttp } from "@/lib/adapters/civil-registry/http";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import type { HttpClientOptions } from "@/lib/adapters/http/client";
import { BASE_PATHS } from "@/lib/adapters/http/wire";
import { startMockGovServer, type MockGovServer, type MockGovServerOptions } from "@/mock-national/server";
import { issueOfficerCredential } from "@/lib/adapters/population/credential";
import { createPopulationHttp } from "@/lib/adapters/population/http";
import type { PopulationPort } from "@/lib/adapters/population/port";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { generateDataset, referenceRecordId, type MockDataset } from "@/mock-national/data";
import { createMockPopulation } from "@/mock-national/population";

export const TEST_SECRET = "test-population-credential-secret-0123456789";
export const TEST_KEYS = { civilRegistry: "test-civil-key", population: "test-population-key" };
export const TEST_ADMIN_KEY = "test-admin-key";

export type InProcessSystems = { civilRegistry: CivilRegistryPort; population: PopulationPort };

/** Rơ Mah H'Lan's birth record (reference record R1), present in every dataset. */
export const H_LAN_BIRTH_ID = referenceRecordId("R1", "birth");

let dataset: MockDataset | undefined;

/** The data engineer's in-process mocks over a small generated dataset (built once per test file). */
export function inProcessSystems(): InProcessSystems {
  dataset ??= generateDataset({ people: 2_000, seed: 7 });
  return { civilRegistry: createMockCivilRegistry(dataset), population: createMockPopulation(dataset, { credentialSecret: TEST_SECRET }) };
}

/** Starts the mock server over the given ports on a free port (no latency, no faults by default). */
export function startTestServer(ports: InProcessSystems, options: Partial<MockGovServerOptions> = {}): Promise<MockGovServer> {
  return startMockGovServer({ port: 0, ...ports, apiKeys: TEST_KEYS, adminKey: TEST_ADMIN_KEY, ...options });
}

/** HTTP clients to a server; fast timeouts and backoff so fault tests run in well under a second. */
export function httpClients(serverUrl: string, options: Partial<Omit<HttpClientOptions, "system" | "baseUrl">> = {}) {
  const common = { timeoutMs: 2_000, retries: 2, backoff: { baseMs: 5, maxMs: 20 }, ...options };
  return {
    civilRegistry: createCivilRegistryHttp({ baseUrl: `${serverUrl}${BASE_PATHS.civilRegistry}`, apiKey: TEST_KEYS.civilRegistry, ...common }),
    population: createPopulationHttp({ baseUrl: `${serverUrl}${BASE_PATHS.population}`, apiKey: TEST_KEYS.population, ...common }),
  };
}

export function credential(overrides: { validUntil?: string; secret?: string } = {}): string {
  return issueOfficerCredential(overrides.secret ?? TEST_SECRET, {
    officerId: "officer-1",
    unitCode: "23764",
    grantDecision: "QĐ 123/QĐ-BCA",
    validUntil: overrides.validUntil ?? "2099-12-31",
    issuedAt: new Date().toISOString(),
  });
}

export const CTX = { officerId: "officer-1", unitCode: "23764", requestId: "test-request" };
