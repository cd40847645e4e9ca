"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { signIn, signOut, auth } from "@/lib/auth/next-auth";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { endSessions } from "@/lib/auth/end-sessions";
import { requestLogger } from "@/lib/log";
import { messages } from "@/lib/messages";
import { formatDateTime } from "@/lib/format";
import { resolveDeps } from "@/lib/deps";
import { readChallenge } from "@/lib/admin/two-factor/crypto";
import { enrolTwoFactor, enrolmentDisplay } from "@/lib/admin/two-factor/sign-in";
import { adminMessages } from "@/lib/admin/messages";

export type SignInState = {
  error?: string;
  tone?: "error" | "warning";
  fieldErrors?: { username?: string; password?: string; code?: string };
  username?: string;
  /** Two-factor sign-in: which screen comes next, and the signed challenge it carries. */
  step?: "password" | "totp" | "enrol" | "recovery";
  challenge?: string;
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

/** The code/enrol/recovery steps of a two-factor sign-in (lib/admin/two-factor/sign-in.ts). */
async function secondStepAction(step: string, form: FormData): Promise<SignInState> {
  const challenge = String(form.get("challenge") ?? "");
  const code = String(form.get("code") ?? "").trim();
  const callbackUrl = safeCallback(String(form.get("callbackUrl") ?? "") || undefined);
  const { db, now } = resolveDeps();
  if (!readChallenge(challenge, now)) return { step: "password", error: adminMessages.twoFactor.expired, tone: "warning" };
  if (step === "enrol") {
    const enrolment = (await enrolmentDisplay(db, challenge, now)) ?? undefined;
    if (!code) return { step, challenge, enrolment, callbackUrl, fieldErrors: { code: adminMessages.twoFactor.codeRequired } };
    const result = await enrolTwoFactor(db, { challenge, code }, requestMetaFromHeaders(await headers()), now);
    if (!result.ok) return { step, challenge, enrolment, callbackUrl, fieldErrors: { code: adminMessages.twoFactor.enrolInvalid } };
    return { step: "recovery", challenge: result.challenge, recoveryCodes: result.recoveryCodes, callbackUrl };
  }
  if (step === "totp" && !code) return { step, challenge, callbackUrl, fieldErrors: { code: adminMessages.twoFactor.codeRequired } };
  try {
    await signIn("credentials", { challenge, ...(step === "totp" ? { code } : {}), redirectTo: callbackUrl });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const reason = (error as AuthError & { code?: string }).code ?? "invalid";
    if (reason.startsWith("locked:")) return { step: "password", error: messages.signIn.locked(formatDateTime(new Date(reason.slice(7)))), tone: "warning" };
    return { step: "totp", challenge, callbackUrl, fieldErrors: { code: adminMessages.twoFactor.codeInvalid } };
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
    if (code.startsWith("totp:")) return { step: "totp", challenge: code.slice(5), username, callbackUrl };
    if (code.startsWith("enrol:")) {
      const challenge = code.slice(6);
      const { db, now } = resolveDeps();
      return { step: "enrol", challenge, enrolment: (await enrolmentDisplay(db, challenge, now)) ?? undefined, username, callbackUrl };
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
