export type JsonBody = { kind: "json"; value: unknown } | { kind: "too_large" } | { kind: "not_json" };
export type BytesBody = { kind: "bytes"; value: Buffer } | { kind: "too_large" } | { kind: "empty" };

/**
 * A request's body as bytes, read with a byte limit that holds whether or not the client sent a
 * Content-Length: a declared length over the limit is refused unread, and a body sent chunked is
 * counted as it arrives and abandoned (the stream cancelled) as soon as it passes the limit, so a
 * 4 MB upload costs at most `maxBytes` of memory. (request.json() reads the whole body first.)
 */
export async function readBytesBody(request: Request, maxBytes: number): Promise<BytesBody> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= maxBytes)) return { kind: "too_large" };
  if (!request.body) return { kind: "empty" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return { kind: "too_large" };
    }
    chunks.push(value);
  }
  return total === 0 ? { kind: "empty" } : { kind: "bytes", value: Buffer.concat(chunks) };
}

/** A request's JSON body under the same byte limit (readBytesBody). */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const body = await readBytesBody(request, maxBytes);
  if (body.kind === "too_large") return body;
  if (body.kind === "empty") return { kind: "not_json" };
  try {
    // fatal: a body that is not UTF-8 is not JSON, rather than text with replacement characters.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(body.value);
    return { kind: "json", value: JSON.parse(text) };
  } catch {
    return { kind: "not_json" };
  }
}
