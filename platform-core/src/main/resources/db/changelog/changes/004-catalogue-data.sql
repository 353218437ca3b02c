--liquibase formatted sql

--changeset taakwijzer:004-catalogue-data
--comment: The task catalogue of the Wegwijzer takenpakket van je ICT-team (Kenniscentrum Digisprong, update 27/10/2023). Dutch wording as in the guide; two typing errors corrected (netwerkkaparaatuur, eerstelijnsbulp). See docs/catalogue.md.

INSERT INTO cluster (code, name_nl, name_en, description_nl, description_en, core, sort_order) VALUES
    ('TECHNISCH', 'Technische taken', 'Technical tasks', 'Omvatten alle taken die betrekking hebben op hardware, software, netwerk- en serverbeheer, back-upstrategie, eerstelijns hulp, en andere technische ondersteuning.', 'All tasks concerning hardware, software, network and server management, backup strategy, first-line help and other technical support.', true, 1),
    ('PEDAGOGISCH', 'Pedagogisch-didactische taken', 'Pedagogical-didactic tasks', 'Omvatten de taken die te maken hebben met ICT-integratie in de klas, onderwijsvernieuwing, het ontwikkelen van leerlijnen, en het informeren en bijscholen van leraren en collega''s.', 'Tasks concerning ICT integration in the classroom, educational innovation, developing learning pathways, and informing and training teachers and colleagues.', true, 2),
    ('BELEID', 'Beleid & visie', 'Policy & vision', 'Omvatten alle taken die betrekking hebben op het uitwerken van een ICT-visie en -beleid, (financieel) advies, inzicht in de ICT-noden, en het motiveren en sensibiliseren van collega''s.', 'All tasks concerning developing an ICT vision and policy, (financial) advice, insight into ICT needs, and motivating and raising awareness among colleagues.', false, 3),
    ('ADMINISTRATIEF', 'Administratieve taken', 'Administrative tasks', 'Omvatten onder andere verschillende vormen van beheer (o.a. gebruikersbeheer, beheer laptop-/tabletpool, beheer schoolnetwerk), het inventariseren van o.a. hardware en software, en het opvolgen van bestellingen en herstellingen.', 'Among others, several forms of management (user management, the laptop/tablet pool, the school network), making inventories of hardware and software, and following up orders and repairs.', false, 4);

INSERT INTO task_level (code, name_nl, name_en, description_nl, description_en, sort_order) VALUES
    ('CENTRAAL', 'Op centraal niveau', 'At central level', 'ICT-coördinatietaken die centraal worden overgenomen of ondersteund: door de koepel, de overheid, een aankoopcentrale of de scholengroep zelf.', 'ICT coordination tasks taken over or supported centrally: by the umbrella organisation, the government, a purchasing centre or the school group itself.', 1),
    ('KERNTAAK', 'Kerntaak van het ICT-team', 'Core task of the ICT team', 'De kerntaken van de (technische en pedagogische) ICT-coördinator, te verdelen binnen het ICT-team van de school.', 'The core tasks of the (technical and pedagogical) ICT coordinator, to be spread within the school''s ICT team.', 2),
    ('ANDEREN', 'Kan door anderen worden opgenomen', 'Can be taken by others', 'ICT-taken die door anderen kunnen worden opgenomen: externe firma''s, de TAC, leerkrachten, de directie, administratief medewerkers of de communicatieverantwoordelijke.', 'ICT tasks others can take: external firms, the TAC, teachers, the director, administrative staff or the communication officer.', 3);

