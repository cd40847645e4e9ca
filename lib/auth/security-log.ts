import type { Db, Tx } from "@/lib/db/client";
import type { SecurityEventType } from "@/lib/generated/prisma/enums";
import { loggedAddress } from "@/lib/http/request-address";

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

/** Who is calling: the client's address by the one rule of lib/http/client-address.ts, and the browser. */
export function requestMetaFromHeaders(headers: Headers): RequestMeta {
  return { ip: loggedAddress(headers), userAgent: headers.get("user-agent") };
}
