import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestStatus } from "@/lib/generated/prisma/enums";

/**
 * What a request's status reads. The workflow status of a request whose document was revoked stays
 * where it was (SIGNED, ISSUED or DELIVERED: nothing moves it further), but it must read "Đã thu hồi"
 * wherever it is shown, never "Chờ trả kết quả" (issue 12, item 7).
 */
export type DisplayStatus = RequestStatus | "REVOKED";

export const DISPLAY_STATUSES = ["RECEIVED", "PREPARED", "SIGNED", "ISSUED", "DELIVERED", "REFUSED", "REVOKED"] as const satisfies readonly DisplayStatus[];

export function displayStatus(request: { status: RequestStatus }, document: { revokedAt: Date | null } | null | undefined): DisplayStatus {
  return document?.revokedAt ? "REVOKED" : request.status;
}

/** Requests whose (latest, and only) document was revoked. */
export const REVOKED_WHERE = { documents: { some: { revokedAt: { not: null } } } } satisfies Prisma.CivilRequestWhereInput;
export const NOT_REVOKED_WHERE = { documents: { none: { revokedAt: { not: null } } } } satisfies Prisma.CivilRequestWhereInput;

/** The where-clause of a status filter as the lists show statuses: REVOKED apart from the others. */
export function displayStatusWhere(status: DisplayStatus | undefined): Prisma.CivilRequestWhereInput {
  if (!status) return {};
  return status === "REVOKED" ? REVOKED_WHERE : { status, ...NOT_REVOKED_WHERE };
}
