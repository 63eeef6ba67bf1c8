-- A national-scale constellation for an EMPTY database that the app's Flyway migrations have built.
--
--   psql -h 127.0.0.1 -U postgres -d <database> -v n=100000 -v seed=1 -f bench/national/generate.sql
--
-- n is the number of practitioners; everything else is in proportion to the full size (n=100000):
-- 1 nation, 50 states, 1,000 districts and 10,000 schools; 5,000 communities; 200,000 threads and
-- 800,000 replies (1,000,000 posts); 40,000 gatherings. The portfolio (40 issues, 18 of them with
-- sub-issues) is the same at every size. 5,000 active learning partnerships of three (practitioners
-- 3k-2, 3k-1 and 3k are the partners of partnership k), each with its opening, a weekly cadence and
-- eight held sessions. At n=1000 that is 1 state, 10 districts, 100 schools and
-- 50 communities; at n=10000, 5 states (the most populous), 100 districts, 1,000 schools.
--
-- Every random draw is a hash of (seed, the row's key, a number for the draw) (pg_temp.u below), not
-- a call to random(): the same seed gives the same rows whatever order PostgreSQL evaluates them in.
-- Dates are relative to the minute the generator runs (the last two years up to then, gatherings up
-- to 90 days ahead).
--
-- Sign-ins (password "constellation" for everyone, the app's BCrypt hash of it below):
--   steward@national.example.org (MEMBER, STEWARD), token cst_national_steward_bench_token_0001
--   sponsor@national.example.org (SPONSOR),         token cst_national_sponsor_bench_token_0001
--   p<id>@national.example.org, practitioners 1..n (MEMBER)
--
-- All of it runs in one transaction: it either fills the database or leaves it as it was.

\set ON_ERROR_STOP on
\if :{?n}
\else
\set n 1000
\endif
\if :{?seed}
\else
\set seed 1
\endif

set client_min_messages = warning;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
\timing off

begin;

do $$
begin
    if exists (select 1 from practitioners) or exists (select 1 from places) or exists (select 1 from issues) then
        raise exception 'The database is not empty: the generator fills a freshly migrated database only';
    end if;
end $$;

-- u(key, draw): a uniform number in [0, 1), the same for the same seed, key and draw.
select format($f$create function pg_temp.u(k bigint, salt int) returns float8 language sql immutable parallel safe
  as 'select ((hashint8extended(k, %s::bigint * 1000003 + salt) >> 11) & 9007199254740991)::float8 / 9007199254740992.0'$f$,
  :seed::bigint) \gexec

create temp table p as
select :n::int as n,
       greatest(1, round(50 * :n::numeric / 100000))::int as states,
       greatest(1, round(1000 * :n::numeric / 100000))::int as districts,
       greatest(10, round(10000 * :n::numeric / 100000))::int as schools,
       greatest(5, round(5000 * :n::numeric / 100000))::int as communities,
       round(200000 * :n::numeric / 100000)::int as threads,
       round(800000 * :n::numeric / 100000)::int as replies,
       round(40000 * :n::numeric / 100000)::int as gatherings,
       date_trunc('minute', now()) as t0,
       '{bcrypt}$2a$10$QS.PNBjVXTy/I.OVubH4pObzTviSqy8F7A2f7AUcbv3VoeS1HROke'::text as password_hash;

-- Loading is faster without the secondary indexes: keep their definitions, drop them, and build
-- them again at the end (the primary keys and unique constraints stay, and check every row).
create temp table kept_indexes as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
from pg_index i
join pg_class t on t.oid = i.indrelid
join pg_namespace s on s.oid = t.relnamespace
where s.nspname = current_schema()
  and t.relname in ('practitioners', 'practitioner_stakeholder_groups', 'practitioner_concerns', 'memberships',
                    'threads', 'replies', 'gatherings', 'gathering_attendance', 'gathering_rsvps',
                    'community_issues', 'community_places', 'community_stage_changes', 'places')
  and not i.indisprimary
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);
select format('drop index %s', name) from kept_indexes \gexec

-- ---------------------------------------------------------------------------------------------
-- The portfolio: places, issues
-- ---------------------------------------------------------------------------------------------

create temp table lv as
select (select id from levels where rank = 1) as nation, (select id from levels where rank = 2) as state,
       (select id from levels where rank = 3) as district, (select id from levels where rank = 4) as school;

create temp table state_list (pos int, name text, zone text, weight float8);
insert into state_list values
 (1,'California','America/Los_Angeles',39.5),(2,'Texas','America/Chicago',29.1),(3,'Florida','America/New_York',21.5),
 (4,'New York','America/New_York',20.2),(5,'Pennsylvania','America/New_York',13.0),(6,'Illinois','America/Chicago',12.8),
 (7,'Ohio','America/New_York',11.8),(8,'Georgia','America/New_York',10.7),(9,'North Carolina','America/New_York',10.4),
 (10,'Michigan','America/Detroit',10.1),(11,'New Jersey','America/New_York',9.3),(12,'Virginia','America/New_York',8.6),
 (13,'Washington','America/Los_Angeles',7.7),(14,'Arizona','America/Phoenix',7.2),(15,'Massachusetts','America/New_York',7.0),
 (16,'Tennessee','America/Chicago',6.9),(17,'Indiana','America/Indiana/Indianapolis',6.8),(18,'Maryland','America/New_York',6.2),
 (19,'Missouri','America/Chicago',6.2),(20,'Wisconsin','America/Chicago',5.9),(21,'Colorado','America/Denver',5.8),
 (22,'Minnesota','America/Chicago',5.7),(23,'South Carolina','America/New_York',5.1),(24,'Alabama','America/Chicago',5.0),
 (25,'Louisiana','America/Chicago',4.7),(26,'Kentucky','America/New_York',4.5),(27,'Oregon','America/Los_Angeles',4.2),
 (28,'Oklahoma','America/Chicago',4.0),(29,'Connecticut','America/New_York',3.6),(30,'Utah','America/Denver',3.3),
 (31,'Iowa','America/Chicago',3.2),(32,'Nevada','America/Los_Angeles',3.1),(33,'Arkansas','America/Chicago',3.0),
 (34,'Mississippi','America/Chicago',3.0),(35,'Kansas','America/Chicago',2.9),(36,'New Mexico','America/Denver',2.1),
 (37,'Nebraska','America/Chicago',2.0),(38,'Idaho','America/Boise',1.8),(39,'West Virginia','America/New_York',1.8),
 (40,'Hawaii','Pacific/Honolulu',1.5),(41,'New Hampshire','America/New_York',1.4),(42,'Maine','America/New_York',1.4),
 (43,'Rhode Island','America/New_York',1.1),(44,'Montana','America/Denver',1.1),(45,'Delaware','America/New_York',1.0),
 (46,'South Dakota','America/Chicago',0.9),(47,'North Dakota','America/Chicago',0.8),(48,'Alaska','America/Anchorage',0.7),
 (49,'Vermont','America/New_York',0.6),(50,'Wyoming','America/Denver',0.6);
delete from state_list where pos > (select states from p);

create temp table words (kind text, pos int, w text);
insert into words select 'town', ordinality, w from unnest(string_to_array(
 'Ashland,Bayview,Bear Creek,Bellmont,Brookfield,Cedar Falls,Centerville,Clearwater,Clinton,Columbia,Crestwood,'
 'Eastfield,Elm Grove,Fairview,Franklin,Glenwood,Granite,Greenville,Hamilton,Harmony,Highland,Hillsboro,Jackson,'
 'Jefferson,Kingston,Lakeside,Lincoln,Madison,Maple Valley,Marion,Meadowbrook,Milford,Monroe,Mount Vernon,Newport,'
 'Northgate,Oak Ridge,Oakdale,Pine Bluff,Pleasant Hill,Prairie View,Quarry,Red Oak,Richmond,Ridgeview,River Bend,'
 'Riverside,Rockport,Salem,Shelby,Silver Lake,Springfield,Stone Creek,Summit,Sunnyvale,Three Rivers,Union,Valley Forge,'
 'Warren,Washington,Wayne,Westfield,Willow Creek,Winchester', ',')) with ordinality as t(w, ordinality);
insert into words select 'school', ordinality, w from unnest(string_to_array(
 'Adams,Aspen,Banneker,Birch,Carver,Cedar,Chavez,Clemente,Douglass,Eagle,Edison,Emerson,Evergreen,Garfield,Grant,'
 'Harbor,Hawthorne,Hillcrest,Hoover,Irving,Keller,King,Lakeview,Longfellow,Magnolia,Mann,Maple,Meadow,Mission,Monarch,'
 'Northside,Oak Grove,Orchard,Parks,Pioneer,Redwood,Ridge,Roosevelt,Sequoia,Sojourner Truth,Southside,Stevenson,'
 'Sunrise,Sunset,Thoreau,Tubman,Twain,Valley,Westwood,Whitman,Willow', ',')) with ordinality as t(w, ordinality);
insert into words select 'kind', ordinality, w from unnest(array['Elementary School','Elementary School','Elementary School',
 'Elementary School','Elementary School','Middle School','Middle School','High School','High School','Early Learning Center',
 'Transition Program']) with ordinality as t(w, ordinality);
insert into words select 'first', ordinality, w from unnest(string_to_array(
 'Aaliyah,Aiden,Alex,Amara,Ana,Andre,Ava,Ben,Camila,Carlos,Chen,Chloe,Daniel,Deja,Diego,Elena,Eli,Emma,Farah,Grace,'
 'Hana,Hector,Imani,Isaac,Jada,James,Jamal,Jin,Jordan,Kai,Kenji,Laila,Leo,Lucia,Luis,Maya,Mei,Mohammed,Nadia,Nia,Noah,'
 'Olivia,Omar,Priya,Quinn,Rafael,Riley,Rosa,Sam,Sara,Sofia,Tariq,Theo,Uma,Valeria,Wei,Xavier,Yara,Yusuf,Zoe', ','))
 with ordinality as t(w, ordinality);
insert into words select 'last', ordinality, w from unnest(string_to_array(
 'Abbott,Ahmed,Alvarez,Baker,Begay,Brooks,Campbell,Castillo,Chen,Cohen,Cruz,Davis,Diaz,Edwards,Evans,Fischer,Flores,'
 'Garcia,Gonzalez,Gupta,Hall,Harris,Hernandez,Hill,Ito,Jackson,Johnson,Kim,Lee,Lopez,Martin,Martinez,Mitchell,Moore,'
 'Nakamura,Nguyen,Okafor,Olson,Ortiz,Patel,Perez,Phillips,Price,Ramirez,Reyes,Rivera,Robinson,Sanchez,Scott,Shah,'
 'Singh,Smith,Tanaka,Thomas,Torres,Tran,Walker,Washington,White,Williams,Wilson,Wright,Yazzie,Young', ','))
 with ordinality as t(w, ordinality);

-- places: the nation is id 1, then the states, the districts and the schools
insert into places (id, name, level_id, parent_id)
select 1, 'United States', nation, null from lv;

insert into places (id, name, level_id, parent_id)
select 1 + s.pos, s.name, lv.state, 1 from state_list s, lv;

-- districts go to states in proportion to their people
create temp table state_cum as
select array_agg(lo order by pos) as lo from (
  select pos, coalesce(sum(weight) over (order by pos rows between unbounded preceding and 1 preceding), 0)
              / sum(weight) over () as lo
  from state_list) s;

create temp table d as
select j, 1 + p.states + j as id,
       1 + width_bucket((j - 0.5) / p.districts, (select lo from state_cum)) as state_id,
       (select w from words where kind = 'town' and pos = 1 + floor(pg_temp.u(j, 1) * (select count(*) from words where kind = 'town'))::int) as town
from p, generate_series(1, p.districts) j;

insert into places (id, name, level_id, parent_id)
select d.id, d.town || ' School District'
       || case when row_number() over (partition by d.state_id, d.town order by d.j) > 1
               then ' ' || row_number() over (partition by d.state_id, d.town order by d.j) else '' end,
       lv.district, d.state_id
from d, lv;

create temp table sc as
select i, 1 + p.states + p.districts + i as id,
       1 + p.states + 1 + floor(pg_temp.u(i, 2) * p.districts)::int as district_id,
       (select w from words where kind = 'school' and pos = 1 + floor(pg_temp.u(i, 3) * (select count(*) from words where kind = 'school'))::int) as name,
       (select w from words where kind = 'kind' and pos = 1 + floor(pg_temp.u(i, 4) * (select count(*) from words where kind = 'kind'))::int) as kind
from p, generate_series(1, p.schools) i;

insert into places (id, name, level_id, parent_id)
select sc.id, sc.name || ' ' || sc.kind
       || case when row_number() over (partition by sc.district_id, sc.name, sc.kind order by sc.i) > 1
               then ' ' || row_number() over (partition by sc.district_id, sc.name, sc.kind order by sc.i) else '' end,
       lv.school, sc.district_id
from sc, lv;

-- chain: every place with the place at each level above it (null where the place is broader)
create temp table chain as
select pl.id, l.rank,
       case l.rank when 4 then pl.id end as school,
       case l.rank when 4 then pl.parent_id when 3 then pl.id end as district,
       case l.rank when 4 then dp.parent_id when 3 then pl.parent_id when 2 then pl.id end as state,
       1::bigint as nation
from places pl
join levels l on l.id = pl.level_id
left join places dp on dp.id = pl.parent_id;
create unique index on chain (id);
alter table chain add column zone text;
update chain c set zone = coalesce((select s.zone from state_list s where 1 + s.pos = c.state), 'America/New_York');

-- issues: 40, 18 of them at the top with 22 sub-issues
create temp table issue_list (pos int, name text, parent int, levels text);
insert into issue_list values
 (1,'Inclusive classrooms',null,'1234'),(2,'Family voice in IEP meetings',null,'234'),(3,'Transition to adult life',null,'1234'),
 (4,'Early childhood inclusion',null,'123'),(5,'Positive behavior support',null,'34'),(6,'Mental health and well-being',null,'1234'),
 (7,'Disproportionality',null,'123'),(8,'Workforce shortages',null,'123'),(9,'Data use for improvement',null,'123'),
 (10,'Universal Design for Learning',null,'34'),(11,'Assistive technology access',null,'234'),(12,'Rural service delivery',null,'23'),
 (13,'Self-advocacy and student voice',null,'34'),(14,'Dyslexia and literacy',null,'234'),(15,'English learners with disabilities',null,'234'),
 (16,'Dispute resolution',null,'12'),(17,'Autism supports',null,'34'),(18,'Funding and finance',null,'123'),
 (19,'Co-teaching',1,'4'),(20,'Paraprofessional roles',1,'34'),(21,'Interpreters at IEP meetings',2,'34'),
 (22,'Parent training and information',2,'23'),(23,'Employment after school',3,'234'),(24,'Postsecondary pathways',3,'23'),
 (25,'Part C to Part B transitions',4,'23'),(26,'Reducing restraint and seclusion',5,'234'),(27,'School discipline disparities',5,'34'),
 (28,'School-based counseling',6,'34'),(29,'Significant disproportionality in identification',7,'23'),
 (30,'Special educator retention',8,'23'),(31,'Grow-your-own teacher pipelines',8,'3'),(32,'State performance plans',9,'12'),
 (33,'Accessible instructional materials',10,'234'),(34,'Augmentative and alternative communication',11,'4'),
 (35,'Telepractice',12,'34'),(36,'Student-led IEPs',13,'4'),(37,'Structured literacy',14,'34'),(38,'Early screening',14,'34'),
 (39,'Bilingual evaluation',15,'34'),(40,'Mediation and facilitated IEPs',16,'23');

insert into issues (id, name, description, status, parent_id, created_at, updated_at)
select i.pos, i.name,
       'What practitioners across the constellation learn together about ' || lower(i.name)
       || ': what works, for whom, and what gets in the way.',
       case when pg_temp.u(i.pos, 10) < 0.1 then 'EMERGING' when pg_temp.u(i.pos, 10) < 0.95 then 'ACTIVE' else 'DORMANT' end,
       i.parent, p.t0 - interval '760 days', p.t0 - interval '760 days' + (pg_temp.u(i.pos, 11) * 700) * interval '1 day'
from issue_list i, p;

insert into issue_levels (issue_id, level_id)
select i.pos, l.id from issue_list i join levels l on position(l.rank::text in i.levels) > 0;

-- issue popularity: rank r weighs 1 / r^0.8 in a shuffled order
create temp table issue_cum as
select array_agg(lo order by pos) as lo, array_agg(pos order by pos) as ids from (
  select pos, coalesce(sum(w) over (order by pos rows between unbounded preceding and 1 preceding), 0) / sum(w) over () as lo
  from (select pos, 1 / power(row_number() over (order by pg_temp.u(pos, 12)), 0.8) as w from issue_list) x) y;

-- ---------------------------------------------------------------------------------------------
-- People
-- ---------------------------------------------------------------------------------------------

create temp table grp as
select id, name from stakeholder_groups;

-- the first stakeholder group by level of the home place: cumulative shares per level
create temp table grp_share (rank int, lo float8[], names text[]);
insert into grp_share values
 (4, '{0,0.50,0.72,0.80,0.88,0.96,0.99}', '{Educators,Families,Administrators,Students and self-advocates,Community and health professionals,Advocates,Researchers}'),
 (3, '{0,0.35,0.55,0.70,0.80,0.90,0.95}', '{Administrators,Educators,Community and health professionals,Families,Policymakers and officials,Advocates,Researchers}'),
 (2, '{0,0.25,0.50,0.70,0.80,0.90}', '{Policymakers and officials,Agency staff,Advocates,Administrators,Researchers,Families}'),
 (1, '{0,0.25,0.50,0.70,0.90}', '{Researchers,Agency staff,Policymakers and officials,Advocates,Administrators}');

-- pp: each practitioner's home, chain and the draws the rest of the generator uses
create temp table pp as
select x.id, x.home, c.rank, c.school, c.district, c.state, c.zone,
       g.names[width_bucket(pg_temp.u(x.id, 22), g.lo)] as first_group,
       -- memberships wanted: 8% none, most 1 to a few, 3% in many communities
       case when pg_temp.u(x.id, 23) < 0.08 then 0
            when pg_temp.u(x.id, 23) < 0.97 then least(12, 1 + floor(-ln(1 - pg_temp.u(x.id, 24)) * 2.0)::int)
            else 10 + floor(pg_temp.u(x.id, 24) * 30)::int end as k,
       p.t0 - (30 + pg_temp.u(x.id, 25) * 700) * interval '1 day' as created_at
from (
  select i as id,
         case when u < 0.72 then (select min(id) from chain where rank = 4) + floor(pg_temp.u(i, 21) * p.schools)::int
              when u < 0.90 then (select min(id) from chain where rank = 3) + floor(pg_temp.u(i, 21) * p.districts)::int
              when u < 0.98 then (select state from chain where id = (select min(id) from chain where rank = 3)
                                    + floor(pg_temp.u(i, 21) * p.districts)::int)
              else 1 end as home
  from p, generate_series(1, p.n) i, lateral (select pg_temp.u(i, 20) as u) r) x
cross join p
join chain c on c.id = x.home
join grp_share g on g.rank = c.rank;
create unique index on pp (id);

insert into accounts (id, email, password_hash, created_at)
select pp.id, 'p' || pp.id || '@national.example.org', p.password_hash, pp.created_at from pp, p;
insert into account_roles (account_id, role) select id, 'MEMBER' from pp;

insert into practitioners (id, account_id, display_name, practice_context, expertise, home_place_id, time_zone,
                           open_to_partnership, partnership_capacity, created_at, updated_at)
select pp.id, pp.id,
       (select w from words where kind = 'first' and pos = 1 + floor(pg_temp.u(pp.id, 30) * (select count(*) from words where kind = 'first'))::int) || ' '
       || (select w from words where kind = 'last' and pos = 1 + floor(pg_temp.u(pp.id, 31) * (select count(*) from words where kind = 'last'))::int),
       case pp.first_group
         when 'Educators' then 'I teach in an inclusive classroom and work with the specialists around my students.'
         when 'Families' then 'I am the parent of a child with a disability and take part in our school''s family council.'
         when 'Administrators' then 'I lead special education services and support the staff who deliver them.'
         when 'Students and self-advocates' then 'I speak for myself and help other students lead their own meetings.'
         when 'Community and health professionals' then 'I work with children and families as a therapist and counselor.'
         when 'Policymakers and officials' then 'I help shape and carry out policy on special education and inclusion.'
         when 'Advocates' then 'I help families understand their rights and work with schools as partners.'
         when 'Researchers' then 'I study what works in inclusive education and share it with practitioners.'
         else 'I support programs across agencies so that services reach the people who need them.' end,
       case when pg_temp.u(pp.id, 32) < 0.7 then 'Facilitation, co-planning, family partnership' else '' end,
       pp.home, pp.zone,
       pg_temp.u(pp.id, 33) < 0.6,
       case when pg_temp.u(pp.id, 33) < 0.6 then 1 + floor(pg_temp.u(pp.id, 34) * 2)::int else 0 end,
       pp.created_at, pp.created_at + pg_temp.u(pp.id, 35) * (p.t0 - pp.created_at)
from pp, p;

insert into practitioner_stakeholder_groups (practitioner_id, stakeholder_group_id)
select pp.id, grp.id from pp join grp on grp.name = pp.first_group;
insert into practitioner_stakeholder_groups (practitioner_id, stakeholder_group_id)
select pp.id, grp.id from pp join grp on grp.name = 'Families'
where pp.first_group <> 'Families' and pg_temp.u(pp.id, 36) < 0.15;

-- concerns: 2 to 4 draws of the portfolio's issues by popularity
insert into practitioner_concerns (practitioner_id, issue_id)
select distinct pp.id, ic.ids[width_bucket(pg_temp.u(pp.id * 8 + j, 40), ic.lo)]
from pp, issue_cum ic, generate_series(1, 4) j
where j <= 2 + floor(pg_temp.u(pp.id, 41) * 3)::int;

insert into practitioner_languages (practitioner_id, position, language)
select id, 0, case when pg_temp.u(id, 50) < 0.02 then 'Spanish' else 'English' end from pp;
insert into practitioner_languages (practitioner_id, position, language)
select id, 1, case when pg_temp.u(id, 50) >= 0.02 and pg_temp.u(id, 51) < 0.15 then 'Spanish'
                   else (array['Vietnamese','Navajo','Mandarin','Arabic','American Sign Language'])[1 + floor(pg_temp.u(id, 52) * 5)::int] end
from pp where (pg_temp.u(id, 50) >= 0.02 and pg_temp.u(id, 51) < 0.15) or pg_temp.u(id, 51) > 0.97;

insert into practitioner_affiliations (practitioner_id, position, name)
select pp.id, 0, case pp.rank when 1 then 'National Inclusive Education Initiative'
                              when 2 then pl.name || ' Department of Education' else pl.name end
from pp join places pl on pl.id = pp.home;

insert into availability_windows (practitioner_id, position, day_of_week, starts_at, ends_at)
select pp.id, j - 1,
       (array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY'])[1 + floor(pg_temp.u(pp.id * 4 + j, 60) * 5)::int],
       make_time(7 + floor(pg_temp.u(pp.id * 4 + j, 61) * 11)::int, 0, 0),
       make_time(7 + floor(pg_temp.u(pp.id * 4 + j, 61) * 11)::int + 1 + floor(pg_temp.u(pp.id * 4 + j, 62) * 2)::int, 0, 0)
from pp, generate_series(1, 2) j
where j <= 1 + floor(pg_temp.u(pp.id, 63) * 2)::int;

-- the steward (at the national place) and the sponsor, with known tokens
insert into accounts (id, email, password_hash, created_at)
select p.n + 1, 'steward@national.example.org', p.password_hash, p.t0 - interval '740 days' from p
union all select p.n + 2, 'sponsor@national.example.org', p.password_hash, p.t0 - interval '740 days' from p;
insert into account_roles (account_id, role)
select p.n + 1, r from p, unnest(array['MEMBER', 'STEWARD']) r union all select p.n + 2, 'SPONSOR' from p;
insert into practitioners (id, account_id, display_name, home_place_id, time_zone, created_at, updated_at)
select p.n + 1, p.n + 1, 'Morgan Ellis', 1, 'America/New_York', p.t0 - interval '740 days', p.t0 - interval '740 days' from p
union all
select p.n + 2, p.n + 2, 'Harriet Quinn', null, 'America/New_York', p.t0 - interval '740 days', p.t0 - interval '740 days' from p;
insert into practitioner_stakeholder_groups select p.n + 1, grp.id from p, grp where grp.name = 'Agency staff';
insert into access_tokens (account_id, name, token_hash, created_at)
select p.n + 1, 'benchmark', encode(sha256(convert_to('cst_national_steward_bench_token_0001', 'UTF8')), 'hex'), p.t0 from p
union all
select p.n + 2, 'benchmark', encode(sha256(convert_to('cst_national_sponsor_bench_token_0001', 'UTF8')), 'hex'), p.t0 from p;

-- ---------------------------------------------------------------------------------------------
-- Communities
-- ---------------------------------------------------------------------------------------------

-- cm: each community's anchor school (its places are on that school's chain), its levels (top..bottom
-- by rank), stage and activity profile
create temp table cm as
select c, anchor, top_rank, bottom_rank, stage, created_at, quiet_until, g, w_base
from (
  select c, anchor, top_rank, bottom_rank, stage,
         p.t0 - (case stage when 'POTENTIAL' then 10 + u_age * 170 when 'COALESCING' then 60 + u_age * 340
                              when 'MATURING' then 180 + u_age * 550 when 'STEWARDSHIP' then 300 + u_age * 430
                              else 400 + u_age * 330 end) * interval '1 day' as created_at,
         -- 70% active up to now, 20% quiet for 45 to 195 days, 10% for 200 to 600 days
         case when u_q < 0.7 then p.t0
              when u_q < 0.9 then p.t0 - (45 + pg_temp.u(c, 107) * 150) * interval '1 day'
              else p.t0 - (200 + pg_temp.u(c, 107) * 400) * interval '1 day' end as quiet_until,
         0.6 + pg_temp.u(c, 108) * 2.4 as g,
         (case stage when 'POTENTIAL' then 0.3 when 'COALESCING' then 1 when 'MATURING' then 1.5
                     when 'STEWARDSHIP' then 1.2 else 0.6 end) * least(30, power(1 - pg_temp.u(c, 109), -0.6)) as w_base
  from (
    select c, p.t0,
           (select min(id) from chain where rank = 4) + floor(pg_temp.u(c, 100) * p.schools)::int as anchor,
           case when pg_temp.u(c, 101) < 0.8 then lvl1 else top_x end as top_rank,
           case when pg_temp.u(c, 101) < 0.8 then lvl1 else top_x + span - 1 end as bottom_rank,
           (array['POTENTIAL','COALESCING','MATURING','STEWARDSHIP','TRANSFORMATION'])
             [width_bucket(pg_temp.u(c, 104), array[0, 0.15, 0.40, 0.70, 0.90])] as stage,
           pg_temp.u(c, 105) as u_age, pg_temp.u(c, 106) as u_q
    from p, generate_series(1, p.communities) c,
         lateral (select width_bucket(pg_temp.u(c, 102), array[0, 0.06, 0.30, 0.70]) as lvl1,
                         width_bucket(pg_temp.u(c, 103), array[0, 0.6, 0.9]) + 1 as span) a,
         lateral (select 1 + floor(pg_temp.u(c, 110) * (5 - span))::int as top_x) b) x, p) y;
create unique index on cm (c);
-- a community is never quiet since before it began
update cm set quiet_until = least((select t0 from p), greatest(quiet_until, created_at + interval '7 days'));

create temp table cm_places as
select cm.c, r.rank, case r.rank when 1 then ch.nation when 2 then ch.state when 3 then ch.district else ch.school end as place_id
from cm join chain ch on ch.id = cm.anchor
cross join lateral generate_series(cm.top_rank, cm.bottom_rank) as r(rank);
create index on cm_places (c);

-- conveners: 1 to 3 from the community's state (anyone for a national community)
create temp table state_people as
select state, array_agg(id order by id) as ids from pp group by state;

create temp table conv as
select distinct on (cm.c, pid) cm.c, j, pid
from cm join chain ch on ch.id = cm.anchor
left join state_people sp on sp.state = ch.state
cross join p
cross join generate_series(1, 3) j
cross join lateral (select case when cm.top_rank = 1 or sp.ids is null
                                then 1 + floor(pg_temp.u(cm.c * 4 + j, 120) * p.n)::int
                                else sp.ids[1 + floor(pg_temp.u(cm.c * 4 + j, 120) * cardinality(sp.ids))::int] end as pid) x
where j <= width_bucket(pg_temp.u(cm.c, 121), array[0, 0.6, 0.9])
order by cm.c, pid, j;
create index on conv (c);

create temp table noun (pos int, w text);
insert into noun values (1,'network'),(2,'circle'),(3,'community of practice'),(4,'learning community'),
 (5,'collaborative'),(6,'practice group'),(7,'roundtable'),(8,'forum');

create temp table cm_issues as
select distinct cm.c, ic.ids[width_bucket(pg_temp.u(cm.c * 4 + j, 130), ic.lo)] as issue_id
from cm, issue_cum ic, generate_series(1, 3) j
where j <= width_bucket(pg_temp.u(cm.c, 131), array[0, 0.5, 0.85]);
create index on cm_issues (c);

insert into communities (id, name, purpose, practice, visibility, join_policy, stage, created_by, created_at,
                         updated_at, last_activity_at)
select c, left(base, 110) || case when row_number() over (partition by left(base, 110) order by c) > 1
                                  then ' (' || row_number() over (partition by left(base, 110) order by c) || ')' else '' end,
       left('We work together on ' || lower(first_issue) || ' across ' || place_name
            || ': we bring our cases, try things in our own settings and tell each other what happened.', 500),
       case when pg_temp.u(c, 140) < 0.12 then ''
            else 'We meet every month, keep a running conversation between meetings, review one case together each '
                 || 'quarter and keep what we learn in our shared repertoire.' end,
       case when pg_temp.u(c, 141) < 0.85 then 'PUBLIC' else 'MEMBERS' end,
       (array['OPEN','REQUEST','INVITATION'])[width_bucket(pg_temp.u(c, 142), array[0, 0.4, 0.85])],
       stage, created_by, created_at, created_at, created_at
from (
  select cm.c, cm.stage, cm.created_at,
         (select pid from conv where conv.c = cm.c order by j limit 1) as created_by,
         i.name as first_issue, pl.name as place_name,
         i.name || ' ' || n.w || ', ' || pl.name as base
  from cm
  join lateral (select issue_id from cm_issues ci where ci.c = cm.c order by issue_id limit 1) fi on true
  join issues i on i.id = fi.issue_id
  join cm_places cp on cp.c = cm.c and cp.rank = cm.bottom_rank
  join places pl on pl.id = cp.place_id
  join noun n on n.pos = 1 + floor(pg_temp.u(cm.c, 143) * 8)::int) x;

insert into community_issues (community_id, issue_id) select c, issue_id from cm_issues;
insert into community_places (community_id, place_id) select c, place_id from cm_places;
insert into community_needed_levels (community_id, level_id)
select distinct cm.c, l.id from cm join levels l
  on l.rank between cm.top_rank and cm.bottom_rank or l.rank = 1 + floor(pg_temp.u(cm.c, 150) * 4)::int
where pg_temp.u(cm.c, 151) >= 0.1;
insert into community_stakeholder_groups (community_id, stakeholder_group_id)
select distinct cm.c, grp.id from cm, generate_series(1, 5) j, grp
where j <= 2 + floor(pg_temp.u(cm.c, 152) * 4)::int
  and grp.name = (array['Educators','Families','Administrators','Students and self-advocates',
                        'Community and health professionals','Policymakers and officials','Advocates','Researchers',
                        'Agency staff'])[width_bucket(pg_temp.u(cm.c * 8 + j, 153),
                                                      array[0, 0.25, 0.45, 0.58, 0.68, 0.77, 0.85, 0.91, 0.96])];
insert into community_activities (community_id, activity)
select distinct cm.c, (array['CONVERSATIONS','STORY_SHARING','CASE_REVIEWS','GATHERINGS','PRACTICE_WORK',
                             'SHARED_REPERTOIRE','PEER_VISITS','LEARNING_PARTNERSHIPS'])[1 + floor(pg_temp.u(cm.c * 8 + j, 160) * 8)::int]
from cm, generate_series(1, 4) j where j <= 2 + floor(pg_temp.u(cm.c, 161) * 3)::int;

-- every stage on the way to the current one, the first when the community began
insert into community_stage_changes (community_id, stage, note, changed_by, changed_at)
select cm.c, s.stage, case when s.pos = 1 then '' else 'We have grown into this stage.' end,
       (select pid from conv where conv.c = cm.c order by j limit 1),
       cm.created_at + (s.pos - 1) / 5.0 * (p.t0 - cm.created_at)
from cm, p, unnest(array['POTENTIAL','COALESCING','MATURING','STEWARDSHIP','TRANSFORMATION']) with ordinality as s(stage, pos)
where s.pos <= array_position(array['POTENTIAL','COALESCING','MATURING','STEWARDSHIP','TRANSFORMATION'], cm.stage);

-- ---------------------------------------------------------------------------------------------
-- Memberships
-- ---------------------------------------------------------------------------------------------

insert into memberships (community_id, practitioner_id, status, participation, why_here, convener, legitimacy,
                         created_at, updated_at)
select conv.c, conv.pid, 'ACTIVE', 'CORE', 'I started this community with colleagues who share the concern.', true,
       case when pg_temp.u(conv.c * 4 + conv.j, 170) < 0.9
            then 'I have worked on this for years and know the people who should be at the table.' else '' end,
       cm.created_at + (conv.j - 1) * interval '3 days', cm.created_at + (conv.j - 1) * interval '3 days'
from conv join cm on cm.c = conv.c;

-- the communities at each place, and the pool of broad communities (national, state, cross-level
-- up to a state) in a shuffled order that popularity draws from
create temp table place_comms as
select place_id, array_agg(c order by c) as ids from cm_places group by place_id;
create temp table pool as
select array_agg(c order by pg_temp.u(c, 180)) as ids from cm where top_rank <= 2;

-- each practitioner's k draws: 35% from the pool (popular first), 65% near home (the school, the
-- district, the state or the nation, going up where a place has no community)
create temp table slots as
select s.pid, s.i,
       case when s.u_mode < 0.35 or local_ids is null
            then pool.ids[1 + floor(power(s.u_pick, 2.2) * cardinality(pool.ids))::int]
            else local_ids[1 + floor(s.u_pick * cardinality(local_ids))::int] end as c
