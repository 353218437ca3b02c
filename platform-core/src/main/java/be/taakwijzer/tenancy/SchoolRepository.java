package be.taakwijzer.tenancy;

import static be.taakwijzer.db.Tables.SCHOOL;
import static be.taakwijzer.db.Tables.SCHOOL_GROUP;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Schools and school groups; row-level security limits every query to the current tenant. */
@Repository
public class SchoolRepository {

    private final DSLContext dsl;

    SchoolRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<SchoolGroup> currentGroup() {
        return dsl.selectFrom(SCHOOL_GROUP)
                .fetchOptional(r -> new SchoolGroup(r.getTenantId(), r.getUmbrellaId(), r.getInstellingsnummer(), r.getName(), r.getVersion()));
    }

    public List<School> findAll() {
        return dsl.select(SCHOOL.fields()).from(SCHOOL).orderBy(SCHOOL.NAME).fetch(SchoolRepository::toSchool);
    }

    public Optional<School> find(UUID id) {
        return dsl.select(SCHOOL.fields()).from(SCHOOL).where(SCHOOL.ID.eq(id)).fetchOptional(SchoolRepository::toSchool);
    }

    public School insert(UUID tenantId, Instellingsnummer nummer, String name, String municipality, EducationLevel level) {
        return dsl.insertInto(SCHOOL)
                .set(SCHOOL.TENANT_ID, tenantId)
                .set(SCHOOL.INSTELLINGSNUMMER, nummer.value())
                .set(SCHOOL.NAME, name)
                .set(SCHOOL.MUNICIPALITY, municipality)
                .set(SCHOOL.EDUCATION_LEVEL, level.name())
                .returning()
                .fetchOne(SchoolRepository::toSchool);
    }

    private static School toSchool(Record r) {
        return new School(r.get(SCHOOL.TENANT_ID), r.get(SCHOOL.ID), new Instellingsnummer(r.get(SCHOOL.INSTELLINGSNUMMER)),
                r.get(SCHOOL.NAME), r.get(SCHOOL.MUNICIPALITY), EducationLevel.valueOf(r.get(SCHOOL.EDUCATION_LEVEL)),
                r.get(SCHOOL.VERSION));
    }
}
