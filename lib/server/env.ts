import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { parseTrustedProxies, type TrustedProxies } from "@/lib/http/client-address";
import { parsePrivateKey } from "@/lib/audit/keys";
import { MAX_CHAINS } from "@/lib/audit/chain";
import { parseDevAllowedOrigins } from "@/lib/dev/allowed-origins";
import { SYSTEM_SLUGS, type SystemId } from "@/lib/adapters/systems";

// The development secrets are public (they are in this file), so production refuses to use them.
const DEV_AUTH_SECRET = "dev-only-secret-do-not-use-in-production-0123456789";
const DEV_POPULATION_CREDENTIAL_SECRET = "dev-only-population-credential-secret-0123456789";
const DEV_DOCUMENT_SIGNING_SECRET = "dev-only-document-signing-secret-0123456789abcdef";
const DEV_SIGNING_P12_PASSPHRASE = "dev-only-demo-p12-passphrase";
/** Keys the local mock systems accept; harmless anywhere else, since no real system knows them. */
export const DEV_UPSTREAM_KEYS = { civilRegistry: "dev-civil-registry-key", population: "dev-population-key" } as const;
export const MOCK_GOV_DEFAULT_PORT = 4010;

const ZMode = z.enum(["in-process", "http"], { error: 'must be "in-process" (mock data in this process) or "http" (a server at its URL)' });
const positiveInt = z.coerce.number().int().positive();
/** An http(s) origin, optionally with a path prefix; the trailing slash is dropped so paths can be appended. */
const ZBaseUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://hotich.gialai.gov.vn" })
  .transform((u) => u.replace(/\/+$/, ""));

/**
 * The access log's signed checkpoints (lib/audit/sign-checkpoint.ts). Its own object so that
 * `npm run audit:verify` can read these without the server's other production requirements.
 */
