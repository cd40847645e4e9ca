/** Sign-in policy. Kept in one place so that the rule, the messages and the tests agree. */
export const SIGN_IN_POLICY = {
  /** Consecutive failed passwords that lock an account. */
  maxFailedAttempts: 5,
  /** How long a lock lasts. */
  lockMinutes: 15,
  /** A session ends after this much inactivity. */
  idleTimeoutSeconds: 8 * 60 * 60,
} as const;
