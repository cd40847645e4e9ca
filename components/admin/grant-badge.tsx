import type { GrantState } from "@/lib/admin/grants/grants";
import { adminMessages } from "@/lib/admin/messages";

export const GRANT_STATE_LABELS: Record<GrantState, string> = adminMessages.grantStates;

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
