"use client";

import { useActionState } from "react";
import { recordPersonLinkAction, type PersonLinkState } from "@/lib/lookups/person-link-actions";
import { Button } from "@/components/ui/button";
import { nameMessages as m } from "@/lib/names/messages";
import { lookupsTexts } from "@/lib/lookups/messages";

/** The officer's decision on one candidate: two buttons, the message of a refusal beside them. */
export function PersonLinkForm({ lookupId, recordId, partyKey, personalId, fullName }: { lookupId: string; recordId: string; partyKey: string; personalId: string; fullName: string }) {
  const [state, action, pending] = useActionState<PersonLinkState, FormData>(recordPersonLinkAction, {});
  return (
    <form action={action} className="no-print mt-1 flex flex-wrap items-center gap-2" aria-label={lookupsTexts.personLink.formLabel(fullName, personalId)}>
      <input type="hidden" name="lookupId" value={lookupId} />
      <input type="hidden" name="recordId" value={recordId} />
      <input type="hidden" name="partyKey" value={partyKey} />
      <input type="hidden" name="personalId" value={personalId} />
      <Button type="submit" name="decision" value="SAME" variant="secondary" disabled={pending}>{m.decisions.SAME}</Button>
      <Button type="submit" name="decision" value="NOT_SAME" variant="secondary" disabled={pending}>{m.decisions.NOT_SAME}</Button>
      {state.error ? <span role="alert" className="text-sm font-medium text-red-800">{state.error}</span> : null}
    </form>
  );
}
