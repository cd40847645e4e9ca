"use client";

import Link from "next/link";
import { useState } from "react";
import { messages } from "@/lib/text/messages";
import { formatMoney } from "@/lib/text/format";
import { CHANNELS, MAX_COPIES, RELATION_CHOICES } from "@/lib/copies/schemas";
import { isRelative } from "@/lib/copies/requester-rules";
import { requesterTexts as rt } from "@/lib/copies/requester-texts";
import { copiesTexts as t } from "@/lib/copies/messages";
import type { FeeConfig } from "@/lib/copies/fees";
import { Field } from "@/components/ui/field";
import { ChoiceGroup, Choice, SelectField, TextareaField } from "@/components/ui/select";

const m = messages.copies;

/** The requester, the channel, the copies and the fee (a preview: the server computes the amount it records). */
export function RequesterFields({ kind, fees, values, errors, populationGrant }: { kind: "COPY" | "CONFIRMATION"; fees: FeeConfig; values: Record<string, string | string[]>; errors: Record<string, string>; populationGrant: boolean }) {
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : "");
  const [channel, setChannel] = useState(str("channel") || "COUNTER");
  const [relation, setRelation] = useState(str("relation"));
  const [copies, setCopies] = useState(str("copies") || "1");
  const [exempt, setExempt] = useState(str("feeExemptReason"));
  const n = Number(copies);
  const perCopy = kind === "CONFIRMATION" ? fees.confirmationFee : (fees.copyFeeByChannel[channel as keyof FeeConfig["copyFeeByChannel"]] ?? fees.copyFeePerCopy);
  const validCopies = Number.isInteger(n) && n >= 1 && n <= MAX_COPIES;

  return (
    <div className="flex flex-col gap-4">
      <ChoiceGroup legend={t.requester.channel} name="channel" error={errors.channel}>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {CHANNELS.map((c) => <Choice key={c} type="radio" name="channel" value={c} label={m.channels[c]} checked={channel === c} onChange={() => setChannel(c)} />)}
        </div>
      </ChoiceGroup>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label={t.requester.name} name="requesterName" defaultValue={str("requesterName")} error={errors.requesterName} autoComplete="off" />
        <Field label={t.requester.idNumber} name="requesterIdNumber" defaultValue={str("requesterIdNumber")} error={errors.requesterIdNumber} autoComplete="off" />
        <Field label={t.requester.phone} name="requesterPhone" type="tel" defaultValue={str("requesterPhone")} error={errors.requesterPhone} hint={t.requester.optional} autoComplete="off" />
        <Field
          label={channel === "POST" ? t.requester.postAddress : t.requester.address}
          name="requesterAddress" defaultValue={str("requesterAddress")} error={errors.requesterAddress}
          hint={channel === "POST" ? t.requester.postAddressHint : t.requester.optional}
        />
        <SelectField label={t.requester.relation} name="relation" value={relation} onChange={(e) => setRelation(e.target.value)} error={errors.relation}>
          <option value="">{t.requester.chooseRelation}</option>
          {RELATION_CHOICES.map((r) => <option key={r} value={r}>{r === "AGENCY" ? rt.agencyOption : m.relations[r]}</option>)}
        </SelectField>
        {relation === "SELF" ? (
          <Field
            label={rt.labels.requesterDateOfBirth} name="requesterDateOfBirth" defaultValue={str("requesterDateOfBirth")} error={errors.requesterDateOfBirth}
            placeholder="dd/MM/yyyy" autoComplete="off" hint={rt.selfHint(populationGrant)}
          />
        ) : relation === "AGENCY" ? (
          <div className="self-end rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="note">
            <p>{rt.agencyRefused}</p>
            <Link href="/agency-requests/new" className="underline">{rt.agencyLink}</Link>
          </div>
        ) : null}
        {isRelative(relation) ? (
          <>
            <Field label={t.requester.relativeAuthorisation} name="authorisationRef" defaultValue={str("authorisationRef")} error={errors.authorisationRef} autoComplete="off" />
            <Field label={rt.labels.relationshipProof} name="relationshipProof" defaultValue={str("relationshipProof")} error={errors.relationshipProof} placeholder={t.requester.relationshipProofPlaceholder} autoComplete="off" />
          </>
        ) : relation === "AUTHORISED" ? (
          <>
            <Field label={t.requester.authorisation} name="authorisationRef" defaultValue={str("authorisationRef")} error={errors.authorisationRef} autoComplete="off" />
            <Field label={t.requester.certifiedBy} name="authorisationCertifiedBy" defaultValue={str("authorisationCertifiedBy")} error={errors.authorisationCertifiedBy} autoComplete="off" />
            <Field label={t.requester.certificationNumber} name="authorisationCertificationNumber" defaultValue={str("authorisationCertificationNumber")} error={errors.authorisationCertificationNumber} autoComplete="off" />
            <Field label={t.requester.certifiedOn} name="authorisationCertifiedOn" defaultValue={str("authorisationCertifiedOn")} error={errors.authorisationCertifiedOn} placeholder="dd/MM/yyyy" autoComplete="off" />
          </>
        ) : null}
      </div>
      {kind === "CONFIRMATION" ? (
        <>
          <TextareaField label={rt.labels.confirmationContent} name="confirmationContent" defaultValue={str("confirmationContent")} error={errors.confirmationContent} placeholder={t.requester.confirmationContentPlaceholder} />
          <TextareaField label={t.requester.purpose} name="purposeText" defaultValue={str("purposeText")} error={errors.purposeText} placeholder={t.requester.purposePlaceholder} />
        </>
      ) : null}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-[10rem_1fr]">
        <Field label={t.requester.copies[kind]} name="copies" type="number" min={1} max={MAX_COPIES} inputMode="numeric" value={copies} onChange={(e) => setCopies(e.target.value)} error={errors.copies} />
        {fees.exemptions.length > 0 || exempt ? (
          <SelectField label={t.requester.exemption} name="feeExemptReason" value={exempt} onChange={(e) => setExempt(e.target.value)} error={errors.feeExemptReason}>
            <option value="">{t.requester.noExemption}</option>
            {fees.exemptions.map((e) => <option key={e.reason} value={e.reason}>{t.requester.exemptionOption(e.reason, e.basis)}</option>)}
          </SelectField>
        ) : <p className="self-end text-sm text-slate-600">{t.requester.noExemptions}</p>}
      </div>
      <p className="rounded-md bg-slate-100 px-3 py-2 text-sm" aria-live="polite" data-testid="fee-preview">
        {t.requester.fee}<strong>{validCopies ? formatMoney(exempt ? 0 : perCopy * n) : "—"}</strong>
        {!validCopies ? "" : exempt ? t.requester.exempt(exempt) : perCopy === 0 ? t.requester.free : t.requester.perCopy(formatMoney(perCopy), n)}
      </p>
    </div>
  );
}
