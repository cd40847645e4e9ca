import type { Db, Tx } from "@/lib/db/client";
import type { SecurityEventType } from "@/lib/generated/prisma/enums";

/** Who is calling, as far as the request tells. */
export type RequestMeta = { ip: string | null; userAgent: string | null };

/** Appends one row to the security log (sign-in, failure, lock, sign-out). */
export async function recordSecurityEvent(
  db: Db | Tx,
  event: { type: SecurityEventType; username?: string | null; userId?: string | null; detail?: string },
  meta: RequestMeta,
): Promise<void> {
  await db.securityEvent.create({
    data: {
      type: event.type,
      username: event.username ?? null,
      userId: event.userId ?? null,
      detail: event.detail ?? null,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 512) ?? null,
    },
  });
}

/**
 * The client's address from the proxy headers. The first X-Forwarded-For hop is the client as the
 * outermost proxy saw it; behind the province's reverse proxy that is the only trustworthy value.
 */
export function requestMetaFromHeaders(headers: Headers): RequestMeta {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip") || null;
  return { ip, userAgent: headers.get("user-agent") };
}
