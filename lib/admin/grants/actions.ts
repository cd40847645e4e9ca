"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { toActionError } from "@/lib/errors-server";
import { formValues } from "@/lib/admin/form";
import { decideGrant, requestGrant, revokeGrant } from "@/lib/admin/grants/grants";
import type { AdminFormState } from "@/lib/admin/users/actions";

/** A signer's request for an officer of the unit. */
export async function requestGrantAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("grant.request");
  try {
    await requestGrant(actor, { userId: String(form.get("userId") ?? ""), note: String(form.get("note") ?? "") });
    revalidatePath("/grants");
    return { done: "Đã gửi đề nghị cấp quyền tới quản trị hệ thống." };
  } catch (error) {
    return await toActionError(error);
  }
}

/** The administrator records the provincial police's decision (granted or refused). */
export async function decideGrantAction(grantId: string, _prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("admin.grants");
  const values = formValues(form);
  try {
    await decideGrant(actor, grantId, values);
    revalidatePath("/admin/grants");
    return { done: "Đã ghi nhận." };
  } catch (error) {
    return { ...(await toActionError(error)), values };
  }
}

export async function revokeGrantAction(grantId: string, _prev: AdminFormState, _form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("admin.grants");
  try {
    await revokeGrant(actor, grantId);
    revalidatePath("/admin/grants");
    return { done: "Đã thu hồi quyền." };
  } catch (error) {
    return await toActionError(error);
  }
}
