import { createHash } from "node:crypto";

/** What is stored for an API key: its SHA-256, hex. The key itself is shown once and never kept. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}
