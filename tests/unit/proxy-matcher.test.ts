import { describe, expect, it, vi } from "vitest";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { config } from "@/proxy";

// Only the matcher is under test: next-auth's ESM build cannot load outside Next.js.
vi.mock("next-auth", () => ({ default: () => ({ auth: (handler: unknown) => handler }) }));

// proxy.ts's matcher, evaluated by Next.js's own matcher code. The address rule
// (lib/http/client-address.ts) rests on it: every request that carries an X-Forwarded-For passes the
// proxy, which moves the header aside, so that downstream it is always the socket's address.
const matches = (path: string, headers: Record<string, string> = {}) =>
  unstable_doesMiddlewareMatch({ config, url: `http://localhost:3000${path}`, headers });

const PAGES = ["/", "/login", "/lookups", "/dossiers/export", "/verify/ABC", "/api/auth/session", "/api/health/live", "/api/health/ready"];
const LOOKUPS = "/api/v1/lookups";
// The system API's other routes: some take path parameters, which the proxy's URL check guards.
const SYSTEM_API = ["/api/v1/copy-requests", "/api/v1/copy-requests/c123", "/api/v1/verify/AAAA.BBBB", "/api/v1/verify/%C0%AF", "/api/v1/verify/AAAA.BBBB/file", "/api/v1/openapi.json", "/api/v1/lookups/x", "/api/v1/lookups%00", "/api/v1/lookupsx"];

describe("proxy.ts matcher", () => {
  it("runs the proxy on every page and route that carries an X-Forwarded-For, the system API included", () => {
    for (const path of [...PAGES, ...SYSTEM_API, LOOKUPS]) expect(matches(path, { "x-forwarded-for": "6.6.6.6" }), path).toBe(true);
    // Whatever else the request carries.
    expect(matches("/api/v1/lookups", { "x-forwarded-for": "6.6.6.6", "x-portal-forwarded-for": "1.2.3.4" })).toBe(true);
  });

  it("runs the proxy on every page and route without one, but not on the system API's lookups", () => {
    for (const path of [...PAGES, ...SYSTEM_API]) expect(matches(path), path).toBe(true);
    expect(matches(LOOKUPS)).toBe(false);
    expect(matches(`${LOOKUPS}?a=%C0%AF`)).toBe(false);
    expect(matches(LOOKUPS, { "x-portal-forwarded-for": "6.6.6.6, 10.0.0.1" })).toBe(false);
  });

  it("never runs on Next.js's own assets", () => {
    expect(matches("/_next/static/chunks/app.js", { "x-forwarded-for": "6.6.6.6" })).toBe(false);
    expect(matches("/fonts/NotoSans.ttf")).toBe(false);
  });
});
