import { describe, it, expect, beforeEach } from "vitest";
import { isDatabaseUnavailableError } from "@/lib/db/availability";
import { isDatabaseMarkedDown, markDatabaseDown, markDatabaseUp } from "@/lib/db/availability-state";

describe("database unavailable errors", () => {
  it("recognises what Prisma, node-postgres and the socket say when the server is gone", () => {
    // As seen from Prisma 7 over adapter-pg with the embedded server stopped.
    expect(isDatabaseUnavailableError(Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" }))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error("Raw query failed. Code: `N/A`. Message: `Can't reach database server at x`"), { code: "P2010" }))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error("Connection terminated unexpectedly"), { clientVersion: "7.10.0" }))).toBe(true);
    expect(isDatabaseUnavailableError(new Error("wrapped", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error("Timed out fetching a new connection from the pool"), { code: "P2024" }))).toBe(true);
  });

  it("does not take a wrong query, a constraint or an app error for an outage", () => {
    expect(isDatabaseUnavailableError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailableError(Object.assign(new Error('relation "x" does not exist'), { code: "42P01" }))).toBe(false);
    expect(isDatabaseUnavailableError(new Error("Không tìm thấy dữ liệu yêu cầu."))).toBe(false);
    expect(isDatabaseUnavailableError(null)).toBe(false);
    expect(isDatabaseUnavailableError("Connection terminated")).toBe(false);
  });
});

describe("availability state", () => {
  beforeEach(() => markDatabaseUp());
  it("is shared through globalThis and reports the first transition only", () => {
    expect(isDatabaseMarkedDown()).toBe(false);
    expect(markDatabaseDown()).toBe(true);
    expect(markDatabaseDown()).toBe(false);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("ho-tich.database-availability")]).toMatchObject({ downSince: expect.any(Number) });
    markDatabaseUp();
    expect(isDatabaseMarkedDown()).toBe(false);
  });
});
