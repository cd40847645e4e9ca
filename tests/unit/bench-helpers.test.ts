import { describe, it, expect } from "vitest";
import { cpuMsBetween, parseProcStatTicks } from "@/lib/bench/cpu";
import { allPass, atLeast, atMost, perOperation, ratio } from "@/lib/bench/floors";
import { percentile, summarize } from "@/lib/bench/load";
import { countLoggedLockWaits } from "@/lib/bench/lock-waits";
import { creatorsOf, freshIds, parseParameters, parseStatementLog, renewUnit, replayUnits } from "@/lib/bench/pg-capture";

describe("bench percentiles", () => {
  it("are nearest-rank, on unsorted values", () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 90)).toBe(9);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([], 95)).toBe(0);
    expect(summarize([2, 1, 3])).toMatchObject({ count: 3, mean: 2, p50: 2, max: 3 });
  });
});

describe("CPU time from /proc/<pid>/stat", () => {
  it("reads utime + stime after the last parenthesis, whatever the command name holds", () => {
    const rest = "S 1 2 3 4 5 6 7 8 9 10 120 30 0 0 20 0 1 0 100 200 300";
    expect(parseProcStatTicks(`1234 (next-server) ${rest}`)).toBe(150);
    expect(parseProcStatTicks(`1234 (a (weird) name) ${rest}`)).toBe(150);
    expect(parseProcStatTicks("garbage")).toBeNaN();
  });
  it("counts each pid once, processes started in the window in full", () => {
    const before = new Map([["server", new Map([[1, 100], [2, 50]])], ["postgres", new Map([[3, 10]])]]);
    const after = new Map([["server", new Map([[1, 150], [2, 60], [4, 5]])], ["postgres", new Map([[3, 30], [1, 150]])]]);
    expect(cpuMsBetween(before, after, 100)).toEqual({ server: 650, postgres: 200 });
  });
});

describe("floors, ratios and targets", () => {
  it("ratio is a ÷ b, null without a positive floor", () => {
    expect(ratio(300, 1200)).toBe(0.25);
    expect(ratio(2, 3, 2)).toBe(0.67);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 3)).toBeNull();
    expect(ratio(1, undefined)).toBeNull();
  });
  it("targets pass only with a value on the right side", () => {
    expect(atLeast(0.6, 0.5)).toEqual({ min: 0.5, actual: 0.6, pass: true });
    expect(atLeast(0.4, 0.5).pass).toBe(false);
    expect(atLeast(null, 0.5).pass).toBe(false);
    expect(atMost(15, 15).pass).toBe(true);
    expect(atMost(15.1, 15).pass).toBe(false);
    expect(allPass({ a: atMost(1, 2), b: atLeast(3, 2) })).toBe(true);
    expect(allPass({ a: atMost(3, 2), b: atLeast(3, 2) })).toBe(false);
    expect(perOperation(1000, 400)).toBe(2.5);
    expect(perOperation(1000, 0)).toBeNull();
  });
});

const LOG = [
  "2026-12-05 16:10:00.100 UTC [101] LOG:  execute <unnamed>: WITH found AS (",
  "\t  SELECT 1 FROM \"t\" WHERE \"k\" = $1",
  "\t) SELECT * FROM found",
  "2026-12-05 16:10:00.100 UTC [101] DETAIL:  parameters: $1 = 'it''s, $2 = x', $2 = NULL, $3 = '{a,b}'",
  "2026-12-05 16:10:00.200 UTC [102] LOG:  statement: BEGIN",
  "2026-12-05 16:10:00.210 UTC [102] LOG:  execute s1: INSERT INTO \"l\" (\"id\") VALUES ($1)",
  "2026-12-05 16:10:00.210 UTC [102] DETAIL:  parameters: $1 = 'cabcdefghijklmnopqrstuvwx'",
  "2026-12-05 16:10:00.220 UTC [103] LOG:  statement: SELECT pg_reload_conf()",
  "2026-12-05 16:10:00.230 UTC [102] LOG:  statement: COMMIT",
  "2026-12-05 16:10:00.240 UTC [101] LOG:  process 101 still waiting for ShareLock on transaction 42 after 10.1 ms",
  "2026-12-05 16:10:00.250 UTC [104] LOG:  execute <unnamed>: SELECT $1::text",
  "2026-12-05 16:10:00.250 UTC [104] DETAIL:  parameters: $1 = 'unit cabcdefghijklmnopqrstuvwx and cuuuuuuuuuuuuuuuuuuuuuuuu'",
  "",
].join("\n");

describe("statement capture from the PostgreSQL log", () => {
  it("parses parameters: quotes doubled, NULL, separators inside values", () => {
    expect(parseParameters("$1 = 'it''s, $2 = x', $2 = NULL, $3 = '{a,b}'")).toEqual(["it's, $2 = x", null, "{a,b}"]);
    expect(parseParameters("$1 = ''")).toEqual([""]);
  });
  it("reads simple and extended statements with their multi-line text, leaving excluded backends out", () => {
    const statements = parseStatementLog(LOG, new Set([103]));
    expect(statements.map((s) => s.pid)).toEqual([101, 102, 102, 102, 104]);
    expect(statements[0]!.text).toBe('WITH found AS (\n\t  SELECT 1 FROM "t" WHERE "k" = $1\n\t) SELECT * FROM found');
    expect(statements[0]!.values).toEqual(["it's, $2 = x", null, "{a,b}"]);
    expect(statements[2]!.values).toEqual(["cabcdefghijklmnopqrstuvwx"]);
    // A named prepared statement keeps its name (the replay prepares it too); unnamed ones have none.
    expect(statements.map((s) => s.name)).toEqual([undefined, undefined, "s1", undefined, undefined]);
    expect(countLoggedLockWaits(LOG)).toBe(1);
  });
  it("groups a transaction into one unit and renews the ids the database did not hold, alike within a round", () => {
    const units = replayUnits(parseStatementLog(LOG, new Set([103])));
    expect(units.map((u) => u.length)).toEqual([1, 3, 1]);
    // cabc… existed before (a reference), cuuu… did not (a new row's id).
    const fresh = freshIds(units, new Set(["cabcdefghijklmnopqrstuvwx"]));
    expect([...fresh]).toEqual(["cuuuuuuuuuuuuuuuuuuuuuuuu"]);
    const round3 = new Map<string, string>();
    const renewed = renewUnit(units[2]!, fresh, round3, 3, (v, round) => v.replace("unit", `unit${round}`));
    expect(renewed[0]!.values[0]).toMatch(/^unit3 cabcdefghijklmnopqrstuvwx and c[0-9a-z]{24}$/);
    expect(renewed[0]!.values[0]).not.toContain("cuuuuuuuuuuuuuuuuuuuuuuuu");
    // The same new id again in the same round, another one in the next.
    expect(renewUnit(units[2]!, fresh, round3, 3)[0]!.values[0]).toBe(renewed[0]!.values[0]!.replace("unit3", "unit"));
    expect(renewUnit(units[2]!, fresh, new Map(), 4)[0]!.values[0]).not.toBe(renewed[0]!.values[0]!.replace("unit3", "unit"));
    // All ids are new for an empty database; the later units naming one wait for the first.
    expect(freshIds(units, new Set()).size).toBe(2);
    expect(creatorsOf(units, fresh)).toEqual([[], [], []]);
    expect(creatorsOf(units, freshIds(units, new Set()))).toEqual([[], [], [1]]);
  });
});
