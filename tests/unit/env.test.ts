import { describe, it, expect } from "vitest";
import { DEV_UPSTREAM_KEYS, parseEnv } from "@/lib/server/env";
import { embeddedDatabaseUrl, resolveMigrationDatabaseUrl } from "@/lib/db/url";
import { generateAuditKeyPair } from "@/lib/audit/keys";
import { generateKeyPairSync } from "node:crypto";

const AUDIT_KEYS = generateAuditKeyPair();

const SECRET = "a-very-long-production-secret-value-0123456789";
/** Everything production needs besides the database and AUTH_SECRET: the two national systems. */
const UPSTREAMS = {
  CIVIL_REGISTRY_URL: "https://hotich.example.gov.vn/api/v1",
  CIVIL_REGISTRY_API_KEY: "civil-key",
  POPULATION_URL: "https://dancu.example.gov.vn/api/v1",
  POPULATION_API_KEY: "population-key",
  POPULATION_CREDENTIAL_SECRET: "a-production-population-credential-secret-0123",
};
/** Issued documents: the verification-code key and the origin printed in QR codes. */
const DOCUMENTS = {
  DOCUMENT_SIGNING_SECRET: "a-production-document-signing-secret-0123456789",
  PUBLIC_BASE_URL: "https://hotich.gialai.gov.vn",
  // The access log's checkpoint key travels with the other production secrets in these fixtures.
  AUDIT_SIGNING_KEY: AUDIT_KEYS.privateKey,
};
const PROD = { NODE_ENV: "production", DATABASE_URL: "postgresql://db/hotich", AUTH_SECRET: SECRET, ...UPSTREAMS, ...DOCUMENTS };

