--liquibase formatted sql

--changeset taakwijzer:960-demo-pupil-counts context:demo splitStatements:false
--comment: Fictional pupil numbers of the demo schools (context "demo" only), for the size bands of the dashboards.
DO $$
BEGIN
    PERFORM set_config('app.tenant_id', '6a1b0000-0000-4000-8000-000000000001', true);
    UPDATE school SET pupil_count = 212 WHERE id = '5c000000-0000-4000-8000-000000000001';
    UPDATE school SET pupil_count = 148 WHERE id = '5c000000-0000-4000-8000-000000000002';
    UPDATE school SET pupil_count = 684 WHERE id = '5c000000-0000-4000-8000-000000000003';
    UPDATE school SET pupil_count = 455 WHERE id = '5c000000-0000-4000-8000-000000000004';
    PERFORM set_config('app.tenant_id', '6a1b0000-0000-4000-8000-000000000002', true);
    UPDATE school SET pupil_count = 176 WHERE id = '5c000000-0000-4000-8000-000000000011';
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
