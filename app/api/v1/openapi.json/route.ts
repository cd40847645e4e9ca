import { apiRoute } from "@/lib/api/responses";
import { apiDocument } from "@/lib/api/openapi";

/** GET /api/v1/openapi.json — public description of the system API. */
export const GET = apiRoute(() => Response.json(apiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }));
