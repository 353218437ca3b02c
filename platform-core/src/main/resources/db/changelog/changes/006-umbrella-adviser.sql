--liquibase formatted sql

--changeset taakwijzer:006-umbrella-adviser
--comment: Advisers of an umbrella organisation who log in. They belong to no school group (no tenant); the operator registers them.
CREATE TABLE umbrella_adviser (
    umbrella_id  uuid        NOT NULL REFERENCES umbrella_organisation (id),
    id           uuid        NOT NULL DEFAULT gen_random_uuid(),
    email        text        NOT NULL UNIQUE CHECK (email = lower(btrim(email)) AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    display_name text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
    issuer       text,
    subject      text,
    linked_at    timestamptz,
    version      integer     NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (umbrella_id, id),
    UNIQUE (issuer, subject),
    CHECK ((issuer IS NULL) = (subject IS NULL))
);
ALTER TABLE umbrella_adviser ENABLE ROW LEVEL SECURITY;
ALTER TABLE umbrella_adviser FORCE ROW LEVEL SECURITY;
-- A row is reachable only by naming its e-mail address in app.login_email (local to a transaction):
-- the application does so at that adviser's login, the owner when registering one.
CREATE POLICY login_by_verified_email ON umbrella_adviser
    USING (email = nullif(current_setting('app.login_email', true), ''))
    WITH CHECK (email = nullif(current_setting('app.login_email', true), ''));
GRANT SELECT, UPDATE ON umbrella_adviser TO ${app_role};
