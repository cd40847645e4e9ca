// Several portal instances behind nginx on one machine, without Docker: what compose.yaml runs, made
// of local processes. A private PostgreSQL 15 (or a given local database), migrated as the tables'
// owner and seeded with the demo data, the mock national systems, N `next start` of the one build
// in .next with identical environments, and Debian's nginx round-robin over them with no
// stickiness, configured from scripts/deploy/nginx.conf. `npm run cluster` and the e2e server
// (E2E_CLUSTER=N) run it; stop() undoes everything, and any child dying stops the rest.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { BASE_PATHS } from "@/lib/adapters/http/wire";
import type { MockGovServer } from "@/mock-national/server";
import type { Faults } from "@/mock-national/server/faults";
import { startLocalMockGov } from "@/mock-national/server/local";
import { generateAuditKeyPair } from "@/lib/audit/keys";
import { startPgCluster, type PgCluster } from "@/lib/bench/pg-cluster";
import { prepareDevelopmentDatabase } from "@/lib/db/prepare";
import { killProcessTree } from "@/lib/dev/process-tree";
import { localNginxConfFromDeploy, NGINX_BIN } from "@/lib/dev/nginx";

const LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"];

/** Demo data is seeded and accounts are locked by tests: never on a database of another machine. */
export function assertLocalDatabaseUrl(url: string, who = "the cluster"): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.includes(host)) throw new Error(`${who} refuses a non-local database (${host})`);
}

/** The secrets every instance shares; any not given is made at random for this run. */
export interface ClusterSecrets {
  authSecret: string;
  documentSigningSecret: string;
  serverActionsKey: string;
  auditSigningKey: string;
  monitoringToken: string;
  signingP12Passphrase: string;
}

export interface ClusterMockOptions {
  apiKeys: { civilRegistry: string; population: string };
  credentialSecret: string;
  adminKey?: string;
  faults: Faults;
  people: number;
  seed?: number;
}

export interface ClusterOptions {
  instances: number;
  /** nginx's loopback port: the portal's address. */
  port: number;
  /** The first instance's port; the others follow (default port + 1). */
  firstInstancePort?: number;
  /** The mock national systems' port. */
  mockPort: number;
  mock: ClusterMockOptions;
  /** A local database to use as it is (migrated and seeded when empty); default a private PostgreSQL 15. */
  databaseUrl?: string;
  /** The private PostgreSQL's port (default: a free one). */
  dbPort?: number;
  /** Run `next build` first (default: refuse to start without a build). */
  build?: boolean;
  secrets?: Partial<ClusterSecrets>;
  /** More environment for every instance (limits, timeouts, LOG_LEVEL…), on top of the cluster's. */
  instanceEnv?: Record<string, string>;
  log?: (line: string) => void;
  /** Called once when a child dies while the cluster runs; the cluster is then stopped. */
  onFailure?: (reason: string) => void;
}

export interface ClusterInstance {
  name: string;
  port: number;
  url: string;
  pid: number | undefined;
}

/** Settings of the private PostgreSQL: a throw-away database, so durability is traded for speed. */
const CLUSTER_PG_SETTINGS: Record<string, string> = { fsync: "off", synchronous_commit: "off", full_page_writes: "off", shared_buffers: "128MB" };

const randomSecret = (bytes = 32) => randomBytes(bytes).toString("base64url");

function makeSecrets(given: Partial<ClusterSecrets> = {}): ClusterSecrets {
  return {
    authSecret: given.authSecret ?? randomSecret(),
    documentSigningSecret: given.documentSigningSecret ?? randomSecret(),
    // Next.js wants base64 of exactly 32 bytes.
    serverActionsKey: given.serverActionsKey ?? randomBytes(32).toString("base64"),
    auditSigningKey: given.auditSigningKey ?? generateAuditKeyPair().privateKey,
    monitoringToken: given.monitoringToken ?? randomSecret(),
    signingP12Passphrase: given.signingP12Passphrase ?? randomSecret(12),
  };
}

