-- Full-text indexes for searching inside a community; the queries repeat these exact expressions
-- (see PracticeWorks, Artifacts, GlossaryTerms) so that PostgreSQL uses them.
create index ix_practice_work_fts on practice_work using gin (to_tsvector('simple', title || ' ' || goal));
create index ix_artifacts_fts on artifacts using gin (to_tsvector('simple', title || ' ' || body));
create index ix_glossary_terms_fts on glossary_terms using gin (to_tsvector('simple', term || ' ' || meaning || ' ' || example));
