-- Full-text indexes that only PostgreSQL has; H2 searches with LIKE (see shared/TextSearch).
-- Each module adds its own numbered file here, next to its portable migration.
select 1;
