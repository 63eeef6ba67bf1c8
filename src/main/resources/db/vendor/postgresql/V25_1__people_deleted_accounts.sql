-- The accounts deleted here, which a steward keeps before a restore and counts on /steward/deletions:
-- without an index every account was read (43 ms at national scale, 100,000 accounts); a partial
-- index holds only the deleted ones (0.03 ms). PostgreSQL only: H2 has no partial indexes, and an
-- embedded database holds a few hundred accounts.
create index ix_accounts_deleted on accounts (id, deleted_at) where deleted_at is not null;
