"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/form-action";
import { saveProcedure } from "@/lib/admin/settings/procedures";
import type { AdminFormState } from "@/lib/admin/users/actions";

export async function saveProcedureAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return runAction({ permission: "admin.config", form, lists: ["papers"] }, async ({ actor, input, text }) => {
    await saveProcedure(actor, {
      id: text("id") || undefined,
      code: text("code"),
      name: text("name"),
      sector: text("sector"),
      active: input.active === "on",
      papers: input.papers as string[],
    });
    revalidatePath("/admin/settings/procedures");
    return { done: "Đã lưu thủ tục." };
  });
}
