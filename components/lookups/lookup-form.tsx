"use client";

import { useActionState, useState, useTransition } from "react";
import { searchRecordsAction, type LookupFormState } from "@/lib/lookups/actions";
import type { ProcedureOption } from "@/lib/lookups/list-procedures";
import { EVENT_LABELS, SEARCH_BY_LABELS } from "@/lib/lookups/labels";
import { Field } from "@/components/ui/field";
import { SelectField, TextareaField, ChoiceGroup, Choice } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ResultsTable } from "@/components/lookups/results-table";

const EVENT_TYPES = Object.keys(EVENT_LABELS) as (keyof typeof EVENT_LABELS)[];
type SearchBy = keyof typeof SEARCH_BY_LABELS;

/** Purpose first, then the search: the form refuses to search without a stated purpose. */
export function LookupForm({ procedures }: { procedures: ProcedureOption[] }) {
  const [state, action, actionPending] = useActionState<LookupFormState, FormData>(searchRecordsAction, {});
  const [transitionPending, startTransition] = useTransition();
  const pending = actionPending || transitionPending;
  // Submitting through onSubmit (not the form's action prop) keeps what the officer typed: React
  // resets a form after an action, which would silently clear the procedure and the search mode
  // while the page still shows them, and the next search would go out without them.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : "");
  const list = (k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : []);

  const [purposeKind, setPurposeKind] = useState(str("purposeKind") || "DOSSIER");
  const [procedureCode, setProcedureCode] = useState(str("procedureCode"));
  const [searchBy, setSearchBy] = useState<SearchBy>((str("searchBy") as SearchBy) || "personalId");
  const procedure = procedures.find((p) => p.code === procedureCode);
  const sectors = [...new Set(procedures.map((p) => p.sector))];
  const checkedTypes = v.eventTypes ? list("eventTypes") : EVENT_TYPES;

  return (
    <div className="flex flex-col gap-5">
      <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label="Tra cứu dữ liệu hộ tịch">
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="mb-3 text-base font-semibold">1. Mục đích tra cứu</h2>
          <ChoiceGroup legend="Tra cứu để" name="purposeKind" error={e.purposeKind}>
            <div className="flex flex-wrap gap-x-6 gap-y-1">
              <Choice type="radio" name="purposeKind" value="DOSSIER" label="Giải quyết hồ sơ thủ tục hành chính" checked={purposeKind === "DOSSIER"} onChange={() => setPurposeKind("DOSSIER")} />
              <Choice type="radio" name="purposeKind" value="OTHER" label="Mục đích khác (nêu căn cứ pháp lý)" checked={purposeKind === "OTHER"} onChange={() => setPurposeKind("OTHER")} />
            </div>
          </ChoiceGroup>
          {purposeKind === "DOSSIER" ? (
            <div key="dossier" className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-[24rem_minmax(0,1fr)]">
              {/* Wide enough for the longest code format of the public-service portal (000.00.12.H29-251128-0001, 25 characters) and then some. */}
              <Field label="Mã hồ sơ" name="dossierCode" defaultValue={str("dossierCode")} error={e.dossierCode} placeholder="VD: 000.00.12.H29-251128-0001" autoComplete="off" maxLength={50} spellCheck={false} />
              <SelectField className="min-w-0" label="Thủ tục hành chính" name="procedureCode" value={procedureCode} onChange={(ev) => setProcedureCode(ev.target.value)} error={e.procedureCode}>
                <option value="">— Chọn thủ tục —</option>
                {sectors.map((sector) => (
                  <optgroup key={sector} label={sector}>
                    {procedures.filter((p) => p.sector === sector).map((p) => (
                      <option key={p.code} value={p.code}>
                        {p.code} · {p.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </SelectField>
              <ChoiceGroup legend="Giấy tờ không yêu cầu công dân nộp (thay bằng kết quả tra cứu)" name="replacesPapers" error={e.replacesPapers} className="md:col-span-2">
                {procedure ? (
                  procedure.papers.map((p) => <Choice key={p.code} name="replacesPapers" value={p.code} label={p.name} defaultChecked={list("replacesPapers").includes(p.code)} />)
                ) : (
                  <p className="text-sm text-slate-600">Chọn thủ tục để thấy các giấy tờ của thủ tục đó.</p>
                )}
              </ChoiceGroup>
            </div>
          ) : (
            <div key="other" className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-2">
              <TextareaField label="Mục đích cụ thể" name="description" defaultValue={str("description")} error={e.description} />
              <TextareaField label="Căn cứ pháp lý" name="legalBasis" defaultValue={str("legalBasis")} error={e.legalBasis} placeholder="VD: Điều 13 Nghị định 87/2020/NĐ-CP" />
            </div>
          )}
        </section>

        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="mb-3 text-base font-semibold">2. Thông tin tra cứu</h2>
          <ChoiceGroup legend="Tra cứu theo" name="searchBy" error={e.searchBy}>
            <div className="flex flex-wrap gap-x-6 gap-y-1">
              {(Object.keys(SEARCH_BY_LABELS) as SearchBy[]).map((k) => (
                <Choice key={k} type="radio" name="searchBy" value={k} label={SEARCH_BY_LABELS[k]} checked={searchBy === k} onChange={() => setSearchBy(k)} />
              ))}
            </div>
          </ChoiceGroup>
          {/* Keyed by mode: each mode's inputs are new elements, so no typed value leaks into another mode's field. */}
          <div key={searchBy} className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-3">
            {searchBy === "personalId" ? (
              <>
                <Field label="Số định danh cá nhân" name="personalId" inputMode="numeric" maxLength={14} defaultValue={str("personalId")} error={e.personalId} autoComplete="off" />
                <Field label="Ngày sinh (để đối chiếu, không bắt buộc)" name="checkDateOfBirth" placeholder="dd/MM/yyyy" defaultValue={str("checkDateOfBirth")} error={e.checkDateOfBirth} />
                <SelectField label="Giới tính (để đối chiếu)" name="checkSex" defaultValue={str("checkSex")}>
                  <option value="">—</option>
                  <option value="M">Nam</option>
                  <option value="F">Nữ</option>
                </SelectField>
              </>
            ) : searchBy === "name" ? (
              <>
                <Field label="Họ, chữ đệm và tên" name="fullName" defaultValue={str("fullName")} error={e.fullName} hint="Có thể gõ không dấu" autoComplete="off" />
                <Field label="Ngày sinh" name="dateOfBirth" placeholder="dd/MM/yyyy" defaultValue={str("dateOfBirth")} error={e.dateOfBirth} hint="Hoặc MM/yyyy, yyyy nếu chỉ biết một phần" />
                <Field label="Họ tên cha" name="fatherName" defaultValue={str("fatherName")} error={e.fatherName} />
                <Field label="Họ tên mẹ" name="motherName" defaultValue={str("motherName")} error={e.motherName} />
                <Field label="Họ tên vợ/chồng (tra cứu kết hôn)" name="spouseName" defaultValue={str("spouseName")} error={e.spouseName} />
              </>
            ) : (
              <>
                <Field label="Số đăng ký" name="entryNumber" defaultValue={str("entryNumber")} error={e.entryNumber} autoComplete="off" />
                <Field label="Quyển số" name="bookNumber" placeholder="VD: 01/2019" defaultValue={str("bookNumber")} error={e.bookNumber} />
                <Field label="Ngày đăng ký" name="registeredOn" placeholder="dd/MM/yyyy" defaultValue={str("registeredOn")} error={e.registeredOn} />
                <Field label="Cơ quan đăng ký (tên cũ hoặc mới)" name="authority" defaultValue={str("authority")} error={e.authority} className="md:col-span-3" placeholder="VD: UBND thị trấn Ia Kha, huyện Ia Grai" />
              </>
            )}
          </div>
          <ChoiceGroup legend="Loại sự kiện hộ tịch" name="eventTypes" error={e.eventTypes} className="mt-4">
            <div className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
              {EVENT_TYPES.map((t) => (
                <Choice key={t} name="eventTypes" value={t} label={EVENT_LABELS[t]} defaultChecked={checkedTypes.includes(t)} />
              ))}
            </div>
          </ChoiceGroup>
        </section>

        <div className="flex items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Đang tra cứu…" : "Tra cứu"}
          </Button>
          <p className="text-sm text-slate-600">Mỗi lượt tra cứu được ghi nhật ký kèm mục đích.</p>
        </div>
      </form>

      <div aria-live="polite">
        {state.error ? <Alert tone="error" title="Không tra cứu được">{state.error}</Alert> : null}
        {state.fieldErrors && Object.keys(state.fieldErrors).length && !state.error ? (
          <Alert tone="warning">Vui lòng kiểm tra các trường được đánh dấu.</Alert>
        ) : null}
        {state.result ? <ResultsTable lookupId={state.result.lookupId} results={state.result.results} truncated={state.result.truncated} /> : null}
      </div>
    </div>
  );
}
