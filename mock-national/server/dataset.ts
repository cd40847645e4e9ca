import { generateDataset, type MockDataset } from "@/mock-national/data";

// Generating tens of thousands of people takes a while and the result never changes for a given
// size and seed, so each process builds it once. Kept on globalThis because Next.js re-evaluates
// modules on every edit in development, which would otherwise rebuild it again and again.
const globalForMock = globalThis as unknown as { __hoTichMockDatasets?: Map<string, MockDataset> };

/**
 * The synthetic population both mock systems serve, built on first use and shared: the civil
 * registry and the population database must describe the same people.
 */
export function sharedMockDataset(options: { people: number; seed?: number }): MockDataset {
  const cache = (globalForMock.__hoTichMockDatasets ??= new Map());
  const key = `${options.people}:${options.seed ?? "default"}`;
  let dataset = cache.get(key);
  if (!dataset) {
    dataset = generateDataset({ people: options.people, seed: options.seed });
    cache.set(key, dataset);
  }
  return dataset;
}
