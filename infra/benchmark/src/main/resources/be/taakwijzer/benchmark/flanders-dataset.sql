-- The Flanders-scale dataset, set-based. Run by FlandersDataset as the owner, in one transaction with
-- row-level security not forced (the owner then bypasses it), step by step ("-- step:" lines).
-- Deterministic: every "random" value is a hash of a fixed key (pg_temp.rnd), every id an md5 of one
-- (pg_temp.uid), so two loads give the same rows; only the school years follow today's date.
-- All names are made up. The helper tables (bench_*) are temporary; autovacuum never analyses those,
-- hence the ANALYZE after each.

-- step: helpers
CREATE FUNCTION pg_temp.rnd(key text) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ('x' || substr(md5(key), 1, 13))::bit(52)::bigint / 4503599627370496.0 $$;
CREATE FUNCTION pg_temp.uid(key text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT md5(key)::uuid $$;
CREATE FUNCTION pg_temp.pick(options text[], key text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT options[1 + floor(pg_temp.rnd(key) * cardinality(options))::integer] $$;
-- the three school years up to the one of today (it starts on 1 September), as in the demo data
CREATE TEMP TABLE bench_year AS
SELECT yi, extract(year FROM (now() AT TIME ZONE 'Europe/Brussels') - interval '8 months')::integer - 2 + yi AS start_year
FROM generate_series(0, 2) yi;

-- step: umbrellas
-- The first umbrella holds more than 1,000 schools (schools 1..1150), as the largest Flemish network does.
CREATE TEMP TABLE bench_umbrella AS
SELECT u, pg_temp.uid('umbrella-' || u) AS id,
       (ARRAY['NOORDSTER', 'ZUIDWIND', 'OOSTLICHT', 'WESTKUST'])[u] AS code,
       (ARRAY['Koepel Noordster', 'Koepel Zuidwind', 'Koepel Oostlicht', 'Koepel Westkust'])[u] AS name,
       (ARRAY[1150, 2050, 2850, 3500])[u] AS last_school
FROM generate_series(1, 4) u;
INSERT INTO umbrella_organisation (id, code, name)
SELECT id, code, name FROM bench_umbrella;

-- step: school groups
-- Group 1 has exactly 30 schools (the benchmark's group); the other 399 share 3,470 schools, 1 to ~20
-- each, skewed (a few large groups, many small ones).
CREATE TEMP TABLE bench_group AS
WITH weighted AS (
    SELECT g, 0.15 + pg_temp.rnd('group-size-' || g) ^ 2 AS weight FROM generate_series(2, 400) g
), floored AS (
    SELECT g, 1 + floor(3071 * weight / sum(weight) OVER ())::integer AS size, row_number() OVER (ORDER BY g) AS rn
    FROM weighted
), sized AS (
    SELECT 1 AS g, 30 AS size
    UNION ALL
    SELECT g, size + CASE WHEN rn <= 3470 - (SELECT sum(size) FROM floored) THEN 1 ELSE 0 END FROM floored
), numbered AS (
    SELECT g, size, sum(size) OVER (ORDER BY g)::integer AS last_school FROM sized
)
SELECT n.g, pg_temp.uid('group-' || n.g) AS tenant_id, n.size, n.last_school - n.size + 1 AS first_school, n.last_school,
       (SELECT min(u.u) FROM bench_umbrella u WHERE n.last_school <= u.last_school) AS u
FROM numbered n;
ANALYZE bench_group;
INSERT INTO school_group (tenant_id, umbrella_id, instellingsnummer, name)
SELECT grp.tenant_id, um.id, '9' || lpad(grp.g::text, 5, '0'),
       CASE WHEN grp.g = 1 THEN 'Scholengroep Dertig'
            ELSE 'Scholengroep ' || pg_temp.pick(ARRAY['Heidebloem', 'Zilverbeek', 'Lindeloof', 'Klaverveld', 'Meidoorn',
                 'Eikenhof', 'Waterhoen', 'Brembos', 'Vlasbloem', 'Wilgendal'], 'group-name-' || grp.g) || ' ' || grp.g END
FROM bench_group grp JOIN bench_umbrella um ON um.u = grp.u;
INSERT INTO school_year (tenant_id, start_year)
SELECT grp.tenant_id, y.start_year FROM bench_group grp CROSS JOIN bench_year y;
-- one ICT coordinator of the group who logs in
INSERT INTO staff_member (tenant_id, email, display_name, role)
SELECT tenant_id, 'ict@groep' || g || '.example', 'ICT-coördinator groep ' || g, 'GROUP_ICT_STAFF' FROM bench_group;

-- step: schools
CREATE TEMP TABLE bench_school AS
WITH numbered AS (
    SELECT s, grp.g, grp.tenant_id, pg_temp.rnd('school-level-' || s) AS r_level, pg_temp.rnd('school-pupils-' || s) AS r_pupils
    FROM bench_group grp CROSS JOIN LATERAL generate_series(grp.first_school, grp.last_school) s
), leveled AS (
    SELECT *, CASE WHEN r_level < 0.60 THEN 'BASIS' WHEN r_level < 0.85 THEN 'SECUNDAIR'
                   WHEN r_level < 0.90 THEN 'BUITENGEWOON_BASIS' WHEN r_level < 0.94 THEN 'BUITENGEWOON_SECUNDAIR'
                   WHEN r_level < 0.97 THEN 'VOLWASSENEN' ELSE 'DEELTIJDS_KUNST' END AS level
    FROM numbered
), sized AS (
    SELECT *, CASE level WHEN 'BASIS' THEN 60 + round(440 * r_pupils ^ 1.5)
                         WHEN 'SECUNDAIR' THEN 250 + round(1350 * r_pupils)
                         ELSE 60 + round(540 * r_pupils) END::integer AS pupils
    FROM leveled
)
SELECT s, g, tenant_id, pg_temp.uid('school-' || s) AS id, level, pupils,
       -- about 10 people: more in larger schools
       7 + pupils / 400 + floor(5 * pg_temp.rnd('school-people-' || s))::integer AS people
FROM sized;
ANALYZE bench_school;
INSERT INTO school (tenant_id, id, instellingsnummer, name, street, postal_code, municipality, education_level, pupil_count)
SELECT tenant_id, id,
       lpad(((s * 7919) % 999983)::text, 6, '0'), -- unique (7919 and the prime 999983), some with leading zeros
       CASE level WHEN 'BASIS' THEN 'Basisschool' WHEN 'SECUNDAIR' THEN 'Atheneum'
                  WHEN 'BUITENGEWOON_BASIS' THEN 'Buitengewone basisschool' WHEN 'BUITENGEWOON_SECUNDAIR' THEN 'Buso'
                  WHEN 'VOLWASSENEN' THEN 'Centrum voor volwassenenonderwijs' ELSE 'Academie' END
           || ' ' || pg_temp.pick(ARRAY['De Vlinder', 'Het Kompas', 'De Regenboog', 'De Zonnebloem', 'De Wilg', 'Klimop',
                                        'De Notelaar', 'Het Anker', 'De Linde', 'De Sleutel', 'Het Klavertje', 'De Horizon'], 'school-name-' || s)
           || ' ' || s,
       'Schoolstraat ' || (1 + s % 120),
       lpad((1000 + (s * 37) % 8999)::text, 4, '0'),
       pg_temp.pick(ARRAY['Voorbeeldegem', 'Proefdonk', 'Meetbeke', 'Cijferlo', 'Telrode', 'Rekenhove', 'Schaalgem', 'Toetsdaal'], 'school-place-' || s),
       level, pupils
FROM bench_school;
INSERT INTO school_plan (tenant_id, school_id, start_year, version, changed_by)
SELECT sc.tenant_id, sc.id, y.start_year, 1 + floor(20 * pg_temp.rnd('plan-version-' || sc.s || '-' || y.yi))::integer, 'benchmark'
FROM bench_school sc CROSS JOIN bench_year y;
-- LeerID: no row (not started) at 15 %, live at 40 % (live covers the single sign-on task in every year)
INSERT INTO leerid_school (tenant_id, school_id, state, changed_by)
SELECT tenant_id, id, CASE WHEN r < 0.30 THEN 'NOT_STARTED' WHEN r < 0.45 THEN 'REQUESTED' WHEN r < 0.60 THEN 'TEST' ELSE 'LIVE' END, 'benchmark'
FROM (SELECT *, pg_temp.rnd('leerid-' || s) AS r FROM bench_school) sc
WHERE r >= 0.15;

-- step: people
-- Per school and year its people; person k of a school keeps name, role and competences over the years.
CREATE TEMP TABLE bench_person AS
WITH roled AS (
    SELECT sc.s, sc.tenant_id, sc.id AS school_id, sc.people, y.yi, y.start_year, k,
           pg_temp.uid('person-' || sc.s || '-' || y.yi || '-' || k) AS id,
           CASE k WHEN 1 THEN 'TECHNISCH_ICT_COORDINATOR' WHEN 2 THEN 'PEDAGOGISCH_ICT_COORDINATOR' WHEN 3 THEN 'DIRECTIE'
                  WHEN 4 THEN 'ADMINISTRATIEF_MEDEWERKER' WHEN 5 THEN 'EXTERNE_FIRMA'
                  ELSE pg_temp.pick(ARRAY['LEERKRACHT', 'LEERKRACHT', 'LEERKRACHT', 'TAC', 'COMMUNICATIEVERANTWOORDELIJKE'],
                                    'person-role-' || sc.s || '-' || k) END AS role_type
    FROM bench_school sc CROSS JOIN bench_year y CROSS JOIN LATERAL generate_series(1, sc.people) k
)
SELECT *,
       CASE role_type WHEN 'TECHNISCH_ICT_COORDINATOR' THEN 'ICT_UREN' WHEN 'PEDAGOGISCH_ICT_COORDINATOR' THEN 'ICT_UREN'
                      WHEN 'LEERKRACHT' THEN 'BPT_UREN' WHEN 'EXTERNE_FIRMA' THEN 'WERKINGSMIDDELEN' WHEN 'TAC' THEN 'WERKINGSMIDDELEN'
                      WHEN 'COMMUNICATIEVERANTWOORDELIJKE' THEN 'ANDERE' ELSE 'PUNTENENVELOPPE' END AS funding,
       CASE role_type WHEN 'TECHNISCH_ICT_COORDINATOR' THEN 'TECHNISCH' WHEN 'TAC' THEN 'TECHNISCH' WHEN 'DIRECTIE' THEN 'BELEID'
                      WHEN 'ADMINISTRATIEF_MEDEWERKER' THEN 'ADMINISTRATIEF' WHEN 'COMMUNICATIEVERANTWOORDELIJKE' THEN 'ADMINISTRATIEF'
                      ELSE 'PEDAGOGISCH' END AS home_cluster
FROM roled;
ANALYZE bench_person;
INSERT INTO school_person (tenant_id, id, school_id, start_year, name, email, role_type)
SELECT tenant_id, id, school_id, start_year,
       CASE WHEN role_type = 'EXTERNE_FIRMA' THEN 'Firma ' || pg_temp.pick(ARRAY['Bitwerk', 'Netlus', 'Kabelkracht', 'Schermzorg'], 'firm-' || s) || ' bv'
            ELSE pg_temp.pick(ARRAY['An', 'Bram', 'Charlotte', 'Dries', 'Els', 'Fien', 'Gert', 'Hanne', 'Ilse', 'Jonas', 'Katrien', 'Lotte',
                                    'Mathias', 'Nele', 'Pieter', 'Roos', 'Sander', 'Tine', 'Wout', 'Yana'], 'first-' || s || '-' || k)
                 || ' ' || pg_temp.pick(ARRAY['Vlasveld', 'Lindeloo', 'Heidebeek', 'Kastanjedal', 'Wilgenhof', 'Beekhove', 'Molenaerts',
                                              'Zandbergen', 'Eikelaar', 'Brembeke', 'Hazelgem', 'Duinhove'], 'last-' || s || '-' || k) END,
       CASE WHEN k <= 2 THEN 'persoon' || k || '@school' || s || '.example' END,
       role_type
FROM bench_person;
INSERT INTO school_person_competence (tenant_id, person_id, competence_code)
SELECT p.tenant_id, p.id, c.code
FROM bench_person p CROSS JOIN competence c
WHERE p.role_type <> 'EXTERNE_FIRMA'
  AND pg_temp.rnd('competence-' || p.s || '-' || p.k || '-' || c.code)
      < CASE WHEN c.cluster_code = p.home_cluster THEN 0.55 WHEN c.cluster_code IS NULL THEN 0.25 ELSE 0.06 END;

-- step: allocations
-- Most tasks allocated (core tasks 85-91 %, later years more complete), a few central-level tasks too.
CREATE TEMP TABLE bench_allocation AS
SELECT sc.s, sc.tenant_id, sc.id AS school_id, sc.people, y.yi, y.start_year, t.code AS task_code, t.cluster_code, t.level_code,
       pg_temp.uid('allocation-' || sc.s || '-' || y.yi || '-' || t.code) AS id
FROM bench_school sc CROSS JOIN bench_year y CROSS JOIN catalogue_task t
WHERE pg_temp.rnd('allocated-' || sc.s || '-' || y.yi || '-' || t.code)
      < CASE t.level_code WHEN 'KERNTAAK' THEN 0.85 WHEN 'ANDEREN' THEN 0.60 ELSE 0.15 END + 0.03 * y.yi;
ANALYZE bench_allocation;
INSERT INTO allocation (tenant_id, id, school_id, start_year, task_code)
SELECT tenant_id, id, school_id, start_year, task_code FROM bench_allocation;
-- One share per allocation, a second one for 30 %. The first share goes to the person of the cluster
-- (technical coordinator, pedagogical coordinator, director, administrative staff; the firm for
-- technical "other" tasks) at 60 %, otherwise to anyone: so some clusters rest on one person.
CREATE TEMP TABLE bench_share AS
WITH first_pick AS (
    SELECT a.*,
           CASE WHEN pg_temp.rnd('usual-taker-' || a.id) < 0.6
                THEN CASE WHEN a.level_code = 'ANDEREN' AND a.cluster_code = 'TECHNISCH' THEN 5
                          ELSE CASE a.cluster_code WHEN 'TECHNISCH' THEN 1 WHEN 'PEDAGOGISCH' THEN 2 WHEN 'BELEID' THEN 3 ELSE 4 END END
                ELSE 1 + floor(a.people * pg_temp.rnd('any-taker-' || a.id))::integer END AS k1
    FROM bench_allocation a
), picks AS (
    SELECT id, s, yi, k1 AS k, 1 AS nr FROM first_pick
    UNION ALL
    -- another person than the first: an offset of 1 .. people-1
    SELECT id, s, yi, 1 + (k1 + floor((people - 1) * pg_temp.rnd('second-offset-' || id))::integer) % people, 2
    FROM first_pick WHERE pg_temp.rnd('second-taker-' || id) < 0.3
)
SELECT p.tenant_id, picks.id AS allocation_id, p.id AS person_id,
       round(2 * (1 + 19 * pg_temp.rnd('share-hours-' || picks.id || '-' || picks.nr))) / 2 AS hours,
       CASE WHEN pg_temp.rnd('share-funding-' || picks.id || '-' || picks.nr) < 0.1 THEN 'ANDERE' ELSE p.funding END AS funding_code
FROM picks JOIN bench_person p ON p.s = picks.s AND p.yi = picks.yi AND p.k = picks.k;
ANALYZE bench_share;
INSERT INTO allocation_share (tenant_id, allocation_id, person_id, hours, funding_code)
SELECT tenant_id, allocation_id, person_id, hours, funding_code FROM bench_share;

-- step: hours per person
-- What each person has of a funding source: around what they were given (over their hours at about 6 %),
-- and their usual source for the others.
INSERT INTO school_person_hours (tenant_id, person_id, funding_code, hours)
SELECT tenant_id, person_id, funding_code,
       round(allocated * (0.95 + 0.6 * pg_temp.rnd('available-' || person_id || '-' || funding_code)))
FROM (SELECT tenant_id, person_id, funding_code, sum(hours) AS allocated FROM bench_share GROUP BY tenant_id, person_id, funding_code) given;
INSERT INTO school_person_hours (tenant_id, person_id, funding_code, hours)
SELECT tenant_id, id, funding, 2 + floor(38 * pg_temp.rnd('usual-hours-' || id)) FROM bench_person
ON CONFLICT DO NOTHING;

-- step: central tasks
-- Per group and year, a choice of what groups typically take centrally: some for all schools, some for
-- chosen schools; about 10 % stopped, 15 % planned.
CREATE TEMP TABLE bench_central_task AS
WITH candidates (task_code, provider_code, all_schools, chance) AS (
    VALUES ('BEL_CENTRAL_03', 'AANKOOPCENTRALE', true, 0.8),
           ('BEL_CENTRAL_01', 'KOEPEL', true, 0.7),
           ('BEL_CENTRAL_02', 'KOEPEL', true, 0.5),
           ('TECH_CENTRAL_01', 'KOEPEL', true, 0.4),
           ('TECH_CENTRAL_02', 'LEERID', true, 0.6),
           ('TECH_CORE_09', 'SCHOLENGROEP', false, 0.4),
           ('TECH_CORE_05', 'SCHOLENGROEP', true, 0.3),
           ('ADM_CORE_02', 'SCHOLENGROEP', true, 0.35),
           ('TECH_CORE_02', 'EXTERNE_FIRMA', false, 0.25),
           ('BEL_CORE_05', 'SCHOLENGROEP', false, 0.2),
           ('PED_CORE_06', 'KENNISCENTRUM_DIGISPRONG', true, 0.2)
)
SELECT grp.g, grp.tenant_id, y.yi, y.start_year, c.task_code, c.provider_code, c.all_schools,
       pg_temp.uid('central-' || grp.g || '-' || y.yi || '-' || c.task_code) AS id,
       pg_temp.rnd('central-status-' || grp.g || '-' || y.yi || '-' || c.task_code) AS r_status
FROM bench_group grp CROSS JOIN bench_year y CROSS JOIN candidates c
WHERE pg_temp.rnd('central-' || grp.g || '-' || c.task_code) < c.chance;
ANALYZE bench_central_task;
INSERT INTO central_task (tenant_id, id, start_year, task_code, provider_code, hours, funding_code, status, all_schools)
SELECT tenant_id, id, start_year, task_code, provider_code,
       10 * (1 + floor(20 * pg_temp.rnd('central-hours-' || id))),
       CASE WHEN provider_code = 'SCHOLENGROEP' THEN 'ICT_UREN' END,
       CASE WHEN r_status < 0.10 THEN 'STOPPED' WHEN r_status < 0.25 THEN 'PLANNED' ELSE 'ACTIVE' END,
       all_schools
FROM bench_central_task;
INSERT INTO central_task_school (tenant_id, central_task_id, school_id)
SELECT ct.tenant_id, ct.id, sc.id
FROM bench_central_task ct JOIN bench_school sc ON sc.g = ct.g
WHERE NOT ct.all_schools AND pg_temp.rnd('central-school-' || ct.id || '-' || sc.s) < 0.5;
