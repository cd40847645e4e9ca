"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/form-action";
import { recordPersonLink, ZPersonLinkInput } from "@/lib/lookups/record-person-link";
import { nameMessages as m } from "@/lib/names/messages";

export type PersonLinkState = { ok?: boolean; error?: string };

/** "Là cùng một người" / "Không phải" on a population candidate of a record without an ID number. */
export async function recordPersonLinkAction(_prev: PersonLinkState, form: FormData): Promise<PersonLinkState> {
  const state = await runAction<PersonLinkState & { fieldErrors?: Record<string, string> }>({ form }, async ({ actor, meta, text, parse }) => {
    const link = parse(ZPersonLinkInput, { lookupId: text("lookupId"), recordId: text("recordId"), partyKey: text("partyKey"), personalId: text("personalId"), decision: text("decision") });
    await recordPersonLink(actor, link, meta.ip);
    revalidatePath(`/lookups/${link.lookupId}/records/${encodeURIComponent(link.recordId)}`);
    return { ok: true };
  });
  // The buttons have no fields of their own: a refusal is one message, the decision's when it has one.
  if (state.error) return { error: state.error };
  if (state.fieldErrors) return { error: state.fieldErrors.decision ?? m.decisionRequired };
  return state;
}
