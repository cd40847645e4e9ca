"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EVENT_TYPES, EventTypeChoice, SearchByChoice, SearchKeyFields, type SearchBy } from "@/components/lookups/search-fields";
import { copiesTexts as t } from "@/lib/copies/messages";

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
    <form onSubmit={submit} noValidate aria-label={t.search.formLabel} className="flex flex-col gap-3">
      <input type="hidden" name="requestKind" value={kind} />
      <input type="hidden" name="reference" value={reference} />
      <SearchByChoice value={searchBy} onChange={setSearchBy} error={errors.searchBy} />
      <SearchKeyFields searchBy={searchBy} variant="intake" value={str} errors={errors} className="grid grid-cols-1 gap-4 md:grid-cols-3" />
      <EventTypeChoice checked={checked} error={errors.eventTypes} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>{pending ? t.search.searching : t.search.submit}</Button>
        <p className="text-sm text-slate-600">
          {t.search.loggedAs}{reference ? <>{t.search.provisionalReference}<strong>{reference}</strong></> : null}{t.search.numberedLater}
        </p>
      </div>
    </form>
  );
}
