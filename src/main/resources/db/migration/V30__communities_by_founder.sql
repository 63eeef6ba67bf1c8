-- The communities a person convened first, for their download: without an index each download read
-- all 5,000 communities of a national constellation (2 ms).
create index ix_communities_created_by on communities (created_by, created_at);
