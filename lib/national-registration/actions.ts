"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { toActionError } from "@/lib/errors-server";
import type { AdminFormState } from "@/lib/admin/users/actions";
import { retryRegistrationAsAdmin } from "@/lib/national-registration/admin";

/** "Gửi lại" on /admin/registrations. */
export async function retryRegistrationAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("admin.monitoring");
  try {
    await retryRegistrationAsAdmin(actor, String(form.get("id") ?? ""));
    revalidatePath("/admin/registrations");
    return { done: "Đã xếp lịch gửi lại; máy chủ sẽ gửi trong vài giây." };
  } catch (error) {
    return await toActionError(error);
  }
}
