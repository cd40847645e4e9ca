"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { toActionError } from "@/lib/errors-server";
import { formValues } from "@/lib/admin/form";
import { settingPage } from "@/lib/admin/settings/fields";
import { saveSetting } from "@/lib/admin/settings/save-setting";
import type { AdminFormState } from "@/lib/admin/users/actions";

export async function saveSettingAction(key: string, _prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const actor = await requirePermission("admin.config");
  const page = settingPage(key);
  const values = formValues(form);
  if (!page) return { error: "Không tìm thấy cấu hình." };
  try {
    const version = await saveSetting(actor, page, values, Number(values.expectedVersion ?? 0));
    revalidatePath(`/admin/settings/${key}`);
    return { done: `Đã lưu (phiên bản ${version}). Thay đổi có hiệu lực ngay, không cần khởi động lại.` };
  } catch (error) {
    return { ...(await toActionError(error)), values };
  }
}
