import { describe, expect, it } from "vitest";
import type { SystemHealth } from "@/lib/adapters/errors";
import type { Db } from "@/lib/db/client";
import { checkHealth } from "@/lib/health/check-health";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import type { PopulationPort } from "@/lib/adapters/population/port";

const up = { $queryRaw: async () => [{ "?column?": 1 }] } as unknown as Db;
const down = { $queryRaw: async () => Promise.reject(new Error("ECONNREFUSED")) } as unknown as Db;
const fine: SystemHealth = { ok: true, latencyMs: 3, breaker: "closed", mode: "http" };
// Health only calls health(); the other methods are never reached.
const system = <P>(health: () => Promise<SystemHealth>) => ({ health }) as unknown as P;
const healthy = { civilRegistry: system<CivilRegistryPort>(async () => fine), population: system<PopulationPort>(async () => fine) };
const broken = (health: SystemHealth) => system<PopulationPort>(async () => health);

describe("checkHealth", () => {
  it("ok when the database and both systems answer", async () => {
    const report = await checkHealth({ db: up, ...healthy });
    expect(report).toMatchObject({ status: "ok", database: { ok: true }, civilRegistry: { ok: true, breaker: "closed" }, population: { ok: true } });
    expect(typeof report.version).toBe("string");
  });

  it("degraded when a national system is down (the portal still serves everything else)", async () => {
    const population = broken({ ok: false, latencyMs: null, breaker: "open", mode: "http", error: "unavailable" });
    const report = await checkHealth({ db: up, ...healthy, population });
    expect(report).toMatchObject({ status: "degraded", population: { ok: false, breaker: "open", latencyMs: null } });
  });

  it("a health() that throws is reported as down, not as a failed check", async () => {
    const population = system<PopulationPort>(() => Promise.reject(new Error("boom")));
    expect((await checkHealth({ db: up, ...healthy, population })).population).toMatchObject({ ok: false, error: "unavailable" });
  });

  it("down when the database is down", async () => {
    expect((await checkHealth({ db: down, ...healthy })).status).toBe("down");
  });
});
