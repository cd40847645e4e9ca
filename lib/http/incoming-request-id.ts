import "server-only";
import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "@/lib/server/log";
import { acceptRequestId, runWithRequestId } from "@/lib/http/request-context";

/** The request id the proxy put in these headers, made safe to log and forward; null when absent. */
export function requestIdOf(list: Headers): string | null {
  const given = list.get(REQUEST_ID_HEADER);
  return given ? acceptRequestId(given) : null;
}

/**
 * Runs `fn` as part of the page or server action being served, under the request id the proxy put
 * in its headers, so that the access-log rows it writes and the national-system calls it makes carry
 * that id (as /api/v1 handlers do through apiRoute). Outside a request, `fn` runs as it is.
 */
export async function withIncomingRequestId<T>(fn: () => Promise<T>): Promise<T> {
  let requestId: string | null = null;
  try {
    requestId = requestIdOf(await headers());
  } catch {
    // Outside a request (scripts, tests): nothing to attach.
  }
  return requestId ? runWithRequestId(requestId, fn) : fn();
}
