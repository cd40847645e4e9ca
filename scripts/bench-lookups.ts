// Benchmark of the system API's lookup path: npm run bench:lookups [-- options]
//
//   --lookups N       closed-loop lookups (default 6000)   --concurrency N  clients (default 50)
//   --rate R          offered rate of the paced run, lookups/s over all clients (default: half the
//                     closed-loop lookupsPerSecond just measured)
//   --paced N         lookups of the paced run (default: 20 s at that rate; 0: none)
//   --warmup N        warm-up lookups (default 200)        --people N       mock population (default 50000)
//   --capture N       then N lookups whose statements the database floor replays (default 300; 0: no
//                     database floor)
//   --max-seconds N   stop the measured run after N s (default 120)
//   --serial N        then N lookups from ONE client (default 300, 0: none): the latency of a lookup
//                     that waits for no other, beside the latency under the 50-client load
//   --no-build        never build (use .next as it is)     --build          always build first
//                     (default: build when .next/BUILD_ID is missing or older than a source, but not
//                     under a production next server running from this folder, e.g. the e2e suite's)
//   --pg-stats        pg_stat_statements: statements per lookup and the costliest ones (adds a little overhead)
//   --db-via T        how the server (and the database floor) reach PostgreSQL: tcp (default, as
//                     compose.yaml's containers do) or socket (the cluster's Unix socket, as a
//                     deployment with PostgreSQL on the same host)
//   --cpu-prof DIR    write V8 CPU profiles of the Next.js processes to DIR (for profiling, not for numbers)
//
// Provisions a private PostgreSQL 15 cluster (lib/bench/pg-cluster.ts), migrates and seeds it with
// the demo data, starts `next start` in production mode with both national systems in-process
// (ALLOW_MOCK_SYSTEMS=1, zero latency), warms up, then sends POST /api/v1/lookups from N keep-alive
// clients (lib/bench/load.ts) twice: closed loop (each client sends again as soon as it has its
// answer: the capacity, `lookupsPerSecond`), then paced at R lookups/s spread over the same N clients
// (open loop: `overheadP95Ms` is what a caller waits at that rate, counted from each request's due
// time). With N closed-loop clients the latency is mostly queueing — N ÷ throughput by Little's law —
// so it measures the queue, not the portal; it is reported as `saturated`. Checks that every
// successful lookup of both runs wrote one chained access-log row.
//
// Floors, measured in the same run with the same clients and server settings
// (lib/bench/lookup-floors.ts): `nextFloorPerSecond`, GET /api/health/live (no database) closed loop;
// `dbFloorPerSecond`, the statements the server sent PostgreSQL for N lookups after the warm-up (captured with
// log_statement = 'all', lib/bench/pg-capture.ts) replayed with their parameters through `pg` from as
// many connections (those the server prepared by name, prepared once per connection too), on a copy
// of the seeded database. Around the closed loop: CPU ms per lookup of
// the server's and PostgreSQL's processes, and lock waits (pg_stat_activity sampled every 5 ms; the
// log_lock_waits lines, deadlock_timeout = 10 ms). `targets`: lookups ≥ 0.5 × the Next.js floor, paced
// p95 ≤ 15 ms at half the capacity (reported, never an exit code).
// Everything it started is stopped and deleted at the end, on error and on Ctrl-C.
// Progress goes to stderr; the LAST stdout line is one JSON object.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import type { CivilSearch } from "@/lib/adapters/civil-registry/port";
import { generateDataset, type MockDataset } from "@/mock-national/data";
import { Rng } from "@/mock-national/data/prng";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { generateAuditKeyPair, parsePublicKey } from "@/lib/audit/keys";
import { readExportFile } from "@/lib/audit/checkpoint-export";
import { atLeast, atMost, ratio } from "@/lib/bench/floors";
import { cpuMeter, processTreePids, round, runLoad, summarize, timeline, type LoadRequest } from "@/lib/bench/load";
import { LOCK_WAIT_LOG_SETTINGS } from "@/lib/bench/lock-waits";
import { measureDbFloor, measureNextFloor, openWindow, warmNextFloor } from "@/lib/bench/lookup-floors";
import { captureStatements } from "@/lib/bench/statement-capture";
import { freePort, startPgCluster, type PgCluster } from "@/lib/bench/pg-cluster";
import { checkPersonalId } from "@/lib/citizens/personal-id";
import { createPrismaClient } from "@/lib/db/client";
import { deployMigrations } from "@/lib/db/migrate";
import { killProcessTree } from "@/lib/dev/process-tree";
import { DEMO_API_KEY } from "@/lib/seed/demo-access";
import { runSeed } from "@/lib/seed/run-seed";

