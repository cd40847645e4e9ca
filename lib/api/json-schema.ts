import { z } from "zod";

export type JsonSchema = Record<string, unknown>;
export type SchemaOverride = NonNullable<Parameters<typeof z.toJSONSchema>[1]>["override"];

/**
 * Named zod schemas as the `components.schemas` of an OpenAPI 3.1 document: one JSON Schema each,
 * a schema that is itself one of the named ones referred to by `#/components/schemas/<name>`.
 * Requests are described with io "input" (as callers may send them: defaults optional), answers with
 * io "output" (as sent).
 */
export function componentSchemas(schemas: Record<string, z.ZodType>, io: "input" | "output", override?: SchemaOverride): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}`, ...(override ? { override } : {}) });
  // $schema and $id are implied by the OpenAPI 3.1 document (and $id would re-base the $refs).
  return Object.fromEntries(Object.entries(out).map(([id, { $schema: _s, $id: _i, ...rest }]) => [id, rest]));
}
