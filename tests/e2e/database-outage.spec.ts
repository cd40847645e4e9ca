// The database stops and comes back under traffic: while it is down every page and API answers 503
// in Vietnamese (never 500), nothing committed is lost, and the same Next.js server serves again by
// itself once the database returns. The spec runs its own `next start` over its own file-backed
// embedded database, so that stopping it disturbs no other spec.
import { test, expect, type APIRequestContext } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/pglite-server";
import { prepareDevelopmentDatabase } from "../../lib/db/prepare";
import { killProcessTree } from "../../lib/dev/process-tree";
import { generateAuditKeyPair } from "../../lib/audit/keys";
import { E2E } from "./config";

const PORT = E2E.port + 50;
const DB_PORT = E2E.dbPort + 50;
const BASE = `http://127.0.0.1:${PORT}`;
const KEY = "Bearer demo-tthc-key";

let dataDir: string;
let database: EmbeddedDatabase | undefined;
let next: ChildProcess | undefined;

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(join(tmpdir(), "outage-db-"));
  database = await startEmbeddedDatabase({ port: DB_PORT, dataDir });
  await prepareDevelopmentDatabase(database.url, () => {});
  const mock = `http://127.0.0.1:${E2E.mockPort}`;
  next = spawn(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(PORT), "--hostname", "127.0.0.1"], {
    stdio: "ignore",
    detached: true,
    env: {
      ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "fatal", MONITORING_PROBE: "0",
      DATABASE_URL: database.url, AUTH_SECRET: E2E.authSecret,
      CIVIL_REGISTRY_MODE: "http", CIVIL_REGISTRY_URL: `${mock}/civil-registry/v1`, CIVIL_REGISTRY_API_KEY: "e2e-civil-registry-key",
      POPULATION_MODE: "http", POPULATION_URL: `${mock}/population/v1`, POPULATION_API_KEY: "e2e-population-key",
      POPULATION_CREDENTIAL_SECRET: "e2e-only-population-credential-secret-0123456789",
      DOCUMENT_SIGNING_SECRET: "e2e-only-document-signing-secret-0123456789", PUBLIC_BASE_URL: BASE,
      AUDIT_SIGNING_KEY: generateAuditKeyPair().privateKey, AUDIT_CHECKPOINT_EXPORT: join(dataDir, "audit-checkpoints.jsonl"),
    },
  });
  await waitFor(async () => (await fetch(`${BASE}/api/health`)).ok, 60_000);
});

test.afterAll(async () => {
  if (next?.pid) killProcessTree(next.pid);
  await database?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

let seq = 0;
async function lookup(request: APIRequestContext) {
  const n = seq++;
  const response = await request.post(`${BASE}/api/v1/lookups`, {
    headers: { Authorization: KEY },
    data: { unitCode: "23575", purpose: { kind: "dossier", dossierCode: `OUT-${n}`, procedureCode: "1.001193", replacesPapers: ["marriage-certificate"] }, query: { personalId: "064198004512" } },
  });
  const body = await response.json().catch(() => null);
  return { status: response.status(), body, code: `OUT-${n}` };
}

test("the database stops and returns under traffic: 503 in Vietnamese while down, nothing lost, back without restarting Next.js", async ({ request }) => {
  test.setTimeout(180_000);
  const answered: string[] = [];
  const statuses = new Map<number, number>();
  let running = true;
  // Four clients looking up all along, before, during and after the outage.
  const traffic = Promise.all(
    Array.from({ length: 4 }, async () => {
      while (running) {
        const r = await lookup(request);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.status === 200) answered.push(r.body.lookupId);
        else expect(r.body?.error?.code, JSON.stringify(r.body)).toBe("DATABASE_UNAVAILABLE");
        if (r.status !== 200) await new Promise((s) => setTimeout(s, 100));
      }
    }),
  );
  await waitFor(async () => answered.length >= 20, 30_000);

  await database!.stop();
  // Pages and the API say why, in Vietnamese, with a Retry-After.
  await waitFor(async () => (await fetch(`${BASE}/api/v1/lookups`, { method: "POST", headers: { Authorization: KEY, "Content-Type": "application/json" }, body: "{}" })).status === 503, 10_000);
  const page = await fetch(`${BASE}/login`);
  expect(page.status).toBe(503);
  expect(page.headers.get("retry-after")).toBeTruthy();
  expect(await page.text()).toContain("Cơ sở dữ liệu của Cổng tạm thời không truy cập được");
  expect((await fetch(`${BASE}/api/health`)).status).toBe(503);
  await new Promise((r) => setTimeout(r, 1_500));

  database = await startEmbeddedDatabase({ port: DB_PORT, dataDir });
  const before = answered.length;
  const recoveredIn = await waitFor(async () => answered.length > before + 5, 20_000);
  expect((await fetch(`${BASE}/login`)).status).toBe(200);
  running = false;
  await traffic;

  expect([...statuses.keys()].sort()).toEqual([200, 503]); // never a 500
  // Every lookup that was answered was committed, with its access-log row.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number; logged: number }>(
      `SELECT count(*)::int AS n, count(a.seq)::int AS logged FROM lookups l LEFT JOIN access_log a ON a."lookupId" = l.id WHERE l.id = ANY($1)`,
      [answered],
    );
    expect(rows[0]).toEqual({ n: answered.length, logged: answered.length });
  } finally {
    await client.end();
  }
  test.info().annotations.push({ type: "recovery", description: `${recoveredIn} ms after the database returned` });
});