from (
  select pp.id as pid, i, pg_temp.u(pp.id * 64 + i, 190) as u_mode, pg_temp.u(pp.id * 64 + i, 192) as u_pick,
         case width_bucket(pg_temp.u(pp.id * 64 + i, 191), array[0, 0.3, 0.6, 0.85])
           when 1 then coalesce(ps.ids, pd.ids, pst.ids, pn.ids)
           when 2 then coalesce(pd.ids, pst.ids, pn.ids)
           when 3 then coalesce(pst.ids, pn.ids)
           else pn.ids end as local_ids
  from pp cross join lateral generate_series(1, pp.k) i
  left join place_comms ps on ps.place_id = pp.school
  left join place_comms pd on pd.place_id = pp.district
  left join place_comms pst on pst.place_id = pp.state
  left join place_comms pn on pn.place_id = 1) s, pool;

insert into memberships (community_id, practitioner_id, status, participation, why_here, created_at, updated_at)
select s.c, s.pid,
       (array['ACTIVE','LEFT','REQUESTED','INVITED','DECLINED'])[width_bucket(pg_temp.u(s.pid * 64 + s.i, 200),
                                                                               array[0, 0.90, 0.95, 0.98, 0.99])],
       (array['CORE','ACTIVE','OCCASIONAL','PERIPHERAL'])[width_bucket(pg_temp.u(s.pid * 64 + s.i, 201),
                                                                        array[0, 0.08, 0.25, 0.55])],
       case when pg_temp.u(s.pid * 64 + s.i, 202) < 0.5 then 'This is the work I do every day, and I want to learn from others who do it.' else '' end,
       greatest(cm.created_at, pp.created_at) + power(pg_temp.u(s.pid * 64 + s.i, 203), 1.5) * (p.t0 - greatest(cm.created_at, pp.created_at)),
       greatest(cm.created_at, pp.created_at) + power(pg_temp.u(s.pid * 64 + s.i, 203), 1.5) * (p.t0 - greatest(cm.created_at, pp.created_at))
