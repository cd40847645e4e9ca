import type { z } from "zod";
import { authenticateApiClient } from "@/lib/api-clients/authenticate-api-client";
import { readJsonBody } from "@/lib/api/read-body";
import { apiError, apiRoute, errorResponse, zodError } from "@/lib/api/responses";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";

/** The system API's answer to a missing, unknown or revoked key. */
export const unauthenticated = () => apiError(401, "UNAUTHENTICATED", "missing, unknown or revoked API key");

/**
 * The JSON body of a system-API call, parsed with `schema` and read with a byte limit as it arrives
 * (a chunked body is cut off at the limit too). A bad body is answered 413/400 only for a valid key:
 * a bad key is always 401, so the API tells nothing to whoever lacks one. A valid body is returned
 * unauthenticated: the use case checks the key together with what it asks (one round trip).
 */
export async function readKeyedBody<T>(request: Request, schema: z.ZodType<T>, maxBytes: number): Promise<{ ok: true; authorization: string | null; data: T } | { ok: false; response: Response }> {
  const authorization = request.headers.get("authorization");
  const read = await readJsonBody(request, maxBytes);
  if (read.kind === "too_large") {
    return { ok: false, response: (await authenticateApiClient(authorization)) ? apiError(413, "INVALID_INPUT", `the body is larger than ${maxBytes} bytes`) : unauthenticated() };
  }
  const body = read.kind === "json" ? schema.safeParse(read.value) : null;
  if (!body?.success) {
    if (!(await authenticateApiClient(authorization))) return { ok: false, response: unauthenticated() };
    return { ok: false, response: body ? zodError(body.error) : apiError(400, "INVALID_INPUT", "the body is not valid JSON") };
  }
  return { ok: true, authorization, data: body.data };
}

/** What a keyed POST handler gets: the Authorization header, the parsed body and the client's address. */
export type KeyedCall<T> = { authorization: string | null; data: T; ip: string | null };

/**
 * A keyed POST route of /api/v1: the body read and parsed as readKeyedBody does, then `handle`; an
 * error it throws is answered in the API's error shape (lib/api/responses.ts).
 */
export function keyedPost<T>(schema: z.ZodType<T>, maxBytes: number, handle: (call: KeyedCall<T>) => Promise<Response>) {
  return apiRoute(async (request, requestId) => {
    const read = await readKeyedBody(request, schema, maxBytes);
    if (!read.ok) return read.response;
    try {
      return await handle({ authorization: read.authorization, data: read.data, ip: requestMetaFromHeaders(request.headers).ip });
    } catch (error) {
      return errorResponse(error, requestId);
    }
  });
}
