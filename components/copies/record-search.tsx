"use client";

import { useState } from "react";
import { EVENT_LABELS, SEARCH_BY_LABELS } from "@/lib/lookups/labels";
import { Field } from "@/components/ui/field";
import { ChoiceGroup, Choice } from "@/components/ui/select";
import { Button } from "@/components/ui/button";

type SearchBy = keyof typeof SEARCH_BY_LABELS;
const EVENT_TYPES = Object.keys(EVENT_LABELS) as (keyof typeof EVENT_LABELS)[];

/**
 * The search of the intake page: the lookup form's fields (same names, same rules), without the
 * purpose, which is the request itself. Submitting goes through onSubmit so React keeps what was typed.
 */
export function RecordSearch({
  kind, reference, pending, values, errors, onSearch,
}: {
  kind: string;
  reference: string;
  pending: boolean;
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
  onSearch: (data: FormData) => void;
}) {
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : "");
  const [searchBy, setSearchBy] = useState<SearchBy>((str("searchBy") as SearchBy) || "personalId");
  const checked = Array.isArray(values.eventTypes) ? values.eventTypes : EVENT_TYPES;
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(new FormData(event.currentTarget));
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Tra cứu bản ghi hộ tịch" className="flex flex-col gap-3">
      <input type="hidden" name="requestKind" value={kind} />
      <input type="hidden" name="reference" value={reference} />
      <ChoiceGroup legend="Tra cứu theo" name="searchBy" error={errors.searchBy}>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {(Object.keys(SEARCH_BY_LABELS) as SearchBy[]).map((k) => (
            <Choice key={k} type="radio" name="searchBy" value={k} label={SEARCH_BY_LABELS[k]} checked={searchBy === k} onChange={() => setSearchBy(k)} />
          ))}
        </div>
      </ChoiceGroup>
      <div key={searchBy} className="grid grid-cols-1 gap-4 md:grid-cols-3">
        {searchBy === "personalId" ? (
          <Field label="Số định danh cá nhân" name="personalId" inputMode="numeric" maxLength={14} defaultValue={str("personalId")} error={errors.personalId} autoComplete="off" />
        ) : searchBy === "name" ? (
          <>
            <Field label="Họ, chữ đệm và tên" name="fullName" defaultValue={str("fullName")} error={errors.fullName} hint="Có thể gõ không dấu" autoComplete="off" />
            <Field label="Ngày sinh" name="dateOfBirth" placeholder="dd/MM/yyyy" defaultValue={str("dateOfBirth")} error={errors.dateOfBirth} hint="Hoặc MM/yyyy, yyyy nếu chỉ biết một phần" />
            <Field label="Họ tên cha" name="fatherName" defaultValue={str("fatherName")} error={errors.fatherName} />
            <Field label="Họ tên mẹ" name="motherName" defaultValue={str("motherName")} error={errors.motherName} />
            <Field label="Họ tên vợ/chồng (kết hôn)" name="spouseName" defaultValue={str("spouseName")} error={errors.spouseName} />
          </>
        ) : (
          <>
            <Field label="Số đăng ký" name="entryNumber" defaultValue={str("entryNumber")} error={errors.entryNumber} autoComplete="off" />
            <Field label="Quyển số" name="bookNumber" placeholder="VD: 01/2019" defaultValue={str("bookNumber")} error={errors.bookNumber} />
            <Field label="Ngày đăng ký" name="registeredOn" placeholder="dd/MM/yyyy" defaultValue={str("registeredOn")} error={errors.registeredOn} />
          </>
        )}
      </div>
      <ChoiceGroup legend="Loại sự kiện hộ tịch" name="eventTypes" error={errors.eventTypes}>
        <div className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
          {EVENT_TYPES.map((t) => (
            <Choice key={t} name="eventTypes" value={t} label={EVENT_LABELS[t]} defaultChecked={checked.includes(t)} />
          ))}
        </div>
      </ChoiceGroup>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Đang tra cứu…" : "Tra cứu bản ghi"}</Button>
        <p className="text-sm text-slate-600">
          Lượt tra cứu được ghi nhật ký với mục đích: yêu cầu đang tiếp nhận{reference ? <>, mã tạm <strong>{reference}</strong></> : null} (số giấy tiếp nhận được cấp khi lập giấy tiếp nhận).
        </p>
      </div>
    </form>
  );
}
