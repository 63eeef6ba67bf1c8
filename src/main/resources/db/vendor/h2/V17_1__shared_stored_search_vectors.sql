-- H2 searches with LIKE (see shared/TextSearch); the stored search vectors are PostgreSQL's.
select 1;
