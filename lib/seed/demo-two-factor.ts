/**
 * The TOTP secret of every demo account that must use two-factor sign-in (admin, stp.canbo and the
 * signers). PUBLIC on purpose — it is in this file and in the README — so that demos and the e2e
 * suite can sign in (tests/e2e/helpers/session.ts computes the code from it). Production accounts
 * are never seeded: each enrols its own secret at its first sign-in.
 */
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
