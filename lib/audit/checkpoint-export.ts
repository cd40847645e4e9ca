import { mkdir, open, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { AuditConfig } from "@/lib/server/env";
import { ZCheckpoint, type Checkpoint } from "@/lib/audit/checkpoint";

/**
 * The copy of every checkpoint kept outside the database, so that someone able to rewrite the
 * database (checkpoints included) cannot also rewrite the evidence. Sở Tư pháp receives it over
 * HTTP, or reads the JSON-lines file from a volume the database server cannot write.
 */
export type CheckpointSink = {
  describe: string;
  append(checkpoint: Checkpoint): Promise<void>;
};

/** One JSON line per checkpoint, flushed to disk before the checkpoint's transaction commits. */
export function fileSink(path: string): CheckpointSink {
  return {
    describe: `file ${path}`,
    async append(checkpoint) {
      await mkdir(dirname(path), { recursive: true });
      const file = await open(path, "a", 0o640);
      try {
        await file.write(`${JSON.stringify(checkpoint)}\n`);
        await file.sync();
      } finally {
        await file.close();
      }
    },
  };
}

/** POSTs each checkpoint as JSON; anything but a 2xx answer fails, and the checkpoint is not stored. */
export function httpSink(url: string, token: string | undefined, fetchImpl: typeof fetch = fetch, timeoutMs = 10_000): CheckpointSink {
  return {
    describe: `HTTP ${url}`,
    async append(checkpoint) {
      const res = await fetchImpl(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(checkpoint),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`checkpoint export to ${url} answered ${res.status}`);
    },
  };
}

export function sinkFor(config: AuditConfig["export"]): CheckpointSink {
  return config.kind === "file" ? fileSink(config.path) : httpSink(config.url, config.token);
}

export type ExportRead = { checkpoints: Checkpoint[] } | { problem: string; line: number };

/** Reads a JSON-lines export (a missing file is an empty export); a line that is not a checkpoint is a problem. */
export async function readExportFile(path: string): Promise<ExportRead> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { checkpoints: [] };
    throw error;
  }
  const checkpoints: Checkpoint[] = [];
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return { problem: `line ${i + 1} of the export is not JSON`, line: i + 1 };
    }
    const parsed = ZCheckpoint.safeParse(json);
    if (!parsed.success) return { problem: `line ${i + 1} of the export is not a checkpoint`, line: i + 1 };
    checkpoints.push(parsed.data);
  }
  return { checkpoints };
}
