import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { loadDashboardData, loadDashboardLive } from "@/lib/reports/dashboard-data";
import type { TDashboardFilter } from "@/lib/reports/schemas";

/** The provincial dashboard for Sở Tư pháp: the communes of the actor's jurisdiction only. */
export async function getDashboard(actor: Actor, filter: TDashboardFilter, deps?: Deps) {
  const { db, now } = resolveDeps(deps);
  assertCan(actor, "dashboard.view", actor.jurisdictionRoot?.id);
  return loadDashboardData(db, actor.unitIds, filter, now);
}

/** The dashboard's live tiles (availability, overdue communes), under the same rule as getDashboard. */
export async function getDashboardLive(actor: Actor, filter: TDashboardFilter, deps?: Deps) {
  const { db, now } = resolveDeps(deps);
  assertCan(actor, "dashboard.view", actor.jurisdictionRoot?.id);
  return loadDashboardLive(db, actor.unitIds, filter, now);
}
