"use client";

import { useActionState } from "react";
import { reviewReportAction, saveReportAction, submitReportAction, createAdHocAction, type ReportFormState } from "@/lib/reports/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/select";

function Result({ state }: { state: ReportFormState }) {
  return (
    <>
      {state.done ? <Alert tone="success">{state.done}</Alert> : null}
      {state.error ? <Alert tone="error" title="Chưa thực hiện được">{state.error}</Alert> : null}
    </>
  );
}

const Ref = ({ id, version }: { id: string; version: number }) => (
  <>
    <input type="hidden" name="id" value={id} />
    <input type="hidden" name="version" value={version} />
  </>
);

/** The officer's part: difficulties and proposals (the only typed content), then hand to the signer. */
export function TextsForm({ id, version, difficulties, proposals, prepared }: { id: string; version: number; difficulties: string; proposals: string; prepared: boolean }) {
  const [state, action, pending] = useActionState<ReportFormState, FormData>(saveReportAction, {});
  return (
    <form action={action} className="flex flex-col gap-3" aria-live="polite">
      <Ref id={id} version={version} />
      <Result state={state} />
      <TextareaField label="Khó khăn, vướng mắc" name="difficulties" rows={4} defaultValue={state.values?.difficulties ?? difficulties} error={state.fieldErrors?.difficulties} />
      <TextareaField label="Đề xuất, kiến nghị" name="proposals" rows={4} defaultValue={state.values?.proposals ?? proposals} error={state.fieldErrors?.proposals} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="step" value="save" variant="secondary" disabled={pending}>Lưu nháp</Button>
        <Button type="submit" name="step" value="prepare" disabled={pending}>{prepared ? "Lưu và giữ trình ký" : "Hoàn thành, trình lãnh đạo ký"}</Button>
      </div>
    </form>
  );
}

/** The signer's part: submitting freezes the figures shown into a new version. */
export function SubmitForm({ id, version }: { id: string; version: number }) {
  const [state, action, pending] = useActionState<ReportFormState, FormData>(submitReportAction, {});
  return (
    <form action={action} className="flex flex-col gap-2" aria-live="polite">
      <Ref id={id} version={version} />
      <Result state={state} />
      <p className="text-sm text-slate-700">Khi ký gửi, số liệu được chốt tại thời điểm gửi và không thay đổi theo hoạt động phát sinh sau đó.</p>
      <Button type="submit" disabled={pending}>Ký gửi Sở Tư pháp</Button>
    </form>
  );
}

/** Sở Tư pháp's part: accept, or return with a comment (required). */
export function ReviewForm({ id, version }: { id: string; version: number }) {
  const [state, action, pending] = useActionState<ReportFormState, FormData>(reviewReportAction, {});
  return (
    <form action={action} className="flex flex-col gap-2" aria-live="polite" noValidate>
      <Ref id={id} version={version} />
      <Result state={state} />
      <TextareaField label="Ý kiến của Sở Tư pháp (bắt buộc khi trả lại)" name="comment" rows={3} defaultValue={state.values?.comment ?? ""} error={state.fieldErrors?.comment} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="ACCEPT" disabled={pending}>Tiếp nhận báo cáo</Button>
        <Button type="submit" name="decision" value="RETURN" variant="danger" disabled={pending}>Trả lại để chỉnh sửa</Button>
      </div>
    </form>
  );
}

/** Sở Tư pháp requests an ad hoc report from every commune or from the communes listed. */
export function AdHocForm() {
  const [state, action, pending] = useActionState<ReportFormState, FormData>(createAdHocAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid grid-cols-1 gap-3 sm:grid-cols-3" aria-live="polite" noValidate>
      <div className="sm:col-span-3"><Result state={state} /></div>
      <Field label="Tên báo cáo" name="title" className="sm:col-span-3" defaultValue={v.title} error={e.title} />
      <Field label="Từ ngày" name="from" placeholder="dd/MM/yyyy" defaultValue={v.from} error={e.from} />
      <Field label="Đến ngày" name="to" placeholder="dd/MM/yyyy" defaultValue={v.to} error={e.to} />
      <Field label="Hạn gửi (trước ngày)" name="due" placeholder="dd/MM/yyyy" defaultValue={v.due} error={e.due} />
      <Field label="Mã đơn vị (để trống: tất cả các xã, phường)" name="unitCodes" className="sm:col-span-3" hint="Cách nhau bởi dấu phẩy, ví dụ 23575, 21583" defaultValue={v.unitCodes} error={e.unitCodes} />
      <TextareaField label="Nội dung yêu cầu" name="note" className="sm:col-span-3" defaultValue={v.note} />
      <div><Button type="submit" disabled={pending}>Gửi yêu cầu báo cáo</Button></div>
    </form>
  );
}
