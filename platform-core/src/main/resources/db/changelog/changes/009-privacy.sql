--liquibase formatted sql

--changeset taakwijzer:009-privacy-question
--comment: The question desk: a director asks the group's DPO; the DPO answers; the director closes or asks again. Optionally escalated to the umbrella's DPO service.
CREATE TABLE privacy_question (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL DEFAULT gen_random_uuid(),
    school_id       uuid        NOT NULL,
    subject         text        NOT NULL CHECK (length(btrim(subject)) BETWEEN 1 AND 200),
    category        text        NOT NULL CHECK (category IN ('TOESTEMMING', 'BEELDMATERIAAL', 'LEVERANCIERS', 'DATALEK', 'RECHTEN', 'ANDERE')),
    urgency         text        NOT NULL CHECK (urgency IN ('NORMAL', 'URGENT')),
    status          text        NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
    asked_by        text        NOT NULL,
    asked_at        timestamptz NOT NULL DEFAULT now(),
    escalated_by    text,
    escalated_at    timestamptz,
    escalation_note text CHECK (length(escalation_note) <= 2000),
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id),
    CHECK ((escalated_by IS NULL) = (escalated_at IS NULL))
);
CREATE INDEX privacy_question_school_idx ON privacy_question (tenant_id, school_id);
ALTER TABLE privacy_question ENABLE ROW LEVEL SECURITY;
ALTER TABLE privacy_question FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON privacy_question
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON privacy_question TO ${app_role};

-- The thread of a question: the question itself, the DPO's answers, the director's follow-up questions.
CREATE TABLE privacy_question_message (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL DEFAULT gen_random_uuid(),
    question_id uuid        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('QUESTION', 'ANSWER', 'FOLLOW_UP')),
    author      text        NOT NULL,
    written_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    body        text        NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 5000),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, question_id) REFERENCES privacy_question (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX privacy_question_message_question_idx ON privacy_question_message (tenant_id, question_id, written_at);
ALTER TABLE privacy_question_message ENABLE ROW LEVEL SECURITY;
ALTER TABLE privacy_question_message FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON privacy_question_message
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT ON privacy_question_message TO ${app_role};

--changeset taakwijzer:009-processing-activity
--comment: The register of processing activities (GDPR art. 30), kept by the DPO for all or chosen member schools.
CREATE TABLE processing_activity (
    tenant_id           uuid    NOT NULL,
    id                  uuid    NOT NULL DEFAULT gen_random_uuid(),
    name                text    NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    purpose             text    NOT NULL CHECK (length(btrim(purpose)) BETWEEN 1 AND 2000),
    legal_basis         text    NOT NULL CHECK (legal_basis IN ('TOESTEMMING', 'OVEREENKOMST', 'WETTELIJKE_VERPLICHTING',
                                                                'VITAAL_BELANG', 'ALGEMEEN_BELANG', 'GERECHTVAARDIGD_BELANG')),
    data_subjects       text    NOT NULL CHECK (length(btrim(data_subjects)) BETWEEN 1 AND 2000),
    personal_data       text    NOT NULL CHECK (length(btrim(personal_data)) BETWEEN 1 AND 2000),
    recipients          text    NOT NULL DEFAULT '' CHECK (length(recipients) <= 2000),
    -- empty: no transfer outside the EEA; otherwise where to, and with which safeguards
    transfers           text    NOT NULL DEFAULT '' CHECK (length(transfers) <= 2000),
    transfer_safeguards text    NOT NULL DEFAULT '' CHECK (length(transfer_safeguards) <= 2000),
    retention           text    NOT NULL CHECK (length(btrim(retention)) BETWEEN 1 AND 2000),
    security_measures   text    NOT NULL DEFAULT '' CHECK (length(security_measures) <= 2000),
    all_schools         boolean NOT NULL,
    version             integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name),
    CHECK (transfers = '' OR transfer_safeguards <> '')
);
ALTER TABLE processing_activity ENABLE ROW LEVEL SECURITY;
ALTER TABLE processing_activity FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON processing_activity
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON processing_activity TO ${app_role};

