import type { Actor } from "@/lib/auth/actor";

/**
 * The signed-in person as a test chooses it, for code that reads the session (server actions, route
 * handlers). A test file installs it with
 * `vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).sessionModule())`
 * and sets `fakeSession.actor`; null is nobody signed in.
 */
export const fakeSession = { actor: null as Actor | null };

export function sessionModule() {
  return {
    currentActor: async () => fakeSession.actor,
    requireActor: async () => {
      // Next would redirect to the sign-in page; a test only needs to see that nothing ran.
      if (!fakeSession.actor) throw new Error("NEXT_REDIRECT to sign-in");
      return fakeSession.actor;
    },
  };
}
