"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/form-action";
import type { AdminFormState } from "@/lib/admin/users/actions";
import { retryRegistrationAsAdmin } from "@/lib/national-registration/admin";

/** "Gửi lại" on /admin/registrations. */
export async function retryRegistrationAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return runAction({ permission: "admin.monitoring", form }, async ({ actor, text }) => {
    await retryRegistrationAsAdmin(actor, text("id"));
    revalidatePath("/admin/registrations");
    return { done: "Đã xếp lịch gửi lại; máy chủ sẽ gửi trong vài giây." };
  });
}
