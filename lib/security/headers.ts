/**
 * The security headers of every page (set by proxy.ts, which runs before each page and route).
 *
 * Scripts run only with this response's nonce ('strict-dynamic' lets Next.js's own chunks load
 * theirs): an injected <script> or event handler does not run. Next.js reads the nonce from the
 * request's CSP header and stamps it on its scripts, which is why pages render dynamically.
 * Styles allow 'unsafe-inline': React's style attributes (recharts, progress bars) cannot carry a
 * nonce, and CSS cannot run code. `frame-ancestors 'none'` forbids framing (clickjacking).
 */
export function contentSecurityPolicy(nonce: string, options: { isDevelopment: boolean }): string {
  const directives = [
    "default-src 'self'",
    // next dev's React refresh and error overlay evaluate code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // QR codes are data: URLs; PDFs and exports are downloads from this origin.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // 'self' covers next dev's hot-reload WebSocket on the same host.
    `connect-src 'self'${options.isDevelopment ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** One year, subdomains included: sent in production only, where the portal is served over HTTPS. */
export const HSTS = "max-age=31536000; includeSubDomains";

/** The per-request headers: the CSP with its nonce, and HSTS in production. */
export function securityHeaders(nonce: string, options: { isDevelopment: boolean; isProduction: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, options),
    ...(options.isProduction ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** A fresh, unguessable nonce (128 bits) for one response. Web Crypto: the proxy may run on the edge. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
