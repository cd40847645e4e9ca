import { env } from "@/lib/server/env";
import { clientAddressFrom, UNKNOWN_ADDRESS } from "@/lib/http/client-address";

/**
 * The client's address for every purpose (logs, rate limits), by the one rule of
 * lib/http/client-address.ts with this deployment's TRUSTED_PROXIES. "unknown" when it cannot be told.
 */
export function clientAddress(headers: Headers): string {
  return clientAddressFrom(headers, env().trustedProxies);
}

/** The same address for a log row: null rather than the word "unknown". */
export function loggedAddress(headers: Headers): string | null {
  const address = clientAddress(headers);
  return address === UNKNOWN_ADDRESS ? null : address;
}
