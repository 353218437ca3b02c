package be.taakwijzer.admin.onboarding;

import static be.taakwijzer.db.Tables.SCHOOL;
import static be.taakwijzer.db.Tables.SCHOOL_GROUP;
import static be.taakwijzer.db.Tables.UMBRELLA_ORGANISATION;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import be.taakwijzer.tenancy.EducationLevel;

/** The schools and groups an import touches, across every group (the operator role's policy). */
@Repository
class SchoolListRepository {

    /** Any constant: the key under which imports wait for one another. */
    private static final long IMPORT_LOCK = 7_000_002L;

    private final DSLContext dsl;

    SchoolListRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One import at a time: two operators committing at once would each check a database the other is changing. */
    void lockImports() {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(IMPORT_LOCK))).fetch();
    }

    Map<String, ImportGroup> groupsByNumber(Collection<String> instellingsnummers) {
        return dsl.select(SCHOOL_GROUP.TENANT_ID, SCHOOL_GROUP.INSTELLINGSNUMMER, SCHOOL_GROUP.NAME, UMBRELLA_ORGANISATION.NAME)
                .from(SCHOOL_GROUP)
                .leftJoin(UMBRELLA_ORGANISATION).on(UMBRELLA_ORGANISATION.ID.eq(SCHOOL_GROUP.UMBRELLA_ID))
                .where(SCHOOL_GROUP.INSTELLINGSNUMMER.eq(DSL.any(instellingsnummers.toArray(String[]::new))))
                .fetch(r -> new ImportGroup(r.value1(), r.value2(), r.value3(), r.value4()))
                .stream().collect(Collectors.toMap(ImportGroup::instellingsnummer, Function.identity()));
    }

    Map<String, StoredSchool> schoolsByNumber(Collection<String> instellingsnummers) {
        return dsl.selectFrom(SCHOOL)
                .where(SCHOOL.INSTELLINGSNUMMER.eq(DSL.any(instellingsnummers.toArray(String[]::new))))
                .fetch(r -> new StoredSchool(r.getTenantId(), r.getId(), r.getInstellingsnummer(), r.getName(), r.getStreet(),
                        r.getPostalCode(), r.getMunicipality(), EducationLevel.valueOf(r.getEducationLevel()), r.getPupilCount(),
                        r.getNetwork(), r.getListedUmbrella(), r.getSchoolCommunity(), r.getRecognitionStatus(), r.getVersion()))
                .stream().collect(Collectors.toMap(StoredSchool::instellingsnummer, Function.identity()));
    }

    UUID insert(UUID tenantId, ListedSchool school) {
        return dsl.insertInto(SCHOOL)
                .set(SCHOOL.TENANT_ID, tenantId)
                .set(SCHOOL.INSTELLINGSNUMMER, school.instellingsnummer().value())
                .set(SCHOOL.NAME, school.name())
                .set(SCHOOL.STREET, school.street())
                .set(SCHOOL.POSTAL_CODE, school.postalCode())
                .set(SCHOOL.MUNICIPALITY, school.municipality())
                .set(SCHOOL.EDUCATION_LEVEL, school.educationLevel().name())
                .set(SCHOOL.PUPIL_COUNT, school.pupilCount())
                .set(SCHOOL.NETWORK, ListedSchool.over(school.network(), null))
                .set(SCHOOL.LISTED_UMBRELLA, ListedSchool.over(school.umbrella(), null))
                .set(SCHOOL.SCHOOL_COMMUNITY, ListedSchool.over(school.schoolCommunity(), null))
                .set(SCHOOL.RECOGNITION_STATUS, ListedSchool.over(school.recognitionStatus(), null))
                .returning(SCHOOL.ID)
                .fetchOne(SCHOOL.ID);
    }

    /** False when the row is no longer the version compared. */
    boolean update(StoredSchool stored, ListedSchool school) {
        return dsl.update(SCHOOL)
                .set(SCHOOL.NAME, school.name())
                .set(SCHOOL.STREET, school.street())
                .set(SCHOOL.POSTAL_CODE, school.postalCode())
                .set(SCHOOL.MUNICIPALITY, school.municipality())
                .set(SCHOOL.EDUCATION_LEVEL, school.educationLevel().name())
                .set(SCHOOL.PUPIL_COUNT, school.pupilCount() != null ? school.pupilCount() : stored.pupilCount())
                .set(SCHOOL.NETWORK, ListedSchool.over(school.network(), stored.network()))
                .set(SCHOOL.LISTED_UMBRELLA, ListedSchool.over(school.umbrella(), stored.listedUmbrella()))
                .set(SCHOOL.SCHOOL_COMMUNITY, ListedSchool.over(school.schoolCommunity(), stored.schoolCommunity()))
                .set(SCHOOL.RECOGNITION_STATUS, ListedSchool.over(school.recognitionStatus(), stored.recognitionStatus()))
                .set(SCHOOL.VERSION, SCHOOL.VERSION.plus(1))
                .where(SCHOOL.TENANT_ID.eq(stored.tenantId()), SCHOOL.ID.eq(stored.id()), SCHOOL.VERSION.eq(stored.version()))
                .execute() == 1;
    }
}
