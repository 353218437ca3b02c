--liquibase formatted sql

--changeset taakwijzer:007-school-year
--comment: The school years a group has set up; a year is named by the calendar year it starts in (2026 = 2026-2027).
CREATE TABLE school_year (
    tenant_id  uuid        NOT NULL REFERENCES school_group (tenant_id),
    start_year integer     NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, start_year)
);
ALTER TABLE school_year ENABLE ROW LEVEL SECURITY;
ALTER TABLE school_year FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school_year
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT ON school_year TO ${app_role};

--changeset taakwijzer:007-central-task
--comment: A catalogue task the group handles once, centrally, for all or chosen member schools in a school year.
CREATE TABLE central_task (
    tenant_id            uuid          NOT NULL,
    id                   uuid          NOT NULL DEFAULT gen_random_uuid(),
    start_year           integer       NOT NULL,
    task_code            text          NOT NULL REFERENCES catalogue_task (code),
    provider_code        text          NOT NULL REFERENCES central_provider (code),
    responsible_staff_id uuid,
    hours                numeric(7, 1) NOT NULL DEFAULT 0 CHECK (hours >= 0),
    funding_code         text          REFERENCES funding_source (code),
    status               text          NOT NULL CHECK (status IN ('PLANNED', 'ACTIVE', 'STOPPED')),
    note                 text          NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    all_schools          boolean       NOT NULL,
    version              integer       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, start_year, task_code),
    FOREIGN KEY (tenant_id, start_year) REFERENCES school_year (tenant_id, start_year),
    FOREIGN KEY (tenant_id, responsible_staff_id) REFERENCES staff_member (tenant_id, id) ON DELETE SET NULL (responsible_staff_id)
);
ALTER TABLE central_task ENABLE ROW LEVEL SECURITY;
ALTER TABLE central_task FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON central_task
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON central_task TO ${app_role};

-- The chosen schools of a central task that is not for all schools.
CREATE TABLE central_task_school (
    tenant_id       uuid NOT NULL,
    central_task_id uuid NOT NULL,
    school_id       uuid NOT NULL,
    PRIMARY KEY (tenant_id, central_task_id, school_id),
    FOREIGN KEY (tenant_id, central_task_id) REFERENCES central_task (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id)
);
ALTER TABLE central_task_school ENABLE ROW LEVEL SECURITY;
ALTER TABLE central_task_school FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON central_task_school
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, DELETE ON central_task_school TO ${app_role};

--changeset taakwijzer:007-school-plan
--comment: One row per school and year guards the school's people and allocations: its version detects concurrent edits.
CREATE TABLE school_plan (
    tenant_id  uuid        NOT NULL,
    school_id  uuid        NOT NULL,
    start_year integer     NOT NULL,
    version    integer     NOT NULL DEFAULT 0,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text,
    PRIMARY KEY (tenant_id, school_id, start_year),
    FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id),
    FOREIGN KEY (tenant_id, start_year) REFERENCES school_year (tenant_id, start_year)
);
ALTER TABLE school_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE school_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school_plan
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON school_plan TO ${app_role};

-- The people (or external firms) who take tasks at a school in a year: only what the allocation needs.
CREATE TABLE school_person (
    tenant_id  uuid NOT NULL,
    id         uuid NOT NULL DEFAULT gen_random_uuid(),
    school_id  uuid NOT NULL,
    start_year integer NOT NULL,
    name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    email      text CHECK (email = lower(btrim(email)) AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    role_type  text NOT NULL CHECK (role_type IN ('TECHNISCH_ICT_COORDINATOR', 'PEDAGOGISCH_ICT_COORDINATOR', 'DIRECTIE',
                                                  'LEERKRACHT', 'ADMINISTRATIEF_MEDEWERKER', 'TAC',
                                                  'COMMUNICATIEVERANTWOORDELIJKE', 'EXTERNE_FIRMA')),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, school_id, start_year) REFERENCES school_plan (tenant_id, school_id, start_year)
);
CREATE INDEX school_person_plan_idx ON school_person (tenant_id, school_id, start_year);
ALTER TABLE school_person ENABLE ROW LEVEL SECURITY;
ALTER TABLE school_person FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school_person
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON school_person TO ${app_role};