INSERT INTO task_area (code, cluster_code, name_nl, name_en, sort_order) VALUES
    ('TECH_HARDWARE', 'TECHNISCH', 'hardware', 'hardware', 1),
    ('TECH_SOFTWARE', 'TECHNISCH', 'software', 'software', 2),
    ('TECH_EERSTELIJNSHULP', 'TECHNISCH', 'eerstelijns hulp', 'first-line help', 3),
    ('TECH_NETWERKBEHEER', 'TECHNISCH', 'netwerkbeheer', 'network management', 4),
    ('TECH_BACKUP', 'TECHNISCH', 'back-upstrategie', 'backup strategy', 5),
    ('PED_ONDERWIJSVERNIEUWING', 'PEDAGOGISCH', 'onderwijsvernieuwing', 'educational innovation', 6),
    ('PED_LEERLIJNEN', 'PEDAGOGISCH', 'ontwikkelen leerlijnen', 'developing learning pathways', 7),
    ('PED_BIJSCHOLING', 'PEDAGOGISCH', 'informatie en bijscholing leraren', 'informing and training teachers', 8),
    ('ADM_GEBRUIKERSBEHEER', 'ADMINISTRATIEF', '(gebruikers)beheer', '(user) management', 9),
    ('ADM_INVENTARIS', 'ADMINISTRATIEF', 'inventaris', 'inventory', 10),
    ('ADM_SCHOOLWEBSITE', 'ADMINISTRATIEF', 'schoolwebsite', 'school website', 11),
    ('ADM_BESTELLINGEN', 'ADMINISTRATIEF', 'opvolgen bestellingen en herstellingen', 'following up orders and repairs', 12),
    ('BEL_VISIE', 'BELEID', 'ICT-visie en -beleid', 'ICT vision and policy', 13),
    ('BEL_FINANCIEEL', 'BELEID', 'financieel advies', 'financial advice', 14),
    ('BEL_NODEN', 'BELEID', 'inzicht ICT-noden', 'insight into ICT needs', 15),
    ('BEL_MOTIVEREN', 'BELEID', 'motiveren collega''s', 'motivating colleagues', 16);

