"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { toActionError } from "@/lib/errors-server";
import { recordPersonLink, ZPersonLinkInput } from "@/lib/lookups/record-person-link";
import { nameMessages as m } from "@/lib/names/messages";

export type PersonLinkState = { ok?: boolean; error?: string };

/** "Là cùng một người" / "Không phải" on a population candidate of a record without an ID number. */
export async function recordPersonLinkAction(_prev: PersonLinkState, form: FormData): Promise<PersonLinkState> {
  const actor = await requireActor();
  const get = (k: string) => String(form.get(k) ?? "");
  const parsed = ZPersonLinkInput.safeParse({ lookupId: get("lookupId"), recordId: get("recordId"), partyKey: get("partyKey"), personalId: get("personalId"), decision: get("decision") });
  if (!parsed.success) return { error: parsed.error.issues.find((i) => i.path[0] === "decision")?.message ?? m.decisionRequired };
  try {
    const { ip } = requestMetaFromHeaders(await headers());
    await recordPersonLink(actor, parsed.data, ip);
    revalidatePath(`/lookups/${parsed.data.lookupId}/records/${encodeURIComponent(parsed.data.recordId)}`);
    return { ok: true };
  } catch (error) {
    const e = await toActionError(error);
    return { error: e.error };
  }
}
