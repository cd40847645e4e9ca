"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { toActionError } from "@/lib/errors-server";
import { saveProcedure } from "@/lib/admin/settings/procedures";
import type { AdminFormState } from "@/lib/admin/users/actions";

export async function saveProcedureAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("admin.config");
  try {
    await saveProcedure(actor, {
      id: String(form.get("id") ?? "") || undefined,
      code: String(form.get("code") ?? ""),
      name: String(form.get("name") ?? ""),
      sector: String(form.get("sector") ?? ""),
      active: form.get("active") === "on",
      papers: form.getAll("papers").map(String),
    });
    revalidatePath("/admin/settings/procedures");
    return { done: "Đã lưu thủ tục." };
  } catch (error) {
    return await toActionError(error);
  }
}
