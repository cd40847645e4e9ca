// Benchmark of the mock national systems: npm run bench:mock [-- --people N] [-- --samples N]
// Generates the dataset, builds the search indexes and times, in process, ID lookups and name +
// date-of-birth searches over sampled existing people, then the HTTP overhead of an ID lookup via
// the mock server on loopback. Progress goes to stderr; the last stdout line is one JSON object.
import { createCivilRegistryHttp } from "@/lib/adapters/civil-registry/http";
import { createMockCivilRegistry, prepareMockCivilRegistry } from "@/mock-national/civil-registry";
import type { CivilSearch } from "@/lib/adapters/civil-registry/port";
import { BASE_PATHS } from "@/lib/adapters/http/wire";
import { datasetStats, generateDataset } from "@/mock-national/data";
import { Rng } from "@/mock-national/data/prng";
import { startMockGovServer } from "@/mock-national/server/index";
import { createMockPopulation } from "@/mock-national/population";

const TARGETS = { idLookupP95Ms: 5, nameSearchP95Ms: 50, generationSeconds: 60 };

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} must be a non-negative number`);
  return v;
}
const log = (line: string) => process.stderr.write(`${line}\n`);
const mb = () => Math.round(process.memoryUsage().rss / 1_048_576);
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
async function timeEach<T>(items: T[], fn: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const t = performance.now();
    await fn(item);
    times.push(performance.now() - t);
  }
  return times;
}

async function main() {
  const people = arg("people", 1_000_000);
  const samples = arg("samples", 2_000);
  const ctx = { officerId: "bench", unitCode: "52" };

  log(`generating ${people.toLocaleString("en")} people…`);
  let t = performance.now();
  const dataset = generateDataset({ people });
  const generationSeconds = (performance.now() - t) / 1000;
  const rssMb = mb();
  log(`  ${round(generationSeconds, 2)} s, ${dataset.records.count.toLocaleString("en")} records, RSS ${rssMb} MB`);
  t = performance.now();
  prepareMockCivilRegistry(dataset);
  const indexSeconds = (performance.now() - t) / 1000;
  const rssWithIndexMb = mb();
  log(`  search indexes ${round(indexSeconds, 2)} s, RSS ${rssWithIndexMb} MB`);
  const registry = createMockCivilRegistry(dataset);

  // Deterministic samples: people with an ID, and people with a birth record that spells their name
  // and date exactly as the population database does (the realistic "exact name + full DOB" query).
  const rng = new Rng(7);
  const ids: string[] = [];
  const names: { query: CivilSearch; recordId: string }[] = [];
  for (let guard = 0; (ids.length < samples || names.length < samples) && guard < samples * 200; guard++) {
    const p = rng.int(0, dataset.people.count - 1);
    const citizen = dataset.citizen(p);
    if (!citizen) continue;
    if (ids.length < samples) ids.push(citizen.personalId);
    const birth = [...dataset.recordsOfPerson(p)].find((r) => dataset.records.type[r] === 0 && dataset.records.subj[r] === p);
    if (birth === undefined || names.length >= samples) continue;
    const record = dataset.record(birth);
    if (record.subject?.fullName !== citizen.fullName || record.subject.dateOfBirth !== citizen.dateOfBirth) continue;
    names.push({ query: { by: "name", fullName: citizen.fullName, dateOfBirth: citizen.dateOfBirth }, recordId: record.id });
  }
  const byId = (personalId: string): CivilSearch => ({ by: "personalId", personalId });

  log(`in-process: ${ids.length} ID lookups, ${names.length} name searches…`);
  await timeEach(ids.slice(0, 200), (id) => registry.search(byId(id), ctx)); // warm-up
  const idTimes = await timeEach(ids, (id) => registry.search(byId(id), ctx));
  await timeEach(names.slice(0, 200), (n) => registry.search(n.query, ctx));
  let firstHits = 0;
  const nameTimes = await timeEach(names, async (n) => {
    const result = await registry.search(n.query, ctx);
    if (result.results[0]?.record.id === n.recordId) firstHits++;
  });
  const idLookupP95Ms = round(percentile(idTimes, 95));
  const nameSearchP95Ms = round(percentile(nameTimes, 95));
  log(`  ID p50 ${round(percentile(idTimes, 50))} ms, p95 ${idLookupP95Ms} ms; name p50 ${round(percentile(nameTimes, 50))} ms, p95 ${nameSearchP95Ms} ms; own birth record first ${firstHits}/${names.length}`);

  log("HTTP: mock server on loopback…");
  const apiKeys = { civilRegistry: "bench-civil", population: "bench-population" };
  const server = await startMockGovServer({ port: 0, civilRegistry: registry, population: createMockPopulation(dataset, { credentialSecret: "bench" }), apiKeys });
  let httpOverheadP50Ms: number | null = null;
  let httpP50Ms: number | null = null;
  try {
    const client = createCivilRegistryHttp({ baseUrl: `${server.url}${BASE_PATHS.civilRegistry}`, apiKey: apiKeys.civilRegistry, timeoutMs: 10_000 });
    const httpIds = ids.slice(0, 500);
    await timeEach(httpIds.slice(0, 50), (id) => client.search(byId(id), ctx)); // warm-up: connections, JIT
    const httpTimes = await timeEach(httpIds, (id) => client.search(byId(id), ctx));
    const localTimes = await timeEach(httpIds, (id) => registry.search(byId(id), ctx));
    httpP50Ms = round(percentile(httpTimes, 50));
    httpOverheadP50Ms = round(percentile(httpTimes, 50) - percentile(localTimes, 50));
    log(`  HTTP ID p50 ${httpP50Ms} ms (overhead ${httpOverheadP50Ms} ms)`);
  } finally {
    await server.stop();
  }

  const stats = datasetStats(dataset);
  const result = {
    people, records: dataset.records.count, samples,
    idLookupP95Ms, nameSearchP95Ms, httpOverheadP50Ms, httpP50Ms,
    generationSeconds: round(generationSeconds, 2), indexSeconds: round(indexSeconds, 2), rssMb, rssWithIndexMb,
    nameSearchFirstHitRate: round(firstHits / Math.max(1, names.length), 4),
    byType: stats.byType,
    targets: TARGETS,
    pass: {
      idLookup: idLookupP95Ms <= TARGETS.idLookupP95Ms,
      nameSearch: nameSearchP95Ms <= TARGETS.nameSearchP95Ms,
      generation: generationSeconds <= TARGETS.generationSeconds,
    },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    log(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
