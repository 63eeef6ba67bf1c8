-- H2 has no full-text index of the PostgreSQL kind: search uses LIKE (see shared/TextSearch).
select 1;