from slots s join cm on cm.c = s.c join pp on pp.id = s.pid cross join p
on conflict (community_id, practitioner_id) do nothing;

-- ---------------------------------------------------------------------------------------------
-- Conversations: threads and replies
-- ---------------------------------------------------------------------------------------------

-- who writes in a community: its active members, the core four times, the active twice
create temp table authors as
select m.community_id as c, array_agg(m.practitioner_id order by m.practitioner_id, r) as ids
from memberships m
cross join lateral generate_series(1, case m.participation when 'CORE' then 4 when 'ACTIVE' then 2
                                                           when 'OCCASIONAL' then 1 else 0 end) r
where m.status = 'ACTIVE'
group by m.community_id;
create unique index on authors (c);

-- how much a community writes: its profile times the log of its size
create temp table cm_weight as
select array_agg(lo order by c) as lo from (
  select c, coalesce(sum(w) over (order by c rows between unbounded preceding and 1 preceding), 0) / sum(w) over () as lo
  from (select cm.c, cm.w_base * ln(2 + (select count(*) from memberships m where m.community_id = cm.c)) as w from cm) x) y;

create temp table th as
select t, c, created_at,
       (array['QUESTION','CHALLENGE','STORY','CASE_REVIEW','IDEA'])[width_bucket(pg_temp.u(t, 211), array[0, 0.35, 0.55, 0.75, 0.88])] as kind
