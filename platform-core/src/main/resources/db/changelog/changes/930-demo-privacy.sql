--liquibase formatted sql

--changeset taakwijzer:930-demo-privacy context:demo splitStatements:false
--comment: Fictional demo data of the privacy workspace (context "demo" only): questions in every state (one passed on to the umbrella), five processing activities, processor agreements (one expiring soon, one expired, a draft), two data breaches (one reported in time, one discovered 30 hours ago with its clock running). No real people or firms.
DO $$
DECLARE
    t        uuid := '6a1b0000-0000-4000-8000-000000000001';
    vlinder  uuid := '5c000000-0000-4000-8000-000000000001';
    poolster uuid := '5c000000-0000-4000-8000-000000000003';
    dageraad uuid := '5c000000-0000-4000-8000-000000000004';
    dir_v    text := 'directeur.vlinder@noorderlicht.example';
    dir_p    text := 'directeur.poolster@noorderlicht.example';
    dpo      text := 'dpo.noorderlicht@noorderlicht.example';
BEGIN
    PERFORM set_config('app.tenant_id', t::text, true);

    -- questions: open, answered, closed, asked again after an answer, passed on to the umbrella
    INSERT INTO privacy_question (tenant_id, id, school_id, subject, category, urgency, status, asked_by, asked_at, version)
    VALUES (t, 'd9000000-0000-4000-8000-000000000001', vlinder, 'Foto''s van het schoolfeest op de website', 'BEELDMATERIAAL', 'NORMAL', 'OPEN',
            dir_v, now() - interval '2 days', 0);
    INSERT INTO privacy_question_message (tenant_id, question_id, kind, author, written_at, body)
    VALUES (t, 'd9000000-0000-4000-8000-000000000001', 'QUESTION', dir_v, now() - interval '2 days',
            'Mogen we de foto''s van het schoolfeest op de schoolwebsite zetten? Enkele ouders gaven bij de inschrijving geen toestemming.');

    INSERT INTO privacy_question (tenant_id, id, school_id, subject, category, urgency, status, asked_by, asked_at, version)
    VALUES (t, 'd9000000-0000-4000-8000-000000000002', poolster, 'Nieuw leerplatform: verwerkersovereenkomst nodig?', 'LEVERANCIERS', 'NORMAL', 'ANSWERED',
            dir_p, now() - interval '9 days', 1);
    INSERT INTO privacy_question_message (tenant_id, question_id, kind, author, written_at, body) VALUES
        (t, 'd9000000-0000-4000-8000-000000000002', 'QUESTION', dir_p, now() - interval '9 days',
         'De vakgroep wiskunde wil een online oefenplatform gebruiken. Moeten we daarvoor een verwerkersovereenkomst sluiten?'),
        (t, 'd9000000-0000-4000-8000-000000000002', 'ANSWER', dpo, now() - interval '8 days',
         'Ja: het platform verwerkt namen en resultaten van leerlingen in jullie opdracht. Stuur me de naam van de leverancier, dan vraag ik de overeenkomst op en zet ik ze in het register.');

    INSERT INTO privacy_question (tenant_id, id, school_id, subject, category, urgency, status, asked_by, asked_at, version)
    VALUES (t, 'd9000000-0000-4000-8000-000000000003', vlinder, 'Inzage in het leerlingendossier door een ouder', 'RECHTEN', 'URGENT', 'CLOSED',
            dir_v, now() - interval '30 days', 2);
    INSERT INTO privacy_question_message (tenant_id, question_id, kind, author, written_at, body) VALUES
        (t, 'd9000000-0000-4000-8000-000000000003', 'QUESTION', dir_v, now() - interval '30 days',
         'Een ouder vraagt een kopie van alles wat we over haar kind bijhouden. Binnen welke termijn moeten we antwoorden?'),
        (t, 'd9000000-0000-4000-8000-000000000003', 'ANSWER', dpo, now() - interval '29 days',
         'Binnen een maand na de vraag. Bezorg een kopie van het leerlingendossier en het leerlingvolgsysteem; notities over andere leerlingen laat je weg.');

    INSERT INTO privacy_question (tenant_id, id, school_id, subject, category, urgency, status, asked_by, asked_at, version)
    VALUES (t, 'd9000000-0000-4000-8000-000000000004', poolster, 'Toestemming voor de klasfoto', 'TOESTEMMING', 'NORMAL', 'OPEN',
            dir_p, now() - interval '6 days', 2);
    INSERT INTO privacy_question_message (tenant_id, question_id, kind, author, written_at, body) VALUES
        (t, 'd9000000-0000-4000-8000-000000000004', 'QUESTION', dir_p, now() - interval '6 days',
         'Volstaat een toestemming bij de inschrijving voor de jaarlijkse klasfoto?'),
        (t, 'd9000000-0000-4000-8000-000000000004', 'ANSWER', dpo, now() - interval '5 days',
         'Ja, als het formulier de klasfoto uitdrukkelijk noemt en ouders hun toestemming later kunnen intrekken.'),
        (t, 'd9000000-0000-4000-8000-000000000004', 'FOLLOW_UP', dir_p, now() - interval '1 day',
         'En voor leerlingen ouder dan twaalf: vragen we het dan aan de leerling zelf?');

    INSERT INTO privacy_question (tenant_id, id, school_id, subject, category, urgency, status, asked_by, asked_at,
                                  escalated_by, escalated_at, escalation_note, version)
    VALUES (t, 'd9000000-0000-4000-8000-000000000005', vlinder, 'Camera aan de schoolpoort', 'ANDERE', 'URGENT', 'ANSWERED',
            dir_v, now() - interval '12 days', dpo, now() - interval '11 days',
            'Juridische vraag over het gebruik van camerabeelden bij een klacht: doorgegeven aan de DPO-dienst van de koepel.', 2);
    INSERT INTO privacy_question_message (tenant_id, question_id, kind, author, written_at, body) VALUES
        (t, 'd9000000-0000-4000-8000-000000000005', 'QUESTION', dir_v, now() - interval '12 days',
         'Mogen we beelden van de camera aan de poort aan de politie bezorgen na een vechtpartij?'),
        (t, 'd9000000-0000-4000-8000-000000000005', 'ANSWER', dpo, now() - interval '10 days',
         'Op vordering van de politie wel. Ik heb de vraag ook voorgelegd aan de koepel; hun advies volgt.');

    -- the register of processing activities
    INSERT INTO processing_activity (tenant_id, id, name, purpose, legal_basis, data_subjects, personal_data, recipients,
                                     transfers, transfer_safeguards, retention, security_measures, all_schools) VALUES
        (t, 'da000000-0000-4000-8000-000000000001', 'Leerlingvolgsysteem',
         'De leerloopbaan en het welbevinden van leerlingen opvolgen.', 'ALGEMEEN_BELANG', 'leerlingen, ouders',
         'identificatie, klas, evaluaties, zorgnotities', 'leerkrachten en zorgteam van de school, CLB', '', '',
         'tot 5 jaar na het vertrek van de leerling', 'toegang per rol, aanmelden met tweestapsverificatie, logging', true),
        (t, 'da000000-0000-4000-8000-000000000002', 'Schoolwebsite met foto''s',
         'De school en haar activiteiten voorstellen.', 'TOESTEMMING', 'leerlingen, personeel',
         'foto''s, voornamen', 'het publiek', '', '',
         'tot de toestemming wordt ingetrokken, foto''s hoogstens 3 schooljaren online', 'alleen foto''s met toestemming, geen familienamen', true),
        (t, 'da000000-0000-4000-8000-000000000003', 'Digitaal leerplatform',
         'Lesmateriaal en opdrachten aanbieden en opvolgen.', 'ALGEMEEN_BELANG', 'leerlingen, leerkrachten',
         'naam, klas, opdrachten, resultaten, aanmeldgegevens (LeerID)', 'leverancier van het platform (verwerker)',
         'Verenigde Staten (ondersteuning door de moedermaatschappij)', 'EU-modelcontractbepalingen en versleuteling',
         'tot het einde van het schooljaar, daarna 1 jaar archief', 'aanmelden via LeerID, versleutelde opslag', true),
        (t, 'da000000-0000-4000-8000-000000000004', 'Personeelsadministratie',
         'Aanstellingen, lonen en afwezigheden van personeelsleden beheren.', 'WETTELIJKE_VERPLICHTING', 'personeelsleden',
         'identificatie, rijksregisternummer, loopbaan, afwezigheden', 'AGODI, sociaal secretariaat', '', '',
         '5 jaar na het einde van de tewerkstelling', 'alleen het secretariaat, papieren dossiers in een slotkast', true),
        (t, 'da000000-0000-4000-8000-000000000005', 'Camerabewaking',
         'De toegang tot de school beveiligen.', 'GERECHTVAARDIGD_BELANG', 'leerlingen, personeel, bezoekers',
         'camerabeelden', 'directie; politie op vordering', '', '',
         '30 dagen, tenzij nodig voor een onderzoek', 'pictogram aan de ingang, beelden alleen door de directie te bekijken', false);
    INSERT INTO processing_activity_school (tenant_id, activity_id, school_id) VALUES
        (t, 'da000000-0000-4000-8000-000000000005', vlinder),
        (t, 'da000000-0000-4000-8000-000000000005', dageraad);

    -- processor agreements: signed, expiring soon, expired, a draft
    INSERT INTO processor_agreement (tenant_id, processor_name, supplier_name, application, status, signed_on, expires_on, document_url, note) VALUES
        (t, 'Leerwolk Voorbeeld NV', 'Leerwolk Voorbeeld', 'Digitaal leerplatform', 'SIGNED', current_date - 700, current_date + 40,
         'https://documenten.noorderlicht.example/dpa/leerwolk.pdf', 'Verlenging aangevraagd.'),
        (t, 'Volgsysteem Fictief BV', NULL, 'Leerlingvolgsysteem', 'SIGNED', current_date - 400, current_date + 730,
         'https://documenten.noorderlicht.example/dpa/volgsysteem.pdf', ''),
        (t, 'Fotostudio Denkbeeld', NULL, 'Klasfoto''s', 'SIGNED', current_date - 1100, current_date - 15,
         NULL, 'Verlopen: nieuwe overeenkomst nodig voor de volgende fotodag.'),
        (t, 'Webatelier Verzonnen', NULL, 'Schoolwebsite', 'DRAFT', NULL, NULL, NULL, 'Ontwerp ligt bij de leverancier.');

    -- data breaches: one reported in time, one discovered 30 hours ago and not yet reported
    INSERT INTO data_breach (tenant_id, id, discovered_at, nature, data_affected, people_affected, measures, report_required,
                             reported_at, registered_by, registered_at) VALUES
        (t, 'db000000-0000-4000-8000-000000000001', now() - interval '45 days',
         'Een e-mail met de punten van een klas werd naar de ouders van een andere klas gestuurd.', 'punten van het eerste trimester',
         24, 'Ontvangers gevraagd de e-mail te wissen; adreslijsten nagekeken; betrokken ouders verwittigd.', true,
         now() - interval '45 days' + interval '20 hours', dir_p, now() - interval '45 days' + interval '1 hour'),
        (t, 'db000000-0000-4000-8000-000000000002', now() - interval '30 hours',
         'Een laptop van het secretariaat werd gestolen uit een wagen.', 'contactgegevens van ouders, inschrijvingsdossiers',
         NULL, 'Wachtwoorden gewijzigd; nagegaan of de schijf versleuteld was.', true,
         NULL, dir_v, now() - interval '29 hours');
    INSERT INTO data_breach_school (tenant_id, breach_id, school_id) VALUES
        (t, 'db000000-0000-4000-8000-000000000001', poolster),
        (t, 'db000000-0000-4000-8000-000000000002', vlinder);
END $$;
