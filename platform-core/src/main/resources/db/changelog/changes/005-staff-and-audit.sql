--liquibase formatted sql

--changeset taakwijzer:005-staff-member
--comment: People of a school group who log in, with their role and (for directors) their school. A login links to a row by verified e-mail.
CREATE TABLE staff_member (
    tenant_id    uuid        NOT NULL REFERENCES school_group (tenant_id),
    id           uuid        NOT NULL DEFAULT gen_random_uuid(),
    email        text        NOT NULL CHECK (email = lower(btrim(email)) AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    display_name text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
    role         text        NOT NULL CHECK (role IN ('GROUP_ICT_STAFF', 'GROUP_DPO', 'SCHOOL_DIRECTOR')),
    school_id    uuid,
    issuer       text,
    subject      text,
    linked_at    timestamptz,
    version      integer     NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id),
    -- a director belongs to one member school; group staff to none
    CHECK ((role = 'SCHOOL_DIRECTOR') = (school_id IS NOT NULL)),
    CHECK ((issuer IS NULL) = (subject IS NULL))
);
-- One person, one place: the login must link without doubt.
CREATE UNIQUE INDEX staff_member_email_idx ON staff_member (email);
CREATE UNIQUE INDEX staff_member_login_idx ON staff_member (issuer, subject);
ALTER TABLE staff_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE staff_member FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON staff_member
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
-- The one narrow path across tenants: at login, before the tenant is known, the application may read
-- the single row of the verified e-mail address it names in app.login_email (local to the login's transaction).
CREATE POLICY login_by_verified_email ON staff_member FOR SELECT TO ${app_role}
    USING (email = nullif(current_setting('app.login_email', true), ''));
GRANT SELECT, INSERT, UPDATE, DELETE ON staff_member TO ${app_role};

--changeset taakwijzer:005-audit-event
--comment: Every change to tenant data: who, when, what, before and after. Insert and read only: nobody rewrites history.
CREATE TABLE audit_event (
    tenant_id   uuid        NOT NULL REFERENCES school_group (tenant_id),
    id          uuid        NOT NULL DEFAULT gen_random_uuid(),
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor       text        NOT NULL,
    entity      text        NOT NULL,
    entity_id   uuid        NOT NULL,
    action      text        NOT NULL CHECK (action IN ('CREATED', 'CHANGED', 'DELETED', 'LINKED')),
    before      jsonb,
    after       jsonb,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_event_entity_idx ON audit_event (tenant_id, entity, entity_id, occurred_at);
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_event
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT ON audit_event TO ${app_role};
