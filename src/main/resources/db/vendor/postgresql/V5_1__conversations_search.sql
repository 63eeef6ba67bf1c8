-- Full-text search of threads and replies; the expressions match those in Threads and Replies.
create index ix_threads_fts on threads using gin (to_tsvector('simple', title || ' ' || body));
create index ix_replies_fts on replies using gin (to_tsvector('simple', body));