INSERT INTO catalogue_task (code, cluster_code, level_code, area_code, name_nl, name_en, needs_specialisation, sort_order) VALUES
    ('TECH_CENTRAL_01', 'TECHNISCH', 'CENTRAAL', 'TECH_SOFTWARE', 'Programmeren van bepaalde ontwikkelingen of toepassingen (bv. een eigen schooldashboard voor klassenraden, oudercontacten of inschrijvingen)', 'Programming specific developments or applications (e.g. an own school dashboard for class councils, parent meetings or enrolments)', true, 1),
    ('TECH_CENTRAL_02', 'TECHNISCH', 'CENTRAAL', 'TECH_SOFTWARE', 'Taken in verband met single sign-on (LeerID)', 'Tasks related to single sign-on (LeerID)', true, 2),
    ('BEL_CENTRAL_01', 'BELEID', 'CENTRAAL', NULL, 'Juridische vraagstukken in verband met complexere zaken (gegevensbescherming)', 'Legal questions on more complex matters (data protection)', false, 3),
    ('BEL_CENTRAL_02', 'BELEID', 'CENTRAAL', 'BEL_FINANCIEEL', 'Aankoopbeleid (offertes en leveranciers vergelijken)', 'Purchasing policy (comparing quotes and suppliers)', false, 4),
    ('BEL_CENTRAL_03', 'BELEID', 'CENTRAAL', 'BEL_FINANCIEEL', 'Offertes, bestekken, raamcontracten', 'Quotes, tender specifications, framework contracts', false, 5),
    ('TECH_CORE_01', 'TECHNISCH', 'KERNTAAK', 'TECH_HARDWARE', 'Onderhouden van hardware: installeren, configureren, herstellen en vervangen van pc''s en randapparatuur, servers en netwerkapparatuur', 'Maintaining hardware: installing, configuring, repairing and replacing PCs and peripherals, servers and network equipment', false, 6),
    ('TECH_CORE_02', 'TECHNISCH', 'KERNTAAK', 'TECH_NETWERKBEHEER', 'Tools gebruiken voor monitoring van de ICT-infrastructuur', 'Using tools to monitor the ICT infrastructure', true, 7),
    ('TECH_CORE_03', 'TECHNISCH', 'KERNTAAK', 'TECH_EERSTELIJNSHULP', 'Realisatie en onderhoud van helpdesk', 'Setting up and maintaining a helpdesk', false, 8),
    ('TECH_CORE_04', 'TECHNISCH', 'KERNTAAK', 'TECH_EERSTELIJNSHULP', 'Indien nodig nog eerstelijnshulp bieden aan collega''s op het vlak van basisvaardigheden (maar tegelijk werken aan de ICT-basisvaardigheden bij leerkrachten)', 'Where still needed, giving colleagues first-line help with basic skills (while working on teachers'' basic ICT skills)', false, 9),
    ('TECH_CORE_05', 'TECHNISCH', 'KERNTAAK', 'TECH_NETWERKBEHEER', 'Plannen en structureren van de netwerk- en serverinfrastructuur', 'Planning and structuring the network and server infrastructure', true, 10),
    ('TECH_CORE_06', 'TECHNISCH', 'KERNTAAK', 'TECH_SOFTWARE', 'Beheren van de toegang tot gebouwen (badgesysteem) en applicaties (eigen schooldashboard voor klassenraden, oudercontacten, inschrijvingen ...)', 'Managing access to buildings (badge system) and applications (own school dashboard for class councils, parent meetings, enrolments ...)', true, 11),
    ('TECH_CORE_07', 'TECHNISCH', 'KERNTAAK', 'TECH_NETWERKBEHEER', 'Beheren van communicatiekanalen (telefonie, smartphones, WAN-verbindingen, enz.)', 'Managing communication channels (telephony, smartphones, WAN connections, etc.)', false, 12),
    ('TECH_CORE_08', 'TECHNISCH', 'KERNTAAK', 'TECH_HARDWARE', 'Installeren, beheren en onderhouden van audiovisueel materiaal', 'Installing, managing and maintaining audiovisual equipment', false, 13),
    ('TECH_CORE_09', 'TECHNISCH', 'KERNTAAK', 'TECH_BACKUP', 'Implementeren en opvolgen van een back-upstrategie inclusief archivering', 'Implementing and following up a backup strategy including archiving', true, 14),
    ('TECH_CORE_10', 'TECHNISCH', 'KERNTAAK', 'TECH_BACKUP', 'Uitwerken van een noodprocedure, bv. bij een cyberaanval', 'Drawing up an emergency procedure, e.g. for a cyber attack', true, 15),
    ('PED_CORE_01', 'PEDAGOGISCH', 'KERNTAAK', 'PED_ONDERWIJSVERNIEUWING', 'Ondersteunen van leerkrachten bij de ICT-integratie in de klas en vakoverschrijdende werking', 'Supporting teachers with ICT integration in the classroom and cross-curricular work', false, 16),
    ('PED_CORE_02', 'PEDAGOGISCH', 'KERNTAAK', 'PED_BIJSCHOLING', 'Handleidingen schrijven over het gebruik van hardware en software', 'Writing manuals on the use of hardware and software', false, 17),
    ('PED_CORE_03', 'PEDAGOGISCH', 'KERNTAAK', 'PED_LEERLIJNEN', 'Ontwikkelen van een leerlijn digitale competenties van leerkrachten', 'Developing a learning pathway for teachers'' digital competences', false, 18),
    ('PED_CORE_04', 'PEDAGOGISCH', 'KERNTAAK', 'PED_LEERLIJNEN', 'Ontwikkelen van een leerlijn voor de eindtermen Digitale competentie en mediawijsheid i.s.m. het team', 'Developing a learning pathway for the attainment targets Digital competence and media literacy together with the team', false, 19),
    ('PED_CORE_05', 'PEDAGOGISCH', 'KERNTAAK', 'PED_ONDERWIJSVERNIEUWING', 'Sensibiliseren en motiveren van collega''s m.b.t. ICT-toepassingen in hun vakken en studierichtingen', 'Raising awareness and motivating colleagues about ICT applications in their subjects and courses', false, 20),
    ('PED_CORE_06', 'PEDAGOGISCH', 'KERNTAAK', 'PED_BIJSCHOLING', 'Professionaliseren van het ICT-kernteam op pedagogisch-didactisch vlak (nascholing, zelfstudie, literatuur, enz.)', 'Professional development of the core ICT team in pedagogy and didactics (in-service training, self-study, literature, etc.)', false, 21),
    ('BEL_CORE_01', 'BELEID', 'KERNTAAK', 'BEL_NODEN', 'Inzicht hebben in de ICT-noden van het team en deze in kaart kunnen brengen', 'Having insight into the team''s ICT needs and being able to map them', false, 22),
    ('BEL_CORE_02', 'BELEID', 'KERNTAAK', 'BEL_VISIE', 'Uitwerken van een pedagogisch-didactische ICT-visie i.s.m. de directeur en/of schoolteam', 'Developing a pedagogical-didactic ICT vision with the director and/or school team', false, 23),
    ('BEL_CORE_03', 'BELEID', 'KERNTAAK', 'BEL_VISIE', 'Uitwerken van een technische ICT-visie i.s.m. de directeur en/of schoolteam', 'Developing a technical ICT vision with the director and/or school team', false, 24),
    ('BEL_CORE_04', 'BELEID', 'KERNTAAK', 'BEL_VISIE', 'Een ICT-beleidsplan of actieplan opstellen i.s.m. de directeur en/of een ICT-kernteam (met zowel technische als didactische doelstellingen) en bijbehorende investeringsbeleid (per jaar en meerjarenplan)', 'Drawing up an ICT policy plan or action plan with the director and/or a core ICT team (with both technical and didactic goals) and the matching investment policy (yearly and multi-year plan)', false, 25),
    ('BEL_CORE_05', 'BELEID', 'KERNTAAK', 'BEL_FINANCIEEL', 'Advies uitbrengen qua ICT-investeringen op micro-, meso- en macroniveau', 'Advising on ICT investments at micro, meso and macro level', false, 26),
    ('ADM_CORE_01', 'ADMINISTRATIEF', 'KERNTAAK', 'ADM_GEBRUIKERSBEHEER', 'Uitvoeren van het gebruikersbeheer en de structurering van de elektronische leeromgevingen', 'Carrying out user management and structuring the electronic learning environments', false, 27),
    ('ADM_CORE_02', 'ADMINISTRATIEF', 'KERNTAAK', 'ADM_GEBRUIKERSBEHEER', 'Aanmaken en beheren e-mail en (internet)accounts', 'Creating and managing e-mail and (internet) accounts', false, 28),
    ('ADM_CORE_03', 'ADMINISTRATIEF', 'KERNTAAK', 'ADM_GEBRUIKERSBEHEER', 'Beheren laptop-/tabletpool', 'Managing the laptop/tablet pool', false, 29),
    ('ADM_CORE_04', 'ADMINISTRATIEF', 'KERNTAAK', 'ADM_GEBRUIKERSBEHEER', 'Beheren van schoolnetwerk', 'Managing the school network', false, 30),
    ('TECH_OTHER_01', 'TECHNISCH', 'ANDEREN', 'TECH_HARDWARE', 'Herstellingen van laptops, printers, kopieermachines ...', 'Repairs of laptops, printers, copiers ...', false, 31),
    ('TECH_OTHER_02', 'TECHNISCH', 'ANDEREN', 'TECH_SOFTWARE', 'Ontwerpen en technisch beheren schoolwebsite', 'Designing and technically managing the school website', false, 32),
    ('TECH_OTHER_03', 'TECHNISCH', 'ANDEREN', NULL, 'Eenmalige technisch complexe en tijdrovende projecten', 'One-off technically complex and time-consuming projects', true, 33),
    ('TECH_OTHER_04', 'TECHNISCH', 'ANDEREN', 'TECH_SOFTWARE', 'Ontwikkelen van softwarepakketten', 'Developing software packages', true, 34),
    ('TECH_OTHER_05', 'TECHNISCH', 'ANDEREN', 'TECH_NETWERKBEHEER', 'Beheren van camerabewaking en andere diensten via het netwerk (vb. stookinstallatie)', 'Managing camera surveillance and other services over the network (e.g. the heating system)', true, 35),
    ('PED_OTHER_01', 'PEDAGOGISCH', 'ANDEREN', 'PED_ONDERWIJSVERNIEUWING', 'Vormen van netwerken met andere scholen op vlak van onderwijsvernieuwing', 'Building networks with other schools on educational innovation', false, 36),
    ('PED_OTHER_02', 'PEDAGOGISCH', 'ANDEREN', 'PED_ONDERWIJSVERNIEUWING', 'Implementeren van ICT op een innovatieve en pedagogisch-didactische wijze op de klasvloer (onderwijsvernieuwing)', 'Implementing ICT in the classroom in an innovative, pedagogical-didactic way (educational innovation)', false, 37),
    ('PED_OTHER_03', 'PEDAGOGISCH', 'ANDEREN', 'PED_ONDERWIJSVERNIEUWING', 'Evolutie volgen op het vlak van onderwijsvernieuwing', 'Following developments in educational innovation', false, 38),
    ('BEL_OTHER_01', 'BELEID', 'ANDEREN', 'BEL_MOTIVEREN', 'Motiveren, meekrijgen, bijsturen en professionaliseren van collega''s', 'Motivating, engaging, guiding and professionalising colleagues', false, 39),
    ('BEL_OTHER_02', 'BELEID', 'ANDEREN', NULL, 'Deelnemen aan projectwerking (Vlaams, nationaal, Europees ...)', 'Taking part in projects (Flemish, national, European ...)', false, 40),
    ('BEL_OTHER_03', 'BELEID', 'ANDEREN', NULL, 'Aanwezig zijn in naam van de school op ICT-dagen en beurzen, contacten onderhouden', 'Representing the school at ICT days and fairs, keeping up contacts', false, 41),
    ('ADM_OTHER_01', 'ADMINISTRATIEF', 'ANDEREN', 'ADM_GEBRUIKERSBEHEER', 'Beheren accounts, laptop-/tabletpool ... nadat ICT-coördinator structuur heeft opgezet', 'Managing accounts, the laptop/tablet pool ... once the ICT coordinator has set up the structure', false, 42),
    ('ADM_OTHER_02', 'ADMINISTRATIEF', 'ANDEREN', 'ADM_SCHOOLWEBSITE', 'Updaten schoolwebsite en diverse (sociale) media en collega''s stimuleren tot leveren bijdrage', 'Updating the school website and various (social) media, and encouraging colleagues to contribute', false, 43),
    ('ADM_OTHER_03', 'ADMINISTRATIEF', 'ANDEREN', 'ADM_INVENTARIS', 'Inventariseren van hard- en software', 'Making an inventory of hardware and software', false, 44);

