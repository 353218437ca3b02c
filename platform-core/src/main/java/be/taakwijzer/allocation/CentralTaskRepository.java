package be.taakwijzer.allocation;

import static be.taakwijzer.db.Tables.CENTRAL_TASK;
import static be.taakwijzer.db.Tables.CENTRAL_TASK_SCHOOL;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

import be.taakwijzer.db.tables.records.CentralTaskRecord;

/** The group's central tasks per school year, with their chosen schools. */
@Repository
public class CentralTaskRepository {

    private final DSLContext dsl;

    CentralTaskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CentralTask> findByYear(SchoolYear year) {
        Map<UUID, Set<UUID>> schools = dsl.select(CENTRAL_TASK_SCHOOL.CENTRAL_TASK_ID, CENTRAL_TASK_SCHOOL.SCHOOL_ID)
                .from(CENTRAL_TASK_SCHOOL).join(CENTRAL_TASK)
                .on(CENTRAL_TASK.TENANT_ID.eq(CENTRAL_TASK_SCHOOL.TENANT_ID), CENTRAL_TASK.ID.eq(CENTRAL_TASK_SCHOOL.CENTRAL_TASK_ID))
                .where(CENTRAL_TASK.START_YEAR.eq(year.startYear()))
                .fetchGroups(CENTRAL_TASK_SCHOOL.CENTRAL_TASK_ID, CENTRAL_TASK_SCHOOL.SCHOOL_ID)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        return dsl.selectFrom(CENTRAL_TASK).where(CENTRAL_TASK.START_YEAR.eq(year.startYear())).orderBy(CENTRAL_TASK.TASK_CODE)
                .fetch(r -> toCentralTask(r, schools.getOrDefault(r.getId(), Set.of())));
    }

    public Optional<CentralTask> find(UUID id) {
        Set<UUID> schools = Set.copyOf(dsl.select(CENTRAL_TASK_SCHOOL.SCHOOL_ID).from(CENTRAL_TASK_SCHOOL)
                .where(CENTRAL_TASK_SCHOOL.CENTRAL_TASK_ID.eq(id)).fetchSet(CENTRAL_TASK_SCHOOL.SCHOOL_ID));
        return dsl.selectFrom(CENTRAL_TASK).where(CENTRAL_TASK.ID.eq(id)).fetchOptional(r -> toCentralTask(r, schools));
    }

    public boolean existsForTask(SchoolYear year, String taskCode) {
        return dsl.fetchExists(CENTRAL_TASK, CENTRAL_TASK.START_YEAR.eq(year.startYear()), CENTRAL_TASK.TASK_CODE.eq(taskCode));
    }

    public UUID insert(UUID tenantId, SchoolYear year, CentralTaskInput input) {
        UUID id = dsl.insertInto(CENTRAL_TASK)
                .set(CENTRAL_TASK.TENANT_ID, tenantId)
                .set(CENTRAL_TASK.START_YEAR, year.startYear())
                .set(CENTRAL_TASK.TASK_CODE, input.taskCode())
                .set(values(input))
                .returning(CENTRAL_TASK.ID).fetchOne(CENTRAL_TASK.ID);
        insertSchools(tenantId, id, input.schoolIds());
        return id;
    }

    /** Changes the task if nobody changed it since {@code version} was read; false otherwise. */
    public boolean update(UUID tenantId, UUID id, int version, CentralTaskInput input) {
        int updated = dsl.update(CENTRAL_TASK).set(values(input)).set(CENTRAL_TASK.VERSION, CENTRAL_TASK.VERSION.plus(1))
                .where(CENTRAL_TASK.ID.eq(id)).and(CENTRAL_TASK.VERSION.eq(version)).execute();
        if (updated == 0) {
            return false;
        }
        dsl.deleteFrom(CENTRAL_TASK_SCHOOL).where(CENTRAL_TASK_SCHOOL.CENTRAL_TASK_ID.eq(id)).execute();
        insertSchools(tenantId, id, input.schoolIds());
        return true;
    }

    public boolean delete(UUID id, int version) {
        return dsl.deleteFrom(CENTRAL_TASK).where(CENTRAL_TASK.ID.eq(id)).and(CENTRAL_TASK.VERSION.eq(version)).execute() == 1;
    }

    private void insertSchools(UUID tenantId, UUID centralTaskId, Set<UUID> schoolIds) {
        for (UUID schoolId : schoolIds) {
            dsl.insertInto(CENTRAL_TASK_SCHOOL).set(CENTRAL_TASK_SCHOOL.TENANT_ID, tenantId)
                    .set(CENTRAL_TASK_SCHOOL.CENTRAL_TASK_ID, centralTaskId).set(CENTRAL_TASK_SCHOOL.SCHOOL_ID, schoolId).execute();
        }
    }

    private static Map<Field<?>, Object> values(CentralTaskInput input) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(CENTRAL_TASK.PROVIDER_CODE, input.providerCode());
        values.put(CENTRAL_TASK.RESPONSIBLE_STAFF_ID, input.responsibleStaffId());
        values.put(CENTRAL_TASK.HOURS, input.hours());
        values.put(CENTRAL_TASK.FUNDING_CODE, input.fundingCode());
        values.put(CENTRAL_TASK.STATUS, input.status().name());
        values.put(CENTRAL_TASK.NOTE, input.note());
        values.put(CENTRAL_TASK.ALL_SCHOOLS, input.allSchools());
        return values;
    }

    private static CentralTask toCentralTask(CentralTaskRecord r, Set<UUID> schoolIds) {
        return new CentralTask(r.getId(), new SchoolYear(r.getStartYear()), r.getTaskCode(), r.getProviderCode(),
                r.getResponsibleStaffId(), r.getHours(), r.getFundingCode(), CentralTaskStatus.valueOf(r.getStatus()),
                r.getNote(), r.getAllSchools(), schoolIds, r.getVersion());
    }
}
