import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { AuditConfig } from "@/lib/server/env";

/** The checkpoint signer's key pair. `demo` marks a key generated outside production. */
export type AuditKeys = { privateKey: KeyObject; publicKey: KeyObject; keyId: string; demo: boolean };

/** Where `npm run dev` keeps its generated demo key, so checkpoints survive a restart. */
export const DEMO_KEY_PATH = ".data/audit-demo-signing-key.pem";

/** PEM as is (`\n` escapes allowed, as env files often hold one line), else base64 of DER. */
function keyInput<T extends "pkcs8" | "spki">(text: string, type: T) {
  const trimmed = text.trim().replace(/\\n/g, "\n");
  return trimmed.startsWith("-----") ? { key: trimmed, format: "pem" as const } : { key: Buffer.from(trimmed, "base64"), format: "der" as const, type };
}

function assertEd25519(key: KeyObject, name: string): KeyObject {
  if (key.asymmetricKeyType !== "ed25519") throw new Error(`${name} must be an Ed25519 key, not ${key.asymmetricKeyType ?? "a symmetric key"}`);
  return key;
}

export function parsePrivateKey(text: string, name = "AUDIT_SIGNING_KEY"): KeyObject {
  try {
    return assertEd25519(createPrivateKey(keyInput(text, "pkcs8")), name);
  } catch (error) {
    throw new Error(`${name} is not a readable Ed25519 private key: ${(error as Error).message}`);
  }
}

export function parsePublicKey(text: string, name = "AUDIT_VERIFY_KEY"): KeyObject {
  try {
    if (text.includes("PRIVATE")) throw new Error("this is a private key: give the verifier the public key only");
    return assertEd25519(createPublicKey(keyInput(text, "spki")), name);
  } catch (error) {
    throw new Error(`${name} is not a readable Ed25519 public key: ${(error as Error).message}`);
  }
}

/** A short fingerprint of the public key, stored with each checkpoint to tell keys apart after a rotation. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex").slice(0, 16);
}

/** A new pair as base64 DER, the one-line form the environment variables take. */
export function generateAuditKeyPair(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKey: privateKey.export({ type: "pkcs8", format: "der" }).toString("base64"),
    publicKey: publicKey.export({ type: "spki", format: "der" }).toString("base64"),
  };
}

function keysOf(privateKey: KeyObject, demo: boolean): AuditKeys {
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey), demo };
}

/**
 * The signing key: AUDIT_SIGNING_KEY, which production requires (lib/server/env.ts). Elsewhere a demo key
 * is generated: kept in .data/ by development (so a restart can still verify its checkpoints), in
 * memory under test. A demo key proves nothing: whoever can read .data/ can sign with it.
 */
export function loadSigningKeys(config: Pick<AuditConfig, "signingKey" | "nodeEnv">, demoKeyPath: string = DEMO_KEY_PATH): AuditKeys {
  if (config.signingKey) return keysOf(parsePrivateKey(config.signingKey), false);
  if (config.nodeEnv === "production") throw new Error("AUDIT_SIGNING_KEY is required in production");
  const g = globalThis as unknown as { __hoTichDemoAuditKey?: KeyObject };
  if (config.nodeEnv === "test") return keysOf((g.__hoTichDemoAuditKey ??= generateKeyPairSync("ed25519").privateKey), true);
  if (!existsSync(/*turbopackIgnore: true*/ demoKeyPath)) {
    mkdirSync(dirname(demoKeyPath), { recursive: true });
    writeFileSync(demoKeyPath, generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }), { flag: "wx", mode: 0o600 });
    chmodSync(demoKeyPath, 0o600);
  }
  return keysOf(parsePrivateKey(readFileSync(/*turbopackIgnore: true*/ demoKeyPath, "utf8"), demoKeyPath), true);
}

/** The key audit:verify checks with: AUDIT_VERIFY_KEY, else the public half of the signing key. */
export function loadVerifyKey(config: Pick<AuditConfig, "signingKey" | "verifyKey" | "nodeEnv">): KeyObject {
  if (config.verifyKey) return parsePublicKey(config.verifyKey);
  return loadSigningKeys(config).publicKey;
}
