import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/server/env";

// .env.example is the one list of the portal's variables an operator fills (README, "Production with
// containers"). These tests keep it from drifting away from lib/server/env.ts.

const root = process.cwd();
const example = readFileSync(join(root, ".env.example"), "utf8");

/** Every variable .env.example names, set (`KEY=…`) or documented with its default (`# KEY=…`). */
function exampleKeys(text: string): Set<string> {
  return new Set([...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
}

/** The variables parseEnv reads: a recording source sees every key of the schema being asked for. */
function variablesReadByParseEnv(): Set<string> {
  const read = new Set<string>();
  const source = new Proxy({} as Record<string, string | undefined>, {
    get(_target, key) {
      if (typeof key === "string") read.add(key);
      return undefined;
    },
  });
  parseEnv(source);
  return read;
}

describe(".env.example", () => {
  const keys = exampleKeys(example);

  it("names every variable lib/server/env.ts reads", () => {
    const read = variablesReadByParseEnv();
    // The recording must have seen the schema, not just a couple of direct reads.
    for (const known of ["AUTH_SECRET", "DATABASE_URL", "AUDIT_SIGNING_KEY", "TRUSTED_PROXIES", "SIGNING_CERT_DIR"]) expect(read.has(known)).toBe(true);
    const missing = [...read].filter((k) => /^[A-Z][A-Z0-9_]*$/.test(k) && !keys.has(k));
    expect(missing).toEqual([]);
  });

  it("names the containers' own variables and the migration URL", () => {
    for (const k of ["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "POSTGRES_PASSWORD", "HOTICH_OWNER_PASSWORD", "HOTICH_APP_PASSWORD", "MIGRATION_DATABASE_URL"]) {
      expect(keys.has(k), k).toBe(true);
    }
  });

  it("holds no secret: every secret is empty or commented out", () => {
    const secret = /(SECRET|PASSWORD|PASSPHRASE|_KEY|TOKEN)$/;
    const set = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].filter(([, k, v]) => secret.test(k!) && v!.trim() !== "");
    expect(set.map(([, k]) => k)).toEqual([]);
  });

  it("fails a production boot until the required secrets are filled in", () => {
    const values = Object.fromEntries([...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map(([, k, v]) => [k!, v!]));
    expect(() => parseEnv({ ...values, NODE_ENV: "production", DATABASE_URL: "postgresql://hotich:x@db:5432/hotich" })).toThrow();
  });
});
