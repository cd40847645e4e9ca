import type { GrantState } from "@/lib/admin/grants/grants";

export const GRANT_STATE_LABELS: Record<GrantState, string> = {
  REQUESTED: "Chờ Công an tỉnh quyết định",
  ACTIVE: "Đang hiệu lực",
  EXPIRED: "Hết hạn",
  REFUSED: "Bị từ chối",
  REVOKED: "Đã thu hồi",
};

export const GRANT_STATE_TONES: Record<GrantState, string> = {
  REQUESTED: "bg-amber-100 text-amber-900",
  ACTIVE: "bg-green-100 text-green-900",
  EXPIRED: "bg-slate-200 text-slate-800",
  REFUSED: "bg-red-100 text-red-900",
  REVOKED: "bg-red-100 text-red-900",
};

export function GrantBadge({ state }: { state: GrantState }) {
  return <span data-testid="grant-state" className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${GRANT_STATE_TONES[state]}`}>{GRANT_STATE_LABELS[state]}</span>;
}
