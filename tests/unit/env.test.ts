import { describe, it, expect } from "vitest";
import { parseEnv } from "@/lib/env";
import { embeddedDatabaseUrl } from "@/lib/db/url";

const SECRET = "a-very-long-production-secret-value-0123456789";

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

  it("production boots with both set", () => {
    const env = parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/hotich", AUTH_SECRET: SECRET });
    expect(env).toMatchObject({ isProduction: true, databaseUrl: "postgresql://db/hotich", authSecret: SECRET });
  });

  it("rejects an unknown log level", () => {
    expect(() => parseEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
});
