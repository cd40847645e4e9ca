import { stampForwardedChain } from "@/lib/http/client-address";

/**
 * The request headers a page or route handler receives for a request from `socket` carrying
 * `sent`: proxy.ts moves X-Forwarded-For aside, then Next.js sets it to the socket's address when
 * absent (base-server's `x-forwarded-for ??= socket.remoteAddress`). The e2e spec checks the real thing.
 */
export function headersThroughProxy(sent: HeadersInit, socket: string): Headers {
  const headers = stampForwardedChain(new Headers(sent));
  if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", socket);
  return headers;
}
