--liquibase formatted sql

--changeset taakwijzer:010-leerid-school
--comment: Per member school its LeerID onboarding state now (not per school year). One row per school guards all of the school's LeerID data: its version detects concurrent edits. No row means not started.
CREATE TABLE leerid_school (
    tenant_id  uuid        NOT NULL,
    school_id  uuid        NOT NULL,
    state      text        NOT NULL DEFAULT 'NOT_STARTED' CHECK (state IN ('NOT_STARTED', 'REQUESTED', 'TEST', 'LIVE')),
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text,
    version    integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, school_id),
    FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id)
);
ALTER TABLE leerid_school ENABLE ROW LEVEL SECURITY;
ALTER TABLE leerid_school FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON leerid_school
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON leerid_school TO ${app_role};

-- Every change of a school's LeerID state: from, to, when, who and why (a step back needs a reason).
CREATE TABLE leerid_state_change (
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL DEFAULT gen_random_uuid(),
    school_id  uuid        NOT NULL,
    from_state text        NOT NULL CHECK (from_state IN ('NOT_STARTED', 'REQUESTED', 'TEST', 'LIVE')),
    to_state   text        NOT NULL CHECK (to_state IN ('NOT_STARTED', 'REQUESTED', 'TEST', 'LIVE')),
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text        NOT NULL,
    note       text        NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, school_id) REFERENCES leerid_school (tenant_id, school_id),
    CHECK (from_state <> to_state)
);
CREATE INDEX leerid_state_change_school_idx ON leerid_state_change (tenant_id, school_id, changed_at);
ALTER TABLE leerid_state_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE leerid_state_change FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON leerid_state_change
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT ON leerid_state_change TO ${app_role};

--changeset taakwijzer:010-leerid-application
--comment: The learning applications a school uses through LeerID, and how far their connection is.
CREATE TABLE leerid_application (
    tenant_id        uuid NOT NULL,
    id               uuid NOT NULL DEFAULT gen_random_uuid(),
    school_id        uuid NOT NULL,
    name             text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    supplier         text NOT NULL DEFAULT '' CHECK (length(supplier) <= 200),
    connection_state text NOT NULL CHECK (connection_state IN ('PLANNED', 'CONNECTED', 'NOT_SUPPORTED')),
    note             text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, school_id) REFERENCES leerid_school (tenant_id, school_id)
);
CREATE UNIQUE INDEX leerid_application_name_idx ON leerid_application (tenant_id, school_id, lower(name));
ALTER TABLE leerid_application ENABLE ROW LEVEL SECURITY;
ALTER TABLE leerid_application FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON leerid_application
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON leerid_application TO ${app_role};

--changeset taakwijzer:010-leerid-checklist
--comment: The group ICT staff's checklist per school: fixed items, each done or not, with who changed it last and when. No row means not done.
CREATE TABLE leerid_checklist_item (
    tenant_id  uuid        NOT NULL,
    school_id  uuid        NOT NULL,
    item       text        NOT NULL CHECK (item IN ('REQUEST_SUBMITTED', 'CONTACT_APPOINTED', 'PUPILS_SYNCHRONISED',
                                                    'TEST_LOGIN_SUCCEEDED', 'APPLICATIONS_CONNECTED', 'TEACHERS_INFORMED')),
    done       boolean     NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text        NOT NULL,
    PRIMARY KEY (tenant_id, school_id, item),
    FOREIGN KEY (tenant_id, school_id) REFERENCES leerid_school (tenant_id, school_id)
);
ALTER TABLE leerid_checklist_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE leerid_checklist_item FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON leerid_checklist_item
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON leerid_checklist_item TO ${app_role};