describe("environment", () => {
  it("development gets the embedded database and a development secret", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.databaseUrl).toBe(embeddedDatabaseUrl());
    expect(env.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(env.isProduction).toBe(false);
  });

  it("production refuses to boot without AUTH_SECRET and DATABASE_URL, naming both", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/missing DATABASE_URL, AUTH_SECRET/);
  });

  it("production names the one variable that is missing", () => {
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: SECRET })).toThrow(/missing DATABASE_URL\b/);
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://x/y" })).toThrow(/missing AUTH_SECRET/);
  });

  it("production refuses the public development secret and short secrets", () => {
    const dev = parseEnv({ NODE_ENV: "development" }).authSecret;
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://x/y", AUTH_SECRET: dev })).toThrow(/development secret/);
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://x/y", AUTH_SECRET: "short" })).toThrow(/at least 32/);
  });

  it("production boots with both set (and the national systems configured)", () => {
    const env = parseEnv(PROD);
    expect(env).toMatchObject({ isProduction: true, databaseUrl: "postgresql://db/hotich", authSecret: SECRET });
  });

  it("rejects an unknown log level", () => {
    expect(() => parseEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });

  describe("national systems", () => {
    it("development talks HTTP to the local mock server, with demo keys", () => {
      const env = parseEnv({ NODE_ENV: "development" });
      expect(env.civilRegistry).toEqual({ mode: "http", url: "http://127.0.0.1:4010/civil-registry/v1", apiKey: DEV_UPSTREAM_KEYS.civilRegistry });
      expect(env.population).toMatchObject({ mode: "http", url: "http://127.0.0.1:4010/population/v1", apiKey: DEV_UPSTREAM_KEYS.population });
      expect(env.population.credentialSecret.length).toBeGreaterThanOrEqual(32);
      expect(env.upstream).toEqual({ timeoutMs: 5000, retries: 2, breakerThreshold: 5, breakerCoolDownMs: 30000 });
      expect(env.mock).toEqual({ people: 50000, seed: undefined, govPort: 4010 });
    });

    it("the default mock URLs follow MOCK_GOV_PORT", () => {
      const env = parseEnv({ NODE_ENV: "development", MOCK_GOV_PORT: "4011" });
      expect(env.civilRegistry).toMatchObject({ url: "http://127.0.0.1:4011/civil-registry/v1" });
      expect(env.population).toMatchObject({ url: "http://127.0.0.1:4011/population/v1" });
    });

    it("tests use the in-process mocks over a small dataset", () => {
      const env = parseEnv({ NODE_ENV: "test" });
      expect(env.civilRegistry).toEqual({ mode: "in-process" });
      expect(env.population).toMatchObject({ mode: "in-process" });
      expect(env.mock.people).toBe(2000);
    });

    it("takes explicit settings", () => {
      const env = parseEnv({ NODE_ENV: "test", CIVIL_REGISTRY_MODE: "http", CIVIL_REGISTRY_URL: "http://10.0.0.5/cr", CIVIL_REGISTRY_API_KEY: "k", UPSTREAM_TIMEOUT_MS: "1500", MOCK_PEOPLE: "300" });
      expect(env.civilRegistry).toEqual({ mode: "http", url: "http://10.0.0.5/cr", apiKey: "k" });
      expect(env.upstream.timeoutMs).toBe(1500);
      expect(env.mock.people).toBe(300);
    });

    it("an unknown mode stops the boot, naming the variable and the choices", () => {
      expect(() => parseEnv({ CIVIL_REGISTRY_MODE: "mock" })).toThrow(/CIVIL_REGISTRY_MODE: must be "in-process" .* or "http"/);
      expect(() => parseEnv({ POPULATION_MODE: "grpc" })).toThrow(/POPULATION_MODE/);
      expect(() => parseEnv({ POPULATION_URL: "not a url" })).toThrow(/POPULATION_URL/);
    });

    it("production needs URL, key and credential secret, naming every missing one", () => {
      const { CIVIL_REGISTRY_URL: _u, POPULATION_API_KEY: _k, POPULATION_CREDENTIAL_SECRET: _s, ...rest } = PROD;
      expect(() => parseEnv(rest)).toThrow(/missing CIVIL_REGISTRY_URL, POPULATION_API_KEY, POPULATION_CREDENTIAL_SECRET\b/);
      expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/missing DATABASE_URL, AUTH_SECRET, CIVIL_REGISTRY_URL, CIVIL_REGISTRY_API_KEY, POPULATION_URL, POPULATION_API_KEY, POPULATION_CREDENTIAL_SECRET\b/);
    });

    it("production defaults to HTTP and refuses the in-process mocks", () => {
      expect(parseEnv(PROD).civilRegistry).toEqual({ mode: "http", url: UPSTREAMS.CIVIL_REGISTRY_URL, apiKey: "civil-key" });
      expect(() => parseEnv({ ...PROD, POPULATION_MODE: "in-process" })).toThrow(/POPULATION_MODE is "in-process" \(mock data\); production needs "http"/);
    });

    describe("ALLOW_MOCK_SYSTEMS (benchmarks and demos only)", () => {
      const MOCKED = { NODE_ENV: "production", DATABASE_URL: "postgresql://db/hotich", AUTH_SECRET: SECRET, POPULATION_CREDENTIAL_SECRET: UPSTREAMS.POPULATION_CREDENTIAL_SECRET, CIVIL_REGISTRY_MODE: "in-process", POPULATION_MODE: "in-process", ...DOCUMENTS };

      it("lets production run the in-process mocks, without their URLs and keys, and says so in a warning", () => {
        const env = parseEnv({ ...MOCKED, ALLOW_MOCK_SYSTEMS: "1" });
        expect(env).toMatchObject({ isProduction: true, civilRegistry: { mode: "in-process" }, population: { mode: "in-process" } });
        expect(env.warnings).toHaveLength(2);
        expect(env.warnings.join("\n")).toMatch(/ALLOW_MOCK_SYSTEMS=1: CIVIL_REGISTRY_MODE is "in-process".*never in a real deployment/);
        expect(env.warnings.join("\n")).toMatch(/POPULATION_MODE is "in-process"/);
      });

      it("covers only the systems actually in-process: an HTTP system still needs its URL and key", () => {
        const { CIVIL_REGISTRY_MODE: _m, ...onlyPopulation } = MOCKED;
        expect(() => parseEnv({ ...onlyPopulation, ALLOW_MOCK_SYSTEMS: "1" })).toThrow(/missing CIVIL_REGISTRY_URL, CIVIL_REGISTRY_API_KEY\./);
        const env = parseEnv({ ...onlyPopulation, ...UPSTREAMS, ALLOW_MOCK_SYSTEMS: "1" });
        expect(env.civilRegistry).toMatchObject({ mode: "http" });
        expect(env.warnings).toEqual([expect.stringMatching(/^ALLOW_MOCK_SYSTEMS=1: POPULATION_MODE/)]);
      });

      it("without it (or with 0) production still refuses in-process; other values stop the boot", () => {
        expect(() => parseEnv(MOCKED)).toThrow(/CIVIL_REGISTRY_MODE is "in-process" \(mock data\); production needs "http"; POPULATION_MODE is "in-process"/);
        expect(() => parseEnv({ ...MOCKED, ALLOW_MOCK_SYSTEMS: "0" })).toThrow(/production needs "http"/);
        expect(() => parseEnv({ ...MOCKED, ALLOW_MOCK_SYSTEMS: "true" })).toThrow(/ALLOW_MOCK_SYSTEMS: must be "1"/);
      });

      it("relaxes nothing else: secrets and the database are still required", () => {
        const { DATABASE_URL: _d, ...noDb } = MOCKED;
        expect(() => parseEnv({ ...noDb, ALLOW_MOCK_SYSTEMS: "1" })).toThrow(/missing DATABASE_URL\b/);
        const dev = parseEnv({ NODE_ENV: "development" });
        expect(() => parseEnv({ ...MOCKED, ALLOW_MOCK_SYSTEMS: "1", AUTH_SECRET: dev.authSecret })).toThrow(/AUTH_SECRET is the public development secret/);
        expect(() => parseEnv({ ...MOCKED, ALLOW_MOCK_SYSTEMS: "1", POPULATION_CREDENTIAL_SECRET: dev.population.credentialSecret })).toThrow(/POPULATION_CREDENTIAL_SECRET is the public/);
      });

      it("warns about nothing outside production or with HTTP systems", () => {
        expect(parseEnv({ NODE_ENV: "test", ALLOW_MOCK_SYSTEMS: "1" }).warnings).toEqual([]);
        expect(parseEnv({ ...PROD, ALLOW_MOCK_SYSTEMS: "1" }).warnings).toEqual([]);
        expect(parseEnv(PROD).warnings).toEqual([]);
      });
    });

    it("production refuses the public development credential secret", () => {
      const dev = parseEnv({ NODE_ENV: "development" }).population.credentialSecret;
      expect(() => parseEnv({ ...PROD, POPULATION_CREDENTIAL_SECRET: dev })).toThrow(/POPULATION_CREDENTIAL_SECRET is the public development secret/);
    });
  });
  describe("issued documents", () => {
    it("development gets a signing secret and a local origin for QR codes (following PORT)", () => {
      const env = parseEnv({ NODE_ENV: "development" });
      expect(env.documents.signingSecret.length).toBeGreaterThanOrEqual(32);
      expect(env.documents.publicBaseUrl).toBe("http://localhost:3000");
      expect(parseEnv({ NODE_ENV: "development", PORT: "3100" }).documents.publicBaseUrl).toBe("http://localhost:3100");
    });

    it("takes both from the environment, dropping a trailing slash", () => {
      const env = parseEnv({ ...PROD, PUBLIC_BASE_URL: "https://hotich.gialai.gov.vn/" });
      expect(env.documents).toEqual({ signingSecret: DOCUMENTS.DOCUMENT_SIGNING_SECRET, publicBaseUrl: "https://hotich.gialai.gov.vn" });
    });

    it("production requires both, naming them", () => {
      const { DOCUMENT_SIGNING_SECRET: _s, PUBLIC_BASE_URL: _u, ...rest } = PROD;
      expect(() => parseEnv(rest)).toThrow(/missing DOCUMENT_SIGNING_SECRET, PUBLIC_BASE_URL\./);
      expect(() => parseEnv({ ...rest, PUBLIC_BASE_URL: DOCUMENTS.PUBLIC_BASE_URL })).toThrow(/missing DOCUMENT_SIGNING_SECRET\./);
    });

    it("production refuses the public development secret, a short one, and the session secret reused", () => {
      const dev = parseEnv({ NODE_ENV: "development" }).documents.signingSecret;
      expect(() => parseEnv({ ...PROD, DOCUMENT_SIGNING_SECRET: dev })).toThrow(/DOCUMENT_SIGNING_SECRET is the public development secret/);
      expect(() => parseEnv({ ...PROD, DOCUMENT_SIGNING_SECRET: "short" })).toThrow(/DOCUMENT_SIGNING_SECRET must be at least 32/);
      expect(() => parseEnv({ ...PROD, DOCUMENT_SIGNING_SECRET: SECRET })).toThrow(/DOCUMENT_SIGNING_SECRET must differ from AUTH_SECRET/);
    });

    it("PUBLIC_BASE_URL must be an http(s) URL", () => {
      expect(() => parseEnv({ ...PROD, PUBLIC_BASE_URL: "hotich.gialai.gov.vn" })).toThrow(/PUBLIC_BASE_URL/);
      expect(() => parseEnv({ ...PROD, PUBLIC_BASE_URL: "ftp://hotich.gialai.gov.vn" })).toThrow(/PUBLIC_BASE_URL: must be an http\(s\) URL/);
    });
  });

  it("migrations prefer MIGRATION_DATABASE_URL (the owner) to DATABASE_URL (the application)", () => {
    expect(resolveMigrationDatabaseUrl({ DATABASE_URL: "postgresql://app@db/h", MIGRATION_DATABASE_URL: "postgresql://owner@db/h" })).toBe("postgresql://owner@db/h");
    expect(resolveMigrationDatabaseUrl({ DATABASE_URL: "postgresql://app@db/h" })).toBe("postgresql://app@db/h");
  });

  describe("access log checkpoints", () => {
    it("production refuses to start without AUDIT_SIGNING_KEY", () => {
      expect(() => parseEnv({ ...PROD, AUDIT_SIGNING_KEY: undefined })).toThrow(/missing AUDIT_SIGNING_KEY/);
    });

    it("production refuses a key that is not an Ed25519 private key", () => {
      expect(() => parseEnv({ ...PROD, AUDIT_SIGNING_KEY: "not-a-key" })).toThrow(/AUDIT_SIGNING_KEY is not a readable Ed25519 private key/);
      const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
      expect(() => parseEnv({ ...PROD, AUDIT_SIGNING_KEY: rsa })).toThrow(/must be an Ed25519 key/);
    });

    it("defaults to a JSON-lines file every 1,000 rows or 5 minutes; an http(s) export is a sink", () => {
      expect(parseEnv(PROD).audit).toMatchObject({ checkpointRows: 1000, checkpointMinutes: 5, export: { kind: "file", path: ".data/audit-checkpoints.jsonl" }, checkpoints: true });
      expect(parseEnv({ NODE_ENV: "test" }).audit).toMatchObject({ signingKey: undefined, checkpoints: false });
      const http = parseEnv({ ...PROD, AUDIT_CHECKPOINT_EXPORT: "https://stp.gialai.gov.vn/checkpoints", AUDIT_CHECKPOINT_EXPORT_TOKEN: "t", AUDIT_CHECKPOINT_ROWS: "50" });
      expect(http.audit).toMatchObject({ checkpointRows: 50, export: { kind: "http", url: "https://stp.gialai.gov.vn/checkpoints", token: "t" } });
    });
  });

  describe("database pool and background rollup", () => {
    it("defaults: 10 connections, 30 s statements, 30 s idle, the rollup job on outside tests", () => {
      expect(parseEnv(PROD).database).toEqual({ poolSize: 10, statementTimeoutMs: 30_000, idleTimeoutMs: 30_000 });
      expect(parseEnv(PROD).reportRollup).toBe(true);
      expect(parseEnv({ NODE_ENV: "test" }).reportRollup).toBe(false);
    });

    it("reads the pool size and both timeouts from the environment", () => {
      const e = parseEnv({ ...PROD, DATABASE_POOL_SIZE: "40", DATABASE_STATEMENT_TIMEOUT_MS: "5000", DATABASE_IDLE_TIMEOUT_MS: "60000", REPORT_ROLLUP: "0" });
      expect(e.database).toEqual({ poolSize: 40, statementTimeoutMs: 5000, idleTimeoutMs: 60_000 });
      expect(e.reportRollup).toBe(false);
    });

    it("refuses a pool of zero and a negative timeout, naming them", () => {
      expect(() => parseEnv({ ...PROD, DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
      expect(() => parseEnv({ ...PROD, DATABASE_STATEMENT_TIMEOUT_MS: "-1" })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
      expect(() => parseEnv({ ...PROD, DATABASE_IDLE_TIMEOUT_MS: "abc" })).toThrow(/DATABASE_IDLE_TIMEOUT_MS/);
    });

    it("0 turns the statement timeout off", () => {
      expect(parseEnv({ ...PROD, DATABASE_STATEMENT_TIMEOUT_MS: "0" }).database.statementTimeoutMs).toBe(0);
    });
  });
});
