import { lookupApiDocument } from "@/lib/lookups/openapi";

/** GET /api/v1/openapi.json — public description of the system API. */
export function GET() {
  return Response.json(lookupApiDocument, { headers: { "Cache-Control": "public, max-age=300" } });
}
