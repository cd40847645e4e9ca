/**
 * The numbers of two-factor sign-in, in a module without server imports so that the sign-in form's
 * texts can say them: an authenticator code has `codeDigits` digits; enrolment gives
 * `recoveryCodeCount` one-time recovery codes.
 */
export const TWO_FACTOR_POLICY = { codeDigits: 6, recoveryCodeCount: 10 } as const;

/** An authenticator code as typed: exactly `codeDigits` digits. */
export const isAuthenticatorCode = (code: string): boolean => new RegExp(`^\\d{${TWO_FACTOR_POLICY.codeDigits}}$`).test(code);