const ZAuditEnv = z.object({
  /** Ed25519 private key, PEM or base64 of PKCS#8 DER. Never stored in the database. */
  AUDIT_SIGNING_KEY: z.string().trim().min(1).optional(),
  /** Ed25519 public key (PEM or base64 of SPKI DER) audit:verify checks signatures with. */
  AUDIT_VERIFY_KEY: z.string().trim().min(1).optional(),
  /** A checkpoint is signed once this many rows are unsigned… */
  AUDIT_CHECKPOINT_ROWS: positiveInt.default(1_000),
  /** …or once the oldest unsigned row is this old. */
  AUDIT_CHECKPOINT_MINUTES: positiveInt.default(5),
  /** Where checkpoints are also written, outside the database: a JSON-lines file path or an http(s) URL. */
  AUDIT_CHECKPOINT_EXPORT: z.string().trim().min(1).default(".data/audit-checkpoints.jsonl"),
  /** Bearer token for an http(s) export. */
  AUDIT_CHECKPOINT_EXPORT_TOKEN: z.string().trim().min(1).optional(),
  /** "0" stops the checkpoint signer in this instance; off by default under test. */
  AUDIT_CHECKPOINTS: z.enum(["0", "1"]).optional(),
  /** How many chains the access log is split into (by unit), so appends do not all wait on one lock. */
  ACCESS_LOG_CHAINS: z.coerce.number().int().min(1).max(MAX_CHAINS).default(8),
});

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().trim().min(1).optional(),
  /** The tables' owner, for `npm run db:migrate` only (lib/db/url.ts); the server never uses it. */
  MIGRATION_DATABASE_URL: z.string().trim().min(1).optional(),
  EMBEDDED_DB_PORT: z.coerce.number().int().positive().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  APP_VERSION: z.string().optional(),
  /** Set by `npm run dev`/CI when the process may seed and use demo data. */
  DEMO_MODE: z.enum(["0", "1"]).optional(),
  // The two national systems (lib/adapters/<system>/index.ts).
  CIVIL_REGISTRY_MODE: ZMode.optional(),
  CIVIL_REGISTRY_URL: z.url().optional(),
  CIVIL_REGISTRY_API_KEY: z.string().trim().min(1).optional(),
  POPULATION_MODE: ZMode.optional(),
  POPULATION_URL: z.url().optional(),
  POPULATION_API_KEY: z.string().trim().min(1).optional(),
  POPULATION_CREDENTIAL_SECRET: z.string().min(32, "POPULATION_CREDENTIAL_SECRET must be at least 32 characters").optional(),
  UPSTREAM_TIMEOUT_MS: positiveInt.default(5_000),
  UPSTREAM_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  UPSTREAM_BREAKER_THRESHOLD: positiveInt.default(5),
  UPSTREAM_BREAKER_COOLDOWN_MS: positiveInt.default(30_000),
  // The mock systems: their synthetic population, and the port `npm run dev` serves them on.
  MOCK_PEOPLE: positiveInt.optional(),
  /** Unset: the generator's own default seed, so the data matches its documentation. */
  MOCK_SEED: z.coerce.number().int().optional(),
  MOCK_GOV_PORT: positiveInt.default(MOCK_GOV_DEFAULT_PORT),
  /**
   * "1" lets a production build run the national systems in-process (generated people, no real
   * data). For benchmarks and demos only; never in a real deployment. The server logs a warning at
   * boot whenever it is in effect.
   */
  ALLOW_MOCK_SYSTEMS: z.enum(["0", "1"], { error: 'must be "1" (benchmarks and demos only) or "0"' }).optional(),
  // Issued documents (lib/documents/): the key of their verification codes, and the origin their QR
  // codes print. PORT only shapes the development default of the latter.
  DOCUMENT_SIGNING_SECRET: z.string().min(32, "DOCUMENT_SIGNING_SECRET must be at least 32 characters").optional(),
  PUBLIC_BASE_URL: ZBaseUrl.optional(),
  /** Key of the two-factor secrets at rest (AES-GCM); unset: derived from AUTH_SECRET (rotating it then means re-enrolling). */
  /** "0" stops the background connection probe (lib/admin/monitoring); off by default under test. */
  MONITORING_PROBE: z.enum(["0", "1"]).optional(),
  /** "0" stops the worker that registers issued copies with the national system; off by default under test. */
  NATIONAL_REGISTRATION_WORKER: z.enum(["0", "1"]).optional(),
  /** "0" stops the delivery of API clients' callbacks (lib/api-callbacks) in this instance; off by default under test. */
  API_CALLBACKS: z.enum(["0", "1"]).optional(),
  /** Bearer token that lets a monitoring system read /api/health's details (latencies, breakers, errors). */
  MONITORING_TOKEN: z.string().trim().min(32, "MONITORING_TOKEN must be at least 32 characters").optional(),
  TWO_FACTOR_KEY: z.string().min(32, "TWO_FACTOR_KEY must be at least 32 characters").optional(),
  PORT: positiveInt.optional(),
  /**
   * `next dev` only (next.config.ts reads it at startup): more host names that may open the development
   * server, besides localhost, 127.0.0.1 and this machine's network addresses.
   */
  DEV_ALLOWED_ORIGINS: z.string().optional().superRefine((v, ctx) => {
    try {
      parseDevAllowedOrigins(v);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `must be a comma-separated list of host names: ${(error as Error).message}` });
    }
  }),
  /** Which X-Forwarded-For hops to believe (lib/http/client-address.ts): unset = none, a hop count, or CIDRs. */
  TRUSTED_PROXIES: z.string().optional().superRefine((v, ctx) => {
    try {
      parseTrustedProxies(v);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `must be a hop count (e.g. 1) or a comma-separated CIDR list: ${(error as Error).message}` });
    }
  }),
  // Limits per minute (README, 'Production'): sign-in attempts per client address and per username,
  // system-API calls per key.
  SIGN_IN_LIMIT_PER_ADDRESS: positiveInt.default(10),
  SIGN_IN_LIMIT_PER_USERNAME: positiveInt.default(5),
  API_RATE_LIMIT_PER_MINUTE: positiveInt.default(60_000),
  // Digital signatures of issued documents (lib/signing/credentials.ts): a folder holding one
  // PKCS#12 per unit, `<unit code>.p12`, all under one passphrase, and the CA certificates a
  // verifier trusts (PEM). Outside production a demo CA is made there on first use.
  SIGNING_CERT_DIR: z.string().trim().min(1).optional(),
  SIGNING_P12_PASSPHRASE: z.string().min(8, "SIGNING_P12_PASSPHRASE must be at least 8 characters").optional(),
  SIGNING_TRUSTED_CA: z.string().trim().min(1).optional(),
  // The app's database pool (lib/db/client.ts) and the daily rollup job (lib/reports/rollup-job.ts).
  DATABASE_POOL_SIZE: positiveInt.default(10),
  /** Cancels any statement running longer (PostgreSQL's statement_timeout); 0 turns it off. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  /** Closes a pooled connection idle this long. */
  DATABASE_IDLE_TIMEOUT_MS: positiveInt.default(30_000),
  /** "0" stops the daily report rollup job in this instance; off by default under test. */
  REPORT_ROLLUP: z.enum(["0", "1"]).optional(),
  /** Exports of more rows than this run as background jobs (lib/exports); smaller ones download at once. */
  EXPORT_JOB_THRESHOLD_ROWS: positiveInt.default(5_000),
  /** Hours a finished export file is kept for its owner before the cleanup job deletes it. */
  EXPORT_JOB_TTL_HOURS: positiveInt.default(24),
  ...ZAuditEnv.shape,
});

