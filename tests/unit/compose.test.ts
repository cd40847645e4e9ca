import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// compose.yaml, the Dockerfile and nginx.conf are checked here because `docker compose config` cannot
// run on every machine (no Docker daemon or no compose plugin): that check runs too when it can.

const { load } = createRequire(import.meta.url)("js-yaml") as { load: (text: string) => unknown };
const root = process.cwd();
const read = (...path: string[]) => readFileSync(join(root, ...path), "utf8");
const composeText = read("compose.yaml");

type Service = {
  image?: string;
  build?: { target?: string; secrets?: string[] };
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  environment?: Record<string, string>;
  env_file?: string[];
  ports?: string[];
  volumes?: string[];
  command?: unknown;
};
const compose = load(composeText) as { services: Record<string, Service>; secrets?: Record<string, { environment?: string }> };
const { services } = compose;
const portals = ["portal-1", "portal-2"].map((name) => services[name]!);

describe("compose.yaml", () => {
  it("runs two portal instances of one image, each with a health check and the application login", () => {
    for (const p of portals) {
      expect(p).toBeDefined();
      expect(p.build?.target).toBe("runtime");
      expect(p.healthcheck?.test.join(" ")).toContain("/api/health/live");
      expect(p.env_file).toEqual([".env"]);
      expect(p.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/hotich:/);
      expect(p.environment?.NODE_ENV).toBe("production");
      expect(p.ports).toBeUndefined(); // reachable only through nginx, as TRUSTED_PROXIES=1 assumes
      expect(p.depends_on?.migrate?.condition).toBe("service_completed_successfully");
      expect(p.environment).not.toHaveProperty("MIGRATION_DATABASE_URL");
    }
    expect(portals[0]!.image).toBeTruthy();
    expect(portals[0]!.image).toBe(portals[1]!.image);
  });

  it("migrates once, as the owner, before the portals start", () => {
    const migrate = services.migrate!;
    expect(migrate.build?.target).toBe("migrate");
    expect(migrate.environment?.MIGRATION_DATABASE_URL).toMatch(/^postgresql:\/\/hotich_owner:/);
    expect(migrate.depends_on?.db?.condition).toBe("service_healthy");
  });

  it("runs PostgreSQL 15 with the init script that makes the roles and extensions", () => {
    const db = services.db!;
    expect(db.image).toMatch(/^postgres:15(\D|$)/);
    expect(db.volumes?.some((v) => v.startsWith("./scripts/deploy/db-init.sh:/docker-entrypoint-initdb.d/"))).toBe(true);
    const init = read("scripts", "deploy", "db-init.sh");
    for (const sql of ["CREATE EXTENSION IF NOT EXISTS unaccent", "CREATE EXTENSION IF NOT EXISTS pg_trgm", "CREATE ROLE hotich_app NOLOGIN", "IN ROLE hotich_app"]) expect(init).toContain(sql);
  });

  it("puts nginx in front of both portals, appending the forwarded-for chain in X-Portal-Forwarded-For", () => {
    const nginx = services.nginx!;
    expect(nginx.volumes?.some((v) => v.startsWith("./scripts/deploy/nginx.conf:"))).toBe(true);
    const conf = read("scripts", "deploy", "nginx.conf");
    const upstream = /upstream portal \{([^}]*)\}/.exec(conf)?.[1] ?? "";
    expect(upstream).toMatch(/server portal-1:3000/);
    expect(upstream).toMatch(/server portal-2:3000/);
    expect(upstream).not.toMatch(/ip_hash|hash |sticky/); // round robin
    expect(conf).toContain("proxy_set_header X-Portal-Forwarded-For $proxy_add_x_forwarded_for;");
    // Removed, so that the system API's calls skip the portal's proxy step (proxy.ts's matcher).
    expect(conf).toContain('proxy_set_header X-Forwarded-For "";');
    for (const p of portals) expect(p.environment?.TRUSTED_PROXIES).toBe("${TRUSTED_PROXIES:-1}");
  });

  it("passes the server-actions key as a build secret, taken from the environment", () => {
    expect(compose.secrets?.next_server_actions_key?.environment).toBe("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY");
    for (const p of portals) expect(p.build?.secrets).toContain("next_server_actions_key");
    expect(read("Dockerfile")).toMatch(/--mount=type=secret,id=next_server_actions_key,required=true/);
  });

  it("uses only variables .env.example lists", () => {
    const example = read(".env.example");
    const listed = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
    const used = new Set([...composeText.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(3);
    expect([...used].filter((v) => !listed.has(v))).toEqual([]);
  });

  it("is valid for `docker compose config` (when Docker's compose plugin runs here)", (ctx) => {
    const version = spawnSync("docker", ["compose", "version"], { encoding: "utf8" });
    if (version.error || version.status !== 0) {
      ctx.skip(`docker compose is not available here (${version.error?.message ?? version.stderr.trim()}); the checks above stand in`);
      return;
    }
    // Dummy values for the required variables, never a real .env.
    const env = { ...process.env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "x", POSTGRES_PASSWORD: "x", HOTICH_OWNER_PASSWORD: "x", HOTICH_APP_PASSWORD: "x" };
    const config = spawnSync("docker", ["compose", "--env-file", "/dev/null", "config", "-q"], { cwd: root, env, encoding: "utf8" });
    expect(config.stderr).toBe("");
    expect(config.status).toBe(0);
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  it("runs Node 22 as a non-root user, with a health check, no dev dependencies and no Prisma CLI", () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:22-bookworm-slim$/m);
    const runtime = dockerfile.slice(dockerfile.indexOf("AS runtime"));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n.*\/api\/health\/live/m);
    // Only the standalone output's traced files: no node_modules copied wholesale, no npm install.
    expect(runtime).not.toMatch(/COPY --from=\w+ \/app\/node_modules|npm (ci|install)/);
    expect(runtime).toContain("COPY --from=build /app/.next/standalone ./");
    expect(runtime).toContain("lib/documents/fonts");
  });
});
