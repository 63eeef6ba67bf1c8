-- A community's members, a page at a time in the order the page and the API list them (conveners
-- first, then by participation, then as they joined): the largest community at national scale has
-- 2,830 active members, and each page sorted all of them (4.5 ms); in this order a page reads its
-- thirty (0.12 ms, EXPLAIN ANALYZE).
create index ix_memberships_members_page on memberships (community_id, status, convener desc, participation, id);
