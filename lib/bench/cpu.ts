// CPU time of groups of processes between two instants, from /proc/<pid>/stat (utime + stime), for
// the benchmarks' "CPU ms per operation": unlike wall-clock throughput, it hardly depends on what
// else the shared machine runs at the time.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/**
 * utime + stime (clock ticks) of the text of /proc/<pid>/stat; NaN when it cannot be read. The
 * command name (field 2) is in parentheses and may hold spaces or ")", so fields are counted from
 * the LAST ")".
 */
export function parseProcStatTicks(stat: string): number {
  const end = stat.lastIndexOf(")");
  if (end < 0) return Number.NaN;
  const fields = stat.slice(end + 2).trim().split(/\s+/);
  // After the name: state is field 3 of proc(5), so utime (14) and stime (15) are at 11 and 12.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? utime + stime : Number.NaN;
}

/** Clock ticks per second of /proc's CPU times (getconf CLK_TCK; 100 on Linux in practice). */
export function clockTicksPerSecond(): number {
  try {
    const n = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    return Number.isInteger(n) && n > 0 ? n : 100;
  } catch {
    return 100;
  }
}

function ticksOf(pid: number): number | null {
  try {
    const t = parseProcStatTicks(readFileSync(`/proc/${pid}/stat`, "utf8"));
    return Number.isFinite(t) ? t : null;
  } catch {
    return null;
  }
}

/**
 * CPU ms used by each group between two snapshots, from per-process ticks: a process only in the
 * later snapshot counts in full (it started in the window), one only in the earlier is missed (it
 * ended in the window: its time is gone with it). A pid in two groups counts in the first.
 */
export function cpuMsBetween(before: ReadonlyMap<string, ReadonlyMap<number, number>>, after: ReadonlyMap<string, ReadonlyMap<number, number>>, ticksPerSecond: number): Record<string, number> {
  const out: Record<string, number> = {};
  const seen = new Set<number>();
  for (const [group, pids] of after) {
    let ticks = 0;
    for (const [pid, t] of pids) {
      if (seen.has(pid)) continue;
      seen.add(pid);
      ticks += Math.max(0, t - (before.get(group)?.get(pid) ?? 0));
    }
    out[group] = (ticks * 1000) / ticksPerSecond;
  }
  return out;
}

export type CpuGroupPids = Record<string, () => number[]>;

/**
 * start() … stop(): CPU ms of each named group of processes in between. The groups' pids are
 * listed at both ends (e.g. a process tree, which gains PostgreSQL backends during a run).
 */
export function cpuTimer(groups: CpuGroupPids): { start(): void; stop(): Record<string, number> } {
  const hz = clockTicksPerSecond();
  const snapshot = () => {
    const snap = new Map<string, Map<number, number>>();
    for (const [group, pids] of Object.entries(groups)) {
      const ticks = new Map<number, number>();
      for (const pid of new Set(pids())) {
        const t = ticksOf(pid);
        if (t !== null) ticks.set(pid, t);
      }
      snap.set(group, ticks);
    }
    return snap;
  };
  let before = new Map<string, Map<number, number>>();
  return {
    start() {
      before = snapshot();
    },
    stop() {
      return cpuMsBetween(before, snapshot(), hz);
    },
  };
}