-- The chosen schools of an activity that is not for all schools.
CREATE TABLE processing_activity_school (
    tenant_id   uuid NOT NULL,
    activity_id uuid NOT NULL,
    school_id   uuid NOT NULL,
    PRIMARY KEY (tenant_id, activity_id, school_id),
    FOREIGN KEY (tenant_id, activity_id) REFERENCES processing_activity (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id)
);
ALTER TABLE processing_activity_school ENABLE ROW LEVEL SECURITY;
ALTER TABLE processing_activity_school FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON processing_activity_school
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, DELETE ON processing_activity_school TO ${app_role};

--changeset taakwijzer:009-processor-agreement
--comment: Processor agreements (verwerkersovereenkomsten) per supplier or application. DRAFT or SIGNED is stored; expired and expiring are computed from the dates, so no job has to flip them.
CREATE TABLE processor_agreement (
    tenant_id      uuid    NOT NULL,
    id             uuid    NOT NULL DEFAULT gen_random_uuid(),
    processor_name text    NOT NULL CHECK (length(btrim(processor_name)) BETWEEN 1 AND 200),
    -- the purchasing workspace's supplier, by name, until the two are linked
    supplier_name  text    CHECK (length(btrim(supplier_name)) BETWEEN 1 AND 200),
    application    text    NOT NULL DEFAULT '' CHECK (length(application) <= 200),
    status         text    NOT NULL CHECK (status IN ('DRAFT', 'SIGNED')),
    signed_on      date,
    expires_on     date,
    document_url   text    CHECK (document_url ~ '^https?://\S+$' AND length(document_url) <= 1000),
    note           text    NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    version        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (status = 'DRAFT' OR signed_on IS NOT NULL),
    CHECK (expires_on IS NULL OR signed_on IS NULL OR expires_on >= signed_on)
);
ALTER TABLE processor_agreement ENABLE ROW LEVEL SECURITY;
ALTER TABLE processor_agreement FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON processor_agreement
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON processor_agreement TO ${app_role};

--changeset taakwijzer:009-data-breach
--comment: The data-breach register (GDPR art. 33): what happened, to whom, what was done, and whether and when it was reported to the supervisory authority (the Vlaamse Toezichtcommissie for Flemish schools).
CREATE TABLE data_breach (
    tenant_id       uuid        NOT NULL,
    id              uuid        NOT NULL DEFAULT gen_random_uuid(),
    discovered_at   timestamptz NOT NULL,
    nature          text        NOT NULL CHECK (length(btrim(nature)) BETWEEN 1 AND 2000),
    data_affected   text        NOT NULL CHECK (length(btrim(data_affected)) BETWEEN 1 AND 2000),
    people_affected integer     CHECK (people_affected >= 0),
    measures        text        NOT NULL DEFAULT '' CHECK (length(measures) <= 2000),
    report_required boolean     NOT NULL DEFAULT true,
    reported_at     timestamptz,
    registered_by   text        NOT NULL,
    registered_at   timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK (reported_at IS NULL OR reported_at >= discovered_at)
);
ALTER TABLE data_breach ENABLE ROW LEVEL SECURITY;
ALTER TABLE data_breach FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON data_breach
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON data_breach TO ${app_role};

-- The schools a breach concerns (at least one, checked by the service).
CREATE TABLE data_breach_school (
    tenant_id uuid NOT NULL,
    breach_id uuid NOT NULL,
    school_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, breach_id, school_id),
    FOREIGN KEY (tenant_id, breach_id) REFERENCES data_breach (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id)
);
ALTER TABLE data_breach_school ENABLE ROW LEVEL SECURITY;
ALTER TABLE data_breach_school FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON data_breach_school
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, DELETE ON data_breach_school TO ${app_role};
