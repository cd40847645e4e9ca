import type { Monitoring } from "@/lib/admin/monitoring/probe-stats";

/** Where the monitoring page's query reads its figures (app/api/admin/monitoring/route.ts). */
export const MONITORING_URL = "/api/admin/monitoring";

/** The figures as JSON: dates as ISO strings, the probes' row ids (bigint) as strings. */
export function monitoringToJson(monitoring: Monitoring): string {
  return JSON.stringify(monitoring, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
}

type MonitoringWire = Omit<Monitoring, "stats" | "recent"> & {
  stats: (Omit<Monitoring["stats"][number], "latest"> & { latest: (Omit<NonNullable<Monitoring["stats"][number]["latest"]>, "at"> & { at: string }) | null })[];
  recent: (Omit<Monitoring["recent"][number], "at" | "id"> & { at: string; id: string })[];
};

/** The figures back from JSON, with their dates as Date again (the ids stay strings: only shown as keys). */
export function monitoringFromJson(wire: MonitoringWire): Monitoring {
  return {
    ...wire,
    stats: wire.stats.map((s) => ({ ...s, latest: s.latest ? { ...s.latest, at: new Date(s.latest.at) } : null })),
    recent: wire.recent.map((r) => ({ ...r, at: new Date(r.at), id: BigInt(r.id) })),
  };
}

/** The page's query: a GET (many may run side by side, unlike a page's server actions, which run one at a time). */
export async function fetchMonitoring(): Promise<Monitoring> {
  const res = await fetch(MONITORING_URL, { cache: "no-store", headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`monitoring: HTTP ${res.status}`);
  return monitoringFromJson((await res.json()) as MonitoringWire);
}
