--liquibase formatted sql

--changeset taakwijzer:950-demo-processor-agreement-with-supplier context:demo
--comment: Fictional: the device supplier of the purchasing workspace also manages the pupils' tablets, so it is a processor with an agreement.
SELECT set_config('app.tenant_id', '6a1b0000-0000-4000-8000-000000000001', true);
INSERT INTO processor_agreement (tenant_id, processor_name, supplier_name, supplier_id, application, status, signed_on, expires_on, document_url, note)
VALUES ('6a1b0000-0000-4000-8000-000000000001', 'Bitwerk bv (fictief)', 'Bitwerk bv (fictief)', 'b1000000-0000-4000-8000-000000000001',
        'Beheer van de leerlingentablets', 'SIGNED', current_date - 300, current_date + 1100,
        'https://documenten.noorderlicht.example/dpa/bitwerk.pdf', 'Hoort bij het raamcontract voor laptops en tablets.');
