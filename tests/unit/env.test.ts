import { describe, it, expect } from "vitest";
import { DEV_UPSTREAM_KEYS, parseEnv } from "@/lib/env";
import { embeddedDatabaseUrl } from "@/lib/db/url";

const SECRET = "a-very-long-production-secret-value-0123456789";
/** Everything production needs besides the database and AUTH_SECRET: the two national systems. */
const UPSTREAMS = {
  CIVIL_REGISTRY_URL: "https://hotich.example.gov.vn/api/v1",
  CIVIL_REGISTRY_API_KEY: "civil-key",
  POPULATION_URL: "https://dancu.example.gov.vn/api/v1",
  POPULATION_API_KEY: "population-key",
  POPULATION_CREDENTIAL_SECRET: "a-production-population-credential-secret-0123",
};
const PROD = { NODE_ENV: "production", DATABASE_URL: "postgresql://db/hotich", AUTH_SECRET: SECRET, ...UPSTREAMS };

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

    it("production refuses the public development credential secret", () => {
      const dev = parseEnv({ NODE_ENV: "development" }).population.credentialSecret;
      expect(() => parseEnv({ ...PROD, POPULATION_CREDENTIAL_SECRET: dev })).toThrow(/POPULATION_CREDENTIAL_SECRET is the public development secret/);
    });
  });
});
