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

/** Carries why a sign-in failed to the sign-in form (the code is all next-auth passes through). */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const ZCredentials = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) });

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
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await authenticate(db(), parsed.data, requestMetaFromHeaders(request.headers));
        if (result.ok) return { id: result.userId, sessionVersion: result.sessionVersion };
        if (result.reason === "locked") throw new SignInRefused(`locked:${result.lockedUntil.toISOString()}`);
        throw new SignInRefused(result.reason);
      },
    }),
  ],
}));
