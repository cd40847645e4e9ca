"use server";

import { runAction } from "@/lib/actions/form-action";
import { slugLabel } from "@/lib/adapters/systems";
import { runProbe } from "@/lib/admin/monitoring/probe";
import type { AdminFormState } from "@/lib/admin/users/actions";

/** "Kiểm tra ngay": one probe of both systems, outside the schedule (the page's query is invalidated by the caller). */
export async function probeNowAction(): Promise<AdminFormState> {
  return runAction({ permission: "admin.monitoring" }, async () => {
    const rows = await runProbe();
    return { done: rows.map((r) => `${slugLabel(r.system, "short")}: ${r.ok ? `hoạt động (${r.latencyMs} ms)` : `lỗi ${r.errorKind}`}`).join(" · ") };
  });
}
