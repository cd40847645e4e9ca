import { z } from "zod";
import { resolveDatabaseUrl } from "@/lib/db/url";

// The development secret is public (it is in this file), so production refuses to use it.
const DEV_AUTH_SECRET = "dev-only-secret-do-not-use-in-production-0123456789";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().trim().min(1).optional(),
  EMBEDDED_DB_PORT: z.coerce.number().int().positive().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  APP_VERSION: z.string().optional(),
  /** Set by `npm run dev`/CI when the process may seed and use demo data. */
  DEMO_MODE: z.enum(["0", "1"]).optional(),
});

export type AppEnv = {
  nodeEnv: "development" | "production" | "test";
  isProduction: boolean;
  databaseUrl: string;
  authSecret: string;
  logLevel: z.infer<typeof ZEnv>["LOG_LEVEL"];
  version: string;
};

/**
 * Validates the environment. Production gets no development defaults: a missing secret or database
 * stops the boot with a message naming every missing variable (opencrvs' devDefault habit).
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
    const missing = (["DATABASE_URL", "AUTH_SECRET"] as const).filter((k) => !e[k]);
    if (missing.length > 0) {
      throw new Error(
        `Refusing to start in production: missing ${missing.join(", ")}. ` +
          "Set them in the environment (see README, 'Production').",
      );
    }
    if (e.AUTH_SECRET === DEV_AUTH_SECRET) {
      throw new Error("Refusing to start in production: AUTH_SECRET is the public development secret.");
    }
  }
  return {
    nodeEnv: e.NODE_ENV,
    isProduction,
    databaseUrl: resolveDatabaseUrl(source),
    authSecret: e.AUTH_SECRET ?? DEV_AUTH_SECRET,
    logLevel: e.LOG_LEVEL,
    version: e.APP_VERSION ?? process.env.npm_package_version ?? "0.1.0",
  };
}

let cached: AppEnv | undefined;

/** The validated environment, read once per process. Nothing else reads process.env. */
export function env(): AppEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
