-- The request id (x-request-id) of the HTTP request that caused the look, so that an access-log row
-- can be matched with the application's log lines and with the national system's own log of the
-- call. Nullable: rows written before it, by background jobs or by scripts have none.
-- Added on the partitioned parent, which adds it to every partition. The application role's
-- table-level SELECT and INSERT grants on "access_log" cover the new column; it cannot update it.
ALTER TABLE "access_log" ADD COLUMN "requestId" TEXT;
