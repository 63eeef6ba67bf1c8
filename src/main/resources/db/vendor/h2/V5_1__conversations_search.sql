-- H2 searches threads and replies with LIKE (see shared/TextSearch).
select 1;