/** Targets relative to floors of the same run (the machine's speed varies, the ratios hold). */
const TARGETS = { ratioToNextFloor: 0.5, pacedP95Ms: 15 };
/** The paced run's offered rate by default: this share of the measured capacity. */
const PACED_SHARE = 0.5;
/** The database floor runs on this copy of the seeded database (the portal's chain stays its own). */
const FLOOR_DATABASE = "bench_floor";
/** Real communes inside the demo key's scope (the province): Pleiku, Quy Nhơn, Ia O, Ia Grai. */
const UNIT_CODES = ["23575", "21583", "23782", "23764"];
/** The request mix: existing people by ID, by name + date of birth, and IDs nobody has. */
const MIX = { byId: 0.7, byName: 0.2, notFound: 0.1 };
/** Share of lookups that reuse an earlier request's dossier (an officer checking a second paper). */
const DOSSIER_REUSE = 0.2;
const PROCEDURE = { procedureCode: "1.001193", replacesPapers: ["marriage-certificate"] };

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function intArg(name: string, fallback: number, min = 1): number {
  const raw = argValue(name);
  const v = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(v) || v < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return v;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

// ——— cleanup: whatever happens, stop what we started ————————————————————————————————

let cluster: PgCluster | undefined;
/** The cluster's stop functions from the moment its folder exists (before it is started). */
let clusterStops: Pick<PgCluster, "stop" | "stopSync"> | undefined;
let server: ChildProcess | undefined;
let serverPids: number[] = [];
let cleaning: Promise<void> | undefined;
/** Set by Ctrl-C / SIGTERM: stop sending, print no result. */
let interrupted = false;
const checkInterrupted = () => {
  if (interrupted) throw new Error("interrupted");
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM to the server's tree, SIGKILL to what is left after 10 s; then the cluster. Idempotent. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    if (server?.pid) {
      const pids = [...new Set([...serverPids, ...processTreePids(server.pid)])];
      killProcessTree(server.pid, "SIGTERM");
      for (const pid of pids) if (alive(pid)) try { process.kill(pid, "SIGTERM"); } catch { /* gone */ }
      const until = Date.now() + 10_000;
      while (pids.some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      for (const pid of pids.filter(alive)) try { process.kill(pid, "SIGKILL"); } catch { /* gone */ }
    }
    await clusterStops?.stop();
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = true;
    log(`${signal}: stopping the server and the database…`);
    void cleanup().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}
// Last resort if something calls process.exit without cleaning: synchronous and best effort.
process.on("exit", () => {
  for (const pid of serverPids) if (alive(pid)) try { process.kill(pid, "SIGKILL"); } catch { /* gone */ }
  clusterStops?.stopSync();
});

// ——— the Next.js build ——————————————————————————————————————————————————————————————

const BUILD_INPUTS = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "package.json", "tsconfig.json", "postcss.config.mjs"];
const NOT_BUILD_INPUTS = new Set(["node_modules", ".next", "bench"]);

/** The most recently changed file under `path` (folders walked, NOT_BUILD_INPUTS skipped). */
function newestFile(path: string): { path: string; mtimeMs: number } | null {
  if (!existsSync(path)) return null;
  const s = statSync(path);
  if (!s.isDirectory()) return { path, mtimeMs: s.mtimeMs };
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(path)) {
    if (NOT_BUILD_INPUTS.has(entry)) continue;
    const f = newestFile(join(path, entry));
    if (f && (!newest || f.mtimeMs > newest.mtimeMs)) newest = f;
  }
  return newest;
}

/** Why a build is needed ("missing"), or which source is newer than .next/BUILD_ID ("stale"), or null. */
function buildState(): { missing: true } | { missing: false; staleSource: string | null } {
  const id = join(".next", "BUILD_ID");
  if (!existsSync(id)) return { missing: true };
  const built = statSync(id).mtimeMs;
  const newer = BUILD_INPUTS.map(newestFile).filter((f): f is { path: string; mtimeMs: number } => !!f && f.mtimeMs > built);
  return { missing: false, staleSource: newer.sort((a, b) => b.mtimeMs - a.mtimeMs)[0]?.path ?? null };
}

/**
 * Production Next.js servers running from this folder (they serve .next, which a build replaces):
 * e.g. the Playwright suite's, or one left behind. A build under them would break them.
 */
function serversUsingBuild(): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) !== process.cwd()) continue;
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
      if (!/next-server|next\/dist\/bin\/next start|next start/.test(cmd)) continue;
      if (readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes("NODE_ENV=production")) found.push(pid);
    } catch {
      /* gone, or not ours to read */
    }
  }
  return found;
}

function runToStderr(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env });
    child.stdout.pipe(process.stderr);
    child.stderr.pipe(process.stderr);
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

