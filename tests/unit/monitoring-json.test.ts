import { describe, expect, it } from "vitest";
import { monitoringFromJson, monitoringToJson } from "@/lib/admin/monitoring/monitoring-json";
import type { Monitoring } from "@/lib/admin/monitoring/probe-stats";

describe("the monitoring figures over JSON", () => {
  it("come back with their dates as dates and the probes' bigint ids intact", () => {
    const at = new Date("2026-12-05T08:00:00.000Z");
    const empty = { probes: 0, ok: 0, availability: null, p50Ms: null, p95Ms: null, errors: {} };
    const monitoring: Monitoring = {
      stats: [{ system: "population", latest: { at, ok: false, latencyMs: 12, breakerState: "open", errorKind: "timeout" }, day: empty, month: empty }],
      recent: [{ id: 9007199254740993n, system: "population", at, ok: false, latencyMs: 12, errorKind: "timeout", breakerState: "open" }],
      probeIntervalSeconds: 60,
      loadedAt: at.getTime(),
    };
    const back = monitoringFromJson(JSON.parse(monitoringToJson(monitoring)));
    expect(back).toEqual(monitoring);
    expect(back.stats[0]!.latest!.at).toBeInstanceOf(Date);
  });
});
