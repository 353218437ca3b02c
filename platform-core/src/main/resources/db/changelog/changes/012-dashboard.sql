--liquibase formatted sql

--changeset taakwijzer:012-school-pupil-count
--comment: The number of pupils of a school, for comparing schools of the same size (size bands on the dashboards). Unknown is allowed.
ALTER TABLE school ADD COLUMN pupil_count integer CHECK (pupil_count BETWEEN 0 AND 100000);

--changeset taakwijzer:012-school-task-coverage splitStatements:false
--comment: Per school and school year the tasks covered centrally and by whom: the group's central tasks that are not stopped (for all or the chosen schools) and LeerID live, which covers the single sign-on task TECH_CENTRAL_02 in every year (as allocation.WorkspaceCoverages and sso.LeerIdCoverage decide in Java; a test holds both to the same answer). Runs with the reader's rights, so row-level security applies.
CREATE VIEW school_task_coverage WITH (security_invoker = true) AS
SELECT DISTINCT ON (covered.tenant_id, covered.school_id, covered.start_year, covered.task_code)
       covered.tenant_id, covered.school_id, covered.start_year, covered.task_code, covered.provider_code
FROM (
    SELECT ct.tenant_id, s.id AS school_id, ct.start_year, ct.task_code, ct.provider_code, 2 AS precedence
    FROM central_task ct
    JOIN school s ON s.tenant_id = ct.tenant_id
    WHERE ct.status <> 'STOPPED'
      AND ct.task_code <> 'TECH_CENTRAL_02'
      AND (ct.all_schools OR EXISTS (SELECT 1 FROM central_task_school cs
                                     WHERE cs.tenant_id = ct.tenant_id AND cs.central_task_id = ct.id AND cs.school_id = s.id))
    UNION ALL
    SELECT l.tenant_id, l.school_id, y.start_year, 'TECH_CENTRAL_02', 'LEERID', 1
    FROM leerid_school l
    JOIN school_year y ON y.tenant_id = l.tenant_id
    WHERE l.state = 'LIVE'
) covered
ORDER BY covered.tenant_id, covered.school_id, covered.start_year, covered.task_code, covered.precedence;
GRANT SELECT ON school_task_coverage TO ${app_role};

--changeset taakwijzer:012-own-allocation-share splitStatements:false
--comment: The shares of the allocations a school carries itself: those of tasks covered centrally at that school are the group's work, not the school's (as in the plan's warnings). With the task's cluster and level and the person's role, for the dashboards.
CREATE VIEW own_allocation_share WITH (security_invoker = true) AS
SELECT a.tenant_id, a.school_id, a.start_year, a.task_code, t.cluster_code, t.level_code, t.needs_specialisation,
       sh.person_id, p.role_type, sh.funding_code, sh.hours
FROM allocation a
JOIN allocation_share sh ON sh.tenant_id = a.tenant_id AND sh.allocation_id = a.id
JOIN school_person p ON p.tenant_id = sh.tenant_id AND p.id = sh.person_id
JOIN catalogue_task t ON t.code = a.task_code
WHERE NOT EXISTS (SELECT 1 FROM school_task_coverage c
                  WHERE c.tenant_id = a.tenant_id AND c.school_id = a.school_id
                    AND c.start_year = a.start_year AND c.task_code = a.task_code);
GRANT SELECT ON own_allocation_share TO ${app_role};
