--liquibase formatted sql

--changeset taakwijzer:011-processor-agreement-supplier
--comment: A processor agreement names the purchasing workspace's supplier it is with; its name stays as it was when the supplier is removed.
ALTER TABLE processor_agreement ADD COLUMN supplier_id uuid;
ALTER TABLE processor_agreement ADD CONSTRAINT processor_agreement_supplier_fk
    FOREIGN KEY (tenant_id, supplier_id) REFERENCES supplier (tenant_id, id) ON DELETE SET NULL (supplier_id);
CREATE INDEX processor_agreement_supplier_idx ON processor_agreement (tenant_id, supplier_id);
