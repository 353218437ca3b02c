--liquibase formatted sql

--changeset taakwijzer:002-umbrella-organisation
--comment: Umbrella organisations (onderwijskoepels) sit above the tenants; tenants may read their names.
CREATE TABLE umbrella_organisation (
    id         uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    code       text        NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]{2,30}$'),
    name       text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON umbrella_organisation TO ${app_role};

--changeset taakwijzer:002-school-group
--comment: The school group is the tenant; its own row is tenant-owned too.
CREATE TABLE school_group (
    tenant_id         uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    umbrella_id       uuid        REFERENCES umbrella_organisation (id),
    instellingsnummer text        UNIQUE CHECK (instellingsnummer ~ '^[0-9]{6}$'),
    name              text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    version           integer     NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX school_group_umbrella_idx ON school_group (umbrella_id);
ALTER TABLE school_group ENABLE ROW LEVEL SECURITY;
ALTER TABLE school_group FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school_group
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, UPDATE ON school_group TO ${app_role};

--changeset taakwijzer:002-school
--comment: Member schools. The instellingsnummer is a 6-character string: leading zeros matter.
CREATE TABLE school (
    tenant_id         uuid        NOT NULL REFERENCES school_group (tenant_id),
    id                uuid        NOT NULL DEFAULT gen_random_uuid(),
    instellingsnummer text        NOT NULL UNIQUE CHECK (instellingsnummer ~ '^[0-9]{6}$'),
    name              text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    street            text,
    postal_code       text        CHECK (postal_code ~ '^[0-9]{4}$'),
    municipality      text,
    education_level   text        NOT NULL CHECK (education_level IN ('BASIS', 'SECUNDAIR', 'BUITENGEWOON_BASIS', 'BUITENGEWOON_SECUNDAIR', 'VOLWASSENEN', 'DEELTIJDS_KUNST')),
    version           integer     NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
ALTER TABLE school ENABLE ROW LEVEL SECURITY;
ALTER TABLE school FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON school
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON school TO ${app_role};
