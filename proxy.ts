import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { baseAuthConfig, isPublicPath } from "@/lib/auth/config.base";
import { env } from "@/lib/env";
import { fieldMessages } from "@/lib/validation/messages";
import { isUnusableUrl } from "@/lib/validation/url";

const REQUEST_ID_HEADER = "x-request-id";

// The proxy runs before every page and route: it refreshes the session cookie (so the 8-hour limit
// counts from the last request, i.e. idle time), sends unauthenticated people to the sign-in page,
// and stamps each request with an id that every log line of that request carries.
const { auth } = NextAuth(() => ({ ...baseAuthConfig, secret: env().authSecret }));

/**
 * Paths that never carry a session: the health probe, and the system API's verification and
 * description (its lookups, the hot path, are outside the matcher altogether).
 */
const SESSIONLESS = /^\/api\/(health$|v1\/)/;

/** Passes the request on with its request id (taken from the caller or new) on both sides. */
function withRequestId(request: NextRequest, requestId: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

const handler = auth((request) => {
  const requestId = request.headers.get(REQUEST_ID_HEADER) || crypto.randomUUID();
  const { pathname, search } = request.nextUrl;
  if (!request.auth?.user && !isPublicPath(pathname)) {
    const signInUrl = new URL("/login", request.nextUrl.origin);
    if (pathname !== "/") signInUrl.searchParams.set("callbackUrl", pathname + search);
    const redirect = NextResponse.redirect(signInUrl);
    redirect.headers.set(REQUEST_ID_HEADER, requestId);
    return redirect;
  }
  return withRequestId(request, requestId);
});

// A plain function declaration: Next.js recognises the proxy statically.
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // A NUL byte, or a path that is not UTF-8 (lib/validation/url.ts): 400 before any page or route runs.
  if (isUnusableUrl(request.url)) {
    const headers = { "Cache-Control": "no-store" };
    // The system API answers in its own error shape (lib/api/responses.ts), people in Vietnamese.
    if (request.nextUrl.pathname.startsWith("/api/v1/")) return NextResponse.json({ error: { code: "INVALID_INPUT", message: "the URL contains a NUL byte or is not UTF-8" } }, { status: 400, headers });
    return new NextResponse(fieldMessages.badUrl, { status: 400, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
  // No session work (cookie decryption and refresh) for the health probe, which load balancers call
  // often, nor for the system API.
  if (SESSIONLESS.test(request.nextUrl.pathname)) return withRequestId(request, request.headers.get(REQUEST_ID_HEADER) || crypto.randomUUID());
  // With lazy configuration next-auth's auth(fn) resolves to the wrapped handler.
  const wrapped = (await handler) as unknown as (req: NextRequest, ev: NextFetchEvent) => Promise<Response>;
  return wrapped(request, event);
}

export const config = {
  // Not /_next/ (assets, HMR), nor the system API's lookups: bearer keys, no session, its handler
  // stamps the request id itself (apiRoute in lib/api/responses.ts), and it is the hot path. The
  // rest of /api/v1 passes through, for the URL check alone: /api/v1/verify/%FF failed in Next.js's
  // decoding of the route's params, before any handler could refuse it (a 500).
  matcher: ["/((?!_next/|favicon.ico|fonts/|api/v1/lookups).*)"],
};
