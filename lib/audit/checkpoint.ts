import { sign, verify, type KeyObject } from "node:crypto";
import { z } from "zod";
import { canonicalJson } from "@/lib/audit/chain";

/**
 * Hex characters of each row's hash a checkpoint keeps (64 bits): enough for the verifier to name
 * the first row rewritten after signing, while the head's full hash is what the signature protects.
 */
export const DIGEST_HEX = 16;

/**
 * One chain's head in a checkpoint: rows fromSeq..seq, the hash of row seq, and the concatenated
 * DIGEST_HEX-character prefixes of every row's hash in that range. A list of heads leaves room for a
 * log partitioned into several chains (lib/audit/chain.ts); checkpoints signed before there were chains name chain 0 alone.
 */
export const ZCheckpointHead = z.object({
  chain: z.number().int().min(0),
  fromSeq: z.string().regex(/^\d+$/),
  seq: z.string().regex(/^\d+$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  digests: z.string().regex(/^[0-9a-f]*$/),
});
export type CheckpointHead = z.infer<typeof ZCheckpointHead>;

/** A checkpoint as stored in access_log_checkpoints and written, one JSON line each, to the export. */
export const ZCheckpoint = z.object({
  n: z.string().regex(/^\d+$/),
  at: z.iso.datetime(),
  heads: z.array(ZCheckpointHead).min(1),
  prevSignature: z.string().nullable(),
  keyId: z.string(),
  demo: z.boolean(),
  signature: z.string(),
});
export type Checkpoint = z.infer<typeof ZCheckpoint>;
export type UnsignedCheckpoint = Omit<Checkpoint, "signature">;

/**
 * The bytes signed: every field but the signature, canonical JSON. The previous checkpoint's
 * signature is inside, so checkpoints form their own chain: one removed from the middle breaks it.
 */
export function checkpointPayload(c: UnsignedCheckpoint): Buffer {
  const { n, at, heads, prevSignature, keyId, demo } = c;
  return Buffer.from(canonicalJson({ v: 1, kind: "ho-tich-gia-lai/access-log-checkpoint", n, at, heads, prevSignature, keyId, demo }), "utf8");
}

/** Signs in this process (Ed25519, Node crypto): the database never sees the private key. */
export function signCheckpoint(c: UnsignedCheckpoint, privateKey: KeyObject): Checkpoint {
  return { ...c, signature: sign(null, checkpointPayload(c), privateKey).toString("base64") };
}

export function isCheckpointSignatureValid(c: Checkpoint, publicKey: KeyObject): boolean {
  try {
    return verify(null, checkpointPayload(c), publicKey, Buffer.from(c.signature, "base64"));
  } catch {
    return false;
  }
}

/** The stored row as a Checkpoint; a row whose heads do not parse fails verification, not the verifier. */
export function checkpointFromRow(row: { n: bigint; at: Date; heads: unknown; prevSignature: string | null; keyId: string; demo: boolean; signature: string }): Checkpoint | null {
  const parsed = ZCheckpoint.safeParse({ ...row, n: row.n.toString(), at: row.at.toISOString() });
  return parsed.success ? parsed.data : null;
}