INSERT INTO competence (code, cluster_code, kind, name_nl, name_en, from_guide, sort_order) VALUES
    ('TECH_TECHNISCHE_KENNIS', 'TECHNISCH', 'VEREIST', 'technische kennis', 'technical knowledge', true, 1),
    ('TECH_SPECIALISATIE', 'TECHNISCH', 'VEREIST', 'specialisatie', 'specialisation', true, 2),
    ('TECH_BIJSCHOLEN', 'TECHNISCH', 'VEREIST', 'openstaan voor bij- en/of omscholen', 'openness to further training and/or retraining', true, 3),
    ('TECH_SCHOOLCONTEXT', 'TECHNISCH', 'GEEN_VEREISTE', 'kennis v/d schoolcontext geen vereiste', 'knowledge of the school context not required', true, 4),
    ('TECH_OPLEIDING', 'TECHNISCH', 'VOORKEUR', 'bij voorkeur ICT-opleiding, bachelorniveau', 'preferably an ICT education, bachelor level', true, 5),
    ('PED_ONDERWIJSERVARING', 'PEDAGOGISCH', 'VEREIST', 'onderwijservaring of pedagogisch-didactische kennis', 'teaching experience or pedagogical-didactic knowledge', true, 6),
    ('PED_TECHNISCHE_INTERESSE', 'PEDAGOGISCH', 'VEREIST', 'technische achtergrond of interesse', 'technical background or interest', true, 7),
    ('PED_DIPLOMA', 'PEDAGOGISCH', 'VOORKEUR', 'bij voorkeur heeft deze persoon een diploma van leraar', 'preferably this person holds a teaching diploma', true, 8),
    ('BEL_ANALYTISCH', 'BELEID', 'VEREIST', 'analytisch denkvermogen', 'analytical thinking', true, 9),
    ('BEL_OVERZICHT', 'BELEID', 'VEREIST', 'overzicht kunnen bewaken', 'keeping an overview', true, 10),
    ('BEL_SOCIAAL', 'BELEID', 'VEREIST', 'sociale vaardigheden en veranderingsmanagement', 'social skills and change management', true, 11),
    ('BEL_MASTER', 'BELEID', 'VOORKEUR', 'bij voorkeur masterniveau', 'preferably master level', true, 12),
    ('GEN_COMMUNICATIE', NULL, 'VEREIST', 'communicatieve vaardigheden', 'communication skills', false, 13),
    ('GEN_SAMENWERKEN', NULL, 'VEREIST', 'samenwerken in team', 'teamwork', false, 14),
    ('GEN_PROBLEEMOPLOSSEND', NULL, 'VEREIST', 'probleemoplossend denken', 'problem solving', false, 15),
    ('GEN_GEGEVENS', NULL, 'VEREIST', 'zorgvuldig omgaan met (persoons)gegevens', 'careful handling of (personal) data', false, 16);

