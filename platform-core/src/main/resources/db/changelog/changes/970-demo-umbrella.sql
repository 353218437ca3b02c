--liquibase formatted sql

--changeset taakwijzer:970-demo-umbrella context:demo splitStatements:false
--comment: Four more fictional school groups in the demo umbrella KOEPEL-VOORBEELD (context "demo" only), 20 fictional schools of every size with plans for this school year and the one before, so that the umbrella dashboard shows real figures: most cells over 5 schools or more, a few suppressed (600+ pupils, unknown size, a provider at 2 schools). Generated the same way at every run (hashes, no randomness). No real people, schools or addresses.
DO $$
DECLARE
    -- the school year of today: it starts on 1 September
    y integer := extract(year FROM (now() AT TIME ZONE 'Europe/Brussels') - interval '8 months')::integer;
    umbrella uuid := '0d5e3a10-0000-4000-8000-000000000001';
    group_names text[] := ARRAY['Scholengroep Oosterwind', 'Scholengroep Westerkim', 'Scholengroep Middagzon', 'Scholengroep Avondrood'];
    trees text[] := ARRAY['Eik', 'Beuk', 'Linde', 'Es', 'Wilg', 'Berk', 'Hazelaar', 'Kastanje', 'Esdoorn', 'Els',
                          'Populier', 'Taxus', 'Meidoorn', 'Vlier', 'Lijsterbes', 'Olm', 'Plataan', 'Haagbeuk', 'Den', 'Spar'];
    -- per school (five per group): level and pupils; together with the first two groups every band up to 599 has 5+ schools
    levels text[] := ARRAY['BASIS', 'BASIS', 'BASIS', 'SECUNDAIR', 'BASIS',
                           'BASIS', 'BASIS', 'SECUNDAIR', 'SECUNDAIR', 'BASIS',
                           'BASIS', 'BASIS', 'SECUNDAIR', 'BASIS', 'BASIS',
                           'BASIS', 'SECUNDAIR', 'SECUNDAIR', 'BASIS', 'BASIS'];
    pupils integer[] := ARRAY[95, 180, 240, 420, 130,
                              210, 120, 510, 380, 265,
                              160, 140, 350, 290, 110,
                              225, 640, 470, NULL, 135];
    tenant uuid;
    school uuid;
    central uuid;
    person uuid;
    alloc uuid;
    n integer;
    size numeric;
    yr integer;
    t record;
    role text;
