"use client";

import type { LookupResultItem } from "@/lib/lookups/result-item";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { MatchSummary } from "@/components/lookups/match-summary";
import { MissingFields } from "@/components/lookups/missing-fields";
import { formatPartialDate } from "@/lib/dates";
import { Button } from "@/components/ui/button";

function Place({ item }: { item: LookupResultItem }) {
  return (
    <>
      <p>{formatPartialDate(item.registeredOn)} · {item.authority}</p>
      <p className="text-xs text-slate-600">Nay: {item.currentUnit ? item.currentUnit.name : "ngoài tỉnh Gia Lai"}</p>
    </>
  );
}

/** The records a search found, each with a button to take it into the request; each names the person it was found through. */
export function ResultsPicker({ kind, lookupId, results, truncated, selectedIds, onToggle }: {
  kind: string;
  lookupId: string;
  results: LookupResultItem[];
  truncated: boolean;
  selectedIds: ReadonlySet<string>;
  onToggle: (item: LookupResultItem) => void;
}) {
  if (results.length === 0) {
    return (
      <div className="rounded-md border border-slate-200 bg-slate-50 p-4 text-sm" role="status">
        <p className="font-semibold">Không tìm thấy bản ghi hộ tịch phù hợp.</p>
        <p className="mt-1 text-slate-600">Thử tra cứu theo cách khác hoặc bỏ bớt điều kiện.</p>
      </div>
    );
  }
  return (
    <section aria-label="Kết quả tra cứu" className="overflow-x-auto rounded-md border border-slate-200">
      {truncated ? <p className="border-b border-slate-200 px-3 py-2 text-sm text-amber-800">Còn kết quả khác: hãy thu hẹp điều kiện tra cứu.</p> : null}
      <table className="w-full min-w-[900px] text-sm">
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Sự kiện</th>
            <th scope="col" className="px-3 py-2 font-medium">Họ tên</th>
            <th scope="col" className="px-3 py-2 font-medium">Ngày sinh</th>
            <th scope="col" className="px-3 py-2 font-medium">Đăng ký</th>
            <th scope="col" className="px-3 py-2 font-medium">Mức khớp</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">Chọn</span></th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => {
            const chosen = selectedIds.has(r.recordId);
            return (
              <tr key={r.recordId} className={`border-t border-slate-100 align-top ${chosen ? "bg-brand-50" : ""}`}>
                <td className="px-3 py-2 font-medium">{EVENT_LABELS[r.type]}</td>
                <td className="px-3 py-2">
                  <p className="font-medium">{r.fullName}</p>
                  {r.related ? <p className="text-xs text-slate-600">{r.related}</p> : null}
                </td>
                <td className="px-3 py-2 tabular-nums">{formatPartialDate(r.dateOfBirth)}</td>
                <td className="px-3 py-2"><Place item={r} /></td>
                <td className="max-w-[18rem] px-3 py-2"><MatchSummary item={r} /></td>
                <td className="whitespace-nowrap px-3 py-2 text-right">
                  <a href={`/lookups/${lookupId}/records/${encodeURIComponent(r.recordId)}`} target="_blank" rel="noreferrer" className="mr-3 text-brand-700 underline">Xem</a>
                  <Button type="button" variant={chosen ? "secondary" : "primary"} className="px-3 py-1" aria-pressed={chosen} onClick={() => onToggle(r)}>
                    {chosen ? "Bỏ chọn" : kind === "COPY" ? "Chọn bản ghi này" : "Thêm vào xác nhận"}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The records the request will be about, with a way to take each out again. */
export function SelectedRecords({ items, error, onRemove }: { items: LookupResultItem[]; error?: string; onRemove: (item: LookupResultItem) => void }) {
  return (
    <div className="flex flex-col gap-2" aria-describedby={error ? "f-records-error" : undefined}>
      <h3 className="text-sm font-semibold text-slate-800">Bản ghi đã chọn ({items.length})</h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Chưa chọn bản ghi nào. Tra cứu rồi bấm “Chọn” ở bản ghi cần cấp.</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label="Bản ghi đã chọn">
          {items.map((r) => (
            <li key={r.recordId} className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm">
              <div>
                <p className="font-semibold">{EVENT_LABELS[r.type]}: {r.fullName}{r.matched ? ` (${r.matched.roleLabel})` : ""}</p>
                <div className="text-slate-700"><Place item={r} /></div>
                {!r.currentUnit ? <p className="mt-1 text-xs font-semibold text-amber-800">Sự kiện đăng ký ngoài tỉnh: vẫn cấp được (Điều 63 Luật Hộ tịch).</p> : null}
                <MissingFields missing={r.missing} />
              </div>
              <Button type="button" variant="ghost" className="px-2 py-1" onClick={() => onRemove(r)} aria-label={`Bỏ ${EVENT_LABELS[r.type]} ${r.fullName}`}>Bỏ</Button>
            </li>
          ))}
        </ul>
      )}
      {error ? <p id="f-records-error" className="text-sm text-red-700" role="alert">{error}</p> : null}
    </div>
  );
}
