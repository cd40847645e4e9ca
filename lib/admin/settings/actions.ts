"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/form-action";
import { settingPage } from "@/lib/admin/settings/fields";
import { saveSetting } from "@/lib/admin/settings/save-setting";
import type { AdminFormState } from "@/lib/admin/users/actions";

export async function saveSettingAction(key: string, _prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return runAction({ permission: "admin.config", form, echo: true }, async ({ actor, texts }) => {
    const page = settingPage(key);
    if (!page) return { error: "Không tìm thấy cấu hình." };
    const fields = texts();
    const version = await saveSetting(actor, page, fields, Number(fields.expectedVersion ?? 0));
    revalidatePath(`/admin/settings/${key}`);
    return { done: `Đã lưu (phiên bản ${version}). Thay đổi có hiệu lực ngay, không cần khởi động lại.` };
  });
}
