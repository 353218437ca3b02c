--liquibase formatted sql

--changeset taakwijzer:940-demo-sso context:demo splitStatements:false
--comment: Fictional LeerID demo (context "demo" only): Vlinder live, Kompas back in test after a fault, Poolster requested, Dageraad not started; applications in every connection state (fictional names), checklists partly done; Zonnewijzer of the other group in test. Dates relative to now. No real people or products.
DO $$
DECLARE
    noorderlicht uuid := '6a1b0000-0000-4000-8000-000000000001';
    zuiderzon    uuid := '6a1b0000-0000-4000-8000-000000000002';
    vlinder      uuid := '5c000000-0000-4000-8000-000000000001';
    kompas       uuid := '5c000000-0000-4000-8000-000000000002';
    poolster     uuid := '5c000000-0000-4000-8000-000000000003';
    dageraad     uuid := '5c000000-0000-4000-8000-000000000004';
    zonnewijzer  uuid := '5c000000-0000-4000-8000-000000000011';
    ict          text := 'ict.noorderlicht@noorderlicht.example';
BEGIN
    PERFORM set_config('app.tenant_id', noorderlicht::text, true);

    -- the current state per school; version = the number of changes made
    INSERT INTO leerid_school (tenant_id, school_id, state, changed_at, changed_by, version) VALUES
        (noorderlicht, vlinder,  'LIVE',        now() - interval '20 days', ict, 12),
        (noorderlicht, kompas,   'TEST',        now() - interval '4 days',  ict, 10),
        (noorderlicht, poolster, 'REQUESTED',   now() - interval '2 days',  ict, 5),
        (noorderlicht, dageraad, 'NOT_STARTED', now() - interval '1 day',   ict, 1);

    INSERT INTO leerid_state_change (tenant_id, school_id, from_state, to_state, changed_at, changed_by, note) VALUES
        (noorderlicht, vlinder,  'NOT_STARTED', 'REQUESTED', now() - interval '150 days', ict, 'Aanvraag ingediend via het aanvraagformulier van de overheid.'),
        (noorderlicht, vlinder,  'REQUESTED',   'TEST',      now() - interval '110 days', ict, 'Testomgeving ontvangen.'),
        (noorderlicht, vlinder,  'TEST',        'LIVE',      now() - interval '60 days',  ict, 'Testaanmelding met twee klassen gelukt.'),
        (noorderlicht, kompas,   'NOT_STARTED', 'REQUESTED', now() - interval '100 days', ict, ''),
        (noorderlicht, kompas,   'REQUESTED',   'TEST',      now() - interval '70 days',  ict, ''),
        (noorderlicht, kompas,   'TEST',        'LIVE',      now() - interval '30 days',  ict, ''),
        (noorderlicht, kompas,   'LIVE',        'TEST',      now() - interval '4 days',   ict, 'Het leerplatform geeft foutmeldingen bij het aanmelden; terug naar test tot de leverancier het oplost.'),
        (noorderlicht, poolster, 'NOT_STARTED', 'REQUESTED', now() - interval '6 days',   ict, 'Aanvraag ingediend; wachten op bevestiging.');

    INSERT INTO leerid_application (tenant_id, school_id, name, supplier, connection_state, note) VALUES
        (noorderlicht, vlinder,  'Leerplatform Zeppelin', 'Zeppelin Leren bv',        'CONNECTED',     ''),
        (noorderlicht, vlinder,  'Boekenkast Digitaal',   'Uitgeverij Papierloos nv', 'CONNECTED',     'Digitale handboeken van het derde tot het zesde leerjaar.'),
        (noorderlicht, vlinder,  'Rekenrups',             'Rups Educatief',           'NOT_SUPPORTED', 'De leverancier ondersteunt LeerID nog niet; leerlingen melden aan met een klascode.'),
        (noorderlicht, kompas,   'Leerplatform Zeppelin', 'Zeppelin Leren bv',        'CONNECTED',     'Foutmeldingen sinds de laatste update; gemeld bij de leverancier.'),
        (noorderlicht, kompas,   'Taalvlinder Online',    'Vlindertaal cv',           'PLANNED',       ''),
        (noorderlicht, poolster, 'Oefenmolen',            'Molen Media',              'PLANNED',       'Koppeling gepland na de testfase.'),
        (noorderlicht, poolster, 'Boekenkast Digitaal',   'Uitgeverij Papierloos nv', 'PLANNED',       ''),
        (noorderlicht, dageraad, 'Leerplatform Zeppelin', 'Zeppelin Leren bv',        'PLANNED',       'De school wil eerst de leerlingenadministratie op orde.');

    INSERT INTO leerid_checklist_item (tenant_id, school_id, item, done, changed_at, changed_by) VALUES
        (noorderlicht, vlinder,  'REQUEST_SUBMITTED',      true,  now() - interval '150 days', ict),
        (noorderlicht, vlinder,  'CONTACT_APPOINTED',      true,  now() - interval '148 days', ict),
        (noorderlicht, vlinder,  'PUPILS_SYNCHRONISED',    true,  now() - interval '115 days', ict),
        (noorderlicht, vlinder,  'TEST_LOGIN_SUCCEEDED',   true,  now() - interval '61 days',  ict),
        (noorderlicht, vlinder,  'APPLICATIONS_CONNECTED', true,  now() - interval '45 days',  ict),
        (noorderlicht, vlinder,  'TEACHERS_INFORMED',      true,  now() - interval '20 days',  ict),
        (noorderlicht, kompas,   'REQUEST_SUBMITTED',      true,  now() - interval '100 days', ict),
        (noorderlicht, kompas,   'CONTACT_APPOINTED',      true,  now() - interval '99 days',  ict),
        (noorderlicht, kompas,   'PUPILS_SYNCHRONISED',    true,  now() - interval '72 days',  ict),
        (noorderlicht, kompas,   'TEST_LOGIN_SUCCEEDED',   false, now() - interval '4 days',   ict),
        (noorderlicht, poolster, 'REQUEST_SUBMITTED',      true,  now() - interval '6 days',   ict),
        (noorderlicht, poolster, 'CONTACT_APPOINTED',      true,  now() - interval '2 days',   ict);

    PERFORM set_config('app.tenant_id', zuiderzon::text, true);
    INSERT INTO leerid_school (tenant_id, school_id, state, changed_at, changed_by, version) VALUES
        (zuiderzon, zonnewijzer, 'TEST', now() - interval '3 days', 'ict.zuiderzon@zuiderzon.example', 4);
    INSERT INTO leerid_state_change (tenant_id, school_id, from_state, to_state, changed_at, changed_by, note) VALUES
        (zuiderzon, zonnewijzer, 'NOT_STARTED', 'REQUESTED', now() - interval '25 days', 'ict.zuiderzon@zuiderzon.example', ''),
        (zuiderzon, zonnewijzer, 'REQUESTED',   'TEST',      now() - interval '3 days',  'ict.zuiderzon@zuiderzon.example', '');
    INSERT INTO leerid_application (tenant_id, school_id, name, supplier, connection_state, note) VALUES
        (zuiderzon, zonnewijzer, 'Leerplatform Zeppelin', 'Zeppelin Leren bv', 'PLANNED', '');
    INSERT INTO leerid_checklist_item (tenant_id, school_id, item, done, changed_at, changed_by) VALUES
        (zuiderzon, zonnewijzer, 'REQUEST_SUBMITTED', true, now() - interval '25 days', 'ict.zuiderzon@zuiderzon.example'),
        (zuiderzon, zonnewijzer, 'CONTACT_APPOINTED', true, now() - interval '20 days', 'ict.zuiderzon@zuiderzon.example');
END $$;
