"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/form-action";
import { signOut } from "@/lib/auth/next-auth";
import { createUser, updateUser } from "@/lib/admin/users/save-user";
import { changeAccount, resetPassword, type AccountAction } from "@/lib/admin/users/account-actions";
import { changeOwnPassword } from "@/lib/admin/users/change-own-password";

export type AdminFormState = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string>; done?: string; secret?: string };

const ACCOUNT_ACTIONS: readonly AccountAction[] = ["deactivate", "reactivate", "unlock", "resetTwoFactor"];

/** New account: validate → createUser → the temporary password, shown once. */
export async function createUserAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return runAction({ permission: "admin.users", form, echo: true }, async ({ actor, texts }) => {
    const { id, temporaryPassword } = await createUser(actor, texts());
    revalidatePath("/admin/users");
    return { done: id, secret: temporaryPassword };
  });
}

export async function updateUserAction(userId: string, _prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return runAction({ permission: "admin.users", form, echo: true }, async ({ actor, texts, values }) => {
    await updateUser(actor, userId, texts());
    revalidatePath(`/admin/users/${userId}`);
    return { done: "Đã lưu thay đổi.", values: values as Record<string, string> };
  });
}

/** Deactivate, reactivate, unlock, reset two-factor, or reset the password (form field "op"). */
export async function accountAction(userId: string, _prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return runAction({ permission: "admin.users", form }, async ({ actor, text }) => {
    const op = text("op");
    if (op === "resetPassword") {
      const { temporaryPassword } = await resetPassword(actor, userId);
      revalidatePath(`/admin/users/${userId}`);
      return { done: "Đã đặt lại mật khẩu. Mật khẩu tạm thời (chỉ hiển thị một lần):", secret: temporaryPassword };
    }
    if (!(ACCOUNT_ACTIONS as readonly string[]).includes(op)) return { error: "Thao tác không hợp lệ." };
    await changeAccount(actor, userId, op as AccountAction);
    revalidatePath(`/admin/users/${userId}`);
    return { done: "Đã thực hiện." };
  });
}

/** Self-service and forced password change; the sessions end, so the person signs in again. */
export async function changePasswordAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return runAction({ allowPendingPasswordChange: true, form }, async ({ actor, text }) => {
    await changeOwnPassword(actor, { current: text("current"), next: text("next"), confirm: text("confirm") });
    await signOut({ redirect: false });
    redirect("/login?passwordChanged=1");
  });
}
