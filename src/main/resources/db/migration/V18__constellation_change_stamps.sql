-- The constellation reads the latest change of communities, memberships and practitioners about
-- once a second to know whether what it keeps still holds. Without these indexes each read scanned
-- every row (at national scale 270,000 memberships and 100,000 practitioners, 0.1 s a read).
create index ix_communities_updated_at on communities (updated_at);
create index ix_memberships_updated_at on memberships (updated_at);
create index ix_practitioners_updated_at on practitioners (updated_at);
