import type { z } from "zod";
import { componentSchemas } from "@/lib/api/json-schema";
import { ZCivilRecord, ZCivilSearchResult, ZIssuedCopyRegistration, ZRegistrationReceipt, ZRevocation } from "@/lib/adapters/civil-registry/port";
import { ZCivilSearchRequest, ZErrorBody, ZHealthBody } from "@/lib/adapters/http/wire";
import type { MockSystem } from "@/mock-national/server/faults";
import { ZCandidateQuery, ZCandidateResult, ZCitizen } from "@/lib/adapters/population/port";

/**
 * The `components.schemas` of lib/adapters/<system>/openapi.json, derived from the zod schemas the
 * client parses with and the server validates with. The documents hold a copy (so they can be read
 * and served as plain files); tests/integration/adapters-openapi.test.ts fails when the copy and
 * the schemas differ, and `npm run mock:gov -- --write-openapi` refreshes it.
 */
const SCHEMAS: Record<MockSystem, { requests: Record<string, z.ZodType>; responses: Record<string, z.ZodType> }> = {
  civilRegistry: {
    requests: { CivilSearchRequest: ZCivilSearchRequest, IssuedCopyRegistration: ZIssuedCopyRegistration, Revocation: ZRevocation },
    responses: { CivilSearchResult: ZCivilSearchResult, CivilRecord: ZCivilRecord, RegistrationReceipt: ZRegistrationReceipt, Health: ZHealthBody, Error: ZErrorBody },
  },
  population: {
    requests: { CandidateQuery: ZCandidateQuery },
    responses: { Citizen: ZCitizen, CandidateResult: ZCandidateResult, Health: ZHealthBody, Error: ZErrorBody },
  },
};

/** Requests are described as callers may send them (defaults optional), responses as sent. */
export function openApiComponents(system: MockSystem): Record<string, unknown> {
  const { requests, responses } = SCHEMAS[system];
  return { ...componentSchemas(requests, "input"), ...componentSchemas(responses, "output") };
}
