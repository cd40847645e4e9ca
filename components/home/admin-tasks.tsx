import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { GRANT_EXPIRY_WARNING_DAYS, getAdminTasks } from "@/lib/admin/admin-home";
import { formatCount, formatDateTime } from "@/lib/text/format";
import { slugLabel } from "@/lib/adapters/systems";
import { adminMessages } from "@/lib/admin/messages";
import { homeMessages } from "@/lib/home/messages";

const t = homeMessages.adminTasks;

/** The administrator's to-do list on the home page (renders nothing for other roles). */
export async function AdminTasksCard({ actor }: { actor: Actor }) {
  const tasks = await getAdminTasks(actor);
  if (!tasks) return null;
  const link = "font-medium text-brand-700 underline";
  return (
    <Card title={t.title}>
      <ul className="flex flex-col gap-1.5 text-sm">
        <li><Link href="/admin/grants?state=REQUESTED" className={link}>{t.pendingGrants(formatCount(tasks.pendingGrants))}</Link>{t.pendingGrantsTail}</li>
        <li><Link href="/admin/grants?state=ACTIVE" className={link}>{t.expiringGrants(formatCount(tasks.expiringGrants))}</Link>{t.expiringGrantsTail(GRANT_EXPIRY_WARNING_DAYS)}</li>
        <li><Link href="/admin/users?status=no2fa" className={link}>{adminMessages.users.count(formatCount(tasks.missingTwoFactor))}</Link>{t.missingTwoFactorTail}</li>
        {tasks.probes.map((p) => (
          <li key={p.system}>
            <Link href="/admin/monitoring" className={link}>{slugLabel(p.system, "short")}</Link>{t.probe(p.ok, formatDateTime(p.at))}
          </li>
        ))}
      </ul>
    </Card>
  );
}