from (
  select t, cm.c,
         least(cm.quiet_until, cm.created_at + interval '1 day')
         + power(pg_temp.u(t, 212), 1 / cm.g) * (cm.quiet_until - least(cm.quiet_until, cm.created_at + interval '1 day')) as created_at
  from p cross join generate_series(1, p.threads) t cross join cm_weight w
  join cm on cm.c = width_bucket(pg_temp.u(t, 210), w.lo)) x;

-- replies: weights skewed per thread, cut so that they add up to exactly the number asked for
create temp table th_replies as
select t, (floor(p.replies * cum / total) - floor(p.replies * (cum - w) / total))::int as replies
from (select t, w, sum(w) over (order by t) as cum, sum(w) over () as total
      from (select t, least(60, power(1 - pg_temp.u(t, 220), -0.8) - 1 + 0.05) as w from th) a) b, p;

create temp table rp as
select row_number() over (order by th.t, j) as id, th.t, th.c, j,
       th.created_at + power(pg_temp.u(th.t * 1000 + j, 230), 3)
         * (least(cm.quiet_until, th.created_at + interval '90 days') - th.created_at) as created_at
from th join th_replies r on r.t = th.t join cm on cm.c = th.c
cross join lateral generate_series(1, r.replies) j;

insert into threads (id, community_id, author_id, kind, title, body, body_html, reply_count, created_at, updated_at,
                     last_activity_at)
