-- Community search keeps each row's words as a stored tsvector instead of a GIN index over the whole
-- table. Every search is inside one community, so PostgreSQL reads that community's rows by its
-- btree index and only tests their stored words. With the GIN indexes, a prepared search (a generic
-- plan) intersected the community's rows with every row in the country holding the word: 29,340
-- index entries for "family" among 200,000 threads, 5 ms a search where 40 rows are the community's,
-- and per-row to_tsvector of the body when the btree was chosen instead.
drop index ix_threads_fts;
alter table threads add column search_vector tsvector
    generated always as (to_tsvector('simple', title || ' ' || body)) stored;

drop index ix_replies_fts;
alter table replies add column search_vector tsvector
    generated always as (to_tsvector('simple', body)) stored;

drop index ix_practice_work_fts;
alter table practice_work add column search_vector tsvector
    generated always as (to_tsvector('simple', title || ' ' || goal)) stored;

drop index ix_artifacts_fts;
alter table artifacts add column search_vector tsvector
    generated always as (to_tsvector('simple', title || ' ' || body)) stored;

drop index ix_glossary_terms_fts;
alter table glossary_terms add column search_vector tsvector
    generated always as (to_tsvector('simple', term || ' ' || meaning || ' ' || example)) stored;