INSERT INTO central_provider (code, name_nl, name_en, description_nl, description_en, sort_order) VALUES
    ('KOEPEL', 'Onderwijskoepel', 'Umbrella organisation', 'De onderwijskoepel, bv. voor hulp bij eigen toepassingen of juridische vraagstukken.', 'The umbrella organisation, e.g. for help with own applications or legal questions.', 1),
    ('OVERHEID', 'Overheid', 'Government', 'De overheid, bv. AGODI''s werkgroep gegevensbescherming in onderwijs waarin de DPO''s van de koepels zitten.', 'The government, e.g. AGODI''s working group on data protection in education with the umbrellas'' DPOs.', 2),
    ('AANKOOPCENTRALE', 'Aankoopcentrale', 'Purchasing centre', 'Een aankoopcentrale voor offertes, bestekken en raamcontracten.', 'A purchasing centre for quotes, tender specifications and framework contracts.', 3),
    ('SCHOLENGROEP', 'De scholengroep zelf', 'The school group itself', 'De scholengroep neemt de taak eenmaal centraal op voor haar scholen.', 'The school group takes the task on once, centrally, for its schools.', 4),
    ('KENNISCENTRUM_DIGISPRONG', 'Kenniscentrum Digisprong', 'Kenniscentrum Digisprong', 'Het Kenniscentrum Digisprong, bv. met zijn inspiratiegids voor de aankoop van mobiele toestellen.', 'Kenniscentrum Digisprong, e.g. with its inspiration guide for buying mobile devices.', 5),
    ('LEERID', 'LeerID', 'LeerID', 'Single sign-on van de Vlaamse overheid voor leerlingen naar digitale leermiddelen.', 'The Flemish government''s single sign-on for pupils towards digital learning applications.', 6),
    ('EXTERNE_FIRMA', 'Externe firma', 'External firm', 'Een externe firma die de taak centraal voor de scholen opneemt.', 'An external firm taking on the task centrally for the schools.', 7);

