import { execFileSync } from "node:child_process";

function childrenOf(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .map((s) => Number(s.trim()))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

/**
 * Signals a process and all its descendants, children first. `next start`/`next dev` run the real
 * server in a child process (next-server) that outlives its parent if only the parent is killed.
 */
export function killProcessTree(pid: number, signal: NodeJS.Signals = "SIGTERM"): void {
  for (const child of childrenOf(pid)) killProcessTree(child, signal);
  try {
    process.kill(pid, signal);
  } catch {
    /* already gone */
  }
}
