-- Who convenes what: the list of social artists, whether someone convenes any community, and the
-- count of conveners read the active conveners' memberships only (7,442 of 270,427 at national
-- scale), from the index alone.
create index ix_memberships_conveners on memberships (convener, status, practitioner_id);
