--liquibase formatted sql

--changeset taakwijzer:920-demo-purchasing context:demo splitStatements:false
--comment: Fictional purchasing demo (context "demo" only): three suppliers, four framework contracts (one ending within 90 days, one ended) with joined schools, an open tender with three scored quotes, purchase requests in every state including one outside a running contract. Dates relative to today. No real firms or people.
DO $$
DECLARE
    t   uuid := '6a1b0000-0000-4000-8000-000000000001';
    vlinder  uuid := '5c000000-0000-4000-8000-000000000001';
    kompas   uuid := '5c000000-0000-4000-8000-000000000002';
    poolster uuid := '5c000000-0000-4000-8000-000000000003';
    dageraad uuid := '5c000000-0000-4000-8000-000000000004';
    today date := (now() AT TIME ZONE 'Europe/Brussels')::date;
BEGIN
    PERFORM set_config('app.tenant_id', t::text, true);
    INSERT INTO supplier (tenant_id, id, name, enterprise_number, contact_email, note) VALUES
        (t, 'b1000000-0000-4000-8000-000000000001', 'Bitwerk bv (fictief)', '0123456749', 'offerte@bitwerk.example', 'Laptops, tablets en netwerk.'),
        (t, 'b1000000-0000-4000-8000-000000000002', 'Printwerk cv (fictief)', '0555012323', 'scholen@printwerk.example', 'Printers en kopieertoestellen, onderhoud inbegrepen.'),
        (t, 'b1000000-0000-4000-8000-000000000003', 'Klasbeeld nv (fictief)', '0777123418', NULL, 'Digitale borden, beamers en geluid.');

    INSERT INTO framework_contract (tenant_id, id, title, supplier_id, category, procurement, start_date, end_date, note) VALUES
        (t, 'c1000000-0000-4000-8000-000000000001', 'Laptops en tablets voor leerlingen', 'b1000000-0000-4000-8000-000000000001', 'DEVICES', 'PURCHASING_CENTRE',
            today - 365, today + 730, 'Via de aankoopcentrale; levering binnen 15 werkdagen.'),
        (t, 'c1000000-0000-4000-8000-000000000002', 'Printers en kopieertoestellen', 'b1000000-0000-4000-8000-000000000002', 'PRINTING_COPIERS', 'UMBRELLA',
            today - 1095, today + 60, 'Raamcontract van de koepel; verlenging of nieuwe aanbesteding nodig.'),
        (t, 'c1000000-0000-4000-8000-000000000003', 'Netwerk en wifi (2021)', 'b1000000-0000-4000-8000-000000000001', 'NETWORK', 'OWN_TENDER',
            today - 1480, today - 20, 'Afgelopen: de nieuwe aanbesteding loopt.'),
        (t, 'c1000000-0000-4000-8000-000000000004', 'Digitale borden en beamers', 'b1000000-0000-4000-8000-000000000003', 'AUDIOVISUAL', 'GOVERNMENT',
            today - 180, today + 1095, '');
    INSERT INTO contract_document (tenant_id, contract_id, position, url, label) VALUES
        (t, 'c1000000-0000-4000-8000-000000000001', 0, 'https://intranet.noorderlicht.example/aankoop/laptops/bestek.pdf', 'Bestek'),
        (t, 'c1000000-0000-4000-8000-000000000001', 1, 'https://intranet.noorderlicht.example/aankoop/laptops/prijslijst.pdf', 'Prijslijst'),
        (t, 'c1000000-0000-4000-8000-000000000002', 0, 'https://koepel.example/raamcontracten/printers', 'Raamcontract van de koepel'),
        (t, 'c1000000-0000-4000-8000-000000000004', 0, 'https://intranet.noorderlicht.example/aankoop/av/overeenkomst.pdf', 'Overeenkomst');
    INSERT INTO contract_school (tenant_id, contract_id, school_id, joined_by) VALUES
        (t, 'c1000000-0000-4000-8000-000000000001', vlinder, 'directeur.vlinder@noorderlicht.example'),
        (t, 'c1000000-0000-4000-8000-000000000001', kompas, 'ict.noorderlicht@noorderlicht.example'),
        (t, 'c1000000-0000-4000-8000-000000000001', poolster, 'directeur.poolster@noorderlicht.example'),
        (t, 'c1000000-0000-4000-8000-000000000002', vlinder, 'ict.noorderlicht@noorderlicht.example'),
        (t, 'c1000000-0000-4000-8000-000000000002', poolster, 'directeur.poolster@noorderlicht.example'),
        (t, 'c1000000-0000-4000-8000-000000000002', dageraad, 'ict.noorderlicht@noorderlicht.example'),
        (t, 'c1000000-0000-4000-8000-000000000003', dageraad, 'ict.noorderlicht@noorderlicht.example'),
        (t, 'c1000000-0000-4000-8000-000000000004', kompas, 'ict.noorderlicht@noorderlicht.example');

    -- an open tender for the new wifi network, three quotes scored on three criteria
    INSERT INTO tender (tenant_id, id, subject, category, status) VALUES
        (t, 'd1000000-0000-4000-8000-000000000001', 'Nieuw wifi-netwerk voor de secundaire scholen', 'NETWORK', 'OPEN');
    INSERT INTO tender_criterion (tenant_id, id, tender_id, position, name, weight) VALUES
        (t, 'd2000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000001', 0, 'prijs', 40),
        (t, 'd2000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001', 1, 'kwaliteit', 30),
        (t, 'd2000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-000000000001', 2, 'service', 30);
    INSERT INTO tender_quote (tenant_id, id, tender_id, supplier_id, amount, note) VALUES
        (t, 'd3000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000001', 48500.00, 'Inclusief plaatsing in de zomervakantie.'),
        (t, 'd3000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000002', 41900.00, 'Onderaannemer voor de bekabeling.'),
        (t, 'd3000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-000000000001', 'b1000000-0000-4000-8000-000000000003', 52750.00, '');
    INSERT INTO tender_score (tenant_id, quote_id, criterion_id, score) VALUES
        (t, 'd3000000-0000-4000-8000-000000000001', 'd2000000-0000-4000-8000-000000000001', 7.5),
        (t, 'd3000000-0000-4000-8000-000000000001', 'd2000000-0000-4000-8000-000000000002', 8),
        (t, 'd3000000-0000-4000-8000-000000000001', 'd2000000-0000-4000-8000-000000000003', 9),
        (t, 'd3000000-0000-4000-8000-000000000002', 'd2000000-0000-4000-8000-000000000001', 9),
        (t, 'd3000000-0000-4000-8000-000000000002', 'd2000000-0000-4000-8000-000000000002', 6),
        (t, 'd3000000-0000-4000-8000-000000000002', 'd2000000-0000-4000-8000-000000000003', 6.5),
        (t, 'd3000000-0000-4000-8000-000000000003', 'd2000000-0000-4000-8000-000000000001', 6),
        (t, 'd3000000-0000-4000-8000-000000000003', 'd2000000-0000-4000-8000-000000000002', 9),
        (t, 'd3000000-0000-4000-8000-000000000003', 'd2000000-0000-4000-8000-000000000003', 8);

    -- requests in every state; De Dageraad buys tablets outside the running laptop contract
    INSERT INTO purchase_request (tenant_id, id, school_id, contract_id, category, description, quantity, estimated_cost, status,
                                  refusal_reason, requested_at, requested_by, decided_at, decided_by) VALUES
        (t, 'e1000000-0000-4000-8000-000000000001', vlinder, 'c1000000-0000-4000-8000-000000000001', 'DEVICES',
            'Laptops voor het vijfde en zesde leerjaar', 12, 7440.00, 'APPROVED', NULL,
            now() - interval '20 days', 'directeur.vlinder@noorderlicht.example', now() - interval '18 days', 'ict.noorderlicht@noorderlicht.example'),
        (t, 'e1000000-0000-4000-8000-000000000002', poolster, 'c1000000-0000-4000-8000-000000000002', 'PRINTING_COPIERS',
            'Kleurenprinter voor het secretariaat', 1, 1290.50, 'REQUESTED', NULL,
            now() - interval '3 days', 'directeur.poolster@noorderlicht.example', NULL, NULL),
        (t, 'e1000000-0000-4000-8000-000000000003', kompas, 'c1000000-0000-4000-8000-000000000004', 'AUDIOVISUAL',
            'Digitaal bord voor de kleuterklas', 2, 6800.00, 'REFUSED', 'Dit schooljaar is het budget voor borden op; dien de aanvraag opnieuw in na 1 januari.',
            now() - interval '12 days', 'ict.noorderlicht@noorderlicht.example', now() - interval '10 days', 'ict.noorderlicht@noorderlicht.example'),
        (t, 'e1000000-0000-4000-8000-000000000004', dageraad, NULL, 'DEVICES',
            'Tablets voor de praktijkklassen (bij de winkel om de hoek)', 8, 2392.00, 'REQUESTED', NULL,
            now() - interval '1 day', 'ict.noorderlicht@noorderlicht.example', NULL, NULL),
        (t, 'e1000000-0000-4000-8000-000000000005', vlinder, NULL, 'SOFTWARE_LICENCES',
            'Schoollicentie leesoefenprogramma', 1, 350.00, 'REQUESTED', NULL,
            now() - interval '2 hours', 'directeur.vlinder@noorderlicht.example', NULL, NULL);

    -- the other group has its own supplier and contract, never visible to the first
    PERFORM set_config('app.tenant_id', '6a1b0000-0000-4000-8000-000000000002', true);
    INSERT INTO supplier (tenant_id, id, name, enterprise_number, contact_email, note) VALUES
        ('6a1b0000-0000-4000-8000-000000000002', 'b1000000-0000-4000-8000-000000000011', 'Zonnetech bv (fictief)', '0888135760', NULL, '');
    INSERT INTO framework_contract (tenant_id, id, title, supplier_id, category, procurement, start_date, end_date, note) VALUES
        ('6a1b0000-0000-4000-8000-000000000002', 'c1000000-0000-4000-8000-000000000011', 'Chromebooks', 'b1000000-0000-4000-8000-000000000011',
            'DEVICES', 'PURCHASING_CENTRE', today - 100, today + 900, '');
    INSERT INTO contract_school (tenant_id, contract_id, school_id, joined_by) VALUES
        ('6a1b0000-0000-4000-8000-000000000002', 'c1000000-0000-4000-8000-000000000011', '5c000000-0000-4000-8000-000000000011',
            'directeur.zonnewijzer@zuiderzon.example');
END $$;
