import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { baseAuthConfig } from "@/lib/auth/config.base";
import { authenticate } from "@/lib/auth/authenticate";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { db } from "@/lib/db/app-db";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/log";
import { completeSecondStep, secondStepFor } from "@/lib/auth/two-factor/sign-in";
import { CHALLENGE_TTL_SECONDS } from "@/lib/auth/two-factor/challenge";
import { challengeFromHeaders, clearChallengeCookie, isHttps, setChallengeCookie } from "@/lib/auth/challenge-cookie";
import { endSessionsOfToken } from "@/lib/auth/end-sessions";

/** Carries why a sign-in failed to the sign-in form (the code is all next-auth passes through). */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const ZCredentials = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) });
/**
 * The second step of a two-factor sign-in: a code (none after enrolment). The challenge is not a
 * credential field: it is read from the browser's HttpOnly cookie (lib/auth/challenge-cookie.ts).
 */
const ZSecondStep = z.object({ step: z.literal("second"), code: z.string().trim().max(32).optional() });

/** The request's meta for the security log, outside authorize (next/headers; none in other contexts). */
async function currentMeta() {
  try {
    return requestMetaFromHeaders(await headers());
  } catch {
    return { ip: null, userAgent: null };
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig,
  secret: env().authSecret,
  // A refused password is an expected outcome, already in the security log: not an error line.
  logger: {
    error(error: Error) {
      if (error.name === "CredentialsSignin" || error instanceof CredentialsSignin) return;
      logger().error({ err: error }, "auth error");
    },
    warn(code: string) {
      logger().warn({ code }, "auth warning");
    },
    debug() {},
  },
  events: {
    // Every sign-out ends the session on the server, next-auth's own route included: a copied
    // cookie must not outlive it (lib/auth/end-sessions.ts).
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      await endSessionsOfToken(token, await currentMeta());
    },
  },
  providers: [
    Credentials({
      credentials: { username: {}, password: {}, challenge: {}, code: {} },
      async authorize(raw, request) {
        const meta = requestMetaFromHeaders(request.headers);
        const now = new Date();
        const second = ZSecondStep.safeParse(raw);
        const parsed = ZCredentials.safeParse(raw);
        if (!second.success && !parsed.success) throw new SignInRefused("invalid");
        const result = second.success
          ? await completeSecondStep(db(), { challenge: challengeFromHeaders(request.headers), code: second.data.code }, meta, now)
          : await authenticate(db(), parsed.data!, meta, now);
        if (result.ok && second.success) await clearChallengeCookie();
        if (result.ok && !second.success) {
          // A correct password opens nothing by itself for roles that need a second factor. The
          // challenge goes to this browser's cookie only; the refusal names the step, never a token
          // (next-auth puts the code into the error page's URL).
          const step = await secondStepFor(db(), result.userId, now);
          if (step) {
            await setChallengeCookie(step.challenge, isHttps(request.headers, request.url), CHALLENGE_TTL_SECONDS[step.kind]);
            throw new SignInRefused(step.kind);
          }
        }
        if (result.ok) return { id: result.userId, sessionVersion: result.sessionVersion };
        if (result.reason === "locked") throw new SignInRefused(`locked:${result.lockedUntil.toISOString()}`);
        if (result.reason === "rate-limited") throw new SignInRefused(`rate:${result.scope}:${result.retryAfterSeconds}`);
        throw new SignInRefused(result.reason);
      },
    }),
  ],
}));
