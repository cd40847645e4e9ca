import { stampForwardedChain } from "@/lib/http/client-address";

/**
 * The request headers a page or route handler receives for a request from `socket` carrying
 * `sent`: proxy.ts runs on every request with an X-Forwarded-For (and on every page) and moves it
 * aside; then Next.js sets it to the socket's address when absent (base-server's
 * `x-forwarded-for ??= socket.remoteAddress`). `systemApi`: a call to /api/v1/, which skips the
 * proxy when it carries no X-Forwarded-For. tests/unit/proxy-matcher.test.ts checks that matcher,
 * and the e2e spec the real thing.
 */
export function headersThroughProxy(sent: HeadersInit, socket: string, options: { systemApi?: boolean } = {}): Headers {
  const incoming = new Headers(sent);
  const proxied = !options.systemApi || incoming.has("x-forwarded-for");
  const headers = proxied ? stampForwardedChain(incoming) : incoming;
  if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", socket);
  return headers;
}
