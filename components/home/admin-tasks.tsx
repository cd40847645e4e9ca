import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { getAdminTasks } from "@/lib/admin/admin-home";
import { formatCount, formatDateTime } from "@/lib/format";
import { SYSTEM_LABELS, systemOfSlug } from "@/lib/adapters/systems";

const shortName = (slug: string) => {
  const id = systemOfSlug(slug);
  return id ? SYSTEM_LABELS[id].short : slug;
};

/** The administrator's to-do list on the home page (renders nothing for other roles). */
export async function AdminTasksCard({ actor }: { actor: Actor }) {
  const tasks = await getAdminTasks(actor);
  if (!tasks) return null;
  const link = "font-medium text-brand-700 underline";
  return (
    <Card title="Việc cần xử lý">
      <ul className="flex flex-col gap-1.5 text-sm">
        <li><Link href="/admin/grants?state=REQUESTED" className={link}>{formatCount(tasks.pendingGrants)} đề nghị cấp quyền CSDL dân cư</Link> chờ ghi nhận quyết định</li>
        <li><Link href="/admin/grants?state=ACTIVE" className={link}>{formatCount(tasks.expiringGrants)} quyền</Link> hết hạn trong 30 ngày tới</li>
        <li><Link href="/admin/users?status=no2fa" className={link}>{formatCount(tasks.missingTwoFactor)} tài khoản</Link> bắt buộc nhưng chưa thiết lập xác thực hai lớp</li>
        {tasks.probes.map((p) => (
          <li key={p.system}>
            <Link href="/admin/monitoring" className={link}>{shortName(p.system)}</Link>: {p.ok ? "hoạt động" : "đang lỗi"} (kiểm tra lúc {formatDateTime(p.at)})
          </li>
        ))}
      </ul>
    </Card>
  );
}
