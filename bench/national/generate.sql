-- A national-scale constellation for an EMPTY database that the app's Flyway migrations have built.
--
--   psql -h 127.0.0.1 -U postgres -d <database> -v n=100000 -v seed=1 -f bench/national/generate.sql
--
-- n is the number of practitioners; everything else is in proportion to the full size (n=100000):
-- 1 nation, 50 states, 1,000 districts and 10,000 schools; 5,000 communities; 200,000 threads and
-- 800,000 replies (1,000,000 posts); 40,000 gatherings. The portfolio (40 issues, 18 of them with
-- sub-issues) is the same at every size. 5,000 active learning partnerships of three (practitioners
-- 3k-2, 3k-1 and 3k are the partners of partnership k), each with its opening, a weekly cadence,
-- eight held sessions and the next eight planned, each partner's frame of reference (about 25,000
-- versions), and one or two routines of its own (about 7,000 with 28,000 steps). One finished
-- formation run of the steward's over the largest community's first 400 members (78 groups).
-- In the communities, by their active members: about 14,000 artifacts of the shared repertoire
-- (28,000 tags, an issue each), 10,500 glossary terms, 5,500 pieces of practice work (19,000
-- participants, 2,700 outputs) and 4,500 value-creation stories (7,700 value cycles, an issue each,
-- 1,500 evidence links); 4,200 endorsements by the sponsors of 2,150 conveners. Journeys: about
-- 120,000 journal entries (three in ten practitioners write 1 to 5; 5,700 shared into partnerships),
-- 35,500 bewilderments (one in ten keeps 1 or 2; 21,000 revisits), 56,000 stage reflections and
-- 15,000 milestones; every partner has at least one entry, one bewilderment, one reflection and a
-- milestone. About 83,000 notices, 3 to 8 in each partner's inbox, the older ones mostly read.
-- At n=1000 that is 1 state, 10 districts, 100 schools and 50 communities; at n=10000, 5 states
-- (the most populous), 100 districts, 1,000 schools.
--
-- Every random draw is a hash of (seed, the row's key, a number for the draw) (pg_temp.u below), not
-- a call to random(): the same seed gives the same rows whatever order PostgreSQL evaluates them in.
-- Dates are relative to the minute the generator runs (the last two years up to then, gatherings up
-- to 90 days ahead).
--
-- Sign-ins (password "constellation" for everyone, the app's BCrypt hash of it below):
--   steward@national.example.org (MEMBER, STEWARD), token cst_national_steward_bench_token_0001
--   sponsor@national.example.org (SPONSOR),         token cst_national_sponsor_bench_token_0001
--   steward2..steward64@national.example.org (MEMBER, STEWARD), ids n+3..n+65, no tokens
--   sponsor2..sponsor64@national.example.org (SPONSOR),         ids n+66..n+128, no tokens
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
                    'community_issues', 'community_places', 'community_stage_changes', 'places',
                    'artifacts', 'artifact_tags', 'artifact_issues', 'glossary_terms', 'practice_work',
                    'practice_work_outputs', 'value_stories', 'value_story_cycles', 'endorsements',
                    'journal_entries', 'journal_shares', 'bewilderments', 'bewilderment_revisits',
                    'stage_reflections', 'milestones', 'routines', 'notices')
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

-- 63 more stewards and 63 more sponsors, so that many of each can be signed in at once: steward<k>
-- is id n+1+k (n+3..n+65), sponsor<k> is id n+64+k (n+66..n+128): every other account and
-- practitioner the generator writes has an id of at most n+2.
-- Stewards live at the states' places, in turn, with the first steward's group; sponsors have no
-- home place, like the first sponsor.
create temp table staff as
select k, 'STEWARD' as kind, p.n + 1 + k as id, 'steward' || k || '@national.example.org' as email,
       2 + (k - 2) % p.states as home  -- the states are places 2..states+1
from p, generate_series(2, 64) k
union all
select k, 'SPONSOR', p.n + 64 + k, 'sponsor' || k || '@national.example.org', null
from p, generate_series(2, 64) k;

insert into accounts (id, email, password_hash, created_at)
select s.id, s.email, p.password_hash, p.t0 - (200 + floor(pg_temp.u(s.id, 400) * 540)::int) * interval '1 day'
from staff s, p;
insert into account_roles (account_id, role)
select s.id, r from staff s cross join unnest(array['MEMBER', 'STEWARD']) r where s.kind = 'STEWARD'
union all select s.id, 'SPONSOR' from staff s where s.kind = 'SPONSOR';
insert into practitioners (id, account_id, display_name, home_place_id, time_zone, created_at, updated_at)
select s.id, s.id,
       (select w from words where kind = 'first' and pos = 1 + floor(pg_temp.u(s.id, 401) * (select count(*) from words where kind = 'first'))::int) || ' '
       || (select w from words where kind = 'last' and pos = 1 + floor(pg_temp.u(s.id, 402) * (select count(*) from words where kind = 'last'))::int),
       s.home, coalesce(c.zone, 'America/New_York'), a.created_at, a.created_at
from staff s join accounts a on a.id = s.id left join chain c on c.id = s.home;
insert into practitioner_stakeholder_groups (practitioner_id, stakeholder_group_id)
select s.id, grp.id from staff s, grp where s.kind = 'STEWARD' and grp.name = 'Agency staff';

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
-- and the next eight planned (the horizon the app keeps: with fewer, its first round of planning
-- after start wrote 30,000 sessions at national scale while the routes were being measured)
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
from ps, p cross join generate_series(1, 16) j;

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

-- The statements from here on are small and short: compiling each one (the planner cannot tell,
-- the temporary tables having no statistics) would take longer than running it.
set jit = off;

-- ---------------------------------------------------------------------------------------------
-- The shared repertoire: artifacts, glossary terms and practice work in every community, more in
-- big ones (about ln(1 + active members) artifacts, half that in glossary terms and in practice
-- work), each written by an active member of the community (the core more often, as in the
-- conversations) some time after they joined and before the community went quiet
-- ---------------------------------------------------------------------------------------------

create temp table cm_size as
select cm.c, coalesce(cardinality(ma.ids), 0) as members from cm left join members_arr ma on ma.c = cm.c;
create unique index on cm_size (c);

-- when a member of a community writes there: a draw between joining and the community going quiet
-- (just after joining for someone who joined later than that)
create function pg_temp.written(joined timestamptz, c_created timestamptz, quiet timestamptz, u float8)
  returns timestamptz language sql immutable parallel safe
  as 'select greatest(joined, c_created) + power(u, 0.7) * (greatest(quiet, joined, c_created) - greatest(joined, c_created))';

create temp table ar as
select row_number() over (order by x.c, x.j) as id, x.*
from (
  select s.c, j, a.ids[1 + floor(pg_temp.u(s.c * 64 + j, 410) * cardinality(a.ids))::int] as author,
         (array['TOOL','CASE','DOCUMENT','LINK'])[width_bucket(pg_temp.u(s.c * 64 + j, 411), array[0, 0.35, 0.60, 0.80])] as kind,
         ti.issue_id
  from cm_size s join authors a on a.c = s.c
  cross join generate_series(1, 40) j
  join lateral (select issue_id from cm_issues ci where ci.c = s.c
                order by pg_temp.u((s.c * 64 + j) * 64 + ci.issue_id, 412) limit 1) ti on true
  where j <= floor((0.5 + pg_temp.u(s.c, 413)) * ln(1 + s.members))::int) x;

insert into artifacts (id, community_id, kind, title, body, url, created_by, created_at, updated_at)
select ar.id, ar.c, ar.kind,
       case ar.kind
         when 'TOOL' then (array['A planning template for ','A checklist for ','A meeting protocol for '])[1 + floor(pg_temp.u(ar.id, 414) * 3)::int]
         when 'CASE' then (array['Case: a student, a family and ','Case: what we learned about ','Case: a hard year with '])[1 + floor(pg_temp.u(ar.id, 414) * 3)::int]
         when 'DOCUMENT' then (array['Notes from our session on ','What we know so far about ','A short guide to '])[1 + floor(pg_temp.u(ar.id, 414) * 3)::int]
         else 'Further reading on ' end || lower(i.name),
       case ar.kind
         when 'TOOL' then 'Use it before the meeting: who comes, what the family wants to say first, what the student wants, and who follows up on what.'
         when 'CASE' then 'What happened, what we tried, what did not work and what we would do differently. Names and places are changed.'
         when 'DOCUMENT' then 'What the community has learned so far: the questions we keep coming back to and what has helped in our settings.'
         else case when pg_temp.u(ar.id, 415) < 0.5 then 'Worth reading before our next gathering.' else '' end end,
       -- a link needs its web address; some documents have one too
       case when ar.kind = 'LINK' or (ar.kind = 'DOCUMENT' and pg_temp.u(ar.id, 415) < 0.3)
            then 'https://resources.example.org/' || ar.c || '/' || ar.id end,
       ar.author, w.at,
       case when pg_temp.u(ar.id, 416) < 0.15 then least(p.t0, w.at + pg_temp.u(ar.id, 417) * interval '60 days') else w.at end
from ar join issues i on i.id = ar.issue_id
join cm on cm.c = ar.c
join memberships m on m.community_id = ar.c and m.practitioner_id = ar.author
cross join p
cross join lateral (select pg_temp.written(m.created_at, cm.created_at, cm.quiet_until, pg_temp.u(ar.id, 418)) as at) w;

-- tags are kept lower-case, as the app writes them
insert into artifact_tags (artifact_id, tag)
select distinct ar.id, (array['checklist','template','family partnership','iep','co-planning','data','transition',
                              'behavior','literacy','training','policy','case study'])[1 + floor(pg_temp.u(ar.id * 4 + d, 419) * 12)::int]
from ar cross join generate_series(1, 3) d
where d <= 1 + floor(pg_temp.u(ar.id, 420) * 3)::int;
insert into artifact_issues (artifact_id, issue_id) select id, issue_id from ar;

-- glossary terms: the first ones of the vocabulary in an order of the community's own, so that a
-- community has each term once
create temp table gloss (pos int, term text, meaning text);
insert into gloss values
 (1,'IEP','The Individualized Education Program: the plan a team writes with a family for a student''s services and goals.'),
 (2,'LRE','The least restrictive environment: learning alongside peers without disabilities as much as is right for the student.'),
 (3,'Co-teaching','Two teachers, often a general and a special educator, planning and teaching the same class together.'),
 (4,'MTSS','A multi-tiered system of supports: help that grows with a student''s need, checked against data.'),
 (5,'UDL','Universal Design for Learning: planning lessons so that every student has a way in from the start.'),
 (6,'Para','A paraprofessional: the adult who supports students in class, often the one who knows them best.'),
 (7,'Transition plan','What a student, their family and the school plan for life after school, from age 14 or 16.'),
 (8,'FAPE','A free appropriate public education: what every student with a disability is owed.'),
 (9,'Family liaison','Someone at school whose job is to make families welcome and keep them in the loop.'),
 (10,'Case review','An hour where one of us brings a student''s situation and the others help think it through.'),
 (11,'Warm handoff','Introducing a family to the next person in person, instead of giving them a phone number.'),
 (12,'Push-in','Services given inside the classroom rather than by taking the student out of it.'),
 (13,'Pull-out','Services given outside the classroom, in a small group or one to one.'),
 (14,'Accommodation','A change in how a student learns or shows what they know, not in what they are expected to learn.'),
 (15,'Modification','A change in what a student is expected to learn.'),
 (16,'Self-advocacy','Students speaking up for what they need, in class and in their own meetings.'),
 (17,'Progress monitoring','Checking often and briefly whether what we do is working for a student.'),
 (18,'Facilitated IEP','An IEP meeting run by a neutral facilitator, often when trust has worn thin.'),
 (19,'Critical friend','A colleague who asks the hard question kindly.'),
 (20,'Learning walk','Visiting each other''s classrooms to learn, never to judge.'),
 (21,'Restorative circle','A structured conversation to repair harm and rebuild relationships.'),
 (22,'Person-centered planning','Planning that starts from what the person wants for their life.'),
 (23,'Data day','A meeting set aside to look at our data together and decide what to try.'),
 (24,'Parking lot','Where we write down what we will come back to, so the meeting can go on.');

create temp table gt as
select row_number() over (order by g.c, g.rank) as id, g.c, g.pos, g.term, g.meaning,
       a.ids[1 + floor(pg_temp.u(g.c * 64 + g.pos, 422) * cardinality(a.ids))::int] as author
from (select s.c, s.members, gl.*, row_number() over (partition by s.c order by pg_temp.u(s.c * 64 + gl.pos, 421)) as rank
      from cm_size s cross join gloss gl) g
join authors a on a.c = g.c
where g.rank <= floor((0.5 + pg_temp.u(g.c, 423)) * 0.8 * ln(1 + g.members));

insert into glossary_terms (id, community_id, term, term_key, meaning, example, created_by, created_at, updated_at)
select gt.id, gt.c, gt.term, lower(gt.term), gt.meaning,
       case when pg_temp.u(gt.id, 424) < 0.6
            then 'We talked about ' || gt.term || ' at our last gathering and agreed on what we mean by it here.' else '' end,
       gt.author, w.at, w.at
from gt join cm on cm.c = gt.c
join memberships m on m.community_id = gt.c and m.practitioner_id = gt.author
cross join lateral (select pg_temp.written(m.created_at, cm.created_at, cm.quiet_until, pg_temp.u(gt.id, 425)) as at) w;

-- practice work: proposed by a member, with a few other members taking part, and an output once
-- it is done (or well under way)
create temp table pw as
select row_number() over (order by x.c, x.j) as id, x.*
from (
  select s.c, j, a.ids[1 + floor(pg_temp.u(s.c * 64 + j, 430) * cardinality(a.ids))::int] as author,
         (array['PROPOSED','UNDER_WAY','PAUSED','DONE'])[width_bucket(pg_temp.u(s.c * 64 + j, 431), array[0, 0.2, 0.6, 0.7])] as status,
         ti.issue_id
  from cm_size s join authors a on a.c = s.c
  cross join generate_series(1, 20) j
  join lateral (select issue_id from cm_issues ci where ci.c = s.c
                order by pg_temp.u((s.c * 64 + j) * 64 + ci.issue_id, 432) limit 1) ti on true
  where j <= floor((0.3 + pg_temp.u(s.c, 433)) * 0.6 * ln(1 + s.members))::int) x;

insert into practice_work (id, community_id, title, goal, status, proposed_by, created_at, updated_at)
select pw.id, pw.c,
       (array['Co-planning units for ','A family guide to ','Visiting each other''s classrooms: ','Collecting stories about ',
              'A shared checklist for '])[1 + floor(pg_temp.u(pw.id, 434) * 5)::int] || lower(i.name),
       'By the end of the term: something we can all use in our own settings, tried at least once by each of us, '
       || 'and what we learned written up for the repertoire.',
       pw.status, pw.author, w.at,
       case when pw.status = 'PROPOSED' then w.at
            else w.at + pg_temp.u(pw.id, 435) * (greatest(cm.quiet_until, w.at) - w.at) end
from pw join issues i on i.id = pw.issue_id
join cm on cm.c = pw.c
join memberships m on m.community_id = pw.c and m.practitioner_id = pw.author
cross join lateral (select pg_temp.written(m.created_at, cm.created_at, cm.quiet_until, pg_temp.u(pw.id, 436)) as at) w;

insert into practice_work_participants (work_id, practitioner_id)
select id, author from pw
union
select pw.id, ma.ids[1 + floor(pg_temp.u(pw.id * 8 + d, 437) * cardinality(ma.ids))::int]
from pw join members_arr ma on ma.c = pw.c cross join generate_series(1, 5) d
where d <= floor(pg_temp.u(pw.id, 438) * 6)::int;

insert into practice_work_outputs (work_id, title, url, note, added_by, added_at)
select w.id, 'What we made: ' || lower(w.title), 'https://resources.example.org/work/' || w.id,
       'Tried in our settings; what we would change is in the notes.', w.proposed_by, w.updated_at
from practice_work w
where w.status = 'DONE' or (w.status = 'UNDER_WAY' and pg_temp.u(w.id, 439) < 0.5)
order by w.id;

-- ---------------------------------------------------------------------------------------------
-- Recognition: value-creation stories in communities, by their members (about 0.4 ln(1 + active
-- members) a community), and sponsors' endorsements of three in ten conveners
-- ---------------------------------------------------------------------------------------------

create temp table vs as
select row_number() over (order by x.c, x.j) as id, x.*
from (
  select s.c, j, a.ids[1 + floor(pg_temp.u(s.c * 64 + j, 440) * cardinality(a.ids))::int] as author, ti.issue_id
  from cm_size s join authors a on a.c = s.c
  cross join generate_series(1, 20) j
  join lateral (select issue_id from cm_issues ci where ci.c = s.c
                order by pg_temp.u((s.c * 64 + j) * 64 + ci.issue_id, 441) limit 1) ti on true
  where j <= floor(pg_temp.u(s.c, 442) * 0.8 * ln(1 + s.members))::int) x;

insert into value_stories (id, community_id, author_id, title, body, body_html, evidence, visibility, created_at,
                           updated_at)
select vs.id, vs.c, vs.author,
       (array['What changed when we worked on ','What a family taught us about ','Two schools, one idea: ',
              'Rethinking success in '])[1 + floor(pg_temp.u(vs.id, 443) * 4)::int] || lower(i.name),
       b.body, '<p>' || b.body || '</p>',
       case when pg_temp.u(vs.id, 444) < 0.7 then 'Meeting notes, a short survey of families and what the students said.' else '' end,
       case when pg_temp.u(vs.id, 445) < 0.6 then 'SIGNED_IN' else 'COMMUNITY' end,
       w.at, w.at
from vs join issues i on i.id = vs.issue_id
join cm on cm.c = vs.c
join memberships m on m.community_id = vs.c and m.practitioner_id = vs.author
cross join lateral (select pg_temp.written(m.created_at, cm.created_at, cm.quiet_until, pg_temp.u(vs.id, 446)) as at) w
cross join lateral (select (array['We brought a case to the community, tried what others suggested in two schools and kept notes. Families told us they felt heard, and the team now plans with them from the start.',
                                  'A new teacher joined our conversations in the autumn. By spring she was leading the co-planning in her building, and two colleagues had joined her.',
                                  'We stopped counting meetings held and started asking students what changed for them. It changed what we do in the meetings.'])
                           [1 + floor(pg_temp.u(vs.id, 447) * 3)::int] as body) b;

-- every story shows at least one value cycle
insert into value_story_cycles (story_id, cycle)
select distinct vs.id, (array['IMMEDIATE','POTENTIAL','APPLIED','REALIZED','REFRAMING'])
                         [width_bucket(pg_temp.u(vs.id * 4 + d, 448), array[0, 0.3, 0.55, 0.8, 0.93])]
from vs cross join generate_series(1, 3) d
where d <= 1 + floor(pg_temp.u(vs.id, 449) * 3)::int;
insert into value_story_issues (story_id, issue_id) select id, issue_id from vs;
insert into value_story_links (story_id, link_order, url)
select id, 0, 'https://evidence.example.org/stories/' || id from vs where pg_temp.u(id, 450) < 0.3;

-- endorsements: 1 to 3 sponsors for three in ten conveners, once per sponsor, after the convener's
-- first community began and the sponsor came
create temp table sponsor_arr as
select array_agg(id order by id) as ids from (select p.n + 2 as id from p union all select id from staff where kind = 'SPONSOR') x;
create temp table artists as
select conv.pid, min(cm.created_at) as since from conv join cm on cm.c = conv.c group by conv.pid;

insert into endorsements (social_artist_id, sponsor_id, note, support, support_kind, created_at)
select e.pid, e.sponsor,
       (array['Brings people from schools, districts and the state to one table, and keeps them coming back.',
              'Turns hard conversations with families into shared work.',
              'Quietly builds the conditions for others to lead.'])[1 + floor(pg_temp.u(e.pid * 4 + e.j, 455) * 3)::int],
       case when pg_temp.u(e.pid * 4 + e.j, 456) < 0.6 then sk.support else '' end,
       case when pg_temp.u(e.pid * 4 + e.j, 456) < 0.6 then sk.kind end,
       greatest(e.since, a.created_at) + (0.2 + 0.8 * pg_temp.u(e.pid * 4 + e.j, 457)) * (p.t0 - greatest(e.since, a.created_at))
from (
  select distinct on (sa.pid, x.sponsor) sa.pid, sa.since, x.sponsor, j
  from artists sa cross join sponsor_arr s cross join generate_series(1, 3) j
  cross join lateral (select s.ids[1 + floor(pg_temp.u(sa.pid * 4 + j, 451) * cardinality(s.ids))::int] as sponsor) x
  where pg_temp.u(sa.pid, 452) < 0.3 and j <= 1 + floor(pg_temp.u(sa.pid, 453) * 3)::int
  order by sa.pid, x.sponsor, j) e
join accounts a on a.id = e.sponsor
cross join p
cross join lateral (select (array['FUNDING','TIME','VISIBILITY','TRAINING','OTHER'])[1 + floor(pg_temp.u(e.pid * 4 + e.j, 454) * 5)::int] as kind) k
cross join lateral (select case k.kind when 'FUNDING' then 'Release time for two meetings a term'
                                       when 'TIME' then 'Two hours a month of our staff''s time'
                                       when 'VISIBILITY' then 'A place on the agenda of our state leadership meeting'
                                       when 'TRAINING' then 'Places in our facilitation training'
                                       else 'A room for gatherings' end as support, k.kind) sk
order by e.pid, e.sponsor;

-- ---------------------------------------------------------------------------------------------
-- Journeys: three in ten practitioners keep 1 to 5 journal entries, one in ten 1 or 2
-- bewilderments and three in twenty 1 to 3 stage reflections; every partner of a partnership
-- has all three (and a milestone: the partnership began), and two in five partners share their
-- first entry into their partnership
-- ---------------------------------------------------------------------------------------------

create temp table jp as
select pp.id, pp.created_at, pp.id <= 3 * (select count(*) from ps) as partner from pp;

create temp table je as
select row_number() over (order by jp.id, j) as id, jp.id as pid, j, jp.partner,
       jp.created_at + ((j - 1 + pg_temp.u(jp.id * 8 + j, 462)) / c.cnt) * (p.t0 - jp.created_at) as written_at
from jp cross join p
cross join lateral (select case when jp.partner or pg_temp.u(jp.id, 460) < 0.3 then 1 + floor(pg_temp.u(jp.id, 461) * 5)::int
                                else 0 end as cnt) c
cross join generate_series(1, 5) j
where j <= c.cnt;

insert into journal_entries (id, practitioner_id, title, body, body_html, written_at, updated_at)
select je.id, je.pid,
       (array['What I noticed this week','After the IEP meeting','A question I keep asking','Something a parent said',
              'Trying co-planning again','Why I stayed quiet','What the students taught me',
              'Before our next session'])[1 + floor(pg_temp.u(je.id, 463) * 8)::int],
       b.body, '<p>' || b.body || '</p>', je.written_at, je.written_at
from je
cross join lateral (select (array['I went in with a plan and left with a better question. The family knew things about their son that none of us had asked.',
                                  'Our team agreed on the goal in five minutes and argued for an hour about who does what. Next time I will start there.',
                                  'I keep wanting to fix it. Today I only listened, and the student said more than in all of last term.',
                                  'Two colleagues tried the checklist from our community. One loved it, one found it got in the way. Both are right, I think.',
                                  'What would it take for the paraprofessionals to be in the planning, not just told the plan?'])
                           [1 + floor(pg_temp.u(je.id, 464) * 5)::int] as body) b;

insert into journal_shares (entry_id, partnership_id, shared_at)
select je.id, (je.pid + 2) / 3, least(p.t0, greatest(je.written_at, ps.created_at + interval '9 days') + interval '1 hour')
from je join ps on ps.k = (je.pid + 2) / 3 cross join p
where je.partner and je.j = 1 and pg_temp.u(je.pid, 465) < 0.4
order by je.id;

-- bewilderments: three in ten settled for now; two in five come back to it once or twice
create temp table bw as
select row_number() over (order by jp.id, j) as id, jp.id as pid, j,
       jp.created_at + ((j - 1 + pg_temp.u(jp.id * 4 + j, 472)) / c.cnt) * (p.t0 - jp.created_at) as noted_at
from jp cross join p
cross join lateral (select case when jp.partner or pg_temp.u(jp.id, 470) < 0.1 then 1 + floor(pg_temp.u(jp.id, 471) * 2)::int
                                else 0 end as cnt) c
cross join generate_series(1, 2) j
where j <= c.cnt;
alter table bw add column settled_at timestamptz, add column revisits int;
update bw set revisits = case when pg_temp.u(id, 473) < 0.4 then 1 + floor(pg_temp.u(id, 474) * 2)::int else 0 end,
              settled_at = case when pg_temp.u(id, 475) < 0.3
                                then noted_at + (0.5 + 0.5 * pg_temp.u(id, 476)) * ((select t0 from p) - noted_at) end;

insert into bewilderments (id, practitioner_id, text, state, noted_at, settled_at, updated_at)
select bw.id, bw.pid,
       (array['Why do our best meetings happen when nobody has prepared a plan?',
              'How do I invite a family to disagree with me?',
              'What does inclusion mean to the students themselves?',
              'Why does the same strategy work in one classroom and not the next?',
              'When am I helping, and when am I taking over?',
              'What would change if the student chaired the meeting?'])[1 + floor(pg_temp.u(bw.id, 477) * 6)::int],
       case when bw.settled_at is null then 'OPEN' else 'SETTLED' end, bw.noted_at, bw.settled_at,
       case when bw.settled_at is not null then bw.settled_at
            when bw.revisits > 0 then bw.noted_at + (bw.revisits / (bw.revisits + 1.0)) * (p.t0 - bw.noted_at)
            else bw.noted_at end
from bw cross join p;

-- revisits come before the bewilderment was settled
insert into bewilderment_revisits (bewilderment_id, note, note_html, revisited_at)
select bw.id, b.note, '<p>' || b.note || '</p>',
       bw.noted_at + (r / (bw.revisits + 1.0)) * (coalesce(bw.settled_at, p.t0) - bw.noted_at)
from bw cross join p cross join generate_series(1, 2) r
cross join lateral (select (array['Came back to this after a hard week; part of the answer may simply be time.',
                                  'A partner asked a question that made this bigger, not smaller.',
                                  'Saw it again today, in a different school, with the same look on everyone''s face.'])
                           [1 + floor(pg_temp.u(bw.id * 4 + r, 478) * 3)::int] as note) b
where r <= bw.revisits
order by bw.id, r;

-- stage reflections move on a stage (or stay) from one to the next
insert into stage_reflections (practitioner_id, stage_id, reflected_on, reflection, reflection_html, created_at)
select x.pid, st.id, x.at::date, b.body, '<p>' || b.body || '</p>', x.at
from (
  select jp.id as pid, j,
         jp.created_at + ((j - 1 + pg_temp.u(jp.id * 4 + j, 482)) / c.cnt) * (p.t0 - jp.created_at) as at,
         least(7, 1 + floor(pg_temp.u(jp.id, 483) * 5)::int + j - 1) as position
  from jp cross join p
  cross join lateral (select case when jp.partner or pg_temp.u(jp.id, 480) < 0.15 then 1 + floor(pg_temp.u(jp.id, 481) * 3)::int
                                  else 0 end as cnt) c
  cross join generate_series(1, 3) j
  where j <= c.cnt) x
join journey_stages st on st.position = x.position
cross join lateral (select (array['I notice I still look to others to tell me whether it went well.',
                                  'I disagreed with my principal today, kindly, and did not lose sleep over it.',
                                  'More and more I see my own view as one of several in the room.'])
                           [1 + floor(pg_temp.u(x.pid * 4 + x.j, 484) * 3)::int] as body) b
order by x.pid, x.j;

insert into milestones (practitioner_id, title, happened_on, note, partnership_id, created_at)
select ps.first_pid + s - 1, 'We began our learning partnership', (ps.created_at + interval '9 days')::date, '', ps.k,
       ps.created_at + interval '9 days'
from ps cross join generate_series(1, 3) s
order by ps.k, s;

-- ---------------------------------------------------------------------------------------------
-- Each partnership's own routines: one, or two for two in five partnerships, of 3 to 5 steps,
-- written by one of its partners (the library's routines, with no partnership, come with the
-- migrations, so these ids follow theirs)
-- ---------------------------------------------------------------------------------------------

create temp table rt as
select (select max(id) from routines) + row_number() over (order by ps.k, r) as id, ps.k, r,
       ps.first_pid + floor(pg_temp.u(ps.k * 4 + r, 490) * 3)::int as author,
       ps.created_at + (10 + pg_temp.u(ps.k * 4 + r, 491) * 50) * interval '1 day' as created_at,
       3 + floor(pg_temp.u(ps.k * 4 + r, 492) * 3)::int as steps,
       1 + (floor(pg_temp.u(ps.k, 494) * 4)::int + r - 1) % 4 as name_pos
from ps cross join generate_series(1, 2) r
where r <= 1 + (pg_temp.u(ps.k, 493) < 0.4)::int;

insert into routines (id, partnership_id, name, summary, created_by, created_at, updated_at)
select rt.id, rt.k,
       (array['Our check-in and one case','Story, questions, next step','Two dilemmas in an hour',
              'Looking back at the month'])[rt.name_pos],
       'The way we like to spend our hour, adapted from the library.', rt.author, rt.created_at, rt.created_at
from rt;

-- the last step is always the commitments
insert into routine_steps (routine_id, position, title, guidance, minutes)
select rt.id, s,
       case when s = rt.steps then 'Commitments' else (array['Arrive','One case','Questions only','What we might try'])[s] end,
       case when s = rt.steps then 'One small thing each of us will try before we meet again.'
            else (array['A sentence each on how we arrive today.',
                        'One of us brings a case from the week; the others listen first.',
                        'Questions that open the case up; no advice yet.',
                        'Ideas, offered and taken or left by the one who brought the case.'])[s] end,
       case when s = rt.steps then 10 else (array[5, 20, 10, 15])[s] end
from rt cross join generate_series(1, 5) s
where s <= rt.steps
order by rt.id, s;

-- ---------------------------------------------------------------------------------------------
-- Notices: 3 to 8 in the inbox of every partner, over the last seven weeks, of the kinds the app
-- makes (session reminders, replies and new threads in their communities, gathering reminders,
-- welcomes); the newest unread, most of the older read. All count as mailed already (or taken
-- into a past digest), so starting the app mails nothing at once.
-- ---------------------------------------------------------------------------------------------

create temp table partner_comms as
select m.practitioner_id as pid, array_agg(m.community_id order by m.community_id) as ids
from memberships m where m.status = 'ACTIVE' and m.practitioner_id <= 3 * (select count(*) from ps)
group by m.practitioner_id;
create temp table th_arr as select c, array_agg(t order by t) as ids from th group by c;
create temp table ga_arr as select c, array_agg(gid order by gid) as ids from ga group by c;

create temp table nt as
select y.*,
       case when y.u_kind < 0.35 or y.c is null then 'PARTNERSHIP'
            when y.u_kind < 0.60 and y.t is not null then 'REPLY'
            when y.u_kind < 0.75 and y.g is not null then 'GATHERING_REMINDER'
            when y.u_kind < 0.85 and y.t is not null then 'NEW_THREAD'
            else 'MEMBERSHIP' end as topic
from (
  select x.*, ta.ids[1 + floor(pg_temp.u(x.pid * 16 + x.j, 503) * cardinality(ta.ids))::int] as t,
         gaa.ids[1 + floor(pg_temp.u(x.pid * 16 + x.j, 504) * cardinality(gaa.ids))::int] as g
  from (
    select pr.pid, pr.k, j, p.t0 - (j - 1 + pg_temp.u(pr.pid * 16 + j, 501)) * interval '6 days' as created_at,
           pg_temp.u(pr.pid * 16 + j, 500) as u_kind,
           pc.ids[1 + floor(pg_temp.u(pr.pid * 16 + j, 502) * cardinality(pc.ids))::int] as c
    from (select ps.k, ps.first_pid + s - 1 as pid from ps cross join generate_series(1, 3) s) pr
    cross join p
    cross join generate_series(1, 8) j
    left join partner_comms pc on pc.pid = pr.pid
    where j <= 3 + floor(pg_temp.u(pr.pid, 505) * 6)::int) x
  left join th_arr ta on ta.c = x.c
  left join ga_arr gaa on gaa.c = x.c) y;

insert into notices (recipient_id, topic, subject, text, link, created_at, read_at, delivery, mailed_at, digested_at)
select nt.pid, nt.topic,
       left(case nt.topic
              when 'PARTNERSHIP' then 'Reminder: partnership session'
              when 'REPLY' then 'New reply: ' || th.title
              when 'NEW_THREAD' then 'New in ' || cmn.name || ': ' || th.title
              when 'GATHERING_REMINDER' then 'Reminder: ' || g.title
              else 'Welcome to ' || cmn.name end, 300),
       left(case nt.topic
              when 'PARTNERSHIP' then 'Your partnership “' || pa.focus || '” meets on Tuesday at 16:00 for 60 minutes.'
                                      || E'\n\nThe session''s page, with its routine and your check-in:'
              when 'REPLY' then au.display_name || ' replied to “' || th.title || '”.'
              when 'NEW_THREAD' then au.display_name || ' started a conversation in ' || cmn.name || '.'
              when 'GATHERING_REMINDER' then g.title || ' of ' || cmn.name || ' is coming up.'
              else 'A convener approved your request. You can take part in the community now.' end, 4000),
       case nt.topic
         -- the session the reminder came before
         when 'PARTNERSHIP' then '/partnerships/' || nt.k || '/sessions/'
                                 || least(10, greatest(1, ceil(8.5 - extract(epoch from p.t0 - nt.created_at) / 604800.0)::int))
         when 'REPLY' then '/threads/' || nt.t
         when 'NEW_THREAD' then '/threads/' || nt.t
         when 'GATHERING_REMINDER' then '/gatherings/' || nt.g
         else '/communities/' || nt.c end,
       nt.created_at,
       case when nt.j > 1 and pg_temp.u(nt.pid * 16 + nt.j, 506) < case when nt.j = 2 then 0.4 else 0.85 end
            then least(p.t0, nt.created_at + pg_temp.u(nt.pid * 16 + nt.j, 507) * interval '2 days') end,
       -- new threads are told in the daily digest, everything else at once (the topics' defaults)
       case when nt.topic = 'NEW_THREAD' then 'DAILY' else 'IMMEDIATELY' end,
       case when nt.topic <> 'NEW_THREAD' then nt.created_at end,
       case when nt.topic = 'NEW_THREAD' then least(p.t0, nt.created_at + interval '1 day') end
from nt cross join p
join partnerships pa on pa.id = nt.k
left join communities cmn on cmn.id = nt.c
left join threads th on th.id = nt.t
left join practitioners au on au.id = th.author_id
left join gatherings g on g.id = nt.g
order by nt.pid, nt.j;

-- ---------------------------------------------------------------------------------------------
-- Frames of reference: every partner wrote theirs after the opening and rewrote it once, in two
-- of three partnerships
-- ---------------------------------------------------------------------------------------------

insert into partnership_frames (partnership_id, practitioner_id, number, body, body_html, created_at)
select ps.k, ps.first_pid + s - 1, v, b.body, '<p>' || b.body || '</p>',
       ps.created_at + interval '10 days' + (v - 1) * interval '40 days' + s * interval '1 hour'
from ps cross join generate_series(1, 3) s cross join generate_series(1, 2) v
cross join lateral (select (array['I see inclusion as a question of belonging first, and of placement second.',
                                  'My frame: families know their children best, and our meetings should show it.',
                                  'I came in thinking about services; I now think about relationships.'])
                           [1 + floor(pg_temp.u(ps.k * 8 + s * 2 + v, 320) * 3)::int] as body) b
where v = 1 or pg_temp.u(ps.k, 321) < 0.67;

-- ---------------------------------------------------------------------------------------------
-- A formation run: the steward formed partnerships among the first 400 members of the largest
-- community three days ago: 78 groups of five, and the last ten left unassigned with a reason
-- ---------------------------------------------------------------------------------------------

create temp table fr_cohort as
select m.practitioner_id as pid, row_number() over (order by m.practitioner_id) as i
from memberships m
where m.status = 'ACTIVE'
  and m.community_id = (select community_id from memberships where status = 'ACTIVE'
                        group by community_id order by count(*) desc, community_id limit 1)
order by m.practitioner_id limit 400;

insert into formation_runs (id, requested_by, community_id, cohort_label, min_size, preferred_size, max_size,
                            time_limit_seconds, weight_concerns, weight_stakeholders, weight_levels, weight_new_pairs,
                            weight_size, status, progress, cohort_size, hard_score, medium_score, soft_score,
                            created_at, finished_at)
select 1, p.n + 1, c.community_id, 'Members of ' || c.name, 3, 5, 5, 60, 5, 5, 5, 5, 5, 'DONE', 100,
       (select count(*) from fr_cohort), 0, -greatest(0, (select count(*) from fr_cohort) - 390), -1200,
       p.t0 - interval '3 days', p.t0 - interval '3 days' + interval '1 minute'
from p, (select cm.id as community_id, cm.name from communities cm
         where cm.id = (select community_id from memberships where status = 'ACTIVE'
                        group by community_id order by count(*) desc, community_id limit 1)) c;

insert into formation_run_people (run_id, practitioner_id) select 1, pid from fr_cohort;

insert into formation_groups (id, run_id, position, pinned, explanation)
select g, 1, g, false,
       '{"issuesSharedByAll":[' || (select min(id) from issues) || '],"issuesSharedBySome":[],'
       || '"weekStart":"2026-01-05T00:00:00Z","windowStartMinute":1440,"windowMinutes":90,'
       || '"stakeholderGroupIds":[],"levelIds":[],"placeIds":[],"breakdown":{"concerns":-10},'
       || '"score":-10,"rulesBroken":0}'
from generate_series(1, (select least(78, count(*) / 5) from fr_cohort)::int) g;

insert into formation_group_members (group_id, practitioner_id)
select (i - 1) / 5 + 1, pid from fr_cohort where (i - 1) / 5 + 1 <= (select max(id) from formation_groups);

insert into formation_unassigned (run_id, practitioner_id, reason)
select 1, pid, 'Every group that fits their time and language is full, or would break a partnership rule'
from fr_cohort where (i - 1) / 5 + 1 > (select max(id) from formation_groups);

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
