--liquibase formatted sql

--changeset taakwijzer:017-email-domains
--comment: The e-mail domain of a school group and of a school (optional, lower case, without @): Keycloak routes a login by its domain to the group's organization, so platform-admin adds these domains to it (ADR 0013). A group's domain is taken from its first ICT staff member's address at onboarding.
ALTER TABLE school_group ADD COLUMN email_domain text
    CHECK (email_domain ~ '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$' AND length(email_domain) <= 253);
ALTER TABLE school ADD COLUMN email_domain text
    CHECK (email_domain ~ '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$' AND length(email_domain) <= 253);

--changeset taakwijzer:017-identity-sync-request
--comment: The transactional outbox of identity changes (ADR 0013). A change to a group's staff, schools or domains writes a request in the same transaction; platform-admin, which alone holds Keycloak's admin credentials, brings Keycloak to the database's state for the request's subject (an e-mail address, a domain, or the organization itself) and marks it processed, or counts the attempt and keeps the error.
CREATE TABLE identity_sync_request (
    -- deferrable like every tenant table's keys (016): moving a school checks them at the end
    tenant_id              uuid        NOT NULL REFERENCES school_group (tenant_id) DEFERRABLE INITIALLY IMMEDIATE,
    id                     uuid        NOT NULL DEFAULT gen_random_uuid(),
    kind                   text        NOT NULL CHECK (kind IN ('ORGANIZATION', 'MEMBER', 'DOMAIN')),
    -- the e-mail address (MEMBER), the domain (DOMAIN) or empty (ORGANIZATION): what is brought to the database's state
    subject                text        NOT NULL CHECK (length(subject) <= 320),
    -- where the request came from; no foreign keys: a removed person's request outlives the row
    staff_id               uuid,
    school_id              uuid,
    created_at             timestamptz NOT NULL DEFAULT now(),
    processed_at           timestamptz,
    attempts               integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at        timestamptz NOT NULL DEFAULT now(),
    -- the last failure: its English text for the log, and its kind and arguments for the console's own message
    last_error             text,
    last_failure           text,
    last_failure_arguments text[],
    PRIMARY KEY (tenant_id, id),
    CHECK ((kind = 'ORGANIZATION') = (subject = ''))
);
CREATE INDEX identity_sync_request_due_idx ON identity_sync_request (next_attempt_at) WHERE processed_at IS NULL;
CREATE INDEX identity_sync_request_subject_idx ON identity_sync_request (tenant_id, kind, subject) WHERE processed_at IS NULL;
ALTER TABLE identity_sync_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity_sync_request FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON identity_sync_request
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
CREATE POLICY operator_console ON identity_sync_request FOR ALL TO ${operator_role} USING (true) WITH CHECK (true);
-- platform-web writes requests and may read its own group's; only the console processes them
GRANT SELECT, INSERT ON identity_sync_request TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON identity_sync_request TO ${operator_role};

--changeset taakwijzer:017-offboarded-group-identity
--comment: Off-boarding removes the group's organization from Keycloak after the deletion committed (ADR 0011). Until that worked: the attempts, when to try again and the last error, for the console's retries; the record's other columns stay as written.
ALTER TABLE offboarded_group
    ADD COLUMN identity_removed_at        timestamptz,
    ADD COLUMN identity_attempts          integer     NOT NULL DEFAULT 0 CHECK (identity_attempts >= 0),
    ADD COLUMN identity_next_attempt_at   timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN identity_error             text,
    ADD COLUMN identity_failure           text,
    ADD COLUMN identity_failure_arguments text[];
GRANT UPDATE (identity_removed_at, identity_attempts, identity_next_attempt_at, identity_error, identity_failure, identity_failure_arguments)
    ON offboarded_group TO ${operator_role};
