import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

export const ROLES = [
  "COMMUNE_OFFICER",
  "COMMUNE_SIGNER",
  "PROVINCIAL_OFFICER",
  "AGENCY_USER",
  "ADMINISTRATOR",
] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
