import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { routeActor } from "@/lib/auth/guards";
import { env } from "@/lib/server/env";

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Constant-time comparison of the bearer token with MONITORING_TOKEN (hashes: equal lengths). */
export function isMonitoringToken(authorization: string | null, token: string | null = env().monitoringToken): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  if (!token || !match) return false;
  return timingSafeEqual(digest(match[1]!), digest(token));
}

/**
 * Whether this caller may read the health details (latencies, breaker states, error counts, the
 * probe's figures, the version): a monitoring system with MONITORING_TOKEN, or an administrator's
 * session. Anyone else, a load balancer included, learns only the status: the details tell an
 * attacker which upstream is failing and which version to aim at. Fails closed: a session that
 * cannot be checked (database down) reads as anonymous.
 */
export async function mayReadHealthDetails(request: Request): Promise<boolean> {
  if (isMonitoringToken(request.headers.get("authorization"))) return true;
  if (!request.headers.get("cookie")) return false;
  try {
    return (await routeActor("admin.monitoring")) !== null;
  } catch {
    return false;
  }
}