BEGIN
    FOR g IN 1..4 LOOP
        tenant := ('6a1b0000-0000-4000-8000-00000000000' || (g + 2))::uuid;
        PERFORM set_config('app.tenant_id', tenant::text, true);
        INSERT INTO school_group (tenant_id, umbrella_id, instellingsnummer, name)
        VALUES (tenant, umbrella, '99000' || (g + 2), group_names[g]);
        INSERT INTO school_year (tenant_id, start_year) VALUES (tenant, y - 1), (tenant, y);
        FOR s IN 1..5 LOOP
            n := (g - 1) * 5 + s;
            school := ('5c000000-0000-4000-8000-0000000001' || lpad(n::text, 2, '0'))::uuid;
            INSERT INTO school (tenant_id, id, instellingsnummer, name, postal_code, municipality, education_level, pupil_count)
            VALUES (tenant, school, '0991' || lpad(n::text, 2, '0'),
                    CASE levels[n] WHEN 'BASIS' THEN 'Voorbeeldschool ' ELSE 'Voorbeeldatheneum ' END || trees[n],
                    '999' || (g + 1), 'Verzonnendorp', levels[n], pupils[n]);
        END LOOP;
        FOR yr IN y - 1..y LOOP
            -- purchasing through the umbrella's purchasing centre everywhere; privacy questions by the group or the umbrella
            INSERT INTO central_task (tenant_id, start_year, task_code, provider_code, hours, funding_code, status, all_schools)
            VALUES (tenant, yr, 'BEL_CENTRAL_02', 'AANKOOPCENTRALE', 20, 'WERKINGSMIDDELEN', 'ACTIVE', true),
                   (tenant, yr, 'BEL_CENTRAL_01', CASE WHEN g = 4 THEN 'KOEPEL' ELSE 'SCHOLENGROEP' END, 40, 'WERKINGSMIDDELEN', 'ACTIVE', true);
            IF g = 2 THEN
                INSERT INTO central_task (tenant_id, start_year, task_code, provider_code, hours, funding_code, status, all_schools)
                VALUES (tenant, yr, 'TECH_CORE_09', 'SCHOLENGROEP', 60, 'ICT_UREN', 'ACTIVE', true);
            ELSIF g = 1 THEN
                INSERT INTO central_task (tenant_id, start_year, task_code, provider_code, hours, funding_code, status, all_schools)
                VALUES (tenant, yr, 'TECH_CENTRAL_01', 'KOEPEL', 30, 'ICT_UREN', 'ACTIVE', false) RETURNING id INTO central;
                INSERT INTO central_task_school (tenant_id, central_task_id, school_id)
                SELECT tenant, central, id FROM school WHERE tenant_id = tenant ORDER BY instellingsnummer LIMIT 2;
            END IF;
            FOR n, school, size IN
                SELECT row_number() OVER (ORDER BY s.instellingsnummer), s.id, greatest(coalesce(s.pupil_count, 200), 80) / 100.0
                FROM school s WHERE s.tenant_id = tenant
            LOOP
                INSERT INTO school_plan (tenant_id, school_id, start_year, version, changed_by) VALUES (tenant, school, yr, 1, 'demo');
                -- the people a school has; an external firm at every other school, a teacher helping at every third
                FOREACH role IN ARRAY ARRAY['TECHNISCH_ICT_COORDINATOR', 'PEDAGOGISCH_ICT_COORDINATOR', 'DIRECTIE', 'ADMINISTRATIEF_MEDEWERKER',
                                            'EXTERNE_FIRMA', 'LEERKRACHT'] LOOP
                    CONTINUE WHEN role = 'EXTERNE_FIRMA' AND (g + n) % 2 = 0;
                    CONTINUE WHEN role = 'LEERKRACHT' AND (g + n) % 3 <> 0;
                    INSERT INTO school_person (tenant_id, school_id, start_year, name, role_type)
                    VALUES (tenant, school, yr, CASE role WHEN 'EXTERNE_FIRMA' THEN 'Voorbeeldfirma bv (fictief)'
                                                          ELSE 'Fictieve ' || lower(replace(role, '_', ' ')) END, role)
                    RETURNING id INTO person;
                    INSERT INTO school_person_hours (tenant_id, person_id, funding_code, hours)
                    VALUES (tenant, person, CASE role WHEN 'TECHNISCH_ICT_COORDINATOR' THEN 'ICT_UREN' WHEN 'PEDAGOGISCH_ICT_COORDINATOR' THEN 'BPT_UREN'
                                                      WHEN 'EXTERNE_FIRMA' THEN 'WERKINGSMIDDELEN' ELSE 'PUNTENENVELOPPE' END,
                            round(60 * size, 0));
                END LOOP;
                -- three core tasks in four taken, by the role of the task's cluster; hours grow with the school
                FOR t IN
                    SELECT ct.code, ct.cluster_code, abs(hashtext(school::text || ct.code || yr)) % 100 AS h
                    FROM catalogue_task ct
                    WHERE ct.level_code = 'KERNTAAK'
                      AND NOT EXISTS (SELECT 1 FROM school_task_coverage c
                                      WHERE c.tenant_id = tenant AND c.school_id = school AND c.start_year = yr AND c.task_code = ct.code)
                LOOP
                    CONTINUE WHEN t.h >= 75;
                    role := CASE t.cluster_code
                                WHEN 'TECHNISCH' THEN CASE WHEN t.h % 3 = 0 THEN 'EXTERNE_FIRMA' ELSE 'TECHNISCH_ICT_COORDINATOR' END
                                WHEN 'PEDAGOGISCH' THEN CASE WHEN t.h % 4 = 0 THEN 'LEERKRACHT' ELSE 'PEDAGOGISCH_ICT_COORDINATOR' END
                                WHEN 'BELEID' THEN 'DIRECTIE'
                                ELSE 'ADMINISTRATIEF_MEDEWERKER'
                            END;
                    SELECT p.id INTO person FROM school_person p
                    WHERE p.tenant_id = tenant AND p.school_id = school AND p.start_year = yr AND p.role_type = role;
                    IF person IS NULL THEN
                        SELECT p.id INTO person FROM school_person p
                        WHERE p.tenant_id = tenant AND p.school_id = school AND p.start_year = yr AND p.role_type = 'TECHNISCH_ICT_COORDINATOR';
                    END IF;
                    INSERT INTO allocation (tenant_id, school_id, start_year, task_code) VALUES (tenant, school, yr, t.code)
                    RETURNING id INTO alloc;
                    INSERT INTO allocation_share (tenant_id, allocation_id, person_id, hours, funding_code)
                    SELECT tenant, alloc, person, round((2 + t.h % 9) * size, 1), h.funding_code
                    FROM school_person_hours h WHERE h.tenant_id = tenant AND h.person_id = person;
                END LOOP;
            END LOOP;
        END LOOP;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
