-- The umbrella dashboard's aggregates over all schools of the umbrella's groups, in one statement. Read
-- across tenants, as a superuser (no row-level security), with the umbrella named explicitly. Per catalogue
-- task: the share of the schools where it is covered centrally, and per provider at how many schools. Per
-- cluster and size band (pupils <150, 150-299, 300-599, 600+): the 25th, 50th and 75th percentile of a
-- school's own hours on that cluster (tasks covered centrally left out, as in the view own_allocation_share).
-- Per cluster and role: at how many schools the role takes part and its share of the cluster's hours. Per
-- core task: at how many schools nobody takes it (not covered, not allocated). Cells of fewer than 5
-- schools are left out (k-anonymity).
-- Written for the planner: the coverage is computed once for the umbrella's schools (MATERIALIZED) and
-- anti-joined; through the view own_allocation_share (whose NOT EXISTS the planner misjudges by ~300x
-- here) the same numbers took two to six times as long (docs/performance.md).
WITH params AS (
    SELECT ?::uuid AS umbrella, ?::integer AS year
), schools AS MATERIALIZED (
    SELECT s.tenant_id, s.id,
           CASE WHEN s.pupil_count < 150 THEN '<150' WHEN s.pupil_count < 300 THEN '150-299'
                WHEN s.pupil_count < 600 THEN '300-599' WHEN s.pupil_count IS NOT NULL THEN '600+' END AS band
    FROM school s
    JOIN school_group g ON g.tenant_id = s.tenant_id
    WHERE g.umbrella_id = (SELECT umbrella FROM params)
), covered AS MATERIALIZED (
    SELECT c.tenant_id, c.school_id, c.task_code, c.provider_code
    FROM school_task_coverage c
    JOIN schools s ON s.tenant_id = c.tenant_id AND s.id = c.school_id
    WHERE c.start_year = (SELECT year FROM params)
), own_shares AS MATERIALIZED (
    SELECT a.tenant_id, a.school_id, a.task_code, t.cluster_code, p.role_type, sh.hours
    FROM school_group g
    JOIN allocation a ON a.tenant_id = g.tenant_id
    JOIN allocation_share sh ON sh.tenant_id = a.tenant_id AND sh.allocation_id = a.id
    JOIN school_person p ON p.tenant_id = sh.tenant_id AND p.id = sh.person_id
    JOIN catalogue_task t ON t.code = a.task_code
    LEFT JOIN covered cv ON cv.tenant_id = a.tenant_id AND cv.school_id = a.school_id AND cv.task_code = a.task_code
    WHERE g.umbrella_id = (SELECT umbrella FROM params) AND a.start_year = (SELECT year FROM params) AND cv.task_code IS NULL
), own AS (
    SELECT tenant_id, school_id, cluster_code, sum(hours) AS hours FROM own_shares GROUP BY tenant_id, school_id, cluster_code
), roles AS (
    SELECT r.cluster_code, r.role_type, count(*) AS schools,
           sum(r.hours) / nullif(sum(sum(r.hours)) OVER (PARTITION BY r.cluster_code), 0) AS share
    FROM (SELECT cluster_code, role_type, school_id, sum(hours) AS hours FROM own_shares GROUP BY cluster_code, role_type, school_id) r
    GROUP BY r.cluster_code, r.role_type
), done AS (
    SELECT school_id, task_code FROM covered UNION SELECT school_id, task_code FROM own_shares
), gaps AS (
    SELECT t.code, (SELECT count(*) FROM schools) - count(d.school_id) AS schools
    FROM catalogue_task t LEFT JOIN done d ON d.task_code = t.code
    WHERE t.level_code = 'KERNTAAK'
    GROUP BY t.code
), own_hours AS (
    SELECT s.band, cl.code AS cluster_code, coalesce(own.hours, 0) AS hours
    FROM schools s
    CROSS JOIN cluster cl
    LEFT JOIN own ON own.tenant_id = s.tenant_id AND own.school_id = s.id AND own.cluster_code = cl.code
    WHERE s.band IS NOT NULL
)
SELECT 'TASK' AS kind, t.code AS key, NULL AS band,
       round(count(cv.task_code)::numeric / (SELECT count(*) FROM schools), 4) AS central_share,
       NULL::double precision AS p25, NULL::double precision AS median, NULL::double precision AS p75,
       (SELECT count(*) FROM schools) AS schools
FROM catalogue_task t
LEFT JOIN covered cv ON cv.task_code = t.code
GROUP BY t.code
UNION ALL
SELECT 'CLUSTER', cluster_code, band, NULL,
       percentile_cont(0.25) WITHIN GROUP (ORDER BY hours),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY hours),
       percentile_cont(0.75) WITHIN GROUP (ORDER BY hours),
       count(*)
FROM own_hours
GROUP BY cluster_code, band
HAVING count(*) >= 5
UNION ALL
SELECT 'PROVIDER', task_code || '/' || provider_code, NULL, NULL, NULL, NULL, NULL, count(*)
FROM covered
GROUP BY task_code, provider_code
HAVING count(*) >= 5
UNION ALL
SELECT 'ROLE', cluster_code || '/' || role_type, NULL, round(share, 4), NULL, NULL, NULL, schools
FROM roles
WHERE schools >= 5
UNION ALL
SELECT 'GAP', code, NULL, NULL, NULL, NULL, NULL, schools
FROM (SELECT code, schools FROM gaps WHERE schools >= 5 ORDER BY schools DESC, code LIMIT 10) top
ORDER BY 1 DESC, 2, 3
