import { BlockList, isIP } from "node:net";

// The ONE rule for "which address is this client": the security log, the access log and every rate
// limit use it, so an address cannot be spoofed for one purpose and real for another.
//
// Next.js does not hand the socket's address to pages, actions or route handlers. What it does is
// fill `X-Forwarded-For` with the socket's address when the request has none (base-server's
// `??=`). So the proxy (proxy.ts) moves whatever X-Forwarded-For the request arrived with into
// FORWARDED_CHAIN_HEADER, overwriting any such header the client sent, and deletes X-Forwarded-For;
// Next.js then puts the socket's address there. Downstream, `x-forwarded-for` IS the socket and
// FORWARDED_CHAIN_HEADER is the chain the peer claims, believed only as far as TRUSTED_PROXIES says.

/** The X-Forwarded-For the request arrived with, as the proxy saw it (empty when there was none). */
export const FORWARDED_CHAIN_HEADER = "x-portal-forwarded-for";
/** Said when no address can be established; counted as one client, so it fails closed for limits. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * Which hops of X-Forwarded-For to believe: none (the socket is the client), the last `count`
 * hops (that many reverse proxies in front of us), or the hops whose address is in a CIDR list.
 */
export type TrustedProxies = { kind: "none" } | { kind: "hops"; count: number } | { kind: "cidrs"; list: BlockList; text: string };

/** Parses TRUSTED_PROXIES: empty → none; "1" → one hop; "10.0.0.0/8, 192.168.1.5" → CIDRs. Throws on nonsense. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    if (count > 10) throw new Error("a hop count above 10 is surely a mistake");
    return { kind: "hops", count };
  }
  const list = new BlockList();
  for (const item of text.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [address = "", prefix] = item.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`"${item}" is neither a hop count nor an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix);
    if (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)) throw new Error(`"${item}" has an invalid prefix length`);
    list.addSubnet(address, bits, type);
  }
  return { kind: "cidrs", list, text };
}

/** "::ffff:10.0.0.1" → "10.0.0.1", "[::1]" → "::1"; null when the text is not an IP address. */
function normalize(raw: string | undefined): string | null {
  let s = raw?.trim() ?? "";
  if (s.startsWith("[") && s.includes("]")) s = s.slice(1, s.indexOf("]"));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(s)) s = s.slice(7);
  return isIP(s) ? s : null;
}

const isTrustedAddress = (list: BlockList, address: string) => list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");

/**
 * The client's address: the socket's, unless TRUSTED_PROXIES says which hops to believe, then the
 * right-most entry of X-Forwarded-For that is not a trusted proxy. Entries left of it are the
 * client's own claims and never count. A hop that is not an IP address ends the walk as unknown.
 */
export function resolveClientAddress(socket: string | null, chain: readonly string[], trusted: TrustedProxies): string {
  const peer = normalize(socket ?? undefined);
  if (!peer) return UNKNOWN_ADDRESS;
  if (trusted.kind === "none") return peer;
  const hops = [...chain, peer];
  // Walk from the socket leftwards over the proxies we trust; the first other hop is the client.
  let i = hops.length - 1;
  if (trusted.kind === "hops") i -= trusted.count;
  else while (i >= 0 && normalize(hops[i]) !== null && isTrustedAddress(trusted.list, normalize(hops[i])!)) i--;
  // Every hop trusted (e.g. a request from the proxy itself): the furthest one is the client.
  if (i < 0) return normalize(hops[0]) ?? UNKNOWN_ADDRESS;
  return normalize(hops[i]) ?? UNKNOWN_ADDRESS;
}

/**
 * The client address of a request that went through proxy.ts (pages, server actions, /api/…).
 * Without the proxy's stamp the headers may all be the client's own, so the answer is "unknown".
 */
export function clientAddressFrom(headers: Headers, trusted: TrustedProxies): string {
  const chain = headers.get(FORWARDED_CHAIN_HEADER);
  if (chain === null) return UNKNOWN_ADDRESS;
  const socket = headers.get("x-forwarded-for")?.split(",").at(-1) ?? null;
  return resolveClientAddress(socket, chain.split(",").map((s) => s.trim()).filter(Boolean), trusted);
}

/**
 * For proxy.ts: the request headers to pass on. The X-Forwarded-For the request came with moves to
 * FORWARDED_CHAIN_HEADER (replacing any value the client sent under that name) and is removed, so
 * that Next.js sets it to the socket's address; X-Real-IP is client-controlled unless a proxy we
 * trust set it, and nothing reads it, so it goes too.
 */
export function stampForwardedChain(incoming: Headers): Headers {
  const headers = new Headers(incoming);
  headers.set(FORWARDED_CHAIN_HEADER, incoming.get("x-forwarded-for") ?? "");
  headers.delete("x-forwarded-for");
  headers.delete("x-real-ip");
  return headers;
}