function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", () => reject(new Error(`port ${port} (${what}) is in use: choose other ports`)));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string, aborted: () => string | null): Promise<void> {
  const started = Date.now();
  for (;;) {
    const reason = aborted();
    if (reason) throw new Error(`${what}: ${reason}`);
    if (await check().catch(() => false)) return;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

const answers = async (url: string) => (await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok;

/** Creates what scripts/deploy/db-init.sh creates (owner, application role, login, extensions), with trust authentication. */
async function createRoles(superuserUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    await admin.query("CREATE ROLE hotich_owner LOGIN");
    await admin.query("CREATE ROLE hotich_app NOLOGIN");
    await admin.query("CREATE ROLE hotich LOGIN IN ROLE hotich_app");
    await admin.query("CREATE DATABASE hotich OWNER hotich_owner");
  } finally {
    await admin.end();
  }
  const db = new pg.Client({ connectionString: superuserUrl.replace(/\/postgres$/, "/hotich") });
  await db.connect();
  try {
    await db.query("CREATE EXTENSION IF NOT EXISTS unaccent");
    await db.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
  } finally {
    await db.end();
  }
}

/** Copies a child's output line by line with its name in front. */
function prefixOutput(child: ChildProcess, name: string): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    const out = stream === child.stderr ? process.stderr : process.stdout;
    createInterface({ input: stream }).on("line", (line) => out.write(`[${name}] ${line}\n`));
  }
}

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

export class LocalCluster {
  readonly options: ClusterOptions;
  readonly secrets: ClusterSecrets;
  readonly instances: ClusterInstance[] = [];
  /** Temporary folder: nginx's configuration and files, the demo certificates, the checkpoint export. */
  dir: string | undefined;
  /** The database as its superuser (or the given URL): for tools and tests, never for the instances. */
  databaseUrl: string | undefined;
  /** The instances' login: hotich, a member of hotich_app (the given URL when one was given). */
  appDatabaseUrl: string | undefined;
  private pgCluster: PgCluster | undefined;
  private pgHandle: Pick<PgCluster, "stop" | "stopSync"> | undefined;
  private mockGov: MockGovServer | undefined;
  private children = new Map<string, ChildProcess>();
  private pgWatch: NodeJS.Timeout | undefined;
  private stopping = false;
  private stopped: Promise<void> | undefined;
  private failure: string | null = null;
  private readonly log: (line: string) => void;

  constructor(options: ClusterOptions) {
    if (!Number.isInteger(options.instances) || options.instances < 1 || options.instances > 16) throw new Error("--instances must be between 1 and 16");
    this.options = options;
    this.secrets = makeSecrets(options.secrets);
    this.log = options.log ?? ((line) => console.log(`[cluster] ${line}`));
  }

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  private instancePorts(): number[] {
    const first = this.options.firstInstancePort ?? this.options.port + 1;
    return Array.from({ length: this.options.instances }, (_, i) => first + i);
  }

  private checkRunning = () => (this.stopping ? (this.failure ?? "stopped") : null);

  /** Starts everything; throws (the caller then calls stop()) when something does not come up. */
  async start(): Promise<void> {
    const { options, secrets, log } = this;
    const ports = this.instancePorts();
    if (!existsSync(NGINX_BIN)) throw new Error(`nginx not found at ${NGINX_BIN} (Debian: apt-get install nginx)`);
    for (const [port, what] of [[options.port, "nginx"], [options.mockPort, "mock national systems"], ...ports.map((p, i) => [p, `instance ${i + 1}`] as const)] as const) {
      await assertPortFree(port, what);
    }
    if (options.build) {
      log("next build");
      await runToEnd(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "build"], { ...process.env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secrets.serverActionsKey, NEXT_TELEMETRY_DISABLED: "1" });
    } else if (!existsSync(join(".next", "BUILD_ID"))) {
      throw new Error("no production build in .next: run `npx next build` first, or pass --build");
    }
    this.dir = mkdtempSync(join(tmpdir(), "hotich-cluster-"));

