--liquibase formatted sql

--changeset taakwijzer:019-catalogue-version
--comment: The task catalogue in versions (ADR 0014). Version 1 is the guide. The operator adds, rewords and retires tasks in one draft version at a time and publishes it; a school year uses one published version, and what was allocated keeps the version it was made with.
CREATE TABLE catalogue_version (
    number       integer     PRIMARY KEY CHECK (number >= 1),
    state        text        NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED')),
    note_nl      text        NOT NULL DEFAULT '' CHECK (length(note_nl) <= 2000),
    note_en      text        NOT NULL DEFAULT '' CHECK (length(note_en) <= 2000),
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL,
    published_at timestamptz,
    published_by text,
    -- guards the draft against two operators editing it at once
    lock_version integer     NOT NULL DEFAULT 0,
    CHECK ((state = 'PUBLISHED') = (published_at IS NOT NULL AND published_by IS NOT NULL))
);
-- at most one draft, always after the published versions
CREATE UNIQUE INDEX catalogue_version_one_draft ON catalogue_version (state) WHERE state = 'DRAFT';
INSERT INTO catalogue_version (number, state, note_nl, note_en, created_at, created_by, published_at, published_by)
VALUES (1, 'PUBLISHED', 'De takenlijst van de Wegwijzer takenpakket van je ICT-team (update 27/10/2023).',
        'The task list of the guide Wegwijzer takenpakket van je ICT-team (update 27/10/2023).',
        '2023-10-27 00:00+01', 'Kenniscentrum Digisprong', '2023-10-27 00:00+01', 'Kenniscentrum Digisprong');

-- A task lives from the version that added it until the version that retired it; its code never changes,
-- so allocations of every year keep pointing at it.
ALTER TABLE catalogue_task ADD COLUMN introduced_in integer NOT NULL DEFAULT 1 REFERENCES catalogue_version (number);
ALTER TABLE catalogue_task ADD COLUMN retired_in integer REFERENCES catalogue_version (number);
ALTER TABLE catalogue_task ADD CONSTRAINT catalogue_task_retired_after_introduced CHECK (retired_in > introduced_in);
ALTER TABLE catalogue_task ALTER COLUMN introduced_in DROP DEFAULT;

-- A new wording of a task from a version on; the task's own name is its wording when it was added.
CREATE TABLE catalogue_task_wording (
    task_code text    NOT NULL REFERENCES catalogue_task (code) ON DELETE CASCADE,
    version   integer NOT NULL REFERENCES catalogue_version (number),
    name_nl   text    NOT NULL CHECK (length(btrim(name_nl)) BETWEEN 1 AND 500),
    name_en   text    NOT NULL CHECK (length(btrim(name_en)) BETWEEN 1 AND 500),
    PRIMARY KEY (task_code, version)
);

-- Every edit of a draft, for the operator's audit: who changed which task how, with the wording before and after.
CREATE TABLE catalogue_change (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version    integer     NOT NULL REFERENCES catalogue_version (number),
    task_code  text        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('ADDED', 'REWORDED', 'RETIRED', 'UNDONE')),
    before_nl  text,
    before_en  text,
    after_nl   text,
    after_en   text,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text        NOT NULL
);
CREATE INDEX catalogue_change_version_idx ON catalogue_change (version, id);

--changeset taakwijzer:019-catalogue-task-at splitStatements:false
--comment: Every task as it reads in every version, the draft included: the one place that decides which tasks a version holds and how they are worded. The application's readers ask for published versions only (a school year refers to one).
CREATE VIEW catalogue_task_at AS
SELECT v.number AS catalogue_version, t.code, t.cluster_code, t.level_code, t.area_code,
       coalesce(w.name_nl, t.name_nl) AS name_nl, coalesce(w.name_en, t.name_en) AS name_en,
       t.needs_specialisation, t.sort_order
FROM catalogue_version v
JOIN catalogue_task t ON t.introduced_in <= v.number AND (t.retired_in IS NULL OR t.retired_in > v.number)
LEFT JOIN LATERAL (SELECT cw.name_nl, cw.name_en FROM catalogue_task_wording cw
                   WHERE cw.task_code = t.code AND cw.version <= v.number
                   ORDER BY cw.version DESC LIMIT 1) w ON true;

-- The newest published version: what a new school year starts with.
CREATE FUNCTION latest_catalogue_version() RETURNS integer
    LANGUAGE sql STABLE AS
$$ SELECT max(number) FROM catalogue_version WHERE state = 'PUBLISHED' $$;

