import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's baseline (19 MiB, 2 passes): slow enough to blunt offline guessing of a
// leaked table, fast enough that sign-in stays snappy on a small server.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (an ambient const enum, not importable under isolatedModules) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password for storage (PHC string with its own salt and parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Constant-time check of a password against a stored hash; a malformed hash is a mismatch. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash to verify against when the username does not exist, so that a missing account takes as
 * long to refuse as a wrong password (no username enumeration by timing).
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-" + Math.random());
  return dummyHash;
}
