--liquibase formatted sql

--changeset taakwijzer:018-school-department-fields
--comment: What the department's school list (instellingsgegevens) says of a school besides its address, level and pupils, stored as it lists them: its network (instelling_net), the umbrella it names (instelling_koepel; the group's own umbrella stays umbrella_organisation), its school community (instelling_scholengemeenschap) and its recognition status (instelling_status_erkenning). Optional; empty is NULL.
ALTER TABLE school
    ADD COLUMN network            text CHECK (length(btrim(network)) BETWEEN 1 AND 200),
    ADD COLUMN listed_umbrella    text CHECK (length(btrim(listed_umbrella)) BETWEEN 1 AND 200),
    ADD COLUMN school_community   text CHECK (length(btrim(school_community)) BETWEEN 1 AND 200),
    ADD COLUMN recognition_status text CHECK (length(btrim(recognition_status)) BETWEEN 1 AND 200);
