--liquibase formatted sql

--changeset taakwijzer:014-operator-role splitStatements:false
--comment: The operator console (platform-admin) connects as its own role, never as the tenants' application role. The administrator creates it with a password (DatabaseProvisioner); only a superuser (code generation) creates it here, without login.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${operator_role}') THEN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
            RAISE EXCEPTION 'The operator role "${operator_role}" is missing and % may not create it: create it as an administrator (LOGIN NOSUPERUSER NOBYPASSRLS), as DatabaseProvisioner does', current_user;
        END IF;
        CREATE ROLE ${operator_role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${operator_role}' AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'The operator role "${operator_role}" must be NOSUPERUSER and NOBYPASSRLS: its reach is its policies';
    END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO ${operator_role};

--changeset taakwijzer:014-operator-access splitStatements:false
--comment: On every table with forced row-level security a policy for the operator role alone (TO): it reads and changes the rows of every school group, to bring groups and schools on board and keep the platform in order. The application role keeps its single tenant policy (its plans are unchanged). A table added later needs the same policy: TenantIsolationTest fails without it.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relforcerowsecurity ORDER BY c.relname LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${operator_role}', t);
        EXECUTE format('CREATE POLICY operator_console ON %I FOR ALL TO ${operator_role} USING (true) WITH CHECK (true)', t);
    END LOOP;
END
$$;
GRANT SELECT, INSERT, UPDATE ON umbrella_organisation TO ${operator_role};
GRANT SELECT ON cluster, task_level, task_area, catalogue_task, competence, central_provider, taker_type, funding_source,
    catalogue_task_provider, catalogue_task_taker TO ${operator_role};
GRANT SELECT ON school_task_coverage, own_allocation_share TO ${operator_role};
GRANT EXECUTE ON FUNCTION current_tenant_id() TO ${operator_role};
