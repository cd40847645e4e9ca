import { z } from "zod";
import { ZEventType, ZPartialDate, type CivilSearch } from "@/lib/adapters/civil-registry/port";
import { checkPersonalId, personalIdMessage } from "@/lib/citizens/personal-id";
import { isFuturePartial } from "@/lib/dates";
import type { TLookupInput } from "@/lib/lookups/schemas";
import { FIELDS, zOptionalText, zText } from "@/lib/validation/fields";

// The body of POST /api/v1/lookups (documented in lib/lookups/openapi.ts). Its text fields follow
// the very rules of the portal's form (lib/validation/fields.ts), with the same Vietnamese messages;
// the field path ("query.fatherName") names what is wrong for the integrating engineer.

export const eventType = z.preprocess((v) => (typeof v === "string" ? v.toUpperCase() : v), ZEventType);
const pastDate = ZPartialDate.refine((d) => !isFuturePartial(d), "must not be in the future");

const ZById = z.object({
  personalId: z.string().trim().superRefine((id, ctx) => {
    const problem = checkPersonalId(id);
    if (problem) ctx.addIssue({ code: "custom", message: problem.code === "format" ? "must be 12 digits" : `invalid personal ID (${problem.code}): ${personalIdMessage(problem)}` });
  }),
}).strict();
const ZByName = z.object({
  fullName: zText(FIELDS.fullName),
  dateOfBirth: pastDate,
  fatherName: zOptionalText(FIELDS.fatherName),
  motherName: zOptionalText(FIELDS.motherName),
  spouseName: zOptionalText(FIELDS.spouseName),
}).strict();
const ZByRegistration = z.object({
  entryNumber: zText(FIELDS.entryNumber),
  bookNumber: zOptionalText(FIELDS.bookNumber),
  authority: zOptionalText(FIELDS.authority),
  registeredOn: pastDate.optional(),
}).strict();

/**
 * A body that is one of several shapes, told apart by a key it carries (the first key present
 * wins); each shape's issues keep their paths, so the caller names the offending field, and a body
 * with none of the keys gets `message`.
 */
export function oneOfByKey<const C extends readonly (readonly [string, z.ZodType])[]>(choices: C, message: string) {
  return z.unknown().transform((value, ctx): z.infer<C[number][1]> => {
    const v = (value ?? {}) as Record<string, unknown>;
    const schema = typeof value === "object" ? choices.find(([key]) => key in v)?.[1] : undefined;
    if (!schema) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path as (string | number)[] });
      return z.NEVER;
    }
    return parsed.data as z.infer<C[number][1]>;
  });
}

/**
 * One of three query shapes, chosen by the key that identifies it, so that an error names the
 * exact field (query.personalId) rather than "no union member matched".
 */
export const ZApiQuery = oneOfByKey([["personalId", ZById], ["fullName", ZByName], ["entryNumber", ZByRegistration]], "give personalId, or fullName and dateOfBirth, or entryNumber");

export const ZApiLookupRequest = z.object({
  unitCode: zText(FIELDS.unitCode),
  purpose: z.object({
    kind: z.literal("dossier"),
    dossierCode: zText(FIELDS.dossierCode),
    procedureCode: zText(FIELDS.procedureCode),
    replacesPapers: z.array(zText(FIELDS.paperCode)).min(1).max(20),
  }),
  query: ZApiQuery,
  eventTypes: z.array(eventType).min(1).max(8).optional(),
});
export type TApiLookupRequest = z.infer<typeof ZApiLookupRequest>;

/** The search a query of the API asks for (also the search keys of POST /api/v1/copy-requests). */
export function toCivilSearch(q: TApiLookupRequest["query"], eventTypes: TApiLookupRequest["eventTypes"]): CivilSearch {
  return "personalId" in q
    ? { by: "personalId", personalId: q.personalId, eventTypes }
    : "fullName" in q
      ? { by: "name", ...q, eventTypes }
      : { by: "registration", ...q, eventTypes };
}

/** The use-case input for an API request. */
export function toLookupInput(body: TApiLookupRequest): TLookupInput {
  const query = toCivilSearch(body.query, body.eventTypes);
  return { purpose: { kind: "DOSSIER", dossierCode: body.purpose.dossierCode, procedureCode: body.purpose.procedureCode, replacesPapers: [...new Set(body.purpose.replacesPapers)] }, query };
}
