import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ErrorBody } from "@/lib/adapters/http/wire";

/** Small node:http helpers for the mock server: JSON in, JSON out, constant-time key checks. */

/** Larger bodies are refused: no search request comes near it, and the mock must not buffer floods. */
const MAX_BODY_BYTES = 64 * 1024;

export class BodyError extends Error {}

/** Reads a JSON request body; undefined when empty. Throws BodyError when too large or not JSON. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError(`body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError("body is not JSON");
  }
}

/** Sends a JSON text (already serialised, so a deliberately broken one can be sent too). */
export function sendText(res: ServerResponse, status: number, text: string, requestId?: string): void {
  if (res.writableEnded || res.destroyed) return; // the client gave up (e.g. timed out) meanwhile
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...(requestId ? { "x-request-id": requestId } : {}),
  });
  res.end(text);
}

export function errorBody(code: string, message: string, field?: string): ErrorBody {
  return { error: { code, message, ...(field ? { field } : {}) } };
}

/** Compares secrets in constant time so response timing does not leak how much of a key matched. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "");
  return match?.[1]?.trim();
}

/** A single-valued header (node gives arrays for repeated ones; the first wins). */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
