import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { BASE_PATHS } from "@/lib/adapters/http/wire";
import { sharedMockDataset } from "@/mock-national/server/dataset";
import type { Faults } from "@/mock-national/server/faults";
import { startMockGovServer, type MockGovServer } from "@/mock-national/server/index";
import { createMockPopulation } from "@/mock-national/population";
import type { AppEnv } from "@/lib/server/env";

/** The demo admin key of the fault endpoint; like the demo API keys, it guards only synthetic data. */
export const DEV_MOCK_ADMIN_KEY = "dev-mock-admin-key";

export type LocalMockGovOptions = {
  port: number;
  people: number;
  /** Unset: the generator's default seed. */
  seed?: number;
  apiKeys: { civilRegistry: string; population: string };
  credentialSecret: string;
  faults: Faults;
  adminKey?: string;
  log?: (line: string) => void;
};

/**
 * Generates the synthetic dataset and serves both mocked systems over it on loopback: what
 * `npm run mock:gov`, `npm run dev` and the e2e server run.
 */
export async function startLocalMockGov(options: LocalMockGovOptions): Promise<MockGovServer> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const dataset = sharedMockDataset({ people: options.people, seed: options.seed });
  log(`mock national systems: ${options.people.toLocaleString("en")} synthetic people generated in ${Math.round(performance.now() - started)} ms`);
  return startMockGovServer({
    port: options.port,
    host: "127.0.0.1",
    civilRegistry: createMockCivilRegistry(dataset),
    population: createMockPopulation(dataset, { credentialSecret: options.credentialSecret }),
    apiKeys: options.apiKeys,
    adminKey: options.adminKey ?? DEV_MOCK_ADMIN_KEY,
    faults: options.faults,
  });
}

/**
 * Whether the app is configured to call a mock server that this launcher should start: a system in
 * "http" mode whose URL is this machine's loopback on the mock port. Anything else (in-process, a
 * remote system, another port) is left alone.
 */
export function wantsLocalMockGov(config: Pick<AppEnv, "civilRegistry" | "population">, port: number): boolean {
  return ([config.civilRegistry, config.population] as const).some((system) => {
    if (system.mode !== "http") return false;
    const url = new URL(system.url);
    return ["127.0.0.1", "localhost"].includes(url.hostname) && Number(url.port || 80) === port;
  });
}

/** The lines a launcher prints so a developer can call the mock systems by hand. */
export function describeLocalMockGov(server: MockGovServer, apiKeys: { civilRegistry: string; population: string }, adminKey = DEV_MOCK_ADMIN_KEY): string[] {
  return [
    `civil registry  ${server.url}${BASE_PATHS.civilRegistry}   Authorization: Bearer ${apiKeys.civilRegistry}`,
    `population      ${server.url}${BASE_PATHS.population}      Authorization: Bearer ${apiKeys.population}  (+ X-Officer-Credential)`,
    `faults          ${server.url}/__admin/faults   X-Admin-Key: ${adminKey}`,
  ];
}