select th.t, th.c, a.ids[1 + floor(pg_temp.u(th.t, 240) * cardinality(a.ids))::int], th.kind,
       case th.kind
         when 'QUESTION' then 'How do you handle ' || lower(i.name) || ' when time is short?'
         when 'CHALLENGE' then 'A dilemma about ' || lower(i.name) || ' in our setting'
         when 'STORY' then 'What happened when we tried something new with ' || lower(i.name)
         when 'CASE_REVIEW' then 'Case review: a student, a family and ' || lower(i.name)
         else 'An idea for ' || lower(i.name) || ' next term' end,
       b.body, '<p>' || b.body || '</p>',
       r.replies, th.created_at, th.created_at, greatest(th.created_at, coalesce(lr.last, th.created_at))
from th
join authors a on a.c = th.c
join th_replies r on r.t = th.t
left join (select t, max(created_at) as last from rp group by t) lr on lr.t = th.t
join lateral (select issue_id from community_issues ci where ci.community_id = th.c
              order by pg_temp.u(th.t * 4 + ci.issue_id, 241) limit 1) ti on true
join issues i on i.id = ti.issue_id
cross join lateral (select (array['We have been trying this for a few weeks and would like to hear how others go about it.',
                                  'Our team sees this differently and we are stuck. What has worked where you are?',
                                  'Here is what we did, what surprised us and what we would change next time.',
                                  'I would welcome questions before anyone offers advice: there is more to it than it seems.'])
                           [1 + floor(pg_temp.u(th.t, 242) * 4)::int] as body) b;

