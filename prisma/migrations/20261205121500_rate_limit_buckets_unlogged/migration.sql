-- Rate-limit counters need no crash durability (a lost window only forgets a minute of hits), and the
-- system API's per-key bucket is one row that every lookup with that key updates: as a logged table,
-- each hit held the row lock through a WAL flush, so the key's lookups queued behind the disk.
-- Writes to an unlogged table commit without a flush. (PostgreSQL empties an unlogged table after a
-- crash: every limit starts over.)
ALTER TABLE "rate_limit_buckets" SET UNLOGGED;
