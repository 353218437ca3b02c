--liquibase formatted sql

--changeset taakwijzer:003-catalogue-schema
--comment: The task catalogue of the Wegwijzer takenpakket van je ICT-team. Shared by all tenants, read-only to the application.
CREATE TABLE cluster (
    code           text    PRIMARY KEY,
    name_nl        text    NOT NULL,
    name_en        text    NOT NULL,
    description_nl text    NOT NULL,
    description_en text    NOT NULL,
    core           boolean NOT NULL,
    sort_order     integer NOT NULL UNIQUE
);

CREATE TABLE task_level (
    code           text    PRIMARY KEY,
    name_nl        text    NOT NULL,
    name_en        text    NOT NULL,
    description_nl text    NOT NULL,
    description_en text    NOT NULL,
    sort_order     integer NOT NULL UNIQUE
);

-- The themes the guide lists per cluster in section 1 (hardware, software, inventaris, ...).
CREATE TABLE task_area (
    code         text    PRIMARY KEY,
    cluster_code text    NOT NULL REFERENCES cluster (code),
    name_nl      text    NOT NULL,
    name_en      text    NOT NULL,
    sort_order   integer NOT NULL
);

CREATE TABLE catalogue_task (
    code                 text    PRIMARY KEY,
    cluster_code         text    NOT NULL REFERENCES cluster (code),
    level_code           text    NOT NULL REFERENCES task_level (code),
    area_code            text    REFERENCES task_area (code),
    name_nl              text    NOT NULL,
    name_en              text    NOT NULL,
    needs_specialisation boolean NOT NULL DEFAULT false,
    sort_order           integer NOT NULL UNIQUE
);
CREATE INDEX catalogue_task_cluster_level_idx ON catalogue_task (cluster_code, level_code);

-- Competences per cluster; cluster_code NULL marks a generic competence.
CREATE TABLE competence (
    code         text    PRIMARY KEY,
    cluster_code text    REFERENCES cluster (code),
    kind         text    NOT NULL CHECK (kind IN ('VEREIST', 'VOORKEUR', 'GEEN_VEREISTE')),
    name_nl      text    NOT NULL,
    name_en      text    NOT NULL,
    from_guide   boolean NOT NULL,
    sort_order   integer NOT NULL UNIQUE
);

-- Who can take tasks at the central level (koepel, overheid, aankoopcentrale, ...).
CREATE TABLE central_provider (
    code           text    PRIMARY KEY,
    name_nl        text    NOT NULL,
    name_en        text    NOT NULL,
    description_nl text    NOT NULL,
    description_en text    NOT NULL,
    sort_order     integer NOT NULL UNIQUE
);

-- Who can take the "other" tasks (externe firma, TAC, leerkrachten, ...).
CREATE TABLE taker_type (
    code       text    PRIMARY KEY,
    name_nl    text    NOT NULL,
    name_en    text    NOT NULL,
    sort_order integer NOT NULL UNIQUE
);

CREATE TABLE funding_source (
    code           text    PRIMARY KEY,
    name_nl        text    NOT NULL,
    name_en        text    NOT NULL,
    description_nl text    NOT NULL,
    description_en text    NOT NULL,
    sort_order     integer NOT NULL UNIQUE
);

CREATE TABLE catalogue_task_provider (
    task_code     text NOT NULL REFERENCES catalogue_task (code),
    provider_code text NOT NULL REFERENCES central_provider (code),
    PRIMARY KEY (task_code, provider_code)
);

CREATE TABLE catalogue_task_taker (
    task_code  text NOT NULL REFERENCES catalogue_task (code),
    taker_code text NOT NULL REFERENCES taker_type (code),
    PRIMARY KEY (task_code, taker_code)
);

GRANT SELECT ON cluster, task_level, task_area, catalogue_task, competence, central_provider, taker_type,
    funding_source, catalogue_task_provider, catalogue_task_taker TO ${app_role};