    // The database.
    let migrationUrl: string | undefined;
    if (options.databaseUrl) {
      assertLocalDatabaseUrl(options.databaseUrl);
      this.databaseUrl = this.appDatabaseUrl = options.databaseUrl;
    } else {
      this.pgCluster = await startPgCluster({ port: options.dbPort, settings: CLUSTER_PG_SETTINGS, log, onCreate: (handle) => (this.pgHandle = handle) });
      if (this.stopping) throw new Error("stopped");
      await createRoles(this.pgCluster.url);
      const base = `127.0.0.1:${this.pgCluster.port}/hotich`;
      this.databaseUrl = `postgresql://postgres@${base}`;
      migrationUrl = `postgresql://hotich_owner@${base}`;
      this.appDatabaseUrl = `postgresql://hotich@${base}`;
      log(`database hotich: migrations as hotich_owner, instances as hotich (role hotich_app)`);
      const pgPid = this.pgCluster.pid();
      this.pgWatch = setInterval(() => {
        if (this.stopping || !pgPid) return;
        try {
          process.kill(pgPid, 0);
        } catch {
          this.fail("PostgreSQL stopped");
        }
      }, 2_000);
      this.pgWatch.unref();
    }
    // The seed encrypts the demo accounts' two-factor secrets with a key derived from AUTH_SECRET: the instances'.
    process.env.AUTH_SECRET = secrets.authSecret;
    const signingDir = join(this.dir, "signing");
    await prepareDevelopmentDatabase(this.appDatabaseUrl!, log, { migrationUrl, demoSigning: { dir: signingDir, passphrase: secrets.signingP12Passphrase } });
    if (this.stopping) throw new Error("stopped");

    // The national systems.
    const mockGov = await startLocalMockGov({ port: options.mockPort, ...options.mock, log });
    if (this.stopping) {
      // stop() ran while the mock started: it did not see it.
      await mockGov.stop();
      throw new Error("stopped");
    }
    this.mockGov = mockGov;
    const mockUrl = mockGov.url;

