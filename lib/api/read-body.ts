export type JsonBody = { kind: "json"; value: unknown } | { kind: "too_large" } | { kind: "not_json" };

/**
 * A request's JSON body, read with a byte limit that holds whether or not the client sent a
 * Content-Length: a declared length over the limit is refused unread, and a body sent chunked is
 * counted as it arrives and abandoned (the stream cancelled) as soon as it passes the limit, so a
 * 4 MB upload costs at most `maxBytes` of memory. (request.json() reads the whole body first.)
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= maxBytes)) return { kind: "too_large" };
  if (!request.body) return { kind: "not_json" };
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
  try {
    // fatal: a body that is not UTF-8 is not JSON, rather than text with replacement characters.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
    return { kind: "json", value: JSON.parse(text) };
  } catch {
    return { kind: "not_json" };
  }
}
