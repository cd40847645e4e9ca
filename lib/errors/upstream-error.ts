import "server-only";
import type { UpstreamError } from "@/lib/adapters/errors";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/errors/app-error";
import { upstreamFailureMessage } from "@/lib/errors/upstream-messages";

/** The officer's message for a national system's failure; "try again in N minutes" is the breaker's cool-down. */
export function upstreamNotice(failure: Pick<UpstreamError, "system" | "kind">): string {
  return upstreamFailureMessage(failure, env().upstream.breakerCoolDownMs / 60_000);
}

/**
 * A national system's failure as the use case reports it, once its look is logged: the system and
 * the kind travel with the error (the system API answers them), the message names both.
 */
export function upstreamAppError(failure: UpstreamError): AppError {
  return new AppError("UPSTREAM_UNAVAILABLE", {
    message: failure.message,
    userMessage: upstreamNotice(failure),
    upstream: { system: failure.system, kind: failure.kind },
  });
}
