"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { toActionError } from "@/lib/errors-server";
import { runProbe } from "@/lib/admin/monitoring/probe";
import type { AdminFormState } from "@/lib/admin/users/actions";

/** "Kiểm tra ngay": one probe of both systems, outside the schedule. */
export async function probeNowAction(_prev: AdminFormState, _form: FormData): Promise<AdminFormState> {
  await requirePermission("admin.monitoring");
  try {
    const rows = await runProbe();
    revalidatePath("/admin/monitoring");
    return { done: rows.map((r) => `${r.system === "civil-registry" ? "Hộ tịch điện tử" : "CSDL dân cư"}: ${r.ok ? `hoạt động (${r.latencyMs} ms)` : `lỗi ${r.errorKind}`}`).join(" · ") };
  } catch (error) {
    return await toActionError(error);
  }
}
