import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { baseAuthConfig, isPublicPath } from "@/lib/auth/config.base";
import { isDatabaseMarkedDown, RETRY_AFTER_SECONDS } from "@/lib/db/availability-state";
import { env } from "@/lib/server/env";
import { stampForwardedChain } from "@/lib/http/client-address";
import { messages } from "@/lib/text/messages";
import { fieldMessages } from "@/lib/validation/messages";
import { isUnusableUrl } from "@/lib/validation/url";
import { newNonce, securityHeaders } from "@/lib/security/headers";

const REQUEST_ID_HEADER = "x-request-id";

// The proxy runs before every page and route: it refreshes the session cookie (so the 8-hour limit
// counts from the last request, i.e. idle time), sends unauthenticated people to the sign-in page,
// and stamps each request with an id that every log line of that request carries.
const { auth } = NextAuth(() => ({ ...baseAuthConfig, secret: env().authSecret }));

/** Paths that never carry a session: the health, liveness and readiness probes. */
const SESSIONLESS = /^\/api\/health(\/live|\/ready)?$/;
/** The system API: bearer keys, no session; its route handlers stamp the request id (apiRoute). */
const SYSTEM_API = /^\/api\/v1\//;
const NONCE_HEADER = "x-nonce";

/** This response's CSP (with a fresh nonce) and, in production, HSTS (lib/security/headers.ts). */
function pageSecurityHeaders(): { nonce: string; headers: Record<string, string> } {
  const nonce = newNonce();
  const e = env();
  return { nonce, headers: securityHeaders(nonce, { isDevelopment: e.nodeEnv === "development", isProduction: e.isProduction }) };
}

function withSecurityHeaders<T extends Response>(response: T, headers: Record<string, string>): T {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * Passes the request on with its request id (taken from the caller or new) on both sides; the
 * forwarded-for chain moved aside so that the client's address is decided by one rule
 * (lib/http/client-address.ts), never by a header the client wrote; and the CSP on both sides too:
 * Next.js reads the nonce from the request's policy to stamp its scripts.
 */
function withRequestId(request: NextRequest, requestId: string): NextResponse {
  const security = pageSecurityHeaders();
  const headers = stampForwardedChain(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set(NONCE_HEADER, security.nonce);
  headers.set("Content-Security-Policy", security.headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return withSecurityHeaders(response, security.headers);
}

const handler = auth((request) => {
  const requestId = request.headers.get(REQUEST_ID_HEADER) || crypto.randomUUID();
  const { pathname, search } = request.nextUrl;
  if (!request.auth?.user && !isPublicPath(pathname)) {
    const signInUrl = new URL("/login", request.nextUrl.origin);
    if (pathname !== "/") signInUrl.searchParams.set("callbackUrl", pathname + search);
    const redirect = NextResponse.redirect(signInUrl);
    redirect.headers.set(REQUEST_ID_HEADER, requestId);
    return withSecurityHeaders(redirect, pageSecurityHeaders().headers);
  }
  return withRequestId(request, requestId);
});

/**
 * While the database is unreachable every page and API answers 503 at once, in Vietnamese, and the
 * page reloads itself; the health probe still runs so that load balancers see it too.
 */
function databaseUnavailable(request: NextRequest): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  const message = messages.errors.DATABASE_UNAVAILABLE;
  if (request.nextUrl.pathname.startsWith("/api/") || request.headers.get("next-action")) {
    return Response.json({ error: { code: "DATABASE_UNAVAILABLE", message } }, { status: 503, headers });
  }
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 2}"><title>${messages.appName}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:15vh auto;padding:0 1rem;color:#0f172a"><h1 style="font-size:1.5rem">Tạm thời không phục vụ được</h1><p>${message}</p><p style="color:#475569">Trang sẽ tự tải lại khi cơ sở dữ liệu hoạt động trở lại.</p></body></html>`;
  return withSecurityHeaders(new Response(html, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } }), pageSecurityHeaders().headers);
}

// A plain function declaration: Next.js recognises the proxy statically.
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // A NUL byte, or a path that is not UTF-8 (lib/validation/url.ts): 400 before any page or route runs.
  if (isUnusableUrl(request.url)) {
    const headers = { "Cache-Control": "no-store" };
    // The system API answers in its own error shape (lib/api/responses.ts), people in Vietnamese.
    if (request.nextUrl.pathname.startsWith("/api/v1/")) return NextResponse.json({ error: { code: "INVALID_INPUT", message: "the URL contains a NUL byte or is not UTF-8" } }, { status: 400, headers });
    return new NextResponse(fieldMessages.badUrl, { status: 400, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
  // The system API gets only the address stamp: no session work, and its own request id and 503
  // (apiRoute). Its lookups reach here only with an X-Forwarded-For (config.matcher).
  if (SYSTEM_API.test(request.nextUrl.pathname)) return NextResponse.next({ request: { headers: stampForwardedChain(request.headers) } });
  if (isDatabaseMarkedDown() && !SESSIONLESS.test(request.nextUrl.pathname)) return databaseUnavailable(request);
  // No session work (cookie decryption and refresh) for the health probes, which load balancers call often.
  if (SESSIONLESS.test(request.nextUrl.pathname)) return withRequestId(request, request.headers.get(REQUEST_ID_HEADER) || crypto.randomUUID());
  // With lazy configuration next-auth's auth(fn) resolves to the wrapped handler.
  const wrapped = (await handler) as unknown as (req: NextRequest, ev: NextFetchEvent) => Promise<Response>;
  return wrapped(request, event);
}

export const config = {
  // Never /_next/ (assets, HMR). Every page and route, except the system API's lookups
  // (POST /api/v1/lookups, the provincial system's hot path) when the request carries no
  // X-Forwarded-For: that handler needs nothing from the proxy but the address stamp, and running the
  // proxy costs about 0.3 ms of the instance's one thread per call. Its path is fixed, so no
  // malformed path can reach it unchecked (the other /api/v1/ routes take path parameters, which
  // the proxy's URL check guards). Every request that carries an X-Forwarded-For, whatever its path,
  // goes through the proxy, which moves it aside (stampForwardedChain): a client's X-Forwarded-For
  // never reaches a handler as if Next.js had set it. (An empty one matches no `has`; Next.js keeps
  // it empty and the address is then "unknown".) tests/unit/proxy-matcher.test.ts checks both with
  // Next.js's own matcher.
  matcher: [
    "/((?!_next/|favicon.ico|fonts/|api/v1/lookups$).*)",
    { source: "/((?!_next/|favicon.ico|fonts/).*)", has: [{ type: "header", key: "x-forwarded-for" }] },
  ],
};
