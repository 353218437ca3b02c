--liquibase formatted sql

--changeset taakwijzer:013-reporting-role splitStatements:false
--comment: The one path across school groups: a role nobody logs in as, which owns the reporting functions below (security definer). The administrator creates it (DatabaseProvisioner) and lets the owner act as it without inheriting its rights; only a superuser (code generation) creates it here.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${reporting_role}') THEN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
            RAISE EXCEPTION 'The reporting role "${reporting_role}" is missing and % may not create it: create it as an administrator (NOLOGIN NOSUPERUSER NOBYPASSRLS) and grant it to % WITH INHERIT FALSE, SET TRUE, as DatabaseProvisioner does', current_user, current_user;
        END IF;
        CREATE ROLE ${reporting_role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${reporting_role}' AND (rolcanlogin OR rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'The reporting role "${reporting_role}" must be NOLOGIN, NOSUPERUSER and NOBYPASSRLS';
    END IF;
    -- the owner may act as the role (to give it the functions) but must not inherit its rights: its policies read every group
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AND pg_has_role(current_user, '${reporting_role}', 'USAGE') THEN
        RAISE EXCEPTION '% inherits the rights of the reporting role "${reporting_role}": grant it WITH INHERIT FALSE, SET TRUE', current_user;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO ${reporting_role};

--changeset taakwijzer:013-reporting-read-access splitStatements:false
--comment: What the reporting functions read. The policies are for the reporting role only (TO), so the application's queries keep their single tenant policy. Nobody inherits the role (checked above and by the tests), and a constant true keeps the planner's estimates right: a per-row current_user test made it misjudge every join a hundredfold (15 s instead of 0.1 s at Flanders scale).
GRANT SELECT ON school_group, school, school_year, central_task, central_task_school, leerid_school,
    allocation, allocation_share, school_person, catalogue_task, cluster TO ${reporting_role};
GRANT SELECT ON school_task_coverage, own_allocation_share TO ${reporting_role};
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['school_group', 'school', 'school_year', 'central_task', 'central_task_school', 'leerid_school',
                             'allocation', 'allocation_share', 'school_person'] LOOP
        EXECUTE format('CREATE POLICY umbrella_reporting ON %I FOR SELECT TO ${reporting_role} USING (true)', t);
    END LOOP;
END
$$;
-- a year's allocations of a set of groups, read from the index alone
CREATE INDEX allocation_year_idx ON allocation (start_year, tenant_id) INCLUDE (id, school_id, task_code);

--changeset taakwijzer:013-reporting-functions splitStatements:false
--comment: Aggregates over the schools of one umbrella, never a row per school or a name. The adviser's umbrella comes from app.umbrella_id (set per transaction from the login, like app.tenant_id), a director's from their own group: no function takes an umbrella as argument. A population of fewer than k schools, or a count of 1 to k-1 schools, is NULL and flagged suppressed.

-- k of k-anonymity: the one place it is defined
CREATE FUNCTION reporting_min_schools() RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS 'SELECT 5';

-- Size bands by number of pupils, for comparing like with like.
CREATE FUNCTION size_band(pupil_count integer) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE
           WHEN pupil_count IS NULL THEN 'UNKNOWN'
           WHEN pupil_count < 150 THEN 'UNDER_150'
           WHEN pupil_count < 300 THEN 'FROM_150_TO_299'
           WHEN pupil_count < 600 THEN 'FROM_300_TO_599'
           ELSE 'FROM_600'
       END
$$;

-- The adviser's umbrella of this transaction, or NULL.
CREATE FUNCTION reporting_adviser_umbrella() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.umbrella_id', true), '')::uuid $$;

-- The schools that count for an umbrella in a year: those of its groups that have that school year.
-- Plain SQL, so that the planner inlines it into the reporting functions.
CREATE FUNCTION reporting_schools(p_umbrella uuid, p_year integer)
    RETURNS TABLE (tenant_id uuid, school_id uuid, education_level text, size_band text)
    LANGUAGE sql STABLE
AS $$
SELECT s.tenant_id, s.id, s.education_level, size_band(s.pupil_count)
FROM school_group g
JOIN school_year y ON y.tenant_id = g.tenant_id AND y.start_year = p_year
JOIN school s ON s.tenant_id = g.tenant_id
WHERE g.umbrella_id = p_umbrella
$$;

-- The school years of the adviser's umbrella's groups.
CREATE FUNCTION umbrella_years() RETURNS SETOF integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
SELECT DISTINCT y.start_year
FROM school_group g JOIN school_year y ON y.tenant_id = g.tenant_id
WHERE g.umbrella_id = reporting_adviser_umbrella()
ORDER BY 1
$$;

-- The adviser's umbrella dashboard of a year, in one statement so that the schools' allocations are read once.
-- Sections: SCHOOLS (how many schools count), COVERAGE (per task: at how many schools, which share, it is
-- covered centrally) with PROVIDER rows (the same per provider), CLUSTER_HOURS (per size band and cluster the
-- median and quartiles of the schools' own hours, schools without any counting 0), ROLES (per cluster and role:
-- at how many schools the role takes part, its share of the hours), GAPS (the ten core tasks most often open:
-- not covered, nobody allocated). "position" orders a section's rows; suppressed gaps come after the shown ones,
-- by code, so that their order tells nothing.
CREATE FUNCTION umbrella_dashboard(p_year integer)
    RETURNS TABLE (section text, "position" integer, task_code text, provider_code text, size_band text, cluster_code text,
                   role_type text, schools integer, share numeric, median numeric, p25 numeric, p75 numeric,
                   suppressed boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
WITH counted AS MATERIALIZED (
    SELECT * FROM reporting_schools(reporting_adviser_umbrella(), p_year)
), total AS (
    -- no row at all without an adviser's umbrella, and so no row in any section
    SELECT count(*)::integer AS schools, reporting_min_schools() AS k FROM counted
    HAVING reporting_adviser_umbrella() IS NOT NULL
), covered AS MATERIALIZED (
    SELECT c.school_id, c.task_code, c.provider_code
    FROM school_task_coverage c
    JOIN counted s ON s.tenant_id = c.tenant_id AND s.school_id = c.school_id
    WHERE c.start_year = p_year
), own AS MATERIALIZED (
    -- a plan of the year exists only in a group with that school year: these are the counted schools' shares
    -- (by group, not by school: the planner misjudges a join on two correlated columns and picks nested loops)
    SELECT o.school_id, o.task_code, o.cluster_code, o.role_type, o.hours
    FROM own_allocation_share o
    WHERE o.start_year = p_year
      AND o.tenant_id IN (SELECT g.tenant_id FROM school_group g WHERE g.umbrella_id = reporting_adviser_umbrella())
), coverage AS (
    SELECT t.code AS task_code, NULL::text AS provider_code, count(c.school_id)::integer AS schools
    FROM catalogue_task t
    LEFT JOIN covered c ON c.task_code = t.code
    GROUP BY t.code, t.level_code
    HAVING t.level_code = 'CENTRAAL' OR count(c.school_id) > 0
    UNION ALL
    SELECT c.task_code, c.provider_code, count(*)::integer
    FROM covered c
    GROUP BY c.task_code, c.provider_code
), school_cluster AS (
    SELECT s.school_id, s.size_band, cl.code AS cluster_code, coalesce(sum(own.hours), 0) AS hours
    FROM counted s
    CROSS JOIN cluster cl
    LEFT JOIN own ON own.school_id = s.school_id AND own.cluster_code = cl.code
    GROUP BY s.school_id, s.size_band, cl.code
), cluster_hours AS (
    SELECT h.size_band, h.cluster_code, count(*)::integer AS schools,
           percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY h.hours::double precision) AS quartiles
    FROM school_cluster h
    GROUP BY h.size_band, h.cluster_code
), school_role AS (
    SELECT o.cluster_code, o.role_type, o.school_id, sum(o.hours) AS hours
    FROM own o
    GROUP BY o.cluster_code, o.role_type, o.school_id
), roles AS (
    SELECT r.cluster_code, r.role_type, count(*)::integer AS schools,
           sum(r.hours) / nullif(sum(sum(r.hours)) OVER (PARTITION BY r.cluster_code), 0) AS share
    FROM school_role r
    GROUP BY r.cluster_code, r.role_type
), gaps AS (
    SELECT t.code AS task_code, n.schools - count(done.school_id)::integer AS schools
    FROM catalogue_task t
    CROSS JOIN total n
    LEFT JOIN (SELECT school_id, task_code FROM covered UNION SELECT school_id, task_code FROM own) done
           ON done.task_code = t.code
    WHERE t.level_code = 'KERNTAAK'
    GROUP BY t.code, n.schools
), ranked_gaps AS (
    SELECT g.task_code, g.schools, g.schools >= n.k AS shown,
           row_number() OVER (ORDER BY g.schools >= n.k DESC, CASE WHEN g.schools >= n.k THEN g.schools END DESC,
                                       g.task_code)::integer AS "position"
    FROM gaps g, total n
    WHERE g.schools > 0
)
SELECT 'SCHOOLS', 1, NULL::text, NULL::text, NULL::text, NULL::text, NULL::text,
       CASE WHEN n.schools >= n.k THEN n.schools END, NULL::numeric, NULL::numeric, NULL::numeric, NULL::numeric,
       n.schools < n.k
FROM total n
UNION ALL
SELECT CASE WHEN c.provider_code IS NULL THEN 'COVERAGE' ELSE 'PROVIDER' END,
       row_number() OVER (ORDER BY c.task_code, c.provider_code NULLS FIRST)::integer,
       c.task_code, c.provider_code, NULL, NULL, NULL,
       CASE WHEN NOT hidden THEN c.schools END,
       CASE WHEN NOT hidden THEN round(c.schools::numeric / n.schools, 3) END,
       NULL, NULL, NULL, hidden
FROM coverage c, total n, LATERAL (SELECT n.schools < n.k OR c.schools BETWEEN 1 AND n.k - 1 AS hidden) h
WHERE c.provider_code IS NULL OR n.schools >= n.k
UNION ALL
SELECT 'CLUSTER_HOURS', row_number() OVER (ORDER BY h.size_band, h.cluster_code)::integer,
       NULL, NULL, h.size_band, h.cluster_code, NULL,
       CASE WHEN shown THEN h.schools END, NULL,
       CASE WHEN shown THEN round(h.quartiles[2]::numeric, 1) END,
       CASE WHEN shown THEN round(h.quartiles[1]::numeric, 1) END,
       CASE WHEN shown THEN round(h.quartiles[3]::numeric, 1) END,
       NOT shown
FROM cluster_hours h, total n, LATERAL (SELECT h.schools >= n.k AS shown) k
UNION ALL
SELECT 'ROLES', row_number() OVER (ORDER BY r.cluster_code, r.role_type)::integer,
       NULL, NULL, NULL, r.cluster_code, r.role_type,
       CASE WHEN shown THEN r.schools END,
       CASE WHEN shown THEN round(r.share, 3) END,
       NULL, NULL, NULL, NOT shown
FROM roles r, total n, LATERAL (SELECT r.schools >= n.k AS shown) k
UNION ALL
SELECT 'GAPS', g."position", g.task_code, NULL, NULL, NULL, NULL,
       CASE WHEN g.shown THEN g.schools END,
       CASE WHEN g.shown THEN round(g.schools::numeric / n.schools, 3) END,
       NULL, NULL, NULL, NOT g.shown
FROM ranked_gaps g, total n
WHERE g."position" <= 10
$$;

-- A school of the caller's own group beside the comparable schools of the same umbrella (same education
-- level and size band, the school itself left out): its own hours per cluster and their median and quartiles.
CREATE FUNCTION school_benchmark(p_school uuid, p_year integer)
    RETURNS TABLE (cluster_code text, size_band text, own_hours numeric, schools integer, median numeric, p25 numeric,
                   p75 numeric, suppressed boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    own record;
BEGIN
    -- row-level security does not limit this function's owner: the school must be one of the caller's own group
    SELECT s.id, s.education_level, size_band(s.pupil_count) AS band, g.umbrella_id INTO own
    FROM school s JOIN school_group g ON g.tenant_id = s.tenant_id
    WHERE s.tenant_id = current_tenant_id() AND s.id = p_school;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'not a school of the own group' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
    WITH comparable AS MATERIALIZED (
        SELECT s.tenant_id, s.school_id
        FROM reporting_schools(own.umbrella_id, p_year) s
        WHERE s.education_level = own.education_level AND s.size_band = own.band AND s.school_id <> own.id
    ), shares AS (
        SELECT o.school_id, o.cluster_code, sum(o.hours) AS hours
        FROM own_allocation_share o
        WHERE o.start_year = p_year
          AND o.tenant_id IN (SELECT c.tenant_id FROM comparable c) AND o.school_id IN (SELECT c.school_id FROM comparable c)
        GROUP BY o.school_id, o.cluster_code
    ), hours AS (
        SELECT s.school_id, cl.code AS cluster_code, coalesce(sh.hours, 0) AS hours
        FROM comparable s
        CROSS JOIN cluster cl
        LEFT JOIN shares sh ON sh.school_id = s.school_id AND sh.cluster_code = cl.code
    ), quartiles AS (
        SELECT h.cluster_code, count(*)::integer AS schools,
               percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY h.hours::double precision) AS q
        FROM hours h
        GROUP BY h.cluster_code
    ), own_hours AS (
        SELECT o.cluster_code, sum(o.hours) AS hours
        FROM own_allocation_share o
        WHERE o.tenant_id = current_tenant_id() AND o.school_id = own.id AND o.start_year = p_year
        GROUP BY o.cluster_code
    )
    SELECT cl.code, own.band, coalesce(oh.hours, 0),
           CASE WHEN shown THEN q.schools END,
           CASE WHEN shown THEN round(q.q[2]::numeric, 1) END,
           CASE WHEN shown THEN round(q.q[1]::numeric, 1) END,
           CASE WHEN shown THEN round(q.q[3]::numeric, 1) END,
           NOT shown
    FROM cluster cl
    LEFT JOIN own_hours oh ON oh.cluster_code = cl.code
    LEFT JOIN quartiles q ON q.cluster_code = cl.code,
    LATERAL (SELECT coalesce(q.schools, 0) >= reporting_min_schools() AS shown) k
    ORDER BY cl.sort_order;
END
$$;

-- The application runs the reporting functions and nothing else; only the reporting role owns and runs the
-- helpers. Grants first, while the owner still owns the functions (it inherits nothing of the role).
-- Taking ownership needs CREATE on the schema for a moment; the role keeps only USAGE.
GRANT EXECUTE ON FUNCTION reporting_min_schools(), size_band(integer) TO ${app_role};
GRANT CREATE ON SCHEMA public TO ${reporting_role};
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOREACH f IN ARRAY ARRAY['reporting_adviser_umbrella()', 'reporting_schools(uuid, integer)', 'umbrella_years()',
                             'umbrella_dashboard(integer)', 'school_benchmark(uuid, integer)']::regprocedure[] LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
        IF f::text NOT LIKE 'reporting\_%' THEN
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO ${app_role}', f);
        END IF;
        EXECUTE format('ALTER FUNCTION %s OWNER TO ${reporting_role}', f);
    END LOOP;
END
$$;
REVOKE CREATE ON SCHEMA public FROM ${reporting_role};
