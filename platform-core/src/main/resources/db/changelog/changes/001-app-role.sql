--liquibase formatted sql

--changeset taakwijzer:001-app-role splitStatements:false
--comment: The role the application connects as. Created here only when missing (tests and the run command create it with a password first).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
        CREATE ROLE ${app_role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO ${app_role};

--changeset taakwijzer:001-current-tenant-function
--comment: No tenant set (NULL on a fresh connection, '' after a transaction-local setting ended) means no tenant, hence no rows.
CREATE FUNCTION current_tenant_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS 'SELECT nullif(current_setting(''app.tenant_id'', true), '''')::uuid';
GRANT EXECUTE ON FUNCTION current_tenant_id() TO ${app_role};
