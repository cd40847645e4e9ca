import "server-only";
import pino, { type Logger } from "pino";
import { headers } from "next/headers";
import { env } from "@/lib/server/env";

export const REQUEST_ID_HEADER = "x-request-id";

let root: Logger | undefined;

/** The process logger: JSON lines on stdout, one object per event (no pretty-printing transport). */
export function logger(): Logger {
  root ??= pino({
    level: env().logLevel,
    base: { service: "ho-tich-portal", version: env().version },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "authorization"], censor: "[redacted]" },
  });
  return root;
}

/** A child logger that stamps every line with the request id the proxy assigned. */
export function loggerFor(requestId: string | null | undefined): Logger {
  return logger().child({ requestId: requestId ?? "none" });
}

/** The logger for the current server request (server components, actions, route handlers). */
export async function requestLogger(): Promise<Logger> {
  let requestId: string | null = null;
  try {
    requestId = (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    // Outside a request (boot, scripts): no request id to attach.
  }
  return loggerFor(requestId);
}