CREATE TABLE school_person_hours (
    tenant_id    uuid          NOT NULL,
    person_id    uuid          NOT NULL,
    funding_code text          NOT NULL REFERENCES funding_source (code),
    hours        numeric(7, 1) NOT NULL CHECK (hours >= 0),
    PRIMARY KEY (tenant_id, person_id, funding_code),
    FOREIGN KEY (tenant_id, person_id) REFERENCES school_person (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE school_person_hours ENABLE ROW LEVEL SECURITY;
ALTER TABLE school_person_hours FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school_person_hours
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, DELETE ON school_person_hours TO ${app_role};

CREATE TABLE school_person_competence (
    tenant_id       uuid NOT NULL,
    person_id       uuid NOT NULL,
    competence_code text NOT NULL REFERENCES competence (code),
    PRIMARY KEY (tenant_id, person_id, competence_code),
    FOREIGN KEY (tenant_id, person_id) REFERENCES school_person (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE school_person_competence ENABLE ROW LEVEL SECURITY;
ALTER TABLE school_person_competence FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school_person_competence
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, DELETE ON school_person_competence TO ${app_role};

--changeset taakwijzer:007-allocation
--comment: Who takes a task at a school in a year; a task may be shared by several people.
CREATE TABLE allocation (
    tenant_id  uuid    NOT NULL,
    id         uuid    NOT NULL DEFAULT gen_random_uuid(),
    school_id  uuid    NOT NULL,
    start_year integer NOT NULL,
    task_code  text    NOT NULL REFERENCES catalogue_task (code),
    note       text    NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, school_id, start_year, task_code),
    FOREIGN KEY (tenant_id, school_id, start_year) REFERENCES school_plan (tenant_id, school_id, start_year)
);
ALTER TABLE allocation ENABLE ROW LEVEL SECURITY;
ALTER TABLE allocation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON allocation
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON allocation TO ${app_role};

CREATE TABLE allocation_share (
    tenant_id     uuid          NOT NULL,
    allocation_id uuid          NOT NULL,
    person_id     uuid          NOT NULL,
    hours         numeric(7, 1) NOT NULL CHECK (hours >= 0),
    funding_code  text          NOT NULL REFERENCES funding_source (code),
    PRIMARY KEY (tenant_id, allocation_id, person_id),
    FOREIGN KEY (tenant_id, allocation_id) REFERENCES allocation (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, person_id) REFERENCES school_person (tenant_id, id)
);
CREATE INDEX allocation_share_person_idx ON allocation_share (tenant_id, person_id);
ALTER TABLE allocation_share ENABLE ROW LEVEL SECURITY;
ALTER TABLE allocation_share FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON allocation_share
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, DELETE ON allocation_share TO ${app_role};

--changeset taakwijzer:007-coverage-notice
--comment: A school's notice that a task the group handled centrally is open again, until the school has read it.
CREATE TABLE coverage_notice (
    tenant_id    uuid        NOT NULL,
    id           uuid        NOT NULL DEFAULT gen_random_uuid(),
    school_id    uuid        NOT NULL,
    start_year   integer     NOT NULL,
    task_code    text        NOT NULL REFERENCES catalogue_task (code),
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL,
    dismissed_at timestamptz,
    dismissed_by text,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id),
    FOREIGN KEY (tenant_id, start_year) REFERENCES school_year (tenant_id, start_year)
);
CREATE INDEX coverage_notice_school_idx ON coverage_notice (tenant_id, school_id, start_year);
ALTER TABLE coverage_notice ENABLE ROW LEVEL SECURITY;
ALTER TABLE coverage_notice FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON coverage_notice
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON coverage_notice TO ${app_role};

--changeset taakwijzer:007-audit-event-school
--comment: The school a change concerns (none for group-wide changes), so that a school can read its own history.
ALTER TABLE audit_event ADD COLUMN school_id uuid;
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
    CHECK (action IN ('CREATED', 'CHANGED', 'DELETED', 'LINKED', 'COPIED'));
CREATE INDEX audit_event_school_idx ON audit_event (tenant_id, school_id, occurred_at);
