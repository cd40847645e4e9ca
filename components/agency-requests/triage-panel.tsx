"use client";

import { triageAction, type AgencyFormState } from "@/lib/agency-requests/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextareaField } from "@/components/ui/select";
import { useFormAction } from "@/components/agency-requests/use-form-action";

/**
 * Sở Tư pháp's four decisions on a filed request. Every form carries the version the page showed:
 * a decision on a stale page is refused instead of overwriting another officer's.
 */
export function TriagePanel({ id, version, communes }: { id: string; version: number; communes: { code: string; name: string }[] }) {
  const { state, submit, pending } = useFormAction<AgencyFormState>(triageAction, {});
  const fe = state.fieldErrors ?? {};
  const hidden = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return (
    <div className="flex flex-col gap-3" aria-live="polite">
      {state.done ? <Alert tone="success">{state.done}</Alert> : null}
      {state.error ? <Alert tone="error" title="Chưa thực hiện được">{state.error}</Alert> : null}
      <form onSubmit={submit}>
        {hidden}
        <Button type="submit" name="decision" value="accept" disabled={pending} className="w-full">Tiếp nhận, Sở Tư pháp xử lý</Button>
      </form>
      <form onSubmit={submit} noValidate className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
        {hidden}
        <SelectField label="Giao xã, phường xử lý" name="communeCode" error={fe.communeCode} defaultValue="">
          <option value="">— Chọn xã, phường —</option>
          {communes.map((c) => <option key={c.code} value={c.code}>{c.name} ({c.code})</option>)}
        </SelectField>
        <Button type="submit" name="decision" value="assign" variant="secondary" disabled={pending}>Giao xử lý</Button>
      </form>
      <details className="rounded-md border border-amber-200 bg-amber-50/40 px-3 py-2" open={!!fe["note.return"]}>
        <summary className="cursor-pointer text-sm font-semibold text-amber-900">Trả lại để bổ sung…</summary>
        <form onSubmit={submit} noValidate className="mt-2 flex flex-col gap-2">
          {hidden}
          <TextareaField id="f-note-return" label="Nội dung cần bổ sung (gửi cơ quan yêu cầu)" name="note" rows={3} error={fe["note.return"]} />
          <Button type="submit" name="decision" value="return" variant="secondary" disabled={pending}>Trả lại yêu cầu</Button>
        </form>
      </details>
      <details className="rounded-md border border-red-200 bg-red-50/40 px-3 py-2" open={!!fe["note.refuse"]}>
        <summary className="cursor-pointer text-sm font-semibold text-red-800">Từ chối…</summary>
        <form onSubmit={submit} noValidate className="mt-2 flex flex-col gap-2">
          {hidden}
          <TextareaField id="f-note-refuse" label="Lý do từ chối (gửi cơ quan yêu cầu)" name="note" rows={3} error={fe["note.refuse"]} />
          <Button type="submit" name="decision" value="refuse" variant="danger" disabled={pending}>Xác nhận từ chối</Button>
        </form>
      </details>
    </div>
  );
}