/** How the portal reaches one national system. */
export type UpstreamConfig = { mode: "in-process" } | { mode: "http"; url: string; apiKey: string };

export type AppEnv = {
  nodeEnv: "development" | "production" | "test";
  isProduction: boolean;
  databaseUrl: string;
  authSecret: string;
  logLevel: z.infer<typeof ZEnv>["LOG_LEVEL"];
  version: string;
  civilRegistry: UpstreamConfig;
  /** The credential secret is needed in both modes: the portal signs, the system (or mock) verifies. */
  population: UpstreamConfig & { credentialSecret: string };
  /** Applies to both HTTP clients. */
  upstream: { timeoutMs: number; retries: number; breakerThreshold: number; breakerCoolDownMs: number };
  /** The in-process mock dataset (generateDataset) and the local mock server's port. */
  mock: { people: number; seed: number | undefined; govPort: number };
  /**
   * Issued documents: the HMAC key of their verification codes, and the public origin printed in
   * their QR codes (`${publicBaseUrl}/verify/<code>`), without a trailing slash.
   */
  documents: { signingSecret: string; publicBaseUrl: string };
  /** Key material for two-factor secrets at rest (lib/auth/two-factor/crypto.ts derives the AES key). */
  twoFactorKey: string;
  /** Whether this server runs the background probe of the national systems. */
  monitoringProbe: boolean;
  /** Whether this server runs the outbox worker that registers issued copies upstream. */
  registrationWorker: boolean;
  /** Whether this server delivers the callbacks of API clients (lib/api-callbacks/scheduler.ts). */
  apiCallbacks: boolean;
  /** Which proxies in front of the app may tell the client's address (lib/http/client-address.ts). */
  trustedProxies: TrustedProxies;
  /** Hits per minute: sign-in attempts per address and per username, system-API calls per key. */
  limits: { signInPerAddress: number; signInPerUsername: number; apiPerKey: number };
  /** The access log's signed checkpoints. */
  audit: AuditConfig;
  /** Opens /api/health's details to `Authorization: Bearer <token>`; null: only an administrator's session does. */
  monitoringToken: string | null;
  /**
   * Digital signatures: where the units' PKCS#12 files are, their passphrase, the trusted CA
   * certificates (PEM file), and whether a missing unit certificate is made under a local demo CA
   * (never in production).
   */
  signing: { certDir: string; passphrase: string; trustedCaPath: string; demoCa: boolean };
  /** The app's pool: connections, statement timeout (0: none) and idle timeout, in ms. */
  database: { poolSize: number; statementTimeoutMs: number; idleTimeoutMs: number };
  /** Whether this server runs the daily report rollup job (lib/reports/rollup-job.ts). */
  reportRollup: boolean;
  /** Background exports (lib/exports): above how many rows an export becomes a job, and how long its file is kept. */
  exports: { jobThresholdRows: number; ttlHours: number };
  /** Things allowed but worth shouting about (ALLOW_MOCK_SYSTEMS in production); env() logs them once. */
  warnings: string[];
};

