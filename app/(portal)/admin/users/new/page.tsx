import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { userFormOptions } from "@/lib/admin/users/list-users";
import { createUserAction } from "@/lib/admin/users/actions";
import { UserForm } from "@/components/admin/user-form";
import { adminMessages } from "@/lib/admin/messages";

const t = adminMessages.newUser;

export const metadata: Metadata = { title: t.title };

export default async function NewUserPage() {
  const actor = await requirePermission("admin.users");
  const { units, agencies } = await userFormOptions(actor);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-sm text-slate-700">{t.intro}</p>
      <UserForm action={createUserAction} defaults={{}} units={units} agencies={agencies} isNew />
    </div>
  );
}
