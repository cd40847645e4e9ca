import { z } from "zod";
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

function convert(schemas: Record<string, z.ZodType>, io: "input" | "output"): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}` });
  // $schema and $id are implied by the OpenAPI 3.1 document (and $id would re-base the $refs).
  return Object.fromEntries(Object.entries(out).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest]));
}

/** Requests are described as callers may send them (defaults optional), responses as sent. */
export function openApiComponents(system: MockSystem): Record<string, unknown> {
  const { requests, responses } = SCHEMAS[system];
  return { ...convert(requests, "input"), ...convert(responses, "output") };
}
