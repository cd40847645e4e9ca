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

export type SignInState = {
  error?: string;
  tone?: "error" | "warning";
  fieldErrors?: { username?: string; password?: string };
  username?: string;
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

/** Sign-in form action: validate → next-auth Credentials (which authenticates and logs) → redirect. */
export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
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
    if (code.startsWith("locked:")) {
      const until = new Date(code.slice("locked:".length));
      return { error: messages.signIn.locked(formatDateTime(until)), tone: "warning", username };
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