INSERT INTO taker_type (code, name_nl, name_en, sort_order) VALUES
    ('EXTERNE_FIRMA', 'Externe firma''s', 'External firms', 1),
    ('TAC', 'Verantwoordelijke infrastructuur/gebouwenbeheer/TAC (technisch adviseur-coördinator)', 'Infrastructure/building manager/TAC (technical adviser-coordinator)', 2),
    ('LEERKRACHT', 'Leerkrachten met bijzondere interesse voor ICT-integratie', 'Teachers with a special interest in ICT integration', 3),
    ('DIRECTIE', 'Directie', 'Director', 4),
    ('ADMINISTRATIEF_MEDEWERKER', 'Administratief medewerkers', 'Administrative staff', 5),
    ('COMMUNICATIEVERANTWOORDELIJKE', 'Communicatieverantwoordelijke', 'Communication officer', 6);

INSERT INTO funding_source (code, name_nl, name_en, description_nl, description_en, sort_order) VALUES
    ('ICT_UREN', 'ICT-uren', 'ICT hours', 'Uren voor ICT-coördinatie uit de omkadering.', 'Hours for ICT coordination from the staffing allocation.', 1),
    ('BPT_UREN', 'BPT-uren', 'BPT hours', 'Uren voor bijzondere pedagogische taken.', 'Hours for special pedagogical tasks (bijzondere pedagogische taken).', 2),
    ('WERKINGSMIDDELEN', 'Werkingsmiddelen', 'Operating funds', 'Werkingsmiddelen van de school, bv. voor een externe firma.', 'The school''s operating funds, e.g. to pay an external firm.', 3),
    ('PUNTENENVELOPPE', 'Puntenenveloppes', 'Point envelopes', 'Puntenenveloppes voor administratieve en beleidsondersteuning en zorg voor de taken i.v.m. ICT-coördinatie.', 'Point envelopes for administrative and policy support, used for ICT coordination tasks.', 4),
    ('ANDERE', 'Andere middelen', 'Other funding', 'Andere middelen, bv. een extern contract.', 'Other funding, e.g. an external contract.', 5);

