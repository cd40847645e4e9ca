import { networkInterfaces } from "node:os";

// `next dev` refuses its own scripts, hot reload and server actions to a page opened at a host it was
// not started with (only localhost by default): the page renders but never becomes interactive. A
// commune office opens the development server at 127.0.0.1 or from a second PC at the machine's
// network address, so those are allowed (next.config.ts `allowedDevOrigins`), plus DEV_ALLOWED_ORIGINS.
// Relative imports only: next.config.ts loads this file outside the app's path aliases.

/** A host name, an IPv4 address, or a `*.` / `**.` wildcard of a host name (Next.js's format). */
const HOST_PATTERN = /^(\*\*?\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/**
 * DEV_ALLOWED_ORIGINS: a comma- or space-separated list of host names (`pc-ketoan.local`,
 * `*.xa-iao.local`, `192.168.1.20`). A full address (`http://192.168.1.20:3000/`) is cut to its host,
 * since Next.js matches host names only. Throws on anything else, naming the entry.
 */
export function parseDevAllowedOrigins(value: string | undefined): string[] {
  const entries = (value ?? "").split(/[\s,]+/).filter(Boolean);
  return entries.map((raw) => {
    let host = raw.toLowerCase();
    if (host.includes("://")) {
      try {
        host = new URL(host).hostname;
      } catch {
        throw new Error(`"${raw}" is not a host name or an address`);
      }
    } else {
      host = host.replace(/:\d+$/, "").replace(/\/+$/, "");
    }
    if (!HOST_PATTERN.test(host)) throw new Error(`"${raw}" is not a host name (e.g. 192.168.1.20, may-2.local or *.xa-iao.local)`);
    return host;
  });
}

/** The machine's non-internal IPv4 addresses: the "Network:" address `next dev` prints. */
export function networkAddresses(interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces()): string[] {
  const addresses = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === "IPv4" && !i.internal)
    .map((i) => i.address);
  return [...new Set(addresses)];
}

/** What `allowedDevOrigins` gets: localhost's addresses, the machine's own, and the configured list. */
export function devAllowedOrigins(configured: string | undefined, interfaces?: ReturnType<typeof networkInterfaces>): string[] {
  return [...new Set(["localhost", "127.0.0.1", ...networkAddresses(interfaces), ...parseDevAllowedOrigins(configured)])];
}
