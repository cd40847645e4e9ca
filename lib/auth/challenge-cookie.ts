import "server-only";
import { cookies } from "next/headers";

/**
 * The sign-in challenge travels only in this cookie: HttpOnly (no script reads it), SameSite=Strict
 * (no other site's form sends it), scoped to /login (where the sign-in form posts), and never in a
 * URL or a page, where history, logs and referrers would keep it. Another client holding a current
 * code still lacks it, so it cannot finish someone else's sign-in.
 */
export const CHALLENGE_COOKIE = "hotich-signin-challenge";
const PATH = "/login";

/** Secure whenever the request came over HTTPS (directly or through the TLS-terminating proxy). */
export function isHttps(headers: Headers, url?: string): boolean {
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" || (url ? url.startsWith("https:") : false);
}

export async function setChallengeCookie(nonce: string, secure: boolean, maxAgeSeconds: number): Promise<void> {
  (await cookies()).set(CHALLENGE_COOKIE, nonce, { httpOnly: true, sameSite: "strict", secure, path: PATH, maxAge: maxAgeSeconds });
}

export async function clearChallengeCookie(): Promise<void> {
  (await cookies()).delete({ name: CHALLENGE_COOKIE, path: PATH });
}

/** The nonce from a request's Cookie header (next-auth's authorize gets headers, not Next's cookie store). */
export function challengeFromHeaders(headers: Headers): string {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === CHALLENGE_COOKIE) return decodeURIComponent(value.join("="));
  }
  return "";
}
