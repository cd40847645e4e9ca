import { apiRoute } from "@/lib/api/responses";
import { lookupApiDocument } from "@/lib/lookups/openapi";

/** GET /api/v1/openapi.json — public description of the system API. */
export const GET = apiRoute(() => Response.json(lookupApiDocument, { headers: { "Cache-Control": "public, max-age=300" } }));
