import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { claimLease } from "@/lib/db/lease";
import { db } from "@/lib/db/app-db";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/log";
import { loadSigningKeys } from "@/lib/audit/keys";
import { sinkFor } from "@/lib/audit/checkpoint-export";
import { signCheckpointIfDue } from "@/lib/audit/sign-checkpoint";

/**
 * How often an instance looks whether a checkpoint is due; a write is covered at most this much
 * after the interval. Often, so that under load each checkpoint re-checks a few seconds of rows, not
 * half a minute's: the re-check runs on the thread that serves requests (sign-checkpoint.ts).
 */
export const CHECKPOINT_TICK_SECONDS = 5;
const INSTANCE_ID = randomUUID();
/** Checkpoints one tick may sign while catching up on a backlog, before yielding to the next tick. */
const MAX_PER_TICK = 20;

/**
 * Takes the checkpoint lease (the probe's lease table, its own row) for `seconds` unless another
 * instance holds a live one, so that of several instances one signs per tick. The checkpoint's
 * primary key still refuses a second checkpoint of the same number if two ever overlap.
 */
export async function claimCheckpointLease(db: Db, now: Date, seconds: number, holder: string = INSTANCE_ID): Promise<boolean> {
  return claimLease(db, "audit-checkpoint", now, seconds, holder);
}

/**
 * The checkpoint signer of one server process (started from instrumentation.ts): every tick, the
 * lease holder signs what is due (signCheckpointIfDue). A failure (the export unreachable, a row
 * that does not verify) is logged as an error and retried next tick; lookups carry on meanwhile.
 */
export function startCheckpointScheduler(): void {
  const g = globalThis as unknown as { __hoTichCheckpoints?: boolean };
  if (g.__hoTichCheckpoints) return;
  g.__hoTichCheckpoints = true;
  const config = env().audit;
  const keys = loadSigningKeys(config);
  const sink = sinkFor(config.export);
  const policy = { rows: config.checkpointRows, minutes: config.checkpointMinutes };
  const seconds = Math.min(CHECKPOINT_TICK_SECONDS, config.checkpointMinutes * 60);
  if (keys.demo) logger().warn({ keyId: keys.keyId }, "access log checkpoints are signed with a DEMO key (no AUDIT_SIGNING_KEY): they prove nothing");
  const tick = async () => {
    try {
      if (await claimCheckpointLease(db(), new Date(), seconds)) {
        for (let i = 0; i < MAX_PER_TICK; i++) {
          const signed = await signCheckpointIfDue(db(), { keys, sink, policy });
          if (!signed) break;
          logger().info({ n: signed.n, heads: signed.heads.map((h) => `${h.chain}:${h.seq}`).join(" "), export: sink.describe }, "access log checkpoint signed");
        }
      }
    } catch (error) {
      logger().error({ err: error }, "access log checkpoint not signed");
    }
    setTimeout(() => void tick(), seconds * 1000).unref();
  };
  setTimeout(() => void tick(), 5_000).unref();
}
