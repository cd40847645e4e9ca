"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/form-action";
import { createApiClient, revokeApiClient, rotateApiClientKey, setApiClientCallback } from "@/lib/admin/api-clients/api-clients";
import type { AdminFormState } from "@/lib/admin/users/actions";

const KEY_SHOWN_ONCE = "Khóa API (chỉ hiển thị một lần, gửi cho hệ thống sử dụng qua kênh an toàn):";
const LIST_PATH = "/admin/api-clients";

export async function createApiClientAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return runAction({ permission: "admin.apiClients", form, echo: true }, async ({ actor, texts }) => {
    const { key } = await createApiClient(actor, texts());
    revalidatePath(LIST_PATH);
    return { done: KEY_SHOWN_ONCE, secret: key };
  });
}

export async function rotateApiClientAction(id: string, _prev: AdminFormState, _form: FormData): Promise<AdminFormState> {
  return runAction({ permission: "admin.apiClients" }, async ({ actor }) => {
    const { key } = await rotateApiClientKey(actor, id);
    revalidatePath(LIST_PATH);
    return { done: `Đã đổi khóa; khóa cũ bị từ chối ngay. ${KEY_SHOWN_ONCE}`, secret: key };
  });
}

export async function revokeApiClientAction(id: string, _prev: AdminFormState, _form: FormData): Promise<AdminFormState> {
  return runAction({ permission: "admin.apiClients" }, async ({ actor }) => {
    await revokeApiClient(actor, id);
    revalidatePath(LIST_PATH);
    return { done: "Đã thu hồi khóa." };
  });
}

/** Sets or removes the client's callback URL; a URL set comes with a new callback secret, shown once. */
export async function setApiClientCallbackAction(id: string, _prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const state = await runAction<AdminFormState>({ permission: "admin.apiClients", form }, async ({ actor, input }) => {
    const { secret } = await setApiClientCallback(actor, id, { callbackUrl: input.callbackUrl ?? null }, undefined);
    revalidatePath(LIST_PATH);
    return secret
      ? { done: "Đã lưu địa chỉ nhận thông báo. Bí mật ký thông báo (chỉ hiển thị một lần; hệ thống nhận kiểm tra X-Signature bằng HMAC-SHA256 với bí mật này):", secret }
      : { done: "Đã bỏ địa chỉ nhận thông báo." };
  });
  // The form is one line beside the client: its field's message is the form's message.
  return state.fieldErrors?.callbackUrl ? { ...state, error: state.fieldErrors.callbackUrl } : state;
}
