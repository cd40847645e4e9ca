import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { headersThroughProxy } from "../helpers/through-proxy";
import { authenticate } from "@/lib/auth/authenticate";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";

// Issue 13, part 2: a client chose the address that was logged (the first X-Forwarded-For entry) and
// the one that was rate-limited (the last). Both now come from one rule: the socket's address unless
// TRUSTED_PROXIES says otherwise (unset here, as in a deployment without a reverse proxy).

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  // The route handlers reach the database through the app's own client, which reads the environment once.
  process.env.DATABASE_URL = t.url;
});
afterAll(async () => t?.cleanup());

const verify = async (headers: Headers) => {
  const { GET } = await import("@/app/api/v1/verify/[code]/route");
  return GET(new Request("http://localhost/api/v1/verify/x", { headers }), { params: Promise.resolve({ code: "x" }) });
};

describe("spoofed X-Forwarded-For without a trusted proxy", () => {
  it("invented addresses do not buy fresh verification buckets: the socket is counted", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      // Half of them name the invented chain as X-Portal-Forwarded-For instead (no proxy step then).
      const chain = `6.6.${i}.6, 10.9.8.${i}`;
      const sent: Record<string, string> = { [i % 2 ? "x-forwarded-for" : "x-portal-forwarded-for"]: chain, "x-real-ip": `7.7.7.${i}` };
      statuses.push((await verify(headersThroughProxy(sent, "198.51.100.20", { systemApi: true }))).status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(30)).toEqual(Array(10).fill(429));
    // Someone else, at another socket address, is not blocked by it.
    expect((await verify(headersThroughProxy({ "x-forwarded-for": "198.51.100.20" }, "198.51.100.21", { systemApi: true }))).status).toBe(200);
  });

  it("the security log records the socket's address, not the first entry the client wrote", async () => {
    const meta = requestMetaFromHeaders(headersThroughProxy({ "x-forwarded-for": "6.6.6.6, 10.9.8.7", "user-agent": "vitest" }, "::ffff:198.51.100.22"));
    expect(meta).toEqual({ ip: "198.51.100.22", userAgent: "vitest" });
    await authenticate(t.prisma, { username: "ai.do", password: "sai" }, meta);
    const [event] = await t.prisma.securityEvent.findMany({ where: { username: "ai.do" } });
    expect(event).toMatchObject({ type: "SIGN_IN_FAILURE", ip: "198.51.100.22" });
  });
});
