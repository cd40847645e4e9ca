import { z } from "zod";
import { ZEventType, ZMatch, ZOrigin, ZPartialDate, ZQuality, type CivilSearch } from "@/lib/adapters/civil-registry/port";
import { checkPersonalId, personalIdMessage } from "@/lib/citizens/personal-id";
import { isFuturePartial } from "@/lib/text/dates";
import { PAPERS } from "@/lib/lookups/papers";
import { PARTY_ROLES } from "@/lib/lookups/parties";
import type { TLookupInput } from "@/lib/lookups/schemas";
import { FIELDS, zOptionalText, zText, type TextRule } from "@/lib/validation/fields";

// POST /api/v1/lookups: the body and the answer. The OpenAPI document (lib/api/openapi.ts) is
// generated from these schemas, their descriptions included. The body's text fields follow the very
// rules of the portal's form (lib/validation/fields.ts), with the same Vietnamese messages; the
// field path ("query.fatherName") names what is wrong for the integrating engineer.

const TEXT = "no control characters; surrounding spaces trimmed";

/** What a text rule checks, as JSON Schema keywords for the document (the rule's own limits, never retyped). */
function ruleKeywords(rule: TextRule): Record<string, unknown> {
  const min = rule.min ?? (rule.required ? 1 : undefined);
  return { ...(min ? { minLength: min } : {}), maxLength: rule.max, ...(rule.pattern ? { pattern: rule.pattern.re.source } : {}) };
}
/** A required text field of an API body, documented with its rule's limits. */
export const apiText = (rule: TextRule, meta: { description?: string; examples?: string[] } = {}) => zText(rule).meta({ ...ruleKeywords(rule), ...meta });
/** An optional text field of an API body (absent or empty is undefined), documented likewise. */
export const apiOptionalText = (rule: TextRule, meta: { description?: string; examples?: string[] } = {}) =>
  zOptionalText(rule).meta({ ...ruleKeywords({ ...rule, required: undefined }), ...meta });

export const eventType = z.preprocess((v) => (typeof v === "string" ? v.toUpperCase() : v), ZEventType);
const pastDate = ZPartialDate.refine((d) => !isFuturePartial(d), "must not be in the future").meta({
  description: "yyyy-MM-dd, or yyyy-MM / yyyy when only part is known; not in the future",
  examples: ["1998-03-12"],
});
const NAME = `At least two letters; ${TEXT}. Matched without diacritics, case, spacing or apostrophes`;

const ZById = z.object({
  personalId: z.string().trim().superRefine((id, ctx) => {
    const problem = checkPersonalId(id);
    if (problem) ctx.addIssue({ code: "custom", message: problem.code === "format" ? "must be 12 digits" : `invalid personal ID (${problem.code}): ${personalIdMessage(problem)}` });
  }).meta({ pattern: "^\\d{12}$", description: "Checked for structure: province code, century/sex digit, year not in the future" }),
}).strict();
const ZByName = z.object({
  fullName: apiText(FIELDS.fullName, { description: NAME }),
  dateOfBirth: pastDate,
  fatherName: apiOptionalText(FIELDS.fatherName, { description: NAME }),
  motherName: apiOptionalText(FIELDS.motherName, { description: NAME }),
  spouseName: apiOptionalText(FIELDS.spouseName, { description: NAME }),
}).strict();
const ZByRegistration = z.object({
  entryNumber: apiText(FIELDS.entryNumber),
  bookNumber: apiOptionalText(FIELDS.bookNumber),
  authority: apiOptionalText(FIELDS.authority, { description: `Registering authority, former or current name; ${TEXT}` }),
  registeredOn: pastDate.optional(),
}).strict();

/**
 * The shapes each oneOfByKey schema accepts, for the API document: the schema itself is a transform,
 * which JSON Schema cannot describe, so the document shows the shapes as `oneOf`.
 */
export const ONE_OF_SHAPES = new WeakMap<z.ZodType, readonly z.ZodType[]>();

/**
 * A body that is one of several shapes, told apart by a key it carries (the first key present
 * wins); each shape's issues keep their paths, so the caller names the offending field, and a body
 * with none of the keys gets `message`.
 */
export function oneOfByKey<const C extends readonly (readonly [string, z.ZodType])[]>(choices: C, message: string) {
  const schema = z.unknown().transform((value, ctx): z.infer<C[number][1]> => {
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
  ONE_OF_SHAPES.set(schema, choices.map(([, shape]) => shape));
  return schema;
}

/**
 * One of three query shapes, chosen by the key that identifies it, so that an error names the
 * exact field (query.personalId) rather than "no union member matched".
 */
export const ZApiQuery = oneOfByKey([["personalId", ZById], ["fullName", ZByName], ["entryNumber", ZByRegistration]], "give personalId, or fullName and dateOfBirth, or entryNumber");

export const ZApiEventTypes = z.array(eventType).min(1).max(8).meta({ description: "Case-insensitive; all kinds when omitted" });

export const ZApiLookupRequest = z.object({
  unitCode: apiText(FIELDS.unitCode, { description: "Statistics code of the commune handling the dossier, e.g. 23575", examples: ["23575"] }),
  purpose: z.object({
    kind: z.literal("dossier"),
    dossierCode: apiText(FIELDS.dossierCode),
    procedureCode: apiText(FIELDS.procedureCode, { description: "Code in the portal's procedure catalogue, e.g. 1.001193", examples: ["1.001193"] }),
    replacesPapers: z.array(zText(FIELDS.paperCode).meta({ enum: PAPERS.map((p) => p.code) })).min(1).max(20).meta({ description: "Papers of that procedure the citizen no longer submits" }),
  }),
  query: ZApiQuery,
  eventTypes: ZApiEventTypes.optional(),
});
export type TApiLookupRequest = z.infer<typeof ZApiLookupRequest>;

/**
 * A record as a list of results shows it, in the portal and in the API: enough to recognise the
 * person, no more (Nghị định 13/2023). The name, ID number and date of birth are the matched person's.
 */
export const ZRecordSummary = z.object({
  recordId: z.string(),
  type: ZEventType,
  fullName: z.string().meta({ description: "The person the query named (a marriage found by the wife's number: the wife); for registration keys, the record's subject or both spouses" }),
  personalId: z.string().nullable().meta({ description: "That person's number as the record shows it" }),
  dateOfBirth: z.string().nullable().meta({ description: "That person's, possibly partial (legacy records)" }),
  registeredOn: z.string(),
  authority: z.string().meta({ description: "As named on the day of registration" }),
  origin: ZOrigin,
  quality: ZQuality,
});
export type TRecordSummary = z.infer<typeof ZRecordSummary>;

/** One record of the API's answer. */
export const ZApiLookupResult = ZRecordSummary.extend({
  currentUnitCode: z.string().nullable().meta({ description: "The commune now holding the register; null outside Gia Lai" }),
  match: ZMatch.pick({ score: true, level: true, reasons: true }),
  matchedRole: z.enum(PARTY_ROLES).nullable().meta({
    description: "Where that person stands on the record (a record may name several: spouses, child and parent, ward and guardian, adoptee and adopters); null for registration keys",
  }),
});

/** The answer of POST /api/v1/lookups. */
export const ZApiLookupResponse = z.object({
  lookupId: z.string(),
  truncated: z.boolean().meta({ description: "More records matched than were returned" }),
  results: z.array(ZApiLookupResult).meta({ description: "Best first" }),
});
export type TApiLookupResponse = z.infer<typeof ZApiLookupResponse>;

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
