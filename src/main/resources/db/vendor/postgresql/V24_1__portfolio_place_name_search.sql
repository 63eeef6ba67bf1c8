-- A place is found by typing part of its name (Portfolio.placesNamed: lower(name) like '%text%').
-- A trigram index answers that from the index: 0.16 ms instead of 6.6 ms over the 11,051 places of
-- the national dataset, for every suggestion a picker shows as someone types. pg_trgm ships with
-- PostgreSQL and is a trusted extension: the database's owner may add it.
create extension if not exists pg_trgm;
create index ix_places_name_trigrams on places using gin (lower(name) gin_trgm_ops);
