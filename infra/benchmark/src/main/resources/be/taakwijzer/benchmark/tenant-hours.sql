-- One group's hours per school, task and funding source in a year. With the explicit tenant predicate, so
-- that the same statement serves with and without row-level security: the only difference is the policy.
SELECT a.school_id, a.task_code, sh.funding_code, sum(sh.hours) AS hours
FROM allocation a
JOIN allocation_share sh ON sh.tenant_id = a.tenant_id AND sh.allocation_id = a.id
WHERE a.tenant_id = ? AND a.start_year = ?
GROUP BY a.school_id, a.task_code, sh.funding_code
