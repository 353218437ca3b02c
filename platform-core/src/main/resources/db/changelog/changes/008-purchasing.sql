--liquibase formatted sql

--changeset taakwijzer:008-supplier
--comment: The suppliers the group buys from or asks quotes of.
CREATE TABLE supplier (
    tenant_id         uuid        NOT NULL REFERENCES school_group (tenant_id),
    id                uuid        NOT NULL DEFAULT gen_random_uuid(),
    name              text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    -- the KBO number as ten digits (0123456789), shown as 0123.456.789
    enterprise_number text        CHECK (enterprise_number ~ '^[01][0-9]{9}$'),
    contact_email     text        CHECK (contact_email = lower(btrim(contact_email)) AND contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    note              text        NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    version           integer     NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX supplier_name_idx ON supplier (tenant_id, lower(btrim(name)));
ALTER TABLE supplier ENABLE ROW LEVEL SECURITY;
ALTER TABLE supplier FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON supplier
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON supplier TO ${app_role};

--changeset taakwijzer:008-framework-contract
--comment: A framework contract (raamcontract) of the group: with whom, for what, how it was obtained, from when to when, its documents and the member schools that joined it.
CREATE TABLE framework_contract (
    tenant_id   uuid    NOT NULL,
    id          uuid    NOT NULL DEFAULT gen_random_uuid(),
    title       text    NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    supplier_id uuid    NOT NULL,
    category    text    NOT NULL CHECK (category IN ('DEVICES', 'NETWORK', 'SOFTWARE_LICENCES', 'PRINTING_COPIERS', 'AUDIOVISUAL', 'OTHER')),
    procurement text    NOT NULL CHECK (procurement IN ('OWN_TENDER', 'PURCHASING_CENTRE', 'UMBRELLA', 'GOVERNMENT')),
    start_date  date    NOT NULL,
    end_date    date    NOT NULL,
    note        text    NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    version     integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, supplier_id) REFERENCES supplier (tenant_id, id),
    CHECK (end_date >= start_date)
);
ALTER TABLE framework_contract ENABLE ROW LEVEL SECURITY;
ALTER TABLE framework_contract FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON framework_contract
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON framework_contract TO ${app_role};

-- The contract's documents, as links (the documents themselves live where the group keeps them).
CREATE TABLE contract_document (
    tenant_id   uuid    NOT NULL,
    contract_id uuid    NOT NULL,
    position    integer NOT NULL CHECK (position >= 0),
    url         text    NOT NULL CHECK (url ~* '^https?://[^\s]+$' AND length(url) <= 2000),
    label       text    NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 200),
    PRIMARY KEY (tenant_id, contract_id, position),
    FOREIGN KEY (tenant_id, contract_id) REFERENCES framework_contract (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE contract_document ENABLE ROW LEVEL SECURITY;
ALTER TABLE contract_document FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON contract_document
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, DELETE ON contract_document TO ${app_role};

-- The member schools that joined a contract.
CREATE TABLE contract_school (
    tenant_id   uuid        NOT NULL,
    contract_id uuid        NOT NULL,
    school_id   uuid        NOT NULL,
    joined_at   timestamptz NOT NULL DEFAULT now(),
    joined_by   text        NOT NULL,
    PRIMARY KEY (tenant_id, contract_id, school_id),
    FOREIGN KEY (tenant_id, contract_id) REFERENCES framework_contract (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id)
);
ALTER TABLE contract_school ENABLE ROW LEVEL SECURITY;
ALTER TABLE contract_school FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON contract_school
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, DELETE ON contract_school TO ${app_role};

--changeset taakwijzer:008-tender
--comment: A tender or quote comparison of the group: weighted criteria, quotes of suppliers scored per criterion, and the winning quote once decided.
CREATE TABLE tender (
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL DEFAULT gen_random_uuid(),
    subject          text        NOT NULL CHECK (length(btrim(subject)) BETWEEN 1 AND 200),
    category         text        NOT NULL CHECK (category IN ('DEVICES', 'NETWORK', 'SOFTWARE_LICENCES', 'PRINTING_COPIERS', 'AUDIOVISUAL', 'OTHER')),
    status           text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DECIDED')),
    winning_quote_id uuid,
    decided_at       timestamptz,
    decided_by       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK ((status = 'DECIDED') = (winning_quote_id IS NOT NULL))
);
ALTER TABLE tender ENABLE ROW LEVEL SECURITY;
ALTER TABLE tender FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tender
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON tender TO ${app_role};

CREATE TABLE tender_criterion (
    tenant_id uuid    NOT NULL,
    id        uuid    NOT NULL DEFAULT gen_random_uuid(),
    tender_id uuid    NOT NULL,
    position  integer NOT NULL CHECK (position >= 0),
    name      text    NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    weight    integer NOT NULL CHECK (weight BETWEEN 1 AND 1000),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, tender_id) REFERENCES tender (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX tender_criterion_name_idx ON tender_criterion (tenant_id, tender_id, lower(btrim(name)));
ALTER TABLE tender_criterion ENABLE ROW LEVEL SECURITY;
ALTER TABLE tender_criterion FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tender_criterion
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON tender_criterion TO ${app_role};

CREATE TABLE tender_quote (
    tenant_id   uuid           NOT NULL,
    id          uuid           NOT NULL DEFAULT gen_random_uuid(),
    tender_id   uuid           NOT NULL,
    supplier_id uuid           NOT NULL,
    amount      numeric(12, 2) CHECK (amount >= 0),
    note        text           NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, tender_id, supplier_id),
    FOREIGN KEY (tenant_id, tender_id) REFERENCES tender (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, supplier_id) REFERENCES supplier (tenant_id, id)
);
ALTER TABLE tender_quote ENABLE ROW LEVEL SECURITY;
ALTER TABLE tender_quote FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tender_quote
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON tender_quote TO ${app_role};

ALTER TABLE tender ADD FOREIGN KEY (tenant_id, winning_quote_id) REFERENCES tender_quote (tenant_id, id);

-- A quote's score on one criterion, 0 to 10.
CREATE TABLE tender_score (
    tenant_id    uuid         NOT NULL,
    quote_id     uuid         NOT NULL,
    criterion_id uuid         NOT NULL,
    score        numeric(3, 1) NOT NULL CHECK (score BETWEEN 0 AND 10),
    PRIMARY KEY (tenant_id, quote_id, criterion_id),
    FOREIGN KEY (tenant_id, quote_id) REFERENCES tender_quote (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, criterion_id) REFERENCES tender_criterion (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE tender_score ENABLE ROW LEVEL SECURITY;
ALTER TABLE tender_score FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tender_score
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON tender_score TO ${app_role};

--changeset taakwijzer:008-purchase-request
--comment: What a member school asks to buy, against a contract or in a category without one; the group approves or refuses it (with a reason).
CREATE TABLE purchase_request (
    tenant_id      uuid           NOT NULL,
    id             uuid           NOT NULL DEFAULT gen_random_uuid(),
    school_id      uuid           NOT NULL,
    contract_id    uuid,
    category       text           NOT NULL CHECK (category IN ('DEVICES', 'NETWORK', 'SOFTWARE_LICENCES', 'PRINTING_COPIERS', 'AUDIOVISUAL', 'OTHER')),
    description    text           NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 500),
    quantity       integer        NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
    estimated_cost numeric(12, 2) NOT NULL CHECK (estimated_cost >= 0),
    status         text           NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED')),
    refusal_reason text           CHECK (length(btrim(refusal_reason)) BETWEEN 1 AND 2000),
    requested_at   timestamptz    NOT NULL DEFAULT now(),
    requested_by   text           NOT NULL,
    decided_at     timestamptz,
    decided_by     text,
    version        integer        NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, school_id) REFERENCES school (tenant_id, id),
    -- a contract with requests against it cannot be removed: the requests would lose their ground
    FOREIGN KEY (tenant_id, contract_id) REFERENCES framework_contract (tenant_id, id),
    CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL)),
    CHECK ((status = 'REQUESTED') = (decided_at IS NULL))
);
CREATE INDEX purchase_request_school_idx ON purchase_request (tenant_id, school_id, requested_at);
ALTER TABLE purchase_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE purchase_request FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON purchase_request
    USING (tenant_id = current_tenant_id())
    WITH CHECK (tenant_id = current_tenant_id());
GRANT SELECT, INSERT, UPDATE ON purchase_request TO ${app_role};
