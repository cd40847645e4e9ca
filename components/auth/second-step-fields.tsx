/* eslint-disable @next/next/no-img-element -- a data: URL QR code, nothing for next/image to optimise */
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import type { SignInState } from "@/lib/auth/actions";
import { twoFactorMessages as t } from "@/lib/auth/two-factor/messages";

/** The second and later screens of a two-factor sign-in: a code, an enrolment, the recovery codes. */
export function SecondStepFields({ state, pending }: { state: SignInState; pending: boolean }) {
  const codeField = (label: string) => (
    <Field label={label} name="code" inputMode="text" autoComplete="one-time-code" autoFocus required error={state.fieldErrors?.code} />
  );
  return (
    <>
      {state.step === "totp" ? (
        <>
          <h3 className="text-base font-semibold">{t.totpTitle}</h3>
          <p className="text-sm text-slate-700">{t.totpHint}</p>
          {codeField(t.codeLabel)}
          <Button type="submit" disabled={pending} className="w-full py-2.5">{t.verify}</Button>
        </>
      ) : state.step === "enrol" ? (
        <>
          <h3 className="text-base font-semibold">{t.enrolTitle}</h3>
          <p className="text-sm text-slate-700">{t.enrolHint}</p>
          {state.enrolment ? (
            <div className="flex flex-col items-center gap-2">
              <img src={state.enrolment.qrDataUrl} alt={t.qrAlt} width={200} height={200} />
              <p className="text-xs text-slate-600">{t.secretLabel}</p>
              <code data-testid="totp-secret" className="select-all break-all rounded bg-slate-100 px-2 py-1 font-mono text-sm">{state.enrolment.secret}</code>
            </div>
          ) : null}
          {codeField(t.enrolCodeLabel)}
          <Button type="submit" disabled={pending} className="w-full py-2.5">{t.verify}</Button>
        </>
      ) : (
        <>
          <h3 className="text-base font-semibold">{t.recoveryTitle}</h3>
          <p className="text-sm text-slate-700">{t.recoveryHint}</p>
          <ol data-testid="recovery-codes" className="grid grid-cols-2 gap-1 rounded bg-slate-100 p-3 font-mono text-sm">
            {(state.recoveryCodes ?? []).map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
          <Button type="submit" disabled={pending} className="w-full py-2.5">{t.continue}</Button>
        </>
      )}
    </>
  );
}
