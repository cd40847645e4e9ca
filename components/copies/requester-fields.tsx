"use client";

import Link from "next/link";
import { useState } from "react";
import { messages } from "@/lib/messages";
import { formatMoney } from "@/lib/format";
import { CHANNELS, MAX_COPIES, RELATION_CHOICES } from "@/lib/copies/schemas";
import { isRelative } from "@/lib/copies/requester-rules";
import { requesterTexts as rt } from "@/lib/copies/requester-texts";
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
      <ChoiceGroup legend="Hình thức tiếp nhận" name="channel" error={errors.channel}>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {CHANNELS.map((c) => <Choice key={c} type="radio" name="channel" value={c} label={m.channels[c]} checked={channel === c} onChange={() => setChannel(c)} />)}
        </div>
      </ChoiceGroup>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label="Họ, chữ đệm và tên người yêu cầu" name="requesterName" defaultValue={str("requesterName")} error={errors.requesterName} autoComplete="off" />
        <Field label="Số giấy tờ tùy thân (CCCD, hộ chiếu)" name="requesterIdNumber" defaultValue={str("requesterIdNumber")} error={errors.requesterIdNumber} autoComplete="off" />
        <Field label="Số điện thoại" name="requesterPhone" type="tel" defaultValue={str("requesterPhone")} error={errors.requesterPhone} hint="Không bắt buộc" autoComplete="off" />
        <Field
          label={channel === "POST" ? "Địa chỉ nhận kết quả (bưu chính)" : "Địa chỉ"}
          name="requesterAddress" defaultValue={str("requesterAddress")} error={errors.requesterAddress}
          hint={channel === "POST" ? "Bắt buộc khi trả kết quả qua bưu chính" : "Không bắt buộc"}
        />
        <SelectField label="Quan hệ với người được cấp" name="relation" value={relation} onChange={(e) => setRelation(e.target.value)} error={errors.relation}>
          <option value="">— Chọn quan hệ —</option>
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
            <Field label="Văn bản ủy quyền của người được cấp (không bắt buộc công chứng, chứng thực)" name="authorisationRef" defaultValue={str("authorisationRef")} error={errors.authorisationRef} autoComplete="off" />
            <Field label={rt.labels.relationshipProof} name="relationshipProof" defaultValue={str("relationshipProof")} error={errors.relationshipProof} placeholder="VD: Giấy khai sinh của người được cấp bản sao số 45, quyển 01/1998" autoComplete="off" />
          </>
        ) : relation === "AUTHORISED" ? (
          <>
            <Field label="Văn bản ủy quyền (số, ngày)" name="authorisationRef" defaultValue={str("authorisationRef")} error={errors.authorisationRef} autoComplete="off" />
            <Field label="Nơi công chứng, chứng thực" name="authorisationCertifiedBy" defaultValue={str("authorisationCertifiedBy")} error={errors.authorisationCertifiedBy} autoComplete="off" />
            <Field label="Số công chứng, chứng thực" name="authorisationCertificationNumber" defaultValue={str("authorisationCertificationNumber")} error={errors.authorisationCertificationNumber} autoComplete="off" />
            <Field label="Ngày công chứng, chứng thực" name="authorisationCertifiedOn" defaultValue={str("authorisationCertifiedOn")} error={errors.authorisationCertifiedOn} placeholder="dd/MM/yyyy" autoComplete="off" />
          </>
        ) : null}
      </div>
      {kind === "CONFIRMATION" ? (
        <>
          <TextareaField label={rt.labels.confirmationContent} name="confirmationContent" defaultValue={str("confirmationContent")} error={errors.confirmationContent} placeholder="VD: xác nhận họ tên, ngày sinh và tình trạng hôn nhân theo các sự kiện đã chọn" />
          <TextareaField label="Mục đích sử dụng văn bản xác nhận" name="purposeText" defaultValue={str("purposeText")} error={errors.purposeText} placeholder="VD: bổ sung hồ sơ hưởng chế độ bảo hiểm xã hội" />
        </>
      ) : null}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-[10rem_1fr]">
        <Field label={kind === "COPY" ? "Số bản sao" : "Số bản"} name="copies" type="number" min={1} max={MAX_COPIES} inputMode="numeric" value={copies} onChange={(e) => setCopies(e.target.value)} error={errors.copies} />
        {fees.exemptions.length > 0 || exempt ? (
          <SelectField label="Miễn phí" name="feeExemptReason" value={exempt} onChange={(e) => setExempt(e.target.value)} error={errors.feeExemptReason}>
            <option value="">Không miễn</option>
            {fees.exemptions.map((e) => <option key={e.reason} value={e.reason}>{e.reason} — căn cứ: {e.basis}</option>)}
          </SelectField>
        ) : <p className="self-end text-sm text-slate-600">Không có trường hợp miễn phí nào được cấu hình (chỉ miễn khi có căn cứ pháp lý).</p>}
      </div>
      <p className="rounded-md bg-slate-100 px-3 py-2 text-sm" aria-live="polite" data-testid="fee-preview">
        Phí: <strong>{validCopies ? formatMoney(exempt ? 0 : perCopy * n) : "—"}</strong>
        {!validCopies ? "" : exempt ? ` (miễn phí: ${exempt})` : perCopy === 0 ? " (không thu phí)" : ` (${formatMoney(perCopy)} × ${n} bản)`}
      </p>
    </div>
  );
}