insert into replies (id, thread_id, author_id, kind, body, body_html, helped, created_at, updated_at)
select rp.id, rp.t, a.ids[1 + floor(pg_temp.u(rp.id, 250) * cardinality(a.ids))::int],
       (array['BUILDS_ON','CLARIFYING_QUESTION','RESOURCE','REFLECTION'])[width_bucket(pg_temp.u(rp.id, 251), array[0, 0.45, 0.70, 0.85])],
       b.body, '<p>' || b.body || '</p>', pg_temp.u(rp.id, 252) < 0.05, rp.created_at, rp.created_at
from rp join authors a on a.c = rp.c
cross join lateral (select (array['And when we did the same, the family felt heard for the first time.',
                                  'What did the student say about it afterwards?',
                                  'Our state guidance has a checklist for this; it helped us start.',
                                  'Reading this, I notice how often we decide before we listen.',
                                  'And it worked better once the paraprofessionals were in the planning too.',
                                  'How long did it take before the team saw a difference?'])
                           [1 + floor(pg_temp.u(rp.id, 253) * 6)::int] as body) b;

-- ---------------------------------------------------------------------------------------------
-- Gatherings and who came
-- ---------------------------------------------------------------------------------------------

create temp table conv_arr as select c, array_agg(pid order by j) as ids from conv group by c;
create temp table cm_gweight as
select array_agg(lo order by c) as lo from (
  select c, coalesce(sum(w) over (order by c rows between unbounded preceding and 1 preceding), 0) / sum(w) over () as lo
  from (select c, sqrt(w_base) as w from cm) x) y;

