import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { baseAuthConfig } from "@/lib/auth/config.base";
import { authenticate } from "@/lib/auth/authenticate";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { completeSecondStep, secondStepFor } from "@/lib/admin/two-factor/sign-in";

/** Carries why a sign-in failed to the sign-in form (the code is all next-auth passes through). */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const ZCredentials = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) });
/** The second step of a two-factor sign-in: the signed challenge of the password step and a code. */
const ZSecondStep = z.object({ challenge: z.string().min(10).max(2_000), code: z.string().trim().max(32).optional() });

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
  providers: [
    Credentials({
      credentials: { username: {}, password: {}, challenge: {}, code: {} },
      async authorize(raw, request) {
        const meta = requestMetaFromHeaders(request.headers);
        const now = new Date();
        const second = ZSecondStep.safeParse(raw);
        const parsed = ZCredentials.safeParse(raw);
        if (!second.success && !parsed.success) throw new SignInRefused("invalid");
        const result = second.success ? await completeSecondStep(db(), second.data, meta, now) : await authenticate(db(), parsed.data!, meta, now);
        if (result.ok && !second.success) {
          // A correct password opens nothing by itself for roles that need a second factor.
          const step = await secondStepFor(db(), result.userId, now);
          if (step) throw new SignInRefused(`${step.kind}:${step.challenge}`);
        }
        if (result.ok) return { id: result.userId, sessionVersion: result.sessionVersion };
        if (result.reason === "locked") throw new SignInRefused(`locked:${result.lockedUntil.toISOString()}`);
        if (result.reason === "rate-limited") throw new SignInRefused(`rate:${result.scope}:${result.retryAfterSeconds}`);
        throw new SignInRefused(result.reason);
      },
    }),
  ],
}));