type Parsed = z.infer<typeof ZEnv>;

export type AuditConfig = {
  /** Unset outside production: lib/audit/keys.ts then makes a demo key. */
  signingKey: string | undefined;
  verifyKey: string | undefined;
  checkpointRows: number;
  checkpointMinutes: number;
  /** ACCESS_LOG_CHAINS (lib/audit/chain.ts chainFor). */
  chains: number;
  export: { kind: "file"; path: string } | { kind: "http"; url: string; token: string | undefined };
  /** Whether this server runs the checkpoint signer. */
  checkpoints: boolean;
  nodeEnv: "development" | "production" | "test";
};

function auditFrom(e: z.infer<typeof ZAuditEnv> & { NODE_ENV: AuditConfig["nodeEnv"] }): AuditConfig {
  const target = e.AUDIT_CHECKPOINT_EXPORT;
  return {
    signingKey: e.AUDIT_SIGNING_KEY,
    verifyKey: e.AUDIT_VERIFY_KEY,
    checkpointRows: e.AUDIT_CHECKPOINT_ROWS,
    checkpointMinutes: e.AUDIT_CHECKPOINT_MINUTES,
    chains: e.ACCESS_LOG_CHAINS,
    export: /^https?:\/\//i.test(target) ? { kind: "http", url: target, token: e.AUDIT_CHECKPOINT_EXPORT_TOKEN } : { kind: "file", path: target },
    checkpoints: e.AUDIT_CHECKPOINTS ? e.AUDIT_CHECKPOINTS === "1" : e.NODE_ENV !== "test",
    nodeEnv: e.NODE_ENV,
  };
}

/**
 * The audit variables alone, for `npm run audit:verify`, which must run where the server's other
 * secrets are not (a verifier at Sở Tư pháp holding only the public key).
 */
export function parseAuditEnv(source: Record<string, string | undefined>): AuditConfig {
  const parsed = ZAuditEnv.extend({ NODE_ENV: ZEnv.shape.NODE_ENV }).safeParse(source);
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return auditFrom(parsed.data);
}

/**
 * One system's configuration. Outside production the default is the local mock: in-process under
 * test (no server to start), over HTTP to `npm run dev`'s mock server otherwise, so development
 * exercises the real wire client. Production has no default but "http": the data must come from the
 * real systems, so URL and key are required (checked in parseEnv).
 */
function upstreamConfig(e: Parsed, system: SystemId): UpstreamConfig {
  const [mode, url, apiKey] =
    system === "civilRegistry" ? [e.CIVIL_REGISTRY_MODE, e.CIVIL_REGISTRY_URL, e.CIVIL_REGISTRY_API_KEY] : [e.POPULATION_MODE, e.POPULATION_URL, e.POPULATION_API_KEY];
  const resolved = mode ?? (e.NODE_ENV === "test" ? "in-process" : "http");
  if (resolved === "in-process") return { mode: "in-process" };
  const path = `/${SYSTEM_SLUGS[system]}/v1`;
  return { mode: "http", url: url ?? `http://127.0.0.1:${e.MOCK_GOV_PORT}${path}`, apiKey: apiKey ?? DEV_UPSTREAM_KEYS[system] };
}

type SystemName = "CIVIL_REGISTRY" | "POPULATION";
const SYSTEM_NAMES: readonly SystemName[] = ["CIVIL_REGISTRY", "POPULATION"];
const modeOf = (e: Parsed, s: SystemName) => (s === "CIVIL_REGISTRY" ? e.CIVIL_REGISTRY_MODE : e.POPULATION_MODE);

/** The systems a production boot runs in-process by explicit permission (ALLOW_MOCK_SYSTEMS=1). */
function allowedMockSystems(e: Parsed): SystemName[] {
  if (e.ALLOW_MOCK_SYSTEMS !== "1") return [];
  return SYSTEM_NAMES.filter((s) => modeOf(e, s) === "in-process");
}