create temp table ga as
select gid, c, proposer, zone, duration,
       date_trunc('hour', starts) as starts_at, date_trunc('hour', starts) + duration * interval '1 minute' as ends_at
from (
  select gid, cm.c, ca.ids[1 + floor(pg_temp.u(gid, 261) * cardinality(ca.ids))::int] as proposer,
         (array[60, 90, 120])[1 + floor(pg_temp.u(gid, 262) * 3)::int] as duration,
         case when pg_temp.u(gid, 263) < 0.2 and cm.quiet_until = p.t0
              then p.t0 + (1 + pg_temp.u(gid, 264) * 89) * interval '1 day'
              else cm.created_at + (0.05 + 0.95 * pg_temp.u(gid, 264)) * (cm.quiet_until - cm.created_at) end as starts
  from p cross join generate_series(1, p.gatherings) gid cross join cm_gweight w
  join cm on cm.c = width_bucket(pg_temp.u(gid, 260), w.lo)
  join conv_arr ca on ca.c = cm.c) x
cross join lateral (select time_zone as zone from practitioners where id = x.proposer) z;

insert into gatherings (id, community_id, title, starts_at, ends_at, time_zone, duration_minutes, place, online_link,
                        agenda, proposed_by, cancelled_at, reminder_sent_at, created_at, updated_at)
select ga.gid, ga.c,
       (array['Monthly conversation','Case review session','Story circle','Planning meeting','Peer visit debrief',
              'Open meeting'])[1 + floor(pg_temp.u(ga.gid, 270) * 6)::int],
       ga.starts_at, ga.ends_at, ga.zone, ga.duration,
       case when pg_temp.u(ga.gid, 271) < 0.3 then 'Room 12, district office' else '' end,
       case when pg_temp.u(ga.gid, 271) >= 0.3 then 'https://meet.example.org/g' || ga.gid else '' end,
       'Check-in; one case or story; what we take back to our settings.',
       ga.proposer,
       case when pg_temp.u(ga.gid, 272) < 0.03 then ga.starts_at - interval '2 days' end,
       -- reminders of the next two days count as sent, so starting the app mails nothing at once
       case when ga.starts_at <= p.t0 + interval '2 days' then least(p.t0, ga.starts_at - interval '1 day') end,
       ga.starts_at - interval '14 days', ga.starts_at - interval '14 days'
from ga, p;

create temp table members_arr as
select community_id as c, array_agg(practitioner_id order by practitioner_id) as ids
from memberships where status = 'ACTIVE' group by community_id;

insert into gathering_attendance (gathering_id, practitioner_id, recorded_by, recorded_at)
select ga.gid, x.pid, ga.proposer, least(p.t0, ga.ends_at + interval '1 day')
from ga join members_arr ma on ma.c = ga.c cross join p
cross join generate_series(1, 20) j
cross join lateral (select ma.ids[1 + floor(pg_temp.u(ga.gid * 32 + j, 280) * cardinality(ma.ids))::int] as pid) x
where ga.ends_at < p.t0 and pg_temp.u(ga.gid, 272) >= 0.03
  and j <= 3 + floor(pg_temp.u(ga.gid, 281) * 18)::int
on conflict (gathering_id, practitioner_id) do nothing;
-- the proposer was there too
insert into gathering_attendance (gathering_id, practitioner_id, recorded_by, recorded_at)
select ga.gid, ga.proposer, ga.proposer, least(p.t0, ga.ends_at + interval '1 day')
from ga, p where ga.ends_at < p.t0 and pg_temp.u(ga.gid, 272) >= 0.03
on conflict (gathering_id, practitioner_id) do nothing;

insert into gathering_rsvps (gathering_id, practitioner_id, response, responded_at)
select ga.gid, x.pid, (array['YES','YES','MAYBE','NO'])[1 + floor(pg_temp.u(ga.gid * 16 + j, 291) * 4)::int],
       p.t0 - pg_temp.u(ga.gid * 16 + j, 292) * interval '10 days'
from ga join members_arr ma on ma.c = ga.c cross join p
cross join generate_series(1, 10) j
cross join lateral (select ma.ids[1 + floor(pg_temp.u(ga.gid * 16 + j, 290) * cardinality(ma.ids))::int] as pid) x
where ga.starts_at > p.t0 and j <= 2 + floor(pg_temp.u(ga.gid, 293) * 9)::int
on conflict (gathering_id, practitioner_id) do nothing;

-- ---------------------------------------------------------------------------------------------
-- Learning partnerships: n / 20 active ones of three partners each (practitioners 3k-2, 3k-1 and
-- 3k are the partners of partnership k, so p1, p2 and p3 share partnership 1), the default opening
-- answered by everyone, a weekly cadence, eight held sessions with notes, check-ins and commitments,
-- and the next two planned
-- ---------------------------------------------------------------------------------------------

