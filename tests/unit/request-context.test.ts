import { describe, expect, it, vi } from "vitest";

const incoming = vi.hoisted(() => ({ headers: null as Headers | null }));
vi.mock("next/headers", () => ({
  headers: async () => {
    if (!incoming.headers) throw new Error("headers() called outside a request scope");
    return incoming.headers;
  },
}));

const { acceptRequestId, currentRequestId, runWithRequestId } = await import("@/lib/http/request-context");
const { withIncomingRequestId } = await import("@/lib/http/incoming-request-id");

// The request id travels with the work of its request (AsyncLocalStorage), across awaits, and
// only there; a caller's id is taken only when it is a plausible one.

describe("request context", () => {
  it("holds the id through awaits inside the run, and nothing outside it", async () => {
    expect(currentRequestId()).toBeNull();
    const seen = await runWithRequestId("req-1", async () => {
      await new Promise((r) => setTimeout(r, 1));
      return currentRequestId();
    });
    expect(seen).toBe("req-1");
    expect(currentRequestId()).toBeNull();
  });

  it("keeps a well-formed caller id and replaces anything else", () => {
    expect(acceptRequestId("tthc-2026.12.05:0001")).toBe("tthc-2026.12.05:0001");
    for (const bad of [null, "", "has space", "x".repeat(129), "nul\u0000", "ü"]) expect(acceptRequestId(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("runs a page's or action's work under the id the proxy put in its headers", async () => {
    incoming.headers = new Headers({ "x-request-id": "from-proxy-1" });
    expect(await withIncomingRequestId(async () => currentRequestId())).toBe("from-proxy-1");
    incoming.headers = null;
    expect(await withIncomingRequestId(async () => currentRequestId())).toBeNull();
  });
});
