import { z } from "zod";
import { ZEventType, ZPartialDate, type CivilSearch } from "@/lib/adapters/civil-registry/port";
import { checkPersonalId, personalIdMessage } from "@/lib/citizens/personal-id";
import { isFuturePartial } from "@/lib/dates";
import { ZDossierCode, type TLookupInput } from "@/lib/lookups/schemas";

// The body of POST /api/v1/lookups (documented in lib/lookups/openapi.ts). Messages are English:
// the reader is an integrating engineer; the field path names what is wrong.

const eventType = z.preprocess((v) => (typeof v === "string" ? v.toUpperCase() : v), ZEventType);
const name = z.string().trim().min(2).max(100).regex(/\p{L}.*\p{L}/u, "must contain letters");
const pastDate = ZPartialDate.refine((d) => !isFuturePartial(d), "must not be in the future");

export const ZApiLookupRequest = z.object({
  unitCode: z.string().trim().min(1).max(20),
  purpose: z.object({
    kind: z.literal("dossier"),
    dossierCode: ZDossierCode,
    procedureCode: z.string().trim().min(1).max(30),
    replacesPapers: z.array(z.string().min(1).max(60)).min(1).max(20),
  }),
  query: z.union([
    z.object({
      personalId: z.string().trim().superRefine((id, ctx) => {
        const problem = checkPersonalId(id);
        if (problem) ctx.addIssue({ code: "custom", message: problem.code === "format" ? "must be 12 digits" : `invalid personal ID (${problem.code}): ${personalIdMessage(problem)}` });
      }),
    }).strict(),
    z.object({ fullName: name, dateOfBirth: pastDate, fatherName: name.optional(), motherName: name.optional(), spouseName: name.optional() }).strict(),
    z.object({ entryNumber: z.string().trim().min(1).max(20), bookNumber: z.string().max(20).optional(), authority: z.string().max(200).optional(), registeredOn: pastDate.optional() }).strict(),
  ]),
  eventTypes: z.array(eventType).min(1).max(8).optional(),
});
export type TApiLookupRequest = z.infer<typeof ZApiLookupRequest>;

/** The use-case input for an API request. */
export function toLookupInput(body: TApiLookupRequest): TLookupInput {
  const q = body.query;
  const eventTypes = body.eventTypes;
  const query: CivilSearch =
    "personalId" in q
      ? { by: "personalId", personalId: q.personalId, eventTypes }
      : "fullName" in q
        ? { by: "name", ...q, eventTypes }
        : { by: "registration", ...q, eventTypes };
  return { purpose: { kind: "DOSSIER", dossierCode: body.purpose.dossierCode, procedureCode: body.purpose.procedureCode, replacesPapers: [...new Set(body.purpose.replacesPapers)] }, query };
}
