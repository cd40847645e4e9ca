import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { getMonitoring } from "@/lib/admin/monitoring/probe-stats";
import { MonitoringView } from "@/components/admin/monitoring-view";
import { adminMessages } from "@/lib/admin/messages";

export const metadata: Metadata = { title: adminMessages.monitoring.title };
export const dynamic = "force-dynamic";

/** Server-rendered first paint; the view then refreshes itself at the probe interval (TanStack Query). */
export default async function MonitoringPage() {
  const actor = await requirePermission("admin.monitoring");
  return <MonitoringView initial={await getMonitoring(actor)} />;
}
