"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { toActionError } from "@/lib/errors-server";
import { formValues } from "@/lib/admin/form";
import { createApiClient, revokeApiClient, rotateApiClientKey, setApiClientCallback } from "@/lib/admin/api-clients/api-clients";
import type { AdminFormState } from "@/lib/admin/users/actions";

const KEY_SHOWN_ONCE = "Khóa API (chỉ hiển thị một lần, gửi cho hệ thống sử dụng qua kênh an toàn):";

export async function createApiClientAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("admin.apiClients");
  const values = formValues(form);
  try {
    const { key } = await createApiClient(actor, values);
    revalidatePath("/admin/api-clients");
    return { done: KEY_SHOWN_ONCE, secret: key };
  } catch (error) {
    return { ...(await toActionError(error)), values };
  }
}

export async function rotateApiClientAction(id: string, _prev: AdminFormState, _form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("admin.apiClients");
  try {
    const { key } = await rotateApiClientKey(actor, id);
    revalidatePath("/admin/api-clients");
    return { done: `Đã đổi khóa; khóa cũ bị từ chối ngay. ${KEY_SHOWN_ONCE}`, secret: key };
  } catch (error) {
    return await toActionError(error);
  }
}

export async function revokeApiClientAction(id: string, _prev: AdminFormState, _form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("admin.apiClients");
  try {
    await revokeApiClient(actor, id);
    revalidatePath("/admin/api-clients");
    return { done: "Đã thu hồi khóa." };
  } catch (error) {
    return await toActionError(error);
  }
}

/** Sets or removes the client's callback URL; a URL set comes with a new callback secret, shown once. */
export async function setApiClientCallbackAction(id: string, _prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("admin.apiClients");
  try {
    const { secret } = await setApiClientCallback(actor, id, { callbackUrl: form.get("callbackUrl") }, undefined);
    revalidatePath("/admin/api-clients");
    return secret
      ? { done: "Đã lưu địa chỉ nhận thông báo. Bí mật ký thông báo (chỉ hiển thị một lần; hệ thống nhận kiểm tra X-Signature bằng HMAC-SHA256 với bí mật này):", secret }
      : { done: "Đã bỏ địa chỉ nhận thông báo." };
  } catch (error) {
    const failed = await toActionError(error);
    return { ...failed, error: failed.fieldErrors?.callbackUrl ?? failed.error };
  }
}
