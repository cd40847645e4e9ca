import { BlockList, isIP } from "node:net";

// The ONE rule for "which address is this client": the security log, the access log and every rate
// limit use it, so an address cannot be spoofed for one purpose and real for another.
//
// Next.js does not hand the socket's address to pages, actions or route handlers. What it does is
// fill `X-Forwarded-For` with the socket's address when the request has none (base-server's
// `??=`). So every request that arrives WITH an X-Forwarded-For goes through the proxy (proxy.ts,
// whose matcher says so), which moves it into FORWARDED_CHAIN_HEADER, overwriting any such header
// the client sent, and deletes it; Next.js then puts the socket's address there. Downstream,
// `x-forwarded-for` IS the socket, and FORWARDED_CHAIN_HEADER is the chain the peer presents: its
// X-Forwarded-For, or, when it sent none, its X-Portal-Forwarded-For (the nginx of
// scripts/deploy/nginx.conf sends the chain that way, so the system API's calls need no proxy run).
// Either way the chain is believed only as far as TRUSTED_PROXIES says: a peer that is not a trusted
// proxy is the client whatever it sends.

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
 * The client address of a request as a page, action or route handler sees it (see above): the
 * socket from X-Forwarded-For, the chain the peer presented from FORWARDED_CHAIN_HEADER (none when
 * absent). No socket address (an empty X-Forwarded-For, which no proxy run replaced) is "unknown".
 */
export function clientAddressFrom(headers: Headers, trusted: TrustedProxies): string {
  const chain = headers.get(FORWARDED_CHAIN_HEADER) ?? "";
  const socket = headers.get("x-forwarded-for")?.split(",").at(-1) ?? null;
  return resolveClientAddress(socket, chain.split(",").map((s) => s.trim()).filter(Boolean), trusted);
}

/**
 * For proxy.ts: the request headers to pass on. An X-Forwarded-For the request came with moves to
 * FORWARDED_CHAIN_HEADER (replacing any value sent under that name) and is removed, so that Next.js
 * sets it to the socket's address; without one, FORWARDED_CHAIN_HEADER stays as the peer sent it.
 * X-Real-IP is client-controlled unless a proxy we trust set it, and nothing reads it, so it goes too.
 */
export function stampForwardedChain(incoming: Headers): Headers {
  const headers = new Headers(incoming);
  const forwardedFor = incoming.get("x-forwarded-for");
  if (forwardedFor !== null) headers.set(FORWARDED_CHAIN_HEADER, forwardedFor);
  headers.delete("x-forwarded-for");
  headers.delete("x-real-ip");
  return headers;
}
