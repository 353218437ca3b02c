--liquibase formatted sql

--changeset taakwijzer:015-offboarded-group
--comment: What is left of a school group after off-boarding: who removed it, when, how many rows of each table, and the fingerprint of the export that was handed over. Not tenant data (the tenant is gone): only the operator console reads and writes it.
CREATE TABLE offboarded_group (
    id                uuid        NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
    former_tenant_id  uuid        NOT NULL UNIQUE,
    name              text        NOT NULL,
    instellingsnummer text,
    actor             text        NOT NULL,
    offboarded_at     timestamptz NOT NULL DEFAULT now(),
    rows_deleted      jsonb       NOT NULL,
    export_sha256     text        NOT NULL CHECK (export_sha256 ~ '^[0-9a-f]{64}$')
);
GRANT SELECT, INSERT ON offboarded_group TO ${operator_role};
