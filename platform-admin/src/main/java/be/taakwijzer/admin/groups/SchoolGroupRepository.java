package be.taakwijzer.admin.groups;

import static be.taakwijzer.db.Tables.SCHOOL;
import static be.taakwijzer.db.Tables.SCHOOL_GROUP;
import static be.taakwijzer.db.Tables.UMBRELLA_ORGANISATION;
import static org.jooq.impl.DSL.noCondition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

import be.taakwijzer.db.tables.records.SchoolRecord;
import be.taakwijzer.tenancy.EducationLevel;

/**
 * A school group, its schools and umbrellas, read and changed by hand as the operator role (ADR 0010). Every
 * change names the version (or, for an umbrella, the name) it was read at, and changes nothing when the row
 * has moved on since.
 */
@Repository
class SchoolGroupRepository {

    private final DSLContext dsl;

    SchoolGroupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<GroupDetails> group(UUID tenantId) {
        return dsl.select(SCHOOL_GROUP.TENANT_ID, SCHOOL_GROUP.NAME, SCHOOL_GROUP.INSTELLINGSNUMMER, SCHOOL_GROUP.UMBRELLA_ID,
                        UMBRELLA_ORGANISATION.NAME, SCHOOL_GROUP.EMAIL_DOMAIN, SCHOOL_GROUP.VERSION)
                .from(SCHOOL_GROUP).leftJoin(UMBRELLA_ORGANISATION).on(UMBRELLA_ORGANISATION.ID.eq(SCHOOL_GROUP.UMBRELLA_ID))
                .where(SCHOOL_GROUP.TENANT_ID.eq(tenantId))
                .fetchOptional(r -> new GroupDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    boolean updateGroup(GroupDetails read, String name, UUID umbrellaId, String emailDomain) {
        return dsl.update(SCHOOL_GROUP)
                .set(SCHOOL_GROUP.NAME, name)
                .set(SCHOOL_GROUP.UMBRELLA_ID, umbrellaId)
                .set(SCHOOL_GROUP.EMAIL_DOMAIN, emailDomain)
                .set(SCHOOL_GROUP.VERSION, SCHOOL_GROUP.VERSION.plus(1))
                .where(SCHOOL_GROUP.TENANT_ID.eq(read.tenantId()), SCHOOL_GROUP.VERSION.eq(read.version()))
                .execute() == 1;
    }

    boolean umbrellaExists(UUID umbrellaId) {
        return dsl.fetchExists(UMBRELLA_ORGANISATION, UMBRELLA_ORGANISATION.ID.eq(umbrellaId));
    }

    /** Renames the umbrella if its name is still the one read; false otherwise. */
    boolean renameUmbrella(UUID umbrellaId, String readName, String name) {
        return dsl.update(UMBRELLA_ORGANISATION).set(UMBRELLA_ORGANISATION.NAME, name)
                .where(UMBRELLA_ORGANISATION.ID.eq(umbrellaId), UMBRELLA_ORGANISATION.NAME.eq(readName))
                .execute() == 1;
    }

    List<UUID> groupsOfUmbrella(UUID umbrellaId) {
        return dsl.select(SCHOOL_GROUP.TENANT_ID).from(SCHOOL_GROUP).where(SCHOOL_GROUP.UMBRELLA_ID.eq(umbrellaId))
                .fetch(SCHOOL_GROUP.TENANT_ID);
    }

    List<SchoolDetails> schools(UUID tenantId) {
        return dsl.selectFrom(SCHOOL).where(SCHOOL.TENANT_ID.eq(tenantId)).orderBy(SCHOOL.NAME)
                .fetch(SchoolGroupRepository::toSchool);
    }

    Optional<SchoolDetails> school(UUID tenantId, UUID schoolId) {
        return dsl.selectFrom(SCHOOL).where(SCHOOL.TENANT_ID.eq(tenantId), SCHOOL.ID.eq(schoolId))
                .fetchOptional(SchoolGroupRepository::toSchool);
    }

    /** Whether another school (any group's) has this number. */
    boolean schoolNumberTaken(String instellingsnummer, UUID exceptSchoolId) {
        return dsl.fetchExists(SCHOOL, SCHOOL.INSTELLINGSNUMMER.eq(instellingsnummer)
                .and(exceptSchoolId == null ? noCondition() : SCHOOL.ID.ne(exceptSchoolId)));
    }

    UUID insertSchool(UUID tenantId, SchoolInput school) {
        return dsl.insertInto(SCHOOL)
                .set(SCHOOL.TENANT_ID, tenantId)
                .set(values(school))
                .returning(SCHOOL.ID)
                .fetchOne(SCHOOL.ID);
    }

    /** What the operator enters of a school, the same for a new school and a change. */
    private static Map<Field<?>, Object> values(SchoolInput school) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(SCHOOL.INSTELLINGSNUMMER, school.instellingsnummer());
        values.put(SCHOOL.NAME, school.name());
        values.put(SCHOOL.STREET, school.street());
        values.put(SCHOOL.POSTAL_CODE, school.postalCode());
        values.put(SCHOOL.MUNICIPALITY, school.municipality());
        values.put(SCHOOL.EDUCATION_LEVEL, school.educationLevel().name());
        values.put(SCHOOL.PUPIL_COUNT, school.pupilCount());
        values.put(SCHOOL.NETWORK, school.network());
        values.put(SCHOOL.LISTED_UMBRELLA, school.listedUmbrella());
        values.put(SCHOOL.SCHOOL_COMMUNITY, school.schoolCommunity());
        values.put(SCHOOL.RECOGNITION_STATUS, school.recognitionStatus());
        values.put(SCHOOL.EMAIL_DOMAIN, school.emailDomain());
        return values;
    }

    boolean updateSchool(SchoolDetails read, SchoolInput school) {
        return dsl.update(SCHOOL)
                .set(values(school))
                .set(SCHOOL.VERSION, SCHOOL.VERSION.plus(1))
                .where(SCHOOL.TENANT_ID.eq(read.tenantId()), SCHOOL.ID.eq(read.id()), SCHOOL.VERSION.eq(read.version()))
                .execute() == 1;
    }

    private static SchoolDetails toSchool(SchoolRecord r) {
        return new SchoolDetails(r.getTenantId(), r.getId(), r.getInstellingsnummer(), r.getName(), r.getStreet(), r.getPostalCode(),
                r.getMunicipality(), EducationLevel.valueOf(r.getEducationLevel()), r.getPupilCount(), r.getNetwork(), r.getListedUmbrella(),
                r.getSchoolCommunity(), r.getRecognitionStatus(), r.getEmailDomain(), r.getVersion());
    }
}
