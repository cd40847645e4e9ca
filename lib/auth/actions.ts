"use server";

import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { signIn, signOut, auth } from "@/lib/auth/next-auth";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { endSessions } from "@/lib/auth/end-sessions";
import { requestLogger } from "@/lib/server/log";
import { messages } from "@/lib/text/messages";
import { formatDateTime } from "@/lib/text/format";
import { resolveDeps } from "@/lib/server/deps";
import { enrolTwoFactor, enrolmentDisplay, pendingStep } from "@/lib/auth/two-factor/sign-in";
import { CHALLENGE_TTL_SECONDS } from "@/lib/auth/two-factor/challenge";
import { CHALLENGE_COOKIE, clearChallengeCookie, isHttps, setChallengeCookie } from "@/lib/auth/challenge-cookie";
import { twoFactorMessages } from "@/lib/auth/two-factor/messages";

export type SignInState = {
  error?: string;
  tone?: "error" | "warning";
  fieldErrors?: { username?: string; password?: string; code?: string };
  username?: string;
  /** Two-factor sign-in: which screen comes next (the challenge itself stays in an HttpOnly cookie). */
  step?: "password" | "totp" | "enrol" | "recovery";
  enrolment?: { secret: string; qrDataUrl: string };
  recoveryCodes?: string[];
  callbackUrl?: string;
};

const ZSignIn = z.object({
  username: z.string().trim().min(1, messages.signIn.usernameRequired).max(64),
  password: z.string().min(1, messages.signIn.passwordRequired).max(256),
  callbackUrl: z.string().optional(),
});

/** Only same-site relative paths: an absolute or protocol-relative URL would be an open redirect. */
function safeCallback(url: string | undefined): string {
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/login")) return "/";
  return url;
}

/**
 * The code/enrol/recovery steps of a two-factor sign-in (lib/auth/two-factor/sign-in.ts). The
 * challenge comes from this browser's HttpOnly cookie, never from the form.
 */
async function secondStepAction(step: string, form: FormData): Promise<SignInState> {
  const challenge = (await cookies()).get(CHALLENGE_COOKIE)?.value ?? "";
  const code = String(form.get("code") ?? "").trim();
  const callbackUrl = safeCallback(String(form.get("callbackUrl") ?? "") || undefined);
  const { db, now } = resolveDeps();
  const pending = await pendingStep(db, challenge, now);
  const expected = step === "enrol" ? "enrol" : step === "recovery" ? "done" : "totp";
  if (pending !== expected) {
    await clearChallengeCookie();
    return { step: "password", error: twoFactorMessages.expired, tone: "warning" };
  }
  if (step === "enrol") {
    const enrolment = (await enrolmentDisplay(db, challenge, now)) ?? undefined;
    if (!code) return { step, enrolment, callbackUrl, fieldErrors: { code: twoFactorMessages.codeRequired } };
    const headerList = await headers();
    const result = await enrolTwoFactor(db, { challenge, code }, requestMetaFromHeaders(headerList), now);
    if (!result.ok) return { step, enrolment, callbackUrl, fieldErrors: { code: twoFactorMessages.enrolInvalid } };
    await setChallengeCookie(result.challenge, isHttps(headerList), CHALLENGE_TTL_SECONDS.done);
    return { step: "recovery", recoveryCodes: result.recoveryCodes, callbackUrl };
  }
  if (step === "totp" && !code) return { step, callbackUrl, fieldErrors: { code: twoFactorMessages.codeRequired } };
  try {
    await signIn("credentials", { step: "second", ...(step === "totp" ? { code } : {}), redirectTo: callbackUrl });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const reason = (error as AuthError & { code?: string }).code ?? "invalid";
    if (reason.startsWith("locked:")) {
      await clearChallengeCookie();
      return { step: "password", error: messages.signIn.locked(formatDateTime(new Date(reason.slice(7)))), tone: "warning" };
    }
    return { step: "totp", callbackUrl, fieldErrors: { code: twoFactorMessages.codeInvalid } };
  }
}

/** Sign-in form action: validate → next-auth Credentials (which authenticates and logs) → redirect. */
export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const step = String(form.get("step") ?? "password");
  if (step !== "password") return secondStepAction(step, form);
  const parsed = ZSignIn.safeParse({
    username: form.get("username") ?? "",
    password: form.get("password") ?? "",
    callbackUrl: form.get("callbackUrl") ?? undefined,
  });
  const username = String(form.get("username") ?? "");
  if (!parsed.success) {
    const fieldErrors: SignInState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (key === "username" || key === "password") fieldErrors[key] ??= issue.message;
    }
    return { fieldErrors, username };
  }
  try {
    await signIn("credentials", {
      username: parsed.data.username,
      password: parsed.data.password,
      redirectTo: safeCallback(parsed.data.callbackUrl),
    });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes the redirect that signals success
    if (error.type !== "CredentialsSignin") {
      (await requestLogger()).error({ err: error }, "sign-in failed unexpectedly");
      return { error: messages.signIn.failed, username };
    }
    const code = (error as AuthError & { code?: string }).code ?? "invalid";
    const callbackUrl = safeCallback(parsed.data.callbackUrl);
    // authorize has put the challenge into this browser's cookie (lib/auth/challenge-cookie.ts).
    if (code === "totp") return { step: "totp", username, callbackUrl };
    if (code === "enrol") {
      const { db, now } = resolveDeps();
      const challenge = (await cookies()).get(CHALLENGE_COOKIE)?.value ?? "";
      return { step: "enrol", enrolment: (await enrolmentDisplay(db, challenge, now)) ?? undefined, username, callbackUrl };
    }
    if (code.startsWith("locked:")) {
      const until = new Date(code.slice("locked:".length));
      return { error: messages.signIn.locked(formatDateTime(until)), tone: "warning", username };
    }
    const throttled = /^rate:(address|username):(\d+)$/.exec(code);
    if (throttled) {
      const seconds = Number(throttled[2]);
      return { error: throttled[1] === "address" ? messages.signIn.tooManyFromAddress(seconds) : messages.signIn.tooManyForUsername(seconds), tone: "warning", username };
    }
    if (code === "inactive") return { error: messages.signIn.inactive, username };
    return { error: messages.signIn.invalid, username };
  }
}

/** Sign-out: logged to the security log, then the session cookie is cleared. */
export async function signOutAction(): Promise<void> {
  const session = await auth();
  if (session?.user?.id) {
    await endSessions(session.user.id, requestMetaFromHeaders(await headers()));
  }
  await signOut({ redirectTo: "/login?signedOut=1" });
}
