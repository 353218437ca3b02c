--liquibase formatted sql

--changeset taakwijzer:016-deferrable-tenant-keys splitStatements:false
--comment: Moving a school to another group (platform-admin, ADR 0012) gives its rows in many tables a new tenant_id in one transaction; the composite foreign keys ((tenant_id, school_id), (tenant_id, person_id), ...) hold only once every row has moved. So every foreign key of a tenant table may be checked at the end of a transaction that asks for it (SET CONSTRAINTS ALL DEFERRED). INITIALLY IMMEDIATE: every other transaction checks them at once, as before. A foreign key added later must be DEFERRABLE too: SchoolMovePlanTest fails otherwise.
DO $$
DECLARE
    k record;
BEGIN
    FOR k IN SELECT c.conname, t.relname
             FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
             WHERE c.contype = 'f' AND NOT c.condeferrable
               AND t.relnamespace = 'public'::regnamespace AND t.relkind = 'r' AND t.relforcerowsecurity
             ORDER BY t.relname, c.conname LOOP
        EXECUTE format('ALTER TABLE %I ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE', k.relname, k.conname);
    END LOOP;
END
$$;

--changeset taakwijzer:016-school-move
--comment: The register of schools moved from one group to another: which school, from where to where, who, when, what happened to its rows per table, and the fingerprint of what the operator saw before confirming. Platform data, not a tenant's (it concerns two): only the operator console reads and writes it. No foreign keys: a group may be off-boarded later, the record stays.
CREATE TABLE school_move (
    id                uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    school_id         uuid        NOT NULL,
    school_name       text        NOT NULL,
    instellingsnummer text        NOT NULL,
    from_tenant_id    uuid        NOT NULL,
    from_group_name   text        NOT NULL,
    to_tenant_id      uuid        NOT NULL,
    to_group_name     text        NOT NULL,
    actor             text        NOT NULL,
    moved_at          timestamptz NOT NULL DEFAULT now(),
    rows_per_table    jsonb       NOT NULL,
    fingerprint       text        NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    CHECK (from_tenant_id <> to_tenant_id)
);
CREATE INDEX school_move_school_idx ON school_move (school_id, moved_at);
GRANT SELECT, INSERT ON school_move TO ${operator_role};
