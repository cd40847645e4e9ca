import type { VerifyResult } from "@/lib/documents/verify-document";
import { DefinitionList } from "@/components/ui/card";
import { formatPartialDate } from "@/lib/text/dates";
import { messages } from "@/lib/text/messages";
import { verifyTexts as vt } from "@/lib/documents/verify-texts";
import { formatDateTime } from "@/lib/text/format";

const m = messages.verify;
type Tone = "valid" | "revoked" | "invalid";

// Colour is never the only signal (icon and heading say it too), and print keeps the colours, so a
// printed result reads the same as the screen.
const TONES: Record<Tone, { box: string; icon: string }> = {
  valid: { box: "border-green-600 bg-green-50 text-green-900", icon: "bg-green-600" },
  revoked: { box: "border-amber-600 bg-amber-50 text-amber-950", icon: "bg-amber-600" },
  invalid: { box: "border-red-600 bg-red-50 text-red-900", icon: "bg-red-600" },
};

function StatusIcon({ tone }: { tone: Tone }) {
  const path =
    tone === "valid" ? "M7 12.5l3.2 3.2L17 9" // check
    : tone === "revoked" ? "M12 7v6M12 16.5v.5" // exclamation
    : "M8 8l8 8M16 8l-8 8"; // cross
  return (
    <span className={`inline-flex h-12 w-12 shrink-0 items-center justify-center rounded-full ${TONES[tone].icon} [print-color-adjust:exact]`} aria-hidden="true">
      <svg viewBox="0 0 24 24" className="h-8 w-8" fill="none" stroke="white" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round">
        <path d={path} />
      </svg>
    </span>
  );
}

/** The answer of the public verification page: valid, revoked or not verifiable, with the facts to compare. */
export function VerifyResultView({ result, code }: { result: VerifyResult; code: string }) {
  const tone: Tone = !("status" in result) ? "invalid" : result.status;
  const heading = tone === "valid" ? m.valid : tone === "revoked" ? m.revoked : m.invalid;
  const body =
    "status" in result ? (result.status === "valid" ? m.validBody : m.revokedBody(formatPartialDate(result.revokedOn))) : m.invalidBody;
  return (
    <div className="flex flex-col gap-4">
      <section role="status" aria-live="polite" className={`flex items-start gap-4 rounded-lg border-2 px-5 py-4 [print-color-adjust:exact] ${TONES[tone].box}`}>
        <StatusIcon tone={tone} />
        <div>
          <h2 className="text-xl font-bold">{heading}</h2>
          <p className="mt-1 text-sm">{body}</p>
        </div>
      </section>
      {"status" in result ? (
        <section className="rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm">
          <DefinitionList
            items={[
              { label: m.fields.kind, value: m.kinds[result.kind] },
              { label: m.fields.number, value: result.number },
              { label: m.fields.issuedOn, value: formatPartialDate(result.issuedOn) },
              { label: m.fields.issuingUnit, value: result.issuingUnit },
              { label: m.fields.holder, value: result.holder },
              ...(result.revokedOn ? [{ label: m.fields.revokedOn, value: formatPartialDate(result.revokedOn) }] : []),
              { label: m.fields.code, value: <span className="font-mono text-xs break-all">{code}</span> },
            ]}
          />
          <p className="mt-3 text-xs text-slate-600">{m.holderNote}</p>
        </section>
      ) : null}
      {"status" in result && result.kind !== "AGENCY_ANSWER" ? <SignatureView result={result} /> : null}
    </div>
  );
}

/** The digital signature the issued PDF carries: who signed, when, with which certificate. */
function SignatureView({ result }: { result: Extract<VerifyResult, { status: string }> }) {
  const sig = result.signature;
  return (
    <section className="rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm" aria-labelledby="signature-title">
      <h2 id="signature-title" className="mb-2 text-base font-semibold">{vt.signatureTitle}</h2>
      {sig ? (
        <>
          {sig.demo ? <p className="mb-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">{vt.demo}</p> : null}
          <DefinitionList
            items={[
              { label: vt.signer, value: `${sig.signerName} — ${sig.signerTitle}` },
              { label: vt.signedAt, value: formatDateTime(new Date(sig.signedAt)) },
              { label: vt.certificateSubject, value: sig.certificate.subject },
              { label: vt.certificateIssuer, value: sig.certificate.issuer },
              { label: vt.certificateValidity, value: `${formatPartialDate(sig.certificate.notBefore.slice(0, 10))} – ${formatPartialDate(sig.certificate.notAfter.slice(0, 10))}` },
              { label: vt.certificateSerial, value: <span className="font-mono text-xs break-all">{sig.certificate.serialNumber}</span> },
              { label: vt.fingerprint, value: <span className="font-mono text-xs break-all">{sig.certificate.fingerprintSha256}</span> },
              ...(result.nationalRegistration ? [{ label: vt.registration, value: vt.registrationStatus[result.nationalRegistration] }] : []),
            ]}
          />
        </>
      ) : (
        <p className="text-sm text-slate-700">{vt.noSignature}</p>
      )}
    </section>
  );
}
