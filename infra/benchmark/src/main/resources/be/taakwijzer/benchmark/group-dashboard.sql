-- The group dashboard's numbers in one statement, as the application role with the tenant set (row-level
-- security keeps it to the group's schools). Per school in the year: how many catalogue tasks are covered
-- centrally, allocated (at least one share) or open; the school's own hours (tasks covered centrally left
-- out, view own_allocation_share) per cluster and per funding source; how many times a person gets more
-- hours of a funding source than they have of it; how many clusters rest on one single person; the other
-- warnings of a plan (open core tasks, a share without a competence of its cluster, specialisation with a
-- non-technical role); and the year before's coverage and own hours.
WITH params AS (
    SELECT ?::integer AS year
), covered AS (
    SELECT c.school_id, c.task_code FROM school_task_coverage c, params WHERE c.start_year = params.year
), allocated AS (
    SELECT DISTINCT a.school_id, a.task_code
    FROM allocation a
    JOIN allocation_share sh ON sh.tenant_id = a.tenant_id AND sh.allocation_id = a.id, params
    WHERE a.start_year = params.year
), task_states AS (
    SELECT s.id AS school_id,
           count(c.task_code) AS central,
           count(al.task_code) FILTER (WHERE c.task_code IS NULL) AS allocated,
           count(*) FILTER (WHERE c.task_code IS NULL AND al.task_code IS NULL) AS open,
           count(*) FILTER (WHERE c.task_code IS NULL AND al.task_code IS NULL AND t.level_code = 'KERNTAAK') AS open_core
    FROM school s
    CROSS JOIN catalogue_task t
    LEFT JOIN covered c ON c.school_id = s.id AND c.task_code = t.code
    LEFT JOIN allocated al ON al.school_id = s.id AND al.task_code = t.code
    GROUP BY s.id
), own AS (
    SELECT o.tenant_id, o.school_id, o.start_year, o.task_code, o.cluster_code, o.needs_specialisation, o.person_id, o.role_type,
           o.funding_code, o.hours
    FROM own_allocation_share o, params
    WHERE o.start_year IN (params.year, params.year - 1)
), this_year AS (
    SELECT own.* FROM own, params WHERE own.start_year = params.year
), by_cluster AS (
    SELECT school_id, jsonb_object_agg(cluster_code, hours) AS hours
    FROM (SELECT school_id, cluster_code, sum(hours) AS hours FROM this_year GROUP BY school_id, cluster_code) x
    GROUP BY school_id
), by_funding AS (
    SELECT school_id, jsonb_object_agg(funding_code, hours) AS hours
    FROM (SELECT school_id, funding_code, sum(hours) AS hours FROM this_year GROUP BY school_id, funding_code) x
    GROUP BY school_id
), over_hours AS (
    SELECT given.school_id, count(*) AS people
    FROM (SELECT tenant_id, school_id, person_id, funding_code, sum(hours) AS hours
          FROM this_year GROUP BY tenant_id, school_id, person_id, funding_code) given
    LEFT JOIN school_person_hours h
           ON h.tenant_id = given.tenant_id AND h.person_id = given.person_id AND h.funding_code = given.funding_code
    WHERE given.hours > coalesce(h.hours, 0)
    GROUP BY given.school_id
), one_person AS (
    SELECT school_id, count(*) AS clusters
    FROM (SELECT school_id, cluster_code FROM this_year GROUP BY school_id, cluster_code HAVING count(DISTINCT person_id) = 1) x
    GROUP BY school_id
), missing_competence AS (
    SELECT o.school_id, count(*) AS shares
    FROM this_year o
    WHERE o.role_type <> 'EXTERNE_FIRMA'
      AND EXISTS (SELECT 1 FROM competence c WHERE c.cluster_code = o.cluster_code)
      AND NOT EXISTS (SELECT 1 FROM school_person_competence pc JOIN competence c ON c.code = pc.competence_code
                      WHERE pc.tenant_id = o.tenant_id AND pc.person_id = o.person_id AND c.cluster_code = o.cluster_code)
    GROUP BY o.school_id
), specialisation AS (
    SELECT school_id, count(*) AS shares
    FROM this_year
    WHERE needs_specialisation AND role_type NOT IN ('TECHNISCH_ICT_COORDINATOR', 'EXTERNE_FIRMA')
    GROUP BY school_id
), previous AS (
    SELECT own.school_id, sum(own.hours) AS hours, count(DISTINCT own.task_code) AS allocated
    FROM own, params WHERE own.start_year = params.year - 1 GROUP BY own.school_id
), previous_central AS (
    SELECT c.school_id, count(*) AS central FROM school_task_coverage c, params WHERE c.start_year = params.year - 1 GROUP BY c.school_id
)
SELECT s.id, s.name, ts.central, ts.allocated, ts.open,
       coalesce(bc.hours, '{}') AS hours_by_cluster, coalesce(bf.hours, '{}') AS hours_by_funding,
       coalesce(oh.people, 0) AS over_hours, coalesce(op.clusters, 0) AS clusters_on_one_person,
       coalesce(ts.open_core, 0) AS open_core_tasks, coalesce(mc.shares, 0) AS missing_competence,
       coalesce(sp.shares, 0) AS specialisation_to_non_technical_role,
       coalesce(pv.hours, 0) AS previous_year_hours, coalesce(pv.allocated, 0) AS previous_year_allocated,
       coalesce(pc.central, 0) AS previous_year_central
FROM school s
JOIN task_states ts ON ts.school_id = s.id
LEFT JOIN by_cluster bc ON bc.school_id = s.id
LEFT JOIN by_funding bf ON bf.school_id = s.id
LEFT JOIN over_hours oh ON oh.school_id = s.id
LEFT JOIN one_person op ON op.school_id = s.id
LEFT JOIN missing_competence mc ON mc.school_id = s.id
LEFT JOIN specialisation sp ON sp.school_id = s.id
LEFT JOIN previous pv ON pv.school_id = s.id
LEFT JOIN previous_central pc ON pc.school_id = s.id
ORDER BY s.name