--changeset taakwijzer:019-year-and-allocation-version splitStatements:false
--comment: The version a school year uses, and the version each allocation and central task was made with. Triggers fill them on insert, so every path that adds a year, an allocation or a central task (the plans, the copier, the demo and benchmark data) records it without knowing about versions.
ALTER TABLE school_year ADD COLUMN catalogue_version integer REFERENCES catalogue_version (number);
UPDATE school_year SET catalogue_version = 1;
ALTER TABLE school_year ALTER COLUMN catalogue_version SET NOT NULL;
GRANT UPDATE (catalogue_version) ON school_year TO ${app_role};

ALTER TABLE allocation ADD COLUMN catalogue_version integer REFERENCES catalogue_version (number);
UPDATE allocation SET catalogue_version = 1;
ALTER TABLE allocation ALTER COLUMN catalogue_version SET NOT NULL;

ALTER TABLE central_task ADD COLUMN catalogue_version integer REFERENCES catalogue_version (number);
UPDATE central_task SET catalogue_version = 1;
ALTER TABLE central_task ALTER COLUMN catalogue_version SET NOT NULL;

CREATE FUNCTION school_year_catalogue_version() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.catalogue_version IS NULL THEN
        NEW.catalogue_version := latest_catalogue_version();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER school_year_catalogue_version BEFORE INSERT ON school_year
    FOR EACH ROW EXECUTE FUNCTION school_year_catalogue_version();

-- runs with the inserting role's rights: row-level security lets it read only its own group's year
CREATE FUNCTION made_with_catalogue_version() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.catalogue_version IS NULL THEN
        SELECT y.catalogue_version INTO NEW.catalogue_version
        FROM school_year y WHERE y.tenant_id = NEW.tenant_id AND y.start_year = NEW.start_year;
        NEW.catalogue_version := coalesce(NEW.catalogue_version, latest_catalogue_version());
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER allocation_catalogue_version BEFORE INSERT ON allocation
    FOR EACH ROW EXECUTE FUNCTION made_with_catalogue_version();
CREATE TRIGGER central_task_catalogue_version BEFORE INSERT ON central_task
    FOR EACH ROW EXECUTE FUNCTION made_with_catalogue_version();

--changeset taakwijzer:019-catalogue-version-grants
--comment: The application reads the catalogue; the operator console edits drafts and publishes them.
GRANT SELECT ON catalogue_version, catalogue_task_wording, catalogue_task_at TO ${app_role};
GRANT EXECUTE ON FUNCTION latest_catalogue_version() TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON catalogue_version TO ${operator_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON catalogue_task, catalogue_task_wording TO ${operator_role};
GRANT SELECT, INSERT ON catalogue_change TO ${operator_role};
GRANT SELECT ON catalogue_task_at TO ${operator_role};
GRANT EXECUTE ON FUNCTION latest_catalogue_version() TO ${operator_role};

--changeset taakwijzer:019-umbrella-dashboard-versions splitStatements:false
--comment: The umbrella dashboard with catalogue versions: the central tasks it lists are those of the newest version (and any still covered somewhere), and a core task counts as open only at schools whose year's version holds it. Replaced as the reporting role, which owns the function (the owner may act as it, see 013).
GRANT SELECT ON catalogue_task_at, catalogue_version TO ${reporting_role};
GRANT EXECUTE ON FUNCTION latest_catalogue_version() TO ${reporting_role};
GRANT CREATE ON SCHEMA public TO ${reporting_role};
SET ROLE ${reporting_role};
CREATE OR REPLACE FUNCTION umbrella_dashboard(p_year integer)
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
    HAVING (t.level_code = 'CENTRAAL'
            AND t.code IN (SELECT a.code FROM catalogue_task_at a WHERE a.catalogue_version = latest_catalogue_version()))
        OR count(c.school_id) > 0
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
    -- a core task is open at a school whose year's catalogue version holds it and that neither covers nor allocates it
    SELECT t.code AS task_code, count(*) FILTER (WHERE done.school_id IS NULL)::integer AS schools
    FROM counted s
    JOIN school_year y ON y.tenant_id = s.tenant_id AND y.start_year = p_year
    JOIN catalogue_task_at t ON t.catalogue_version = y.catalogue_version AND t.level_code = 'KERNTAAK'
    LEFT JOIN (SELECT school_id, task_code FROM covered UNION SELECT school_id, task_code FROM own) done
           ON done.school_id = s.school_id AND done.task_code = t.code
    GROUP BY t.code
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
RESET ROLE;
REVOKE CREATE ON SCHEMA public FROM ${reporting_role};
