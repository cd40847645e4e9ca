import type { NextAuthConfig } from "next-auth";
import { SIGN_IN_POLICY } from "@/lib/auth/policy";

/** Paths reachable without a session. Everything else redirects to the sign-in page. */
export const PUBLIC_PATHS = ["/login", "/api/auth", "/api/health", "/api/v1", "/verify"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(p + "/"));
}

/**
 * The part of the auth configuration that needs no database, shared by the proxy (which refreshes
 * the session cookie on every request, making the 8-hour limit an idle limit) and the server.
 * Sessions are signed JWT cookies: no process memory is involved, so any instance can serve any user.
 */
export const baseAuthConfig = {
  trustHost: true,
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: SIGN_IN_POLICY.idleTimeoutSeconds },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      } else if (typeof token.la === "number" && now - token.la > SIGN_IN_POLICY.idleTimeoutSeconds) {
        // Idle too long: the cookie's own expiry enforces this too; this guards a token replayed
        // from elsewhere with a forged long cookie lifetime.
        return null;
      }
      token.la = now;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      (session as { sessionVersion?: number }).sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
