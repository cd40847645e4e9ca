import type { Tx } from "@/lib/db/client";

/** The event name of a status as a callback gives it: "copy-request.signed". */
export const callbackEvent = (status: string) => `copy-request.${status.toLowerCase()}`;

/**
 * Writes the callback of a request's status change into the outbox, inside the transaction that
 * makes the change, so a change and its notice are kept or lost together. One statement, which
 * inserts nothing unless the request was filed by an API client that has a callback URL (a counter
 * request costs nothing more). The status is the one the API shows: REVOKED once the document is
 * revoked (the workflow status then stays where it was). The body is fixed here, as it will be
 * signed and sent: { event, requestId, dossierCode, status, at }.
 */
export async function enqueueStatusCallback(tx: Tx, copyRequestId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "api_callbacks" ("id", "apiClientId", "requestId", "event", "body", "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid()::text, r."apiClientId", r."id", 'copy-request.' || lower(s."status"),
           json_build_object('event', 'copy-request.' || lower(s."status"), 'requestId', r."id", 'dossierCode', r."dossierCode", 'status', s."status",
                             'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text,
           (clock_timestamp() AT TIME ZONE 'UTC'), (clock_timestamp() AT TIME ZONE 'UTC')
      FROM "civil_requests" r
      JOIN "api_clients" c ON c."id" = r."apiClientId" AND c."callbackUrl" IS NOT NULL
      CROSS JOIN LATERAL (
        SELECT CASE WHEN EXISTS (SELECT 1 FROM "issued_documents" d WHERE d."requestId" = r."id" AND d."revokedAt" IS NOT NULL)
                    THEN 'REVOKED' ELSE r."status"::text END AS "status"
      ) s
     WHERE r."id" = ${copyRequestId}`;
}