    // The instances: one environment for all of them.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: this.appDatabaseUrl,
      AUTH_SECRET: secrets.authSecret,
      DOCUMENT_SIGNING_SECRET: secrets.documentSigningSecret,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secrets.serverActionsKey,
      MONITORING_TOKEN: secrets.monitoringToken,
      PUBLIC_BASE_URL: this.url,
      // nginx appends its peer to the forwarded-for chain: believe that one hop, as compose.yaml does.
      TRUSTED_PROXIES: "1",
      AUDIT_SIGNING_KEY: secrets.auditSigningKey,
      // One export both instances share; only the one holding the checkpoint lease writes.
      AUDIT_CHECKPOINT_EXPORT: join(this.dir, "audit", "checkpoints.jsonl"),
      SIGNING_CERT_DIR: signingDir,
      SIGNING_P12_PASSPHRASE: secrets.signingP12Passphrase,
      CIVIL_REGISTRY_MODE: "http",
      CIVIL_REGISTRY_URL: `${mockUrl}${BASE_PATHS.civilRegistry}`,
      CIVIL_REGISTRY_API_KEY: options.mock.apiKeys.civilRegistry,
      POPULATION_MODE: "http",
      POPULATION_URL: `${mockUrl}${BASE_PATHS.population}`,
      POPULATION_API_KEY: options.mock.apiKeys.population,
      POPULATION_CREDENTIAL_SECRET: options.mock.credentialSecret,
      ...options.instanceEnv,
    };
    // The instances never get the owner's URL (compose.yaml neither).
    delete env.MIGRATION_DATABASE_URL;
    mkdirSync(join(this.dir, "audit"));
    ports.forEach((port, i) => {
      const name = `portal-${i + 1}`;
      const child = spawn(process.execPath, [join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port), "--hostname", "127.0.0.1"], {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...env, PORT: String(port) },
      });
      prefixOutput(child, name);
      this.watch(name, child);
      this.instances.push({ name, port, url: `http://127.0.0.1:${port}`, pid: child.pid });
    });
    await Promise.all(this.instances.map((instance) => waitUntil(() => answers(`${instance.url}/api/health/ready`), 120_000, `${instance.name} ready`, this.checkRunning)));

    // nginx in front, only once every instance is ready.
    const nginxDir = join(this.dir, "nginx");
    mkdirSync(nginxDir);
    const asRoot = userInfo().uid === 0;
    writeFileSync(join(nginxDir, "nginx.conf"), localNginxConfFromDeploy({ dir: nginxDir, port: options.port, instancePorts: ports, asRoot }));
    if (this.stopping) throw new Error("stopped");
    const nginx = spawn(NGINX_BIN, ["-p", nginxDir, "-c", join(nginxDir, "nginx.conf"), "-e", join(nginxDir, "error.log"), "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"] });
    prefixOutput(nginx, "nginx");
    this.watch("nginx", nginx);
    await waitUntil(() => answers(`${this.url}/api/health/live`), 30_000, "nginx", this.checkRunning);
  }

  private watch(name: string, child: ChildProcess): void {
    this.children.set(name, child);
    child.on("error", (error) => this.fail(`${name}: ${error.message}`));
    child.on("exit", (code, signal) => {
      this.children.delete(name);
      this.fail(`${name} exited (${signal ?? `code ${code}`})`);
    });
  }

  private fail(reason: string): void {
    if (this.stopping) return;
    this.failure = reason;
    this.log(`${reason}: stopping the cluster`);
    this.options.onFailure?.(reason);
    void this.stop();
  }

  /** Stops nginx, the instances, the mock systems and PostgreSQL, and deletes the temporary folders. Safe to call twice. */
  stop(): Promise<void> {
    this.stopping = true;
    this.stopped ??= this.stopAll();
    return this.stopped;
  }

  private async stopAll(): Promise<void> {
    const started = Date.now();
    if (this.pgWatch) clearInterval(this.pgWatch);
    const exits = [...this.children.values()].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          // Next.js runs the real server in a child process: stop the whole tree.
          if (child.pid) killProcessTree(child.pid);
          setTimeout(() => {
            if (child.pid) killProcessTree(child.pid, "SIGKILL");
            resolve();
          }, 5_000).unref();
        }),
    );
    await Promise.all(exits);
    const processes = Date.now() - started;
    await this.mockGov?.stop().catch(() => {});
    this.mockGov = undefined;
    await (this.pgCluster ?? this.pgHandle)?.stop().catch(() => {});
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.log(`stopped in ${Date.now() - started} ms (nginx and instances ${processes} ms)`);
  }

  /** Last resort in an exit handler: kills what is left, synchronously. */
  stopSync(): void {
    this.stopping = true;
    for (const child of this.children.values()) if (child.pid) killProcessTree(child.pid, "SIGKILL");
    (this.pgCluster ?? this.pgHandle)?.stopSync();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }

  describe(): string[] {
    return [
      `portal on ${this.url} (nginx, round robin over ${this.instances.length} instance${this.instances.length > 1 ? "s" : ""}, no stickiness)`,
      ...this.instances.map((i) => `  ${i.name}: ${i.url} (pid ${i.pid})`),
      `mock national systems on ${this.mockGov?.url ?? "?"}`,
      `database: ${this.databaseUrl}${this.pgCluster ? ` (private PostgreSQL 15 in ${this.pgCluster.dir}, deleted on stop)` : ""}`,
      `monitoring token (/api/health details): ${this.secrets.monitoringToken}`,
    ];
  }
}
