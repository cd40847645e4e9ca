import { z } from "zod";
import { UPSTREAM_ERROR_KINDS } from "@/lib/adapters/errors";
import { SYSTEM_IDS } from "@/lib/adapters/systems";

/** The codes an /api/v1 error may carry: the use cases' (lib/errors/app-error.ts) and the API's own. */
export const API_ERROR_CODES = [
  "INVALID_INPUT", "UNAUTHENTICATED", "NOT_FOUND", "RATE_LIMITED", "UPSTREAM_UNAVAILABLE", "DATABASE_UNAVAILABLE", "INTERNAL", "REQUEST_REFUSED", "NOT_SIGNED", "DOCUMENT_REVOKED",
] as const;

/** The one error shape of /api/v1 (lib/api/responses.ts writes it; the OpenAPI document shows it). */
export const ZApiError = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    field: z.string().optional().meta({ description: "Dotted path of the offending field, e.g. query.personalId" }),
    fieldErrors: z.record(z.string(), z.string()).optional().meta({ description: "REQUEST_REFUSED: every Vietnamese reason, by field path" }),
    system: z.enum(SYSTEM_IDS).optional().meta({ description: "UPSTREAM_UNAVAILABLE: the national system that failed" }),
    kind: z.enum(UPSTREAM_ERROR_KINDS).optional().meta({
      description: "UPSTREAM_UNAVAILABLE: how it failed (circuit_open: not called, the portal is leaving it alone after repeated failures; try again after Retry-After seconds)",
    }),
  }),
});
export type TApiError = z.infer<typeof ZApiError>;
