import Link from "next/link";
import type { RecordGate } from "@/lib/verifications/request-gate";
import { formatDateTime } from "@/lib/text/format";
import { verificationTexts as t } from "@/lib/verifications/texts";
import { verificationPageTexts as vt } from "@/lib/verifications/messages";

const g = vt.gate;
import { VerificationStatusBadge } from "@/components/verifications/status-badge";
import { SendVerificationForm } from "@/components/verifications/send-form";

/**
 * Under a record of a request: why it cannot be certified yet (in review, suspected duplicate), the
 * verification asked of the unit keeping its register and its answer, and — for the taking unit's
 * officer while the request is open — the form that sends a verification request.
 */
export function RecordGateNote({ gate, copyRequestId, canAsk }: { gate: RecordGate; copyRequestId: string; canAsk: boolean }) {
  if (!gate.reason) return null;
  const v = gate.verification;
  const askAgain = canAsk && !gate.fit && (!v || v.status === "REJECTED");
  return (
    <div className={`flex flex-col gap-2 rounded-md border px-3 py-2 ${gate.fit ? "border-green-300 bg-green-50" : "border-amber-300 bg-amber-50"}`} role="note">
      <p className="font-medium text-slate-900">
        {gate.reason}
        {gate.fit ? g.fit : g.notFit}
      </p>
      {v ? (
        <div className="flex flex-col gap-1 text-slate-800">
          <p className="flex flex-wrap items-center gap-2">
            <span>{g.asked(v.holdingUnitName, formatDateTime(v.askedAt))}</span>
            <VerificationStatusBadge status={v.status} />
            <Link href={`/verifications/${v.id}`} className="text-brand-700 underline">{g.view}</Link>
          </p>
          {v.answeredAt ? <p>{g.answered(formatDateTime(v.answeredAt), v.answer)}</p> : null}
          {v.status === "REJECTED" && canAsk && v.answer ? <p className="text-red-800">{g.mayRefuse(t.refuseWith(v.answer))}</p> : null}
        </div>
      ) : null}
      {askAgain ? <SendVerificationForm copyRequestId={copyRequestId} recordId={gate.recordId} holderName={gate.holderName} /> : null}
    </div>
  );
}
