import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { verificationTexts as t } from "@/lib/verifications/texts";

const TONES: Record<VerificationStatus, string> = {
  PENDING: "border-amber-300 bg-amber-50 text-amber-900",
  CONFIRMED: "border-green-300 bg-green-50 text-green-900",
  REJECTED: "border-red-300 bg-red-50 text-red-800",
};

export function VerificationStatusBadge({ status }: { status: VerificationStatus }) {
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold ${TONES[status]}`}>{t.statuses[status]}</span>;
}
