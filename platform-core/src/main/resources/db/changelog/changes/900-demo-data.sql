--liquibase formatted sql

--changeset taakwijzer:900-demo-umbrella-and-group context:demo
--comment: Fictional demo data (context "demo" only): one umbrella, one school group, its schools. No real people or addresses.
INSERT INTO umbrella_organisation (id, code, name)
VALUES ('0d5e3a10-0000-4000-8000-000000000001', 'KOEPEL-VOORBEELD', 'Koepel Voorbeeldonderwijs');
-- The owner is subject to row-level security too: insert under the group's own tenant.
SELECT set_config('app.tenant_id', '6a1b0000-0000-4000-8000-000000000001', true);
INSERT INTO school_group (tenant_id, umbrella_id, instellingsnummer, name)
VALUES ('6a1b0000-0000-4000-8000-000000000001', '0d5e3a10-0000-4000-8000-000000000001', '990001', 'Scholengroep Noorderlicht');
INSERT INTO school (tenant_id, id, instellingsnummer, name, street, postal_code, municipality, education_level) VALUES
    ('6a1b0000-0000-4000-8000-000000000001', '5c000000-0000-4000-8000-000000000001', '099011', 'Basisschool De Vlinder', 'Zonnebloemlaan 1', '9999', 'Voorbeeldstad', 'BASIS'),
    ('6a1b0000-0000-4000-8000-000000000001', '5c000000-0000-4000-8000-000000000002', '099012', 'Basisschool Het Kompas', 'Windroosstraat 12', '9999', 'Voorbeeldstad', 'BASIS'),
    ('6a1b0000-0000-4000-8000-000000000001', '5c000000-0000-4000-8000-000000000003', '099013', 'Atheneum Poolster', 'Sterrenweg 7', '9998', 'Verzonnendorp', 'SECUNDAIR'),
    ('6a1b0000-0000-4000-8000-000000000001', '5c000000-0000-4000-8000-000000000004', '099014', 'Technisch Instituut Dageraad', 'Ochtendlaan 30', '9998', 'Verzonnendorp', 'SECUNDAIR');

--changeset taakwijzer:900-demo-second-group context:demo
--comment: A second fictional group, so that isolation can be seen in the demo.
SELECT set_config('app.tenant_id', '6a1b0000-0000-4000-8000-000000000002', true);
INSERT INTO school_group (tenant_id, umbrella_id, instellingsnummer, name)
VALUES ('6a1b0000-0000-4000-8000-000000000002', '0d5e3a10-0000-4000-8000-000000000001', '990002', 'Scholengroep Zuiderzon');
INSERT INTO school (tenant_id, id, instellingsnummer, name, street, postal_code, municipality, education_level) VALUES
    ('6a1b0000-0000-4000-8000-000000000002', '5c000000-0000-4000-8000-000000000011', '099021', 'Basisschool De Zonnewijzer', 'Middaglaan 3', '9997', 'Fictiefmaal', 'BASIS');

--changeset taakwijzer:900-demo-staff context:demo
--comment: Fictional staff of the demo groups; they log in through the groep-sim and acmidm-sim realms of the demo Keycloak.
SELECT set_config('app.tenant_id', '6a1b0000-0000-4000-8000-000000000001', true);
INSERT INTO staff_member (tenant_id, email, display_name, role, school_id) VALUES
    ('6a1b0000-0000-4000-8000-000000000001', 'ict.noorderlicht@noorderlicht.example', 'ICT-coördinator Noorderlicht', 'GROUP_ICT_STAFF', NULL),
    ('6a1b0000-0000-4000-8000-000000000001', 'dpo.noorderlicht@noorderlicht.example', 'DPO Noorderlicht', 'GROUP_DPO', NULL),
    ('6a1b0000-0000-4000-8000-000000000001', 'directeur.vlinder@noorderlicht.example', 'Directeur Vlinder', 'SCHOOL_DIRECTOR', '5c000000-0000-4000-8000-000000000001'),
    ('6a1b0000-0000-4000-8000-000000000001', 'directeur.poolster@noorderlicht.example', 'Directeur Poolster', 'SCHOOL_DIRECTOR', '5c000000-0000-4000-8000-000000000003');
SELECT set_config('app.tenant_id', '6a1b0000-0000-4000-8000-000000000002', true);
INSERT INTO staff_member (tenant_id, email, display_name, role, school_id) VALUES
    ('6a1b0000-0000-4000-8000-000000000002', 'directeur.zonnewijzer@zuiderzon.example', 'Directeur Zonnewijzer', 'SCHOOL_DIRECTOR', '5c000000-0000-4000-8000-000000000011');

--changeset taakwijzer:900-demo-umbrella-adviser context:demo
--comment: A fictional adviser of the demo umbrella; logs in through acmidm-sim.
SELECT set_config('app.login_email', 'adviseur@koepel-voorbeeld.example', true);
INSERT INTO umbrella_adviser (umbrella_id, email, display_name)
VALUES ('0d5e3a10-0000-4000-8000-000000000001', 'adviseur@koepel-voorbeeld.example', 'Adviseur Koepel Voorbeeldonderwijs');
