package be.taakwijzer.allocation;

import static be.taakwijzer.db.Tables.ALLOCATION;
import static be.taakwijzer.db.Tables.ALLOCATION_SHARE;
import static be.taakwijzer.db.Tables.COVERAGE_NOTICE;
import static be.taakwijzer.db.Tables.SCHOOL_PERSON;
import static be.taakwijzer.db.Tables.SCHOOL_PERSON_COMPETENCE;
import static be.taakwijzer.db.Tables.SCHOOL_PERSON_HOURS;
import static be.taakwijzer.db.Tables.SCHOOL_PLAN;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** A school's people, allocations and notices per school year, and the version that guards them. */
@Repository
public class SchoolPlanRepository {

    private final DSLContext dsl;

    SchoolPlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The plan's version; 0 for a plan nobody has written yet. */
    public int version(UUID schoolId, SchoolYear year) {
        return dsl.select(SCHOOL_PLAN.VERSION).from(SCHOOL_PLAN)
                .where(SCHOOL_PLAN.SCHOOL_ID.eq(schoolId), SCHOOL_PLAN.START_YEAR.eq(year.startYear()))
                .fetchOptional(SCHOOL_PLAN.VERSION).orElse(0);
    }

    /**
     * Claims the plan for one change: creates it if needed and raises its version, if it is still at
     * {@code expectedVersion}. False when someone else changed it since it was read.
     */
    public boolean claim(UUID tenantId, UUID schoolId, SchoolYear year, int expectedVersion, String actor) {
        dsl.insertInto(SCHOOL_PLAN).set(SCHOOL_PLAN.TENANT_ID, tenantId).set(SCHOOL_PLAN.SCHOOL_ID, schoolId)
                .set(SCHOOL_PLAN.START_YEAR, year.startYear()).onConflictDoNothing().execute();
        return dsl.update(SCHOOL_PLAN)
                .set(SCHOOL_PLAN.VERSION, SCHOOL_PLAN.VERSION.plus(1))
                .set(SCHOOL_PLAN.CHANGED_AT, currentOffsetDateTime())
                .set(SCHOOL_PLAN.CHANGED_BY, actor)
                .where(SCHOOL_PLAN.SCHOOL_ID.eq(schoolId), SCHOOL_PLAN.START_YEAR.eq(year.startYear()),
                        SCHOOL_PLAN.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    public List<SchoolPerson> people(UUID schoolId, SchoolYear year) {
        Map<UUID, Map<String, BigDecimal>> hours = new HashMap<>();
        dsl.select(SCHOOL_PERSON_HOURS.PERSON_ID, SCHOOL_PERSON_HOURS.FUNDING_CODE, SCHOOL_PERSON_HOURS.HOURS)
                .from(SCHOOL_PERSON_HOURS).join(SCHOOL_PERSON)
                .on(SCHOOL_PERSON.TENANT_ID.eq(SCHOOL_PERSON_HOURS.TENANT_ID), SCHOOL_PERSON.ID.eq(SCHOOL_PERSON_HOURS.PERSON_ID))
                .where(SCHOOL_PERSON.SCHOOL_ID.eq(schoolId), SCHOOL_PERSON.START_YEAR.eq(year.startYear()))
                .forEach(r -> hours.computeIfAbsent(r.value1(), id -> new HashMap<>()).put(r.value2(), r.value3()));
        Map<UUID, Set<String>> competences = dsl.select(SCHOOL_PERSON_COMPETENCE.PERSON_ID, SCHOOL_PERSON_COMPETENCE.COMPETENCE_CODE)
                .from(SCHOOL_PERSON_COMPETENCE).join(SCHOOL_PERSON)
                .on(SCHOOL_PERSON.TENANT_ID.eq(SCHOOL_PERSON_COMPETENCE.TENANT_ID), SCHOOL_PERSON.ID.eq(SCHOOL_PERSON_COMPETENCE.PERSON_ID))
                .where(SCHOOL_PERSON.SCHOOL_ID.eq(schoolId), SCHOOL_PERSON.START_YEAR.eq(year.startYear()))
                .fetchGroups(SCHOOL_PERSON_COMPETENCE.PERSON_ID, SCHOOL_PERSON_COMPETENCE.COMPETENCE_CODE)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        return dsl.selectFrom(SCHOOL_PERSON)
                .where(SCHOOL_PERSON.SCHOOL_ID.eq(schoolId), SCHOOL_PERSON.START_YEAR.eq(year.startYear()))
                .orderBy(SCHOOL_PERSON.NAME, SCHOOL_PERSON.ID)
                .fetch(r -> new SchoolPerson(r.getId(), r.getName(), r.getEmail(), PersonRole.valueOf(r.getRoleType()),
                        hours.getOrDefault(r.getId(), Map.of()), competences.getOrDefault(r.getId(), Set.of())));
    }

    public UUID insertPerson(UUID tenantId, UUID schoolId, SchoolYear year, PersonInput person) {
        UUID id = dsl.insertInto(SCHOOL_PERSON)
                .set(SCHOOL_PERSON.TENANT_ID, tenantId)
                .set(SCHOOL_PERSON.SCHOOL_ID, schoolId)
                .set(SCHOOL_PERSON.START_YEAR, year.startYear())
                .set(SCHOOL_PERSON.NAME, person.name())
                .set(SCHOOL_PERSON.EMAIL, person.email())
                .set(SCHOOL_PERSON.ROLE_TYPE, person.role().name())
                .returning(SCHOOL_PERSON.ID).fetchOne(SCHOOL_PERSON.ID);
        insertPersonDetails(tenantId, id, person);
        return id;
    }

    public void updatePerson(UUID tenantId, UUID personId, PersonInput person) {
        dsl.update(SCHOOL_PERSON)
                .set(SCHOOL_PERSON.NAME, person.name())
                .set(SCHOOL_PERSON.EMAIL, person.email())
                .set(SCHOOL_PERSON.ROLE_TYPE, person.role().name())
                .where(SCHOOL_PERSON.ID.eq(personId)).execute();
        dsl.deleteFrom(SCHOOL_PERSON_HOURS).where(SCHOOL_PERSON_HOURS.PERSON_ID.eq(personId)).execute();
        dsl.deleteFrom(SCHOOL_PERSON_COMPETENCE).where(SCHOOL_PERSON_COMPETENCE.PERSON_ID.eq(personId)).execute();
        insertPersonDetails(tenantId, personId, person);
    }

    public void deletePerson(UUID personId) {
        dsl.deleteFrom(SCHOOL_PERSON).where(SCHOOL_PERSON.ID.eq(personId)).execute();
    }

    private void insertPersonDetails(UUID tenantId, UUID personId, PersonInput person) {
        person.availableHours().forEach((funding, hours) -> dsl.insertInto(SCHOOL_PERSON_HOURS)
                .set(SCHOOL_PERSON_HOURS.TENANT_ID, tenantId).set(SCHOOL_PERSON_HOURS.PERSON_ID, personId)
                .set(SCHOOL_PERSON_HOURS.FUNDING_CODE, funding).set(SCHOOL_PERSON_HOURS.HOURS, hours).execute());
        person.competenceCodes().forEach(code -> dsl.insertInto(SCHOOL_PERSON_COMPETENCE)
                .set(SCHOOL_PERSON_COMPETENCE.TENANT_ID, tenantId).set(SCHOOL_PERSON_COMPETENCE.PERSON_ID, personId)
                .set(SCHOOL_PERSON_COMPETENCE.COMPETENCE_CODE, code).execute());
    }

    public List<Allocation> allocations(UUID schoolId, SchoolYear year) {
        Map<UUID, List<AllocationShare>> shares = dsl.select(ALLOCATION_SHARE.ALLOCATION_ID, ALLOCATION_SHARE.PERSON_ID,
                        ALLOCATION_SHARE.HOURS, ALLOCATION_SHARE.FUNDING_CODE)
                .from(ALLOCATION_SHARE).join(ALLOCATION)
                .on(ALLOCATION.TENANT_ID.eq(ALLOCATION_SHARE.TENANT_ID), ALLOCATION.ID.eq(ALLOCATION_SHARE.ALLOCATION_ID))
                .where(ALLOCATION.SCHOOL_ID.eq(schoolId), ALLOCATION.START_YEAR.eq(year.startYear()))
                .orderBy(ALLOCATION_SHARE.PERSON_ID)
                .collect(Collectors.groupingBy(r -> r.value1(),
                        Collectors.mapping(r -> new AllocationShare(r.value2(), r.value3(), r.value4()), Collectors.toList())));
        return dsl.selectFrom(ALLOCATION)
                .where(ALLOCATION.SCHOOL_ID.eq(schoolId), ALLOCATION.START_YEAR.eq(year.startYear()))
                .orderBy(ALLOCATION.TASK_CODE)
                .fetch(r -> new Allocation(r.getId(), r.getTaskCode(), r.getNote(), shares.getOrDefault(r.getId(), List.of())));
    }

    /** Replaces the school's allocation of a task (insert, or update with new shares). */
    public UUID saveAllocation(UUID tenantId, UUID schoolId, SchoolYear year, AllocationInput input) {
        UUID id = dsl.insertInto(ALLOCATION)
                .set(ALLOCATION.TENANT_ID, tenantId)
                .set(ALLOCATION.SCHOOL_ID, schoolId)
                .set(ALLOCATION.START_YEAR, year.startYear())
                .set(ALLOCATION.TASK_CODE, input.taskCode())
                .set(ALLOCATION.NOTE, input.note())
                .onConflict(ALLOCATION.TENANT_ID, ALLOCATION.SCHOOL_ID, ALLOCATION.START_YEAR, ALLOCATION.TASK_CODE)
                .doUpdate().set(ALLOCATION.NOTE, input.note())
                .returning(ALLOCATION.ID).fetchOne(ALLOCATION.ID);
        dsl.deleteFrom(ALLOCATION_SHARE).where(ALLOCATION_SHARE.ALLOCATION_ID.eq(id)).execute();
        for (AllocationShare share : input.shares()) {
            dsl.insertInto(ALLOCATION_SHARE)
                    .set(ALLOCATION_SHARE.TENANT_ID, tenantId)
                    .set(ALLOCATION_SHARE.ALLOCATION_ID, id)
                    .set(ALLOCATION_SHARE.PERSON_ID, share.personId())
                    .set(ALLOCATION_SHARE.HOURS, share.hours())
                    .set(ALLOCATION_SHARE.FUNDING_CODE, share.fundingCode())
                    .execute();
        }
        return id;
    }

    public void deleteAllocation(UUID allocationId) {
        dsl.deleteFrom(ALLOCATION).where(ALLOCATION.ID.eq(allocationId)).execute();
    }

    /** Removes a person from every allocation of their plan (before the person is removed). */
    public void deleteSharesOf(UUID personId) {
        dsl.deleteFrom(ALLOCATION_SHARE).where(ALLOCATION_SHARE.PERSON_ID.eq(personId)).execute();
    }

    public List<CoverageNotice> openNotices(UUID schoolId, SchoolYear year) {
        return dsl.selectFrom(COVERAGE_NOTICE)
                .where(COVERAGE_NOTICE.SCHOOL_ID.eq(schoolId), COVERAGE_NOTICE.START_YEAR.eq(year.startYear()),
                        COVERAGE_NOTICE.DISMISSED_AT.isNull())
                .orderBy(COVERAGE_NOTICE.CREATED_AT)
                .fetch(r -> new CoverageNotice(r.getId(), r.getTaskCode(), r.getCreatedAt(), r.getCreatedBy()));
    }

    /** Tells the school the task is open again, unless an unread notice already says so. */
    public void notifyOpenAgain(UUID tenantId, UUID schoolId, SchoolYear year, String taskCode, String actor) {
        boolean unread = dsl.fetchExists(COVERAGE_NOTICE, COVERAGE_NOTICE.SCHOOL_ID.eq(schoolId),
                COVERAGE_NOTICE.START_YEAR.eq(year.startYear()), COVERAGE_NOTICE.TASK_CODE.eq(taskCode),
                COVERAGE_NOTICE.DISMISSED_AT.isNull());
        if (!unread) {
            dsl.insertInto(COVERAGE_NOTICE).set(COVERAGE_NOTICE.TENANT_ID, tenantId).set(COVERAGE_NOTICE.SCHOOL_ID, schoolId)
                    .set(COVERAGE_NOTICE.START_YEAR, year.startYear()).set(COVERAGE_NOTICE.TASK_CODE, taskCode)
                    .set(COVERAGE_NOTICE.CREATED_BY, actor).execute();
        }
    }

    /** Marks the school's unread notices of a task read: it is covered again, or someone read it. */
    public int dismissNotices(UUID schoolId, SchoolYear year, String taskCode, String actor) {
        return dsl.update(COVERAGE_NOTICE)
                .set(COVERAGE_NOTICE.DISMISSED_AT, currentOffsetDateTime())
                .set(COVERAGE_NOTICE.DISMISSED_BY, actor)
                .where(COVERAGE_NOTICE.SCHOOL_ID.eq(schoolId), COVERAGE_NOTICE.START_YEAR.eq(year.startYear()),
                        COVERAGE_NOTICE.TASK_CODE.eq(taskCode), COVERAGE_NOTICE.DISMISSED_AT.isNull())
                .execute();
    }
}