// ——— the server ——————————————————————————————————————————————————————————————————————

async function waitForHealth(base: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs / 1000} s`);
}

type Started = { base: string; sawMockWarning: () => boolean };

const BENCH_AUDIT_KEYS = generateAuditKeyPair();
const BENCH_AUDIT_EXPORT = join(tmpdir(), `bench-lookups-checkpoints-${process.pid}.jsonl`);

async function startServer(databaseUrl: string, people: number, cpuProfDir: string | undefined): Promise<Started> {
  let warned = false;
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(36).toString("base64url"),
      LOG_LEVEL: "warn",
      ALLOW_MOCK_SYSTEMS: "1",
      CIVIL_REGISTRY_MODE: "in-process",
      POPULATION_MODE: "in-process",
      POPULATION_CREDENTIAL_SECRET: randomBytes(36).toString("base64url"),
      DOCUMENT_SIGNING_SECRET: randomBytes(36).toString("base64url"),
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      // Production requires the checkpoint key; the checkpoints are verified with its public half at the end.
      AUDIT_SIGNING_KEY: BENCH_AUDIT_KEYS.privateKey,
      AUDIT_CHECKPOINT_EXPORT: BENCH_AUDIT_EXPORT,
      MOCK_PEOPLE: String(people),
    };
    // The dataset must be the bench's: the generator's default seed.
    delete env.MOCK_SEED;
    delete env.PORT;
    // --cpu-prof is refused in NODE_OPTIONS; `next start` serves from this very process, so pass it here.
    const profile = cpuProfDir ? ["--cpu-prof", "--cpu-prof-dir", cpuProfDir] : [];
    // The young generation's size as `npm start` sets it (package.json): a lookup allocates many
    // short-lived objects, and 64 MB semi-spaces cut the server's CPU per lookup by ~10% here.
    const child = spawn(process.execPath, [...profile, "--max-semi-space-size=64", join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port), "--hostname", "127.0.0.1"], {
      stdio: ["ignore", "pipe", "pipe"],
      env,
    });
    server = child;
    const forward = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      if (text.includes("ALLOW_MOCK_SYSTEMS=1")) warned = true;
      for (const line of text.split("\n")) if (line.trim()) process.stderr.write(`[next] ${line}\n`);
    };
    child.stdout!.on("data", forward);
    child.stderr!.on("data", forward);
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitForHealth(base, child, 90_000);
      serverPids = processTreePids(child.pid!);
      log(`next start on ${base} (pids ${serverPids.join(", ")})`);
      return { base, sawMockWarning: () => warned };
    } catch (error) {
      killProcessTree(child.pid!, "SIGKILL");
      server = undefined;
      if (attempt >= 3) throw error;
      log(`server start failed (${(error as Error).message}), retrying on another port`);
    }
  }
}

// ——— the requests ——————————————————————————————————————————————————————————————————————

type Body = { unitCode: string; purpose: { kind: "dossier"; dossierCode: string; procedureCode: string; replacesPapers: string[] }; query: Record<string, string> };
type Kind = keyof typeof MIX;

/** Deterministic samples from the same dataset the server generates: IDs, names + DOB, unknown IDs. */
function sampleQueries(dataset: MockDataset, n: number) {
  const rng = new Rng(7);
  const ids: string[] = [];
  const names: { fullName: string; dateOfBirth: string }[] = [];
  const unknown: string[] = [];
  const want = Math.max(200, Math.min(n, 5_000));
  for (let guard = 0; (ids.length < want || names.length < want / 2) && guard < want * 200; guard++) {
    const p = rng.int(0, dataset.people.count - 1);
    const citizen = dataset.citizen(p);
    if (!citizen?.personalId) continue;
    if (ids.length < want) ids.push(citizen.personalId);
    if (names.length >= want / 2) continue;
    const birth = [...dataset.recordsOfPerson(p)].find((r) => dataset.records.type[r] === 0 && dataset.records.subj[r] === p);
    if (birth === undefined) continue;
    const record = dataset.record(birth);
    if (record.subject?.fullName !== citizen.fullName || record.subject.dateOfBirth !== citizen.dateOfBirth || !/^\d{4}-\d{2}-\d{2}$/.test(citizen.dateOfBirth)) continue;
    names.push({ fullName: citizen.fullName, dateOfBirth: citizen.dateOfBirth });
  }
  // Unknown IDs: a real person's prefix (valid province, century, year) with a serial nobody holds.
  for (let guard = 0; unknown.length < want / 4 && guard < want * 100; guard++) {
    const id = `${ids[rng.int(0, ids.length - 1)]!.slice(0, 6)}${String(rng.int(0, 999_999)).padStart(6, "0")}`;
    if (dataset.personIndex(id) < 0 && !checkPersonalId(id)) unknown.push(id);
  }
  if (!ids.length || !names.length || !unknown.length) throw new Error("could not sample queries from the dataset");
  return { ids, names, unknown };
}

/** The i-th request body of a run: kind by MIX, unit among UNIT_CODES, dossier mostly new. */
function bodies(total: number, samples: ReturnType<typeof sampleQueries>, tag: string, seed: number): { body: string; kind: Kind; query: CivilSearch }[] {
  const rng = new Rng(seed);
  const out: { body: string; kind: Kind; query: CivilSearch }[] = [];
  for (let i = 0; i < total; i++) {
    const x = rng.float();
    const kind: Kind = x < MIX.byId ? "byId" : x < MIX.byId + MIX.byName ? "byName" : "notFound";
    // A reused dossier is one from well before (≥ 2 × 50 requests back): not racing its creation.
    const dossier = i >= 200 && rng.chance(DOSSIER_REUSE) ? rng.int(0, i - 100) : i;
    let query: Body["query"];
    let search: CivilSearch;
    if (kind === "byName") {
      const q = samples.names[rng.int(0, samples.names.length - 1)]!;
      query = q;
      search = { by: "name", ...q };
    } else {
      const personalId = kind === "byId" ? samples.ids[rng.int(0, samples.ids.length - 1)]! : samples.unknown[rng.int(0, samples.unknown.length - 1)]!;
      query = { personalId };
      search = { by: "personalId", personalId };
    }
    const body: Body = {
      unitCode: UNIT_CODES[dossier % UNIT_CODES.length]!,
      purpose: { kind: "dossier", dossierCode: `BENCH-${tag}-${dossier}`, ...PROCEDURE },
      query,
    };
    out.push({ body: JSON.stringify(body), kind, query: search });
  }
  return out;
}

// ——— the run ——————————————————————————————————————————————————————————————————————————

async function dbStats(client: pg.Client) {
  const { rows } = await client.query<{ logs: string; lookups: string; dossiers: string; xact: string; inserted: string }>(
    `SELECT (SELECT count(*) FROM "access_log") AS logs, (SELECT count(*) FROM "lookups") AS lookups, (SELECT count(*) FROM "dossiers") AS dossiers,
            d.xact_commit + d.xact_rollback AS xact, d.tup_inserted AS inserted
       FROM pg_stat_database d WHERE d.datname = current_database()`,
  );
  const r = rows[0]!;
  return { logs: Number(r.logs), lookups: Number(r.lookups), dossiers: Number(r.dossiers), xact: Number(r.xact), inserted: Number(r.inserted) };
}

async function main() {
  const lookups = intArg("lookups", 6_000);
  const concurrency = intArg("concurrency", 50);
  const warmup = intArg("warmup", 200, 0);
  const captureCount = intArg("capture", 300, 0);
  const serialCount = intArg("serial", 300, 0);
  const rateArg = argValue("rate") === undefined ? null : intArg("rate", 1);
  const pacedArg = argValue("paced") === undefined ? null : intArg("paced", 0, 0);
  const people = intArg("people", 50_000);
  const maxSeconds = intArg("max-seconds", 120);
  const pgStats = flag("pg-stats");
  const cpuProfDir = argValue("cpu-prof");
  const dbVia = argValue("db-via") ?? "tcp";
  if (dbVia !== "socket" && dbVia !== "tcp") throw new Error("--db-via must be socket or tcp");
  const startedAt = performance.now();
  const loadAtStart = loadavg().map((n) => round(n, 2));

  // Build when there is none, or when a source is newer than it — unless a production server
  // (e.g. the e2e suite's) is serving this .next right now: then measure the build as it is, say so
  // (build.staleSource in the JSON), and leave it to --build.
  const state = buildState();
  const users = state.missing || flag("build") || flag("no-build") ? [] : serversUsingBuild();
  let reason: string | null = null;
  if (flag("build")) reason = "--build";
  else if (state.missing) reason = flag("no-build") ? null : "no .next/BUILD_ID";
  else if (state.staleSource && !flag("no-build")) {
    if (users.length) log(`WARNING: ${state.staleSource} is newer than the build, but next servers (pids ${users.join(", ")}) serve this .next: not rebuilding under them. Measuring the existing build; --build forces a rebuild.`);
    else reason = `${state.staleSource} changed since the last build`;
  }
  const build = { built: false, seconds: null as number | null, staleSource: state.missing ? null : state.staleSource };
  if (reason) {
    log(`building (${reason})…`);
    const t = performance.now();
    await runToStderr([join("node_modules", "next", "dist", "bin", "next"), "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" });
    Object.assign(build, { built: true, seconds: round((performance.now() - t) / 1000, 1), staleSource: null });
    log(`  built in ${build.seconds} s`);
  } else if (state.missing) {
    throw new Error("--no-build but there is no .next/BUILD_ID: build first (npm run build)");
  } else if (state.staleSource) {
    log(`WARNING: measuring a build older than ${state.staleSource}`);
  }

  cluster = await startPgCluster({ log, onCreate: (handle) => (clusterStops = handle), settings: { ...LOCK_WAIT_LOG_SETTINGS, ...(pgStats ? { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "top" } : {}) } });
  const url = cluster.url;
  const admin = new pg.Client({ connectionString: url });
  admin.on("error", (error) => log(`bench database connection: ${error.message}`));
  await admin.connect();
  try {
    await admin.query(`CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;${pgStats ? " CREATE EXTENSION IF NOT EXISTS pg_stat_statements;" : ""}`);
    const applied = await deployMigrations(url);
    log(`migrations: ${applied.length} applied`);
    const prisma = createPrismaClient(url, { max: 2 });
    try {
      await runSeed(prisma, { demo: true });
    } finally {
      await prisma.$disconnect();
    }
    log("seeded units, catalogue and demo access (API key demo-tthc-key)");
    // The database floor's own copy, taken before anything else connects to the seeded database.
    await admin.query(`CREATE DATABASE "${FLOOR_DATABASE}" TEMPLATE "postgres"`);
    // The server and the database floor reach PostgreSQL the same way (--db-via); setup uses TCP.
    const serverUrl = dbVia === "socket" ? cluster.socketUrl : url;
    const floorUrl = serverUrl.replace(/\/postgres(\?|$)/, `/${FLOOR_DATABASE}$1`);

    let t = performance.now();
    const dataset = generateDataset({ people });
    log(`dataset: ${people.toLocaleString("en")} people in ${round((performance.now() - t) / 1000, 2)} s (the server builds the same one)`);
    const samples = sampleQueries(dataset, lookups);
    const tag = Date.now().toString(36);
    const measured = bodies(lookups, samples, tag, 11);
    const warm = bodies(warmup, samples, `${tag}w`, 13);
    const captureBodies = bodies(captureCount, samples, `${tag}c`, 23);
    const serialBodies = bodies(serialCount, samples, `${tag}s`, 17);

    const { base, sawMockWarning } = await startServer(serverUrl, people, cpuProfDir);
    const headers = { authorization: `Bearer ${DEMO_API_KEY}`, "content-type": "application/json" };
    const req = (list: { body: string }[]) => (i: number): LoadRequest => ({ method: "POST", path: "/api/v1/lookups", headers, body: list[i]!.body });

    if (warmup > 0) {
      log(`warm-up: ${warmup} lookups, ${concurrency} clients…`);
      const w = await runLoad({ baseUrl: base, concurrency, total: warmup, request: req(warm), maxDurationMs: 60_000, stop: () => interrupted });
      checkInterrupted();
      log(`  ${w.ok}/${w.completed} ok in ${round(w.wallMs / 1000, 2)} s, p95 ${summarize(w.latenciesMs).p95} ms${w.errorSamples.length ? `; e.g. ${JSON.stringify(w.errorSamples[0])}` : ""}`);
    }
    // Then, warm (the once-a-minute writes of a first call done), the statements of `capture`
    // lookups are logged: the database floor replays them.
    let captured: Awaited<ReturnType<typeof captureStatements<number>>> = { result: 0, statements: [] };
    if (captureCount > 0) {
      log(`capture: ${captureCount} lookups, ${concurrency} clients, every statement logged for the database floor…`);
      captured = await captureStatements(admin, cluster.logPath, async () => {
        const c = await runLoad({ baseUrl: base, concurrency, total: captureCount, request: req(captureBodies), maxDurationMs: 60_000, stop: () => interrupted });
        checkInterrupted();
        return c.ok;
      });
      log(`  captured ${captured.statements.length} statements (${round(captured.statements.length / Math.max(1, captured.result), 2)} per lookup)`);
    }
    // The Next.js floor's warm-up, its statements logged too: none, for a route off the database.
    const nextWarm = await warmNextFloor({ base, concurrency, requests: Math.max(200, warmup), admin, logPath: cluster.logPath, stop: () => interrupted });
    checkInterrupted();
    log(`Next.js floor warm-up: ${nextWarm.requests} GET /api/health/live, ${nextWarm.statements} database statements meanwhile`);

    const before = await dbStats(admin);
    if (pgStats) await admin.query("SELECT pg_stat_statements_reset()");
    const postmaster = cluster.pid();
    const meter = cpuMeter({
      client: () => [process.pid],
      server: () => (server?.pid ? processTreePids(server.pid) : []),
      postgres: () => (postmaster ? processTreePids(postmaster) : []),
    });
    const found = { byId: 0, byName: 0, notFound: 0 };
    log(`measuring: ${lookups} lookups, ${concurrency} clients, at most ${maxSeconds} s…`);
    const serverTree = () => (server?.pid ? processTreePids(server.pid) : []);
    const postgresTree = () => (postmaster ? processTreePids(postmaster) : []);
    // The lock sampler connects to the floor's database: pg_stat_activity is the cluster's, and the
    // portal database's transaction counts stay the portal's.
    const window = await openWindow({ url: floorUrl, logPath: cluster.logPath, serverPids: serverTree, postgresPids: postgresTree });
    meter.start();
    const run = await runLoad({
      baseUrl: base,
      concurrency,
      total: lookups,
      request: req(measured),
      maxDurationMs: maxSeconds * 1000,
      stop: () => interrupted,
      onResponse: (i, status, body) => {
        if (status === 200 && !body.includes('"results":[]')) found[measured[i]!.kind] += 1;
      },
    });
    const cpu = meter.stop();
    const measuredWindow = await window.close(run.ok);
    checkInterrupted();
    for (const slice of timeline(run, 10_000)) log(`  ${String(slice.fromS).padStart(4)} s: ${String(slice.answers).padStart(5)} answers, p50 ${slice.p50} ms, p95 ${slice.p95} ms, max ${slice.max} ms`);
    log(`  CPU per lookup: server ${measuredWindow.serverCpuMsPerLookup} ms, postgres ${measuredWindow.postgresCpuMsPerLookup} ms; lock waits: ${measuredWindow.lockWaits.waitingBackendSamples} in ${measuredWindow.lockWaits.samples} samples, ${measuredWindow.lockWaits.logged} logged`);

    // The floors, with the same clients.
    log(`Next.js floor: ${lookups} GET /api/health/live, ${concurrency} clients…`);
    const nextFloor = { ...(await measureNextFloor({ base, concurrency, total: lookups, maxDurationMs: maxSeconds * 1000, serverPids: serverTree, stop: () => interrupted })), warmupStatements: nextWarm.statements };
    checkInterrupted();
    log(`  ${nextFloor.perSecond}/s (server ${nextFloor.serverCpuMsPerRequest} ms CPU per request)`);
    log(`database floor: the captured statements replayed for ${lookups} lookups, ${concurrency} connections…`);
    const dbFloor = captured.statements.length && captured.result
      ? await measureDbFloor({
          url: floorUrl,
          statements: captured.statements,
          capturedLookups: captured.result,
          lookups,
          connections: concurrency,
          maxDurationMs: maxSeconds * 1000,
          postgresPids: postgresTree,
          // Each pass over the captured lookups opens dossiers of its own, as new lookups do.
          rewrite: (value, pass) => value.replaceAll(`BENCH-${tag}c-`, `BENCH-${tag}f${pass}-`),
          stop: () => interrupted,
        })
      : null;
    checkInterrupted();
    if (dbFloor) log(`  ${dbFloor.perSecond} lookups/s (${dbFloor.statementsPerLookup} statements per lookup, postgres ${dbFloor.postgresCpuMsPerLookup} ms CPU per lookup, ${dbFloor.errors} errors${dbFloor.errorSamples.length ? `: ${dbFloor.errorSamples[0]}` : ""})`);

    // Paced: the same clients, offered half the measured capacity (or --rate) in all.
    const rate = rateArg ?? Math.max(1, Math.round(PACED_SHARE * (run.ok / (run.wallMs / 1000))));
    const pacedCount = pacedArg ?? rate * 20;
    const pacedBodies = bodies(pacedCount, samples, `${tag}p`, 19);
    let paced: Awaited<ReturnType<typeof runLoad>> | null = null;
    if (pacedCount > 0) {
      log(`paced: ${pacedCount} lookups at ${rate}/s over ${concurrency} clients…`);
      paced = await runLoad({ baseUrl: base, concurrency, total: pacedCount, request: req(pacedBodies), ratePerSecond: rate, maxDurationMs: maxSeconds * 1000, stop: () => interrupted });
      checkInterrupted();
      for (const slice of timeline(paced, 5_000)) log(`  ${String(slice.fromS).padStart(4)} s: ${String(slice.answers).padStart(5)} answers, p50 ${slice.p50} ms, p95 ${slice.p95} ms, max ${slice.max} ms`);
    }
    const after = await dbStats(admin);

    let statements: { queriesPerLookup: number; top: { calls: number; perLookup: number; meanMs: number; totalMs: number; query: string }[] } | undefined;
    if (pgStats) {
      const { rows } = await admin.query<{ calls: string; mean: number; total: number; query: string }>(
        `SELECT calls, mean_exec_time AS mean, total_exec_time AS total, query FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_%' ORDER BY calls DESC, total DESC`,
      );
      const perOk = Math.max(1, run.ok);
      const all = rows.reduce((s, r) => s + Number(r.calls), 0);
      statements = {
        queriesPerLookup: round(all / perOk, 2),
        top: rows.slice(0, 20).map((r) => ({ calls: Number(r.calls), perLookup: round(Number(r.calls) / perOk, 2), meanMs: round(r.mean, 3), totalMs: round(r.total, 0), query: r.query.replace(/\s+/g, " ").slice(0, 160) })),
      };
      log(`statements per lookup: ${statements.queriesPerLookup}`);
      for (const s of statements.top) log(`  ${String(s.perLookup).padStart(5)} × ${String(s.meanMs).padStart(7)} ms  ${s.query}`);
    }

    // One client: what a lookup costs when it waits for no other (the load run's latency is mostly
    // queueing: 50 clients at R lookups/s wait 50/R s on average, whatever the portal's own cost).
    let serial: { lookups: number; errors: number; p50Ms: number; p95Ms: number; p99Ms: number } | null = null;
    if (serialCount > 0) {
      log(`serial: ${serialCount} lookups, one client…`);
      const one = await runLoad({ baseUrl: base, concurrency: 1, total: serialCount, request: req(serialBodies), maxDurationMs: 60_000, stop: () => interrupted });
      checkInterrupted();
      const s = summarize(one.okLatenciesMs);
      serial = { lookups: one.ok, errors: one.completed - one.ok + one.networkErrors, p50Ms: s.p50, p95Ms: s.p95, p99Ms: s.p99 };
      log(`  p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms`);
    }

    checkInterrupted();
    log("verifying the access-log chain…");
    const prismaVerify = createPrismaClient(url, { max: 2 });
    const read = await readExportFile(BENCH_AUDIT_EXPORT);
    const exported = "checkpoints" in read ? read.checkpoints : null;
    const chain = await verifyAccessLogChain(prismaVerify, { publicKey: parsePublicKey(BENCH_AUDIT_KEYS.publicKey), exported }).finally(() => prismaVerify.$disconnect());

    // The in-process mock's own time for the same queries, measured here (the server runs the same code).
    const registry = createMockCivilRegistry(dataset);
    const ctx = { officerId: "bench", unitCode: UNIT_CODES[0]! };
    const mockTimes: number[] = [];
    for (const m of measured.slice(0, 2_000)) {
      t = performance.now();
      await registry.search(m.query, ctx);
      mockTimes.push(performance.now() - t);
    }

    const saturated = summarize(run.okLatenciesMs);
    const pacedLatency = paced ? summarize(paced.okLatenciesMs) : null;
    // The headline latency is the paced run's (what a caller waits at the target rate); without a
    // paced run, the closed-loop one.
    const latency = pacedLatency ?? saturated;
    const wallSeconds = run.wallMs / 1000;
    const lookupsPerSecond = round(run.ok / wallSeconds, 1);
    const logRows = after.logs - before.logs;
    const okLookups = run.ok + (paced?.ok ?? 0);
    const errors = run.completed - run.ok + run.networkErrors + (paced ? paced.completed - paced.ok + paced.networkErrors : 0);
    const counts = { byId: 0, byName: 0, notFound: 0 };
    for (const m of measured.slice(0, run.sent)) counts[m.kind] += 1;
    const ratioToNextFloor = ratio(lookupsPerSecond, nextFloor.perSecond);
    const ratioToDbFloor = ratio(lookupsPerSecond, dbFloor?.perSecond);
    const pacedP95Ms = pacedLatency?.p95 ?? null;
    const targets = { ratioToNextFloor: atLeast(ratioToNextFloor, TARGETS.ratioToNextFloor), pacedP95Ms: atMost(pacedP95Ms, TARGETS.pacedP95Ms) };
    const result = {
      lookupsPerSecond,
      nextFloorPerSecond: nextFloor.perSecond,
      dbFloorPerSecond: dbFloor?.perSecond ?? null,
      ratioToNextFloor,
      ratioToDbFloor,
      pacedRatePerSecond: paced ? rate : null,
      pacedP95Ms,
      serverCpuMsPerLookup: measuredWindow.serverCpuMsPerLookup,
      postgresCpuMsPerLookup: measuredWindow.postgresCpuMsPerLookup,
      lockWaitSamplesPer1000Lookups: measuredWindow.lockWaits.samplesPer1000Lookups,
      loggedLockWaitsPer1000Lookups: measuredWindow.lockWaits.loggedPer1000Lookups,
      floors: { next: nextFloor, db: dbFloor },
      lockWaits: measuredWindow.lockWaits,
      lookups: okLookups,
      overheadP50Ms: latency.p50,
      overheadP95Ms: latency.p95,
      overheadP99Ms: latency.p99,
      overheadMeanMs: latency.mean,
      overheadMaxMs: latency.max,
      paced: paced
        ? { offeredPerSecond: rate, achievedPerSecond: round(paced.ok / (paced.wallMs / 1000), 1), lookups: paced.ok, clients: concurrency, latencyMs: pacedLatency }
        : null,
      saturated: { clients: concurrency, lookups: run.ok, lookupsPerSecond, latencyMs: saturated, note: "closed loop: latency ≈ clients ÷ throughput (queueing)" },
      serial,
      logRows,
      chainOk: chain.ok,
      errors,
      requested: lookups,
      sent: run.sent,
      completed: run.completed,
      statuses: run.statuses,
      stoppedByTime: run.stoppedByTime,
      concurrency,
      dbVia,
      warmup,
      capture: captureCount,
      people,
      mix: { sent: counts, withResults: found },
      mockTimeMs: { p50: round(summarize(mockTimes).p50, 3), p95: round(summarize(mockTimes).p95, 3), note: "in-process mock search alone, same queries; part of the overhead figures, negligible" },
      lookupRows: after.lookups - before.lookups,
      dossiersCreated: after.dossiers - before.dossiers,
      db: {
        transactionsPerLookup: round((after.xact - before.xact) / Math.max(1, run.ok), 2),
        rowsInsertedPerLookup: round((after.inserted - before.inserted) / Math.max(1, run.ok), 2),
        ...(statements ? { statementsPerLookup: statements.queriesPerLookup, topStatements: statements.top.slice(0, 12) } : {}),
      },
      chain: chain.ok ? { ok: true, rows: chain.rows, chains: chain.chains } : { ok: false, rows: chain.rows, problem: chain.problem },
      durations: { measuredSeconds: round(wallSeconds, 2), totalSeconds: round((performance.now() - startedAt) / 1000, 1) },
      build,
      // CPU time per successful lookup, by process group: comparable across runs even when other
      // processes on the machine take a varying share of the cores (cpu.otherPct).
      cpuMsPerLookup: Object.fromEntries(Object.entries(cpu.groupsPct).map(([k, pct]) => [k, round((pct / 100) * cpu.cores * run.wallMs / Math.max(1, run.ok), 2)])),
      cpu: { ...cpu, loadAvgAtStart: loadAtStart },
      serverWarnedMockSystems: sawMockWarning(),
      errorSamples: run.errorSamples,
      targets,
      pass: {
        logRows: logRows === okLookups,
        chain: chain.ok,
        noErrors: errors === 0,
        completedAll: run.ok === lookups && (paced?.ok ?? 0) === pacedCount,
        pacedKeptUp: paced ? round(paced.ok / (paced.wallMs / 1000), 1) >= rate * 0.97 : null,
      },
    };
    log(
      `closed loop ${run.ok}/${lookups} ok in ${round(wallSeconds, 2)} s: ${lookupsPerSecond}/s (p95 ${saturated.p95} ms); ` +
        (pacedLatency ? `paced ${paced!.ok}/${pacedCount} at ${rate}/s: p50 ${pacedLatency.p50} ms, p95 ${pacedLatency.p95} ms, p99 ${pacedLatency.p99} ms; ` : "") +
        `log rows ${logRows}, chain ${chain.ok ? "ok" : "BROKEN"}; CPU busy ${cpu.machineBusyPct}% (server ${cpu.groupsPct.server}%, postgres ${cpu.groupsPct.postgres}%, client ${cpu.groupsPct.client}%, other ${cpu.otherPct}%)`,
    );
    log(
      `floors: lookups ${lookupsPerSecond}/s, Next.js ${nextFloor.perSecond}/s (ratio ${ratioToNextFloor}), database ${dbFloor?.perSecond ?? "—"}/s (ratio ${ratioToDbFloor}); ` +
        `paced p95 ${pacedP95Ms} ms at ${rate}/s; targets ${Object.entries(targets).map(([k, t]) => `${k} ${t.pass ? "pass" : "FAIL"}`).join(", ")}`,
    );
    await admin.end();
    await cleanup();
    checkInterrupted();
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await admin.end().catch(() => {});
  }
}

main()
  .catch(async (error: unknown) => {
    if (interrupted) {
      process.exitCode = 130;
      return;
    }
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (cluster) log(`PostgreSQL log (tail):\n${cluster.logTail(15)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup();
    process.exit(process.exitCode ?? 0);
  });