/** Everything production lacks or must not use, so one failed boot names all of it. */
function productionProblems(e: Parsed): string[] {
  const problems: string[] = [];
  const mocked = allowedMockSystems(e);
  // A system permitted in-process has no address or key to give; everything else stays required.
  const required = (["DATABASE_URL", "AUTH_SECRET", "CIVIL_REGISTRY_URL", "CIVIL_REGISTRY_API_KEY", "POPULATION_URL", "POPULATION_API_KEY", "POPULATION_CREDENTIAL_SECRET", "DOCUMENT_SIGNING_SECRET", "PUBLIC_BASE_URL"] as const).filter(
    (k) => !mocked.some((s) => k === `${s}_URL` || k === `${s}_API_KEY`),
  );
  const missing = required.filter((k) => !e[k]);
  if (missing.length > 0) problems.push(`missing ${missing.join(", ")}`);
  // Without it a database superuser could rewrite the access log unseen (issue 13).
  if (!e.AUDIT_SIGNING_KEY) problems.push("missing AUDIT_SIGNING_KEY (the access log's checkpoint signing key; see README, 'Production')");
  else {
    try {
      parsePrivateKey(e.AUDIT_SIGNING_KEY);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (e.AUTH_SECRET === DEV_AUTH_SECRET) problems.push("AUTH_SECRET is the public development secret");
  if (e.POPULATION_CREDENTIAL_SECRET === DEV_POPULATION_CREDENTIAL_SECRET) problems.push("POPULATION_CREDENTIAL_SECRET is the public development secret");
  // Anyone holding the public development key could mint codes that verify as genuine documents.
  if (e.DOCUMENT_SIGNING_SECRET === DEV_DOCUMENT_SIGNING_SECRET) problems.push("DOCUMENT_SIGNING_SECRET is the public development secret");
  // One leaked key must not give away both sessions and documents.
  if (e.DOCUMENT_SIGNING_SECRET && e.DOCUMENT_SIGNING_SECRET === e.AUTH_SECRET) problems.push("DOCUMENT_SIGNING_SECRET must differ from AUTH_SECRET");
  // Units' certificates are optional (a unit without one issues printed copies only), but a folder
  // given without its passphrase could sign nothing.
  if (e.SIGNING_CERT_DIR && !e.SIGNING_P12_PASSPHRASE) problems.push("SIGNING_CERT_DIR is set without SIGNING_P12_PASSPHRASE");
  if (e.SIGNING_P12_PASSPHRASE === DEV_SIGNING_P12_PASSPHRASE) problems.push("SIGNING_P12_PASSPHRASE is the public development passphrase");
  // In-process means generated people: a production portal must never show them as citizens,
  // unless ALLOW_MOCK_SYSTEMS=1 says this is a benchmark or a demo.
  for (const s of SYSTEM_NAMES) {
    if (modeOf(e, s) === "in-process" && !mocked.includes(s)) problems.push(`${s}_MODE is "in-process" (mock data); production needs "http"`);
  }
  return problems;
}

/**
 * Validates the environment. Production gets no development defaults: a missing secret, database or
 * national-system address stops the boot with a message naming every problem (opencrvs' devDefault habit).
 */
export function parseEnv(source: Record<string, string | undefined>): AppEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === "production";
  if (isProduction) {
    const problems = productionProblems(e);
    if (problems.length > 0) {
      throw new Error(`Refusing to start in production: ${problems.join("; ")}. Set them in the environment (see README, 'Production').`);
    }
  }
  return {
    nodeEnv: e.NODE_ENV,
    isProduction,
    databaseUrl: resolveDatabaseUrl(source),
    authSecret: e.AUTH_SECRET ?? DEV_AUTH_SECRET,
    logLevel: e.LOG_LEVEL,
    version: e.APP_VERSION ?? process.env.npm_package_version ?? "0.1.0",
    civilRegistry: upstreamConfig(e, "civilRegistry"),
    population: { ...upstreamConfig(e, "population"), credentialSecret: e.POPULATION_CREDENTIAL_SECRET ?? DEV_POPULATION_CREDENTIAL_SECRET },
    upstream: { timeoutMs: e.UPSTREAM_TIMEOUT_MS, retries: e.UPSTREAM_RETRIES, breakerThreshold: e.UPSTREAM_BREAKER_THRESHOLD, breakerCoolDownMs: e.UPSTREAM_BREAKER_COOLDOWN_MS },
    // Tests want a small population that builds in a blink; development a realistic crowd.
    mock: { people: e.MOCK_PEOPLE ?? (e.NODE_ENV === "test" ? 2_000 : 50_000), seed: e.MOCK_SEED, govPort: e.MOCK_GOV_PORT },
    documents: {
      signingSecret: e.DOCUMENT_SIGNING_SECRET ?? DEV_DOCUMENT_SIGNING_SECRET,
      publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT ?? 3000}`,
    },
    twoFactorKey: e.TWO_FACTOR_KEY ?? e.AUTH_SECRET ?? DEV_AUTH_SECRET,
    audit: auditFrom(e),
    monitoringProbe: e.MONITORING_PROBE ? e.MONITORING_PROBE === "1" : e.NODE_ENV !== "test",
    registrationWorker: e.NATIONAL_REGISTRATION_WORKER ? e.NATIONAL_REGISTRATION_WORKER === "1" : e.NODE_ENV !== "test",
    apiCallbacks: e.API_CALLBACKS ? e.API_CALLBACKS === "1" : e.NODE_ENV !== "test",
    trustedProxies: parseTrustedProxies(e.TRUSTED_PROXIES),
    limits: { signInPerAddress: e.SIGN_IN_LIMIT_PER_ADDRESS, signInPerUsername: e.SIGN_IN_LIMIT_PER_USERNAME, apiPerKey: e.API_RATE_LIMIT_PER_MINUTE },
    monitoringToken: e.MONITORING_TOKEN ?? null,
    signing: signingConfig(e, isProduction),
    database: { poolSize: e.DATABASE_POOL_SIZE, statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS, idleTimeoutMs: e.DATABASE_IDLE_TIMEOUT_MS },
    reportRollup: e.REPORT_ROLLUP ? e.REPORT_ROLLUP === "1" : e.NODE_ENV !== "test",
    exports: { jobThresholdRows: e.EXPORT_JOB_THRESHOLD_ROWS, ttlHours: e.EXPORT_JOB_TTL_HOURS },
    warnings: isProduction
      ? allowedMockSystems(e).map((s) => `ALLOW_MOCK_SYSTEMS=1: ${s}_MODE is "in-process", serving GENERATED people, not citizens. Benchmarks and demos only; never in a real deployment.`)
      : [],
  };
}

/** Tests get a folder of their own process, so parallel test files never share a demo CA. */
function signingConfig(e: Parsed, isProduction: boolean): AppEnv["signing"] {
  const certDir = e.SIGNING_CERT_DIR ?? (isProduction ? "/etc/ho-tich/signing" : e.NODE_ENV === "test" ? join(tmpdir(), `ho-tich-signing-test-${process.pid}`) : ".data/signing");
  return { certDir, passphrase: e.SIGNING_P12_PASSPHRASE ?? DEV_SIGNING_P12_PASSPHRASE, trustedCaPath: e.SIGNING_TRUSTED_CA ?? join(certDir, "ca.pem"), demoCa: !isProduction };
}

let cached: AppEnv | undefined;

/** The validated environment, read once per process. Nothing else reads process.env. */
export function env(): AppEnv {
  if (!cached) {
    cached = parseEnv(process.env);
    // The server reads the environment at boot (instrumentation.ts), so this is where a production
    // server running mock systems says so, in lib/server/boot.ts's line shape. Next.js bundles this module
    // more than once (instrumentation, proxy, routes), hence the per-process flag on globalThis.
    const g = globalThis as unknown as { __hoTichEnvWarned?: boolean };
    if (!g.__hoTichEnvWarned) {
      g.__hoTichEnvWarned = true;
      for (const msg of cached.warnings) console.warn(JSON.stringify({ level: "warn", time: new Date().toISOString(), msg }));
    }
  }
  return cached;
}
