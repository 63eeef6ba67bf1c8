-- The gatherings a person proposed, for their download and for the participation a community
-- suggests to them: without an index each asked all 40,000 gatherings of a national constellation
-- (9 ms on every download of one's data).
create index ix_gatherings_proposed_by on gatherings (proposed_by, starts_at);
