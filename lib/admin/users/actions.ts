"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { requireActor } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/next-auth";
import { toActionError } from "@/lib/errors-server";
import { formValues } from "@/lib/admin/form";
import { createUser, updateUser } from "@/lib/admin/users/save-user";
import { changeAccount, resetPassword, type AccountAction } from "@/lib/admin/users/account-actions";
import { changeOwnPassword } from "@/lib/admin/users/change-own-password";

export type AdminFormState = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string>; done?: string; secret?: string };

const ACCOUNT_ACTIONS: readonly AccountAction[] = ["deactivate", "reactivate", "unlock", "resetTwoFactor"];

/** New account: validate → createUser → the temporary password, shown once. */
export async function createUserAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("admin.users");
  const values = formValues(form);
  try {
    const { id, temporaryPassword } = await createUser(actor, values);
    revalidatePath("/admin/users");
    return { done: id, secret: temporaryPassword };
  } catch (error) {
    return { ...(await toActionError(error)), values };
  }
}

export async function updateUserAction(userId: string, _prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("admin.users");
  const values = formValues(form);
  try {
    await updateUser(actor, userId, values);
    revalidatePath(`/admin/users/${userId}`);
    return { done: "Đã lưu thay đổi.", values };
  } catch (error) {
    return { ...(await toActionError(error)), values };
  }
}

/** Deactivate, reactivate, unlock, reset two-factor, or reset the password (form field "op"). */
export async function accountAction(userId: string, _prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("admin.users");
  const op = String(form.get("op") ?? "");
  try {
    if (op === "resetPassword") {
      const { temporaryPassword } = await resetPassword(actor, userId);
      revalidatePath(`/admin/users/${userId}`);
      return { done: "Đã đặt lại mật khẩu. Mật khẩu tạm thời (chỉ hiển thị một lần):", secret: temporaryPassword };
    }
    if (!(ACCOUNT_ACTIONS as readonly string[]).includes(op)) return { error: "Thao tác không hợp lệ." };
    await changeAccount(actor, userId, op as AccountAction);
    revalidatePath(`/admin/users/${userId}`);
    return { done: "Đã thực hiện." };
  } catch (error) {
    return await toActionError(error);
  }
}

/** Self-service and forced password change; the sessions end, so the person signs in again. */
export async function changePasswordAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const actor = await requireActor({ allowPendingPasswordChange: true });
  try {
    await changeOwnPassword(actor, { current: String(form.get("current") ?? ""), next: String(form.get("next") ?? ""), confirm: String(form.get("confirm") ?? "") });
  } catch (error) {
    return await toActionError(error);
  }
  await signOut({ redirect: false });
  redirect("/login?passwordChanged=1");
}
