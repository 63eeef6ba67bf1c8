-- What the generator made: rows per table, how memberships and posts are spread, the database's size.
\pset footer off
select t.relname as "table", t.n_live_tup as "rows"
from pg_stat_user_tables t
where t.n_live_tup > 0 and t.relname <> 'flyway_schema_history'
order by t.n_live_tup desc, t.relname;

select l.name as level, count(*) as places from places p join levels l on l.id = p.level_id group by l.name, l.rank order by l.rank;

with per_person as (
  select p.id, count(m.id) filter (where m.status = 'ACTIVE') as n
  from practitioners p join accounts a on a.id = p.account_id
  left join memberships m on m.practitioner_id = p.id
  where a.email like 'p%@national.example.org'
  group by p.id)
select round(avg(n), 2) as "active memberships per practitioner, mean",
       percentile_disc(0.5) within group (order by n) as p50,
       percentile_disc(0.9) within group (order by n) as p90,
       percentile_disc(0.99) within group (order by n) as p99,
       max(n) as max,
       round(100.0 * count(*) filter (where n = 0) / count(*), 1) as "% in none"
from per_person;

with per_community as (
  select c.id, count(m.id) filter (where m.status = 'ACTIVE') as members,
         (select count(*) from threads t where t.community_id = c.id) as threads,
         (select coalesce(sum(t.reply_count), 0) from threads t where t.community_id = c.id) as replies,
         c.last_activity_at,
         (select count(distinct pl.level_id) from community_places cp join places pl on pl.id = cp.place_id
           where cp.community_id = c.id) as levels
  from communities c left join memberships m on m.community_id = c.id
  group by c.id)
select percentile_disc(0.5) within group (order by members) as "members p50",
       percentile_disc(0.99) within group (order by members) as "members p99",
       max(members) as "members max",
       percentile_disc(0.5) within group (order by threads + replies) as "posts p50",
       percentile_disc(0.99) within group (order by threads + replies) as "posts p99",
       max(threads + replies) as "posts max",
       round(100.0 * count(*) filter (where levels > 1) / count(*), 1) as "% cross-level",
       round(100.0 * count(*) filter (where last_activity_at < now() - interval '60 days') / count(*), 1) as "% quiet 60+ days"
from per_community;

select stage, count(*) as communities from communities group by stage order by min(array_position(
  array['POTENTIAL','COALESCING','MATURING','STEWARDSHIP','TRANSFORMATION']::varchar[], stage));

select count(*) filter (where starts_at < now()) as "gatherings past", count(*) filter (where starts_at >= now()) as "gatherings ahead",
       (select count(*) from gathering_attendance) as attendance
from gatherings;

select pg_size_pretty(pg_database_size(current_database())) as "database size",
       pg_database_size(current_database()) as bytes;

-- what the map links: pairs of communities with an active member in common
with a as (select community_id as c, practitioner_id as p from memberships where status = 'ACTIVE'),
pairs as (select x.c, y.c as d, count(*) as shared from a x join a y on x.p = y.p and x.c < y.c group by x.c, y.c)
select count(*) as "community pairs sharing a member", count(*) filter (where shared >= 2) as "sharing 2 or more",
       count(*) filter (where shared >= 5) as "sharing 5 or more"
from pairs;
