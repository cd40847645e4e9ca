import { randomInt } from "node:crypto";
import { hostname } from "node:os";

const BLOCK = 36 ** 4;
const pad4 = (n: number) => n.toString(36).padStart(4, "0").slice(-4);
const FINGERPRINT = pad4(process.pid).slice(-2) + pad4([...hostname()].reduce((sum, ch) => sum + ch.charCodeAt(0), hostname().length + 36)).slice(-2);
let counter = randomInt(BLOCK);

/**
 * A row id of the same shape as Prisma's cuid() (the schema's @default(cuid())): "c", the time, a
 * counter, a fingerprint of this process and randomness, in base 36 (25 characters). For rows
 * inserted in SQL, where Prisma's client does not fill the id in.
 */
export function newId(): string {
  counter = (counter + 1) % BLOCK;
  return `c${Date.now().toString(36)}${pad4(counter)}${FINGERPRINT}${pad4(randomInt(BLOCK))}${pad4(randomInt(BLOCK))}`;
}
