package be.taakwijzer.privacy;

import static be.taakwijzer.db.Tables.PROCESSING_ACTIVITY;
import static be.taakwijzer.db.Tables.PROCESSING_ACTIVITY_SCHOOL;

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

import be.taakwijzer.db.tables.records.ProcessingActivityRecord;

/** The group's register of processing activities, with the chosen schools of each. */
@Repository
public class ProcessingActivityRepository {

    private final DSLContext dsl;

    ProcessingActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<ProcessingActivity> findAll() {
        Map<UUID, Set<UUID>> schools = dsl.select(PROCESSING_ACTIVITY_SCHOOL.ACTIVITY_ID, PROCESSING_ACTIVITY_SCHOOL.SCHOOL_ID)
                .from(PROCESSING_ACTIVITY_SCHOOL)
                .fetchGroups(PROCESSING_ACTIVITY_SCHOOL.ACTIVITY_ID, PROCESSING_ACTIVITY_SCHOOL.SCHOOL_ID)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        return dsl.selectFrom(PROCESSING_ACTIVITY).orderBy(PROCESSING_ACTIVITY.NAME)
                .fetch(r -> toActivity(r, schools.getOrDefault(r.getId(), Set.of())));
    }

    public Optional<ProcessingActivity> find(UUID id) {
        Set<UUID> schools = Set.copyOf(dsl.select(PROCESSING_ACTIVITY_SCHOOL.SCHOOL_ID).from(PROCESSING_ACTIVITY_SCHOOL)
                .where(PROCESSING_ACTIVITY_SCHOOL.ACTIVITY_ID.eq(id)).fetchSet(PROCESSING_ACTIVITY_SCHOOL.SCHOOL_ID));
        return dsl.selectFrom(PROCESSING_ACTIVITY).where(PROCESSING_ACTIVITY.ID.eq(id)).fetchOptional(r -> toActivity(r, schools));
    }

    /** Whether another activity than {@code except} has this name (case-insensitive). */
    public boolean nameTaken(String name, UUID except) {
        return dsl.fetchExists(PROCESSING_ACTIVITY, PROCESSING_ACTIVITY.NAME.equalIgnoreCase(name),
                except == null ? PROCESSING_ACTIVITY.ID.isNotNull() : PROCESSING_ACTIVITY.ID.ne(except));
    }

    public UUID insert(UUID tenantId, ProcessingActivityInput input) {
        UUID id = dsl.insertInto(PROCESSING_ACTIVITY)
                .set(PROCESSING_ACTIVITY.TENANT_ID, tenantId)
                .set(values(input))
                .returning(PROCESSING_ACTIVITY.ID).fetchOne(PROCESSING_ACTIVITY.ID);
        insertSchools(tenantId, id, input.schoolIds());
        return id;
    }

    /** Changes the activity if nobody changed it since {@code version} was read; false otherwise. */
    public boolean update(UUID tenantId, UUID id, int version, ProcessingActivityInput input) {
        int updated = dsl.update(PROCESSING_ACTIVITY).set(values(input))
                .set(PROCESSING_ACTIVITY.VERSION, PROCESSING_ACTIVITY.VERSION.plus(1))
                .where(PROCESSING_ACTIVITY.ID.eq(id)).and(PROCESSING_ACTIVITY.VERSION.eq(version)).execute();
        if (updated == 0) {
            return false;
        }
        dsl.deleteFrom(PROCESSING_ACTIVITY_SCHOOL).where(PROCESSING_ACTIVITY_SCHOOL.ACTIVITY_ID.eq(id)).execute();
        insertSchools(tenantId, id, input.schoolIds());
        return true;
    }

    public boolean delete(UUID id, int version) {
        return dsl.deleteFrom(PROCESSING_ACTIVITY).where(PROCESSING_ACTIVITY.ID.eq(id))
                .and(PROCESSING_ACTIVITY.VERSION.eq(version)).execute() == 1;
    }

    private void insertSchools(UUID tenantId, UUID activityId, Set<UUID> schoolIds) {
        for (UUID schoolId : schoolIds) {
            dsl.insertInto(PROCESSING_ACTIVITY_SCHOOL).set(PROCESSING_ACTIVITY_SCHOOL.TENANT_ID, tenantId)
                    .set(PROCESSING_ACTIVITY_SCHOOL.ACTIVITY_ID, activityId).set(PROCESSING_ACTIVITY_SCHOOL.SCHOOL_ID, schoolId).execute();
        }
    }

    private static Map<Field<?>, Object> values(ProcessingActivityInput input) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(PROCESSING_ACTIVITY.NAME, input.name());
        values.put(PROCESSING_ACTIVITY.PURPOSE, input.purpose());
        values.put(PROCESSING_ACTIVITY.LEGAL_BASIS, input.legalBasis().name());
        values.put(PROCESSING_ACTIVITY.DATA_SUBJECTS, input.dataSubjects());
        values.put(PROCESSING_ACTIVITY.PERSONAL_DATA, input.personalData());
        values.put(PROCESSING_ACTIVITY.RECIPIENTS, input.recipients());
        values.put(PROCESSING_ACTIVITY.TRANSFERS, input.transfers());
        values.put(PROCESSING_ACTIVITY.TRANSFER_SAFEGUARDS, input.transferSafeguards());
        values.put(PROCESSING_ACTIVITY.RETENTION, input.retention());
        values.put(PROCESSING_ACTIVITY.SECURITY_MEASURES, input.securityMeasures());
        values.put(PROCESSING_ACTIVITY.ALL_SCHOOLS, input.allSchools());
        return values;
    }

    private static ProcessingActivity toActivity(ProcessingActivityRecord r, Set<UUID> schoolIds) {
        return new ProcessingActivity(r.getId(), r.getName(), r.getPurpose(), LegalBasis.valueOf(r.getLegalBasis()),
                r.getDataSubjects(), r.getPersonalData(), r.getRecipients(), r.getTransfers(), r.getTransferSafeguards(),
                r.getRetention(), r.getSecurityMeasures(), r.getAllSchools(), schoolIds, r.getVersion());
    }
}