INSERT INTO catalogue_task_provider (task_code, provider_code) VALUES
    ('TECH_CENTRAL_01', 'KOEPEL'),
    ('TECH_CENTRAL_02', 'LEERID'),
    ('TECH_CENTRAL_02', 'OVERHEID'),
    ('BEL_CENTRAL_01', 'KOEPEL'),
    ('BEL_CENTRAL_01', 'OVERHEID'),
    ('BEL_CENTRAL_02', 'KOEPEL'),
    ('BEL_CENTRAL_02', 'OVERHEID'),
    ('BEL_CENTRAL_03', 'AANKOOPCENTRALE'),
    ('BEL_CENTRAL_03', 'SCHOLENGROEP'),
    ('BEL_CENTRAL_03', 'KENNISCENTRUM_DIGISPRONG');

INSERT INTO catalogue_task_taker (task_code, taker_code) VALUES
    ('TECH_OTHER_01', 'EXTERNE_FIRMA'),
    ('TECH_OTHER_02', 'EXTERNE_FIRMA'),
    ('TECH_OTHER_03', 'EXTERNE_FIRMA'),
    ('TECH_OTHER_04', 'TAC'),
    ('TECH_OTHER_05', 'TAC'),
    ('PED_OTHER_01', 'LEERKRACHT'),
    ('PED_OTHER_02', 'LEERKRACHT'),
    ('PED_OTHER_03', 'LEERKRACHT'),
    ('BEL_OTHER_01', 'DIRECTIE'),
    ('BEL_OTHER_01', 'LEERKRACHT'),
    ('BEL_OTHER_02', 'DIRECTIE'),
    ('BEL_OTHER_02', 'LEERKRACHT'),
    ('BEL_OTHER_03', 'DIRECTIE'),
    ('BEL_OTHER_03', 'LEERKRACHT'),
    ('ADM_OTHER_01', 'ADMINISTRATIEF_MEDEWERKER'),
    ('ADM_OTHER_01', 'LEERKRACHT'),
    ('ADM_OTHER_01', 'COMMUNICATIEVERANTWOORDELIJKE'),
    ('ADM_OTHER_02', 'ADMINISTRATIEF_MEDEWERKER'),
    ('ADM_OTHER_02', 'LEERKRACHT'),
    ('ADM_OTHER_02', 'COMMUNICATIEVERANTWOORDELIJKE'),
    ('ADM_OTHER_03', 'ADMINISTRATIEF_MEDEWERKER'),
    ('ADM_OTHER_03', 'LEERKRACHT'),
    ('ADM_OTHER_03', 'COMMUNICATIEVERANTWOORDELIJKE');
