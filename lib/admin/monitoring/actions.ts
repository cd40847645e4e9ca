"use server";

import { runAction } from "@/lib/actions/form-action";
import { requirePermission } from "@/lib/auth/guards";
import { runProbe } from "@/lib/admin/monitoring/probe";
import { getMonitoring, type Monitoring } from "@/lib/admin/monitoring/probe-stats";
import type { AdminFormState } from "@/lib/admin/users/actions";

/** The monitoring page's figures, for its query (refetched at the probe interval): administrators only, as the page. */
export async function loadMonitoringAction(): Promise<Monitoring> {
  const actor = await requirePermission("admin.monitoring");
  return getMonitoring(actor);
}

/** "Kiểm tra ngay": one probe of both systems, outside the schedule (the page's query is invalidated by the caller). */
export async function probeNowAction(): Promise<AdminFormState> {
  return runAction({ permission: "admin.monitoring" }, async () => {
    const rows = await runProbe();
    return { done: rows.map((r) => `${r.system === "civil-registry" ? "Hộ tịch điện tử" : "CSDL dân cư"}: ${r.ok ? `hoạt động (${r.latencyMs} ms)` : `lỗi ${r.errorKind}`}`).join(" · ") };
  });
}