create temp table ps as
select k, ((k - 1) * 3 + 1)::bigint as first_pid, (select id from issues order by id limit 1 offset (k % 40)) as issue_id,
       p.t0 - (70 + floor(pg_temp.u(k, 300) * 300)::int) * interval '1 day' as created_at
from p cross join generate_series(1, greatest(5, p.n / 20)) k;

insert into partnerships (id, focus, context, state, open_to_requests, community_id, proposed_by, script_version_id,
                          opening_step, created_at, updated_at, opened_at, activated_at)
select ps.k,
       (array['Including students with complex needs in the general classroom',
              'Working with families as equal partners in planning',
              'Moving from compliance to practice in our meetings',
              'Supporting transitions from school to adult life'])[1 + floor(pg_temp.u(ps.k, 301) * 4)::int],
       'We come from different settings and want to think together about what we each run into.',
       'ACTIVE', false, null, ps.first_pid,
       (select v.id from opening_script_versions v join opening_scripts s on s.id = v.script_id
        where s.name = 'The default opening' and v.number = 1),
       7, ps.created_at, p.t0 - interval '1 day', ps.created_at + interval '2 days', ps.created_at + interval '9 days'
from ps, p;

insert into partnership_issues (partnership_id, issue_id) select k, issue_id from ps where issue_id is not null;

insert into partners (partnership_id, practitioner_id, status, seat, message, invited_by, created_at, updated_at,
                      joined_at, tenets_affirmed_at, trust, trust_at)
select ps.k, ps.first_pid + s - 1, 'ACTIVE', s, case when s = 1 then '' else 'Would you think about this with me?' end,
       case when s = 1 then null else ps.first_pid end, ps.created_at, ps.created_at + interval '9 days',
       ps.created_at + interval '1 day', ps.created_at + interval '4 days', 'CONFIRMED', ps.created_at + interval '9 days'
from ps cross join generate_series(1, 3) s;

-- the opening: the first partner makes the first move, everyone answers every step
insert into opening_answers (partnership_id, step_id, practitioner_id, first_move, body, body_html, created_at)
select ps.k, st.id, ps.first_pid + s - 1, st.move = 'FIRST_MOVE' and s = 1, b.body, '<p>' || b.body || '</p>',
       ps.created_at + interval '2 days' + st.position * interval '1 day' + s * interval '1 hour'
from ps
join opening_steps st on st.script_version_id = (select v.id from opening_script_versions v join opening_scripts sc
                                                  on sc.id = v.script_id where sc.name = 'The default opening' and v.number = 1)
cross join generate_series(1, 3) s
cross join lateral (select (array['In my setting this comes up every week, and I rarely have someone to think it through with.',
                                  'I would like us to listen first and only offer ideas when someone asks for them.',
                                  'What is said here stays here unless all of us agree to share it.',
                                  'Every second Tuesday after school works for me, online.'])
                           [1 + floor(pg_temp.u(ps.k * 64 + st.position * 4 + s, 302) * 4)::int] as body) b;

insert into partnership_cadences (partnership_id, kind, day_of_week, start_date, start_time, time_zone, duration_minutes,
                                  updated_by, updated_at)
select ps.k, 'WEEKLY', 'TUESDAY', (ps.created_at + interval '9 days')::date, time '16:00', 'America/New_York', 60,
       ps.first_pid, ps.created_at + interval '9 days'
from ps;

create temp table ps_sessions as
select ps.k, ps.first_pid, j as number,
       date_trunc('hour', p.t0 - (8.5 - j) * interval '7 days') as starts_at
from ps, p cross join generate_series(1, 10) j;

insert into partnership_sessions (partnership_id, number, starts_at, time_zone, duration_minutes, planned_for, status,
                                  started_at, ended_at, reminded_at, created_at, updated_at)
select s.k, s.number, s.starts_at, 'America/New_York', 60, s.starts_at,
       case when s.starts_at < p.t0 then 'HELD' else 'PLANNED' end,
       case when s.starts_at < p.t0 then s.starts_at end,
       case when s.starts_at < p.t0 then s.starts_at + interval '1 hour' end,
       -- reminders count as sent, so starting the app mails nothing at once
       least(p.t0, s.starts_at - interval '1 day'),
       s.starts_at - interval '7 days', least(p.t0, s.starts_at + interval '1 hour')
from ps_sessions s, p;

insert into session_check_ins (session_id, practitioner_id, attending, line, updated_at)
select ses.id, s.first_pid + j - 1, pg_temp.u(ses.id * 4 + j, 310) < 0.9,
       'Glad to be here; a busy week behind me.', ses.starts_at - interval '1 hour'
from ps_sessions s join partnership_sessions ses on ses.partnership_id = s.k and ses.number = s.number
cross join generate_series(1, 3) j, p
where s.starts_at < p.t0;

insert into session_notes (session_id, author_id, body, body_html, created_at)
select ses.id, s.first_pid + j - 1, b.body, '<p>' || b.body || '</p>', ses.starts_at + j * interval '10 minutes'
from ps_sessions s join partnership_sessions ses on ses.partnership_id = s.k and ses.number = s.number
cross join generate_series(1, 2) j, p
cross join lateral (select (array['We noticed we each wait for someone else to raise it.',
                                  'Next time: bring one concrete case, not the general picture.',
                                  'The family council idea is worth trying in two of our settings.'])
                           [1 + floor(pg_temp.u(ses.id * 4 + j, 311) * 3)::int] as body) b
where s.starts_at < p.t0;

insert into session_commitments (partnership_id, session_id, practitioner_id, body, status, created_at)
select s.k, ses.id, s.first_pid + j - 1, 'I will try one thing from today before we meet again.',
       case when s.number < 8 then (array['KEPT','LET_GO','STILL_TRYING'])[1 + floor(pg_temp.u(ses.id * 4 + j, 312) * 3)::int]
            else 'OPEN' end,
       ses.starts_at + interval '55 minutes'
from ps_sessions s join partnership_sessions ses on ses.partnership_id = s.k and ses.number = s.number
cross join generate_series(1, 3) j, p
where s.starts_at < p.t0;

-- ---------------------------------------------------------------------------------------------
-- Last touches: activity, identities, indexes
-- ---------------------------------------------------------------------------------------------

update communities c set last_activity_at = greatest(c.created_at, x.last), updated_at = greatest(c.created_at, x.last)
from (select community_id, max(last_activity_at) as last from threads group by community_id) x
where x.community_id = c.id;

-- identities continue after the ids written here
do $$
declare r record; m bigint;
begin
    for r in select table_name, column_name from information_schema.columns
             where table_schema = current_schema() and is_identity = 'YES' loop
        execute format('select max(%I) from %I', r.column_name, r.table_name) into m;
        if m is not null then
            perform setval(pg_get_serial_sequence(quote_ident(r.table_name), r.column_name), m);
        end if;
    end loop;
end $$;

select def from kept_indexes \gexec

commit;
