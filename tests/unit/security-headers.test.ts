import { describe, it, expect } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { parseEnv } from "@/lib/server/env";
import { GET as live } from "@/app/api/health/live/route";

describe("security headers (issue 13, part 5)", () => {
  it("production: scripts only with the response's nonce, no eval, no framing, HSTS", () => {
    const headers = securityHeaders("abc123==", { isDevelopment: false, isProduction: true });
    const csp = headers["Content-Security-Policy"]!;
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers["Strict-Transport-Security"]).toMatch(/^max-age=31536000/);
  });

  it("development keeps next dev working ('unsafe-eval', hot-reload socket) and sends no HSTS", () => {
    const headers = securityHeaders("n", { isDevelopment: true, isProduction: false });
    expect(headers["Content-Security-Policy"]).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", { isDevelopment: true })).toContain("connect-src 'self' ws: wss:");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
  });

  it("a fresh 128-bit nonce each time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });

  it("MONITORING_TOKEN is optional and at least 32 characters", () => {
    expect(parseEnv({ NODE_ENV: "test" }).monitoringToken).toBeNull();
    expect(parseEnv({ NODE_ENV: "test", MONITORING_TOKEN: "m".repeat(32) }).monitoringToken).toBe("m".repeat(32));
    expect(() => parseEnv({ NODE_ENV: "test", MONITORING_TOKEN: "short" })).toThrow(/MONITORING_TOKEN/);
  });

  it("liveness answers without a database", async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
