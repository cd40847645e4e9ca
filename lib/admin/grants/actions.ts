"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/form-action";
import { decideGrant, requestGrant, revokeGrant } from "@/lib/admin/grants/grants";
import type { AdminFormState } from "@/lib/admin/users/actions";

/** A signer's request for an officer of the unit. */
export async function requestGrantAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return runAction({ permission: "grant.request", form }, async ({ actor, text }) => {
    await requestGrant(actor, { userId: text("userId"), note: text("note") });
    revalidatePath("/grants");
    return { done: "Đã gửi đề nghị cấp quyền tới quản trị hệ thống." };
  });
}

/** The administrator records the provincial police's decision (granted or refused). */
export async function decideGrantAction(grantId: string, _prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return runAction({ permission: "admin.grants", form, echo: true }, async ({ actor, texts }) => {
    await decideGrant(actor, grantId, texts());
    revalidatePath("/admin/grants");
    return { done: "Đã ghi nhận." };
  });
}

export async function revokeGrantAction(grantId: string, _prev: AdminFormState, _form: FormData): Promise<AdminFormState> {
  return runAction({ permission: "admin.grants" }, async ({ actor }) => {
    await revokeGrant(actor, grantId);
    revalidatePath("/admin/grants");
    return { done: "Đã thu hồi quyền." };
  });
}
