package be.taakwijzer.privacy;

import static be.taakwijzer.db.Tables.DATA_BREACH;
import static be.taakwijzer.db.Tables.DATA_BREACH_SCHOOL;

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

import be.taakwijzer.db.tables.records.DataBreachRecord;

/** The group's data-breach register, with the schools each breach concerns. */
@Repository
public class DataBreachRepository {

    private final DSLContext dsl;

    DataBreachRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The latest discovered first. */
    public List<DataBreach> findAll() {
        Map<UUID, Set<UUID>> schools = dsl.select(DATA_BREACH_SCHOOL.BREACH_ID, DATA_BREACH_SCHOOL.SCHOOL_ID).from(DATA_BREACH_SCHOOL)
                .fetchGroups(DATA_BREACH_SCHOOL.BREACH_ID, DATA_BREACH_SCHOOL.SCHOOL_ID)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        return dsl.selectFrom(DATA_BREACH).orderBy(DATA_BREACH.DISCOVERED_AT.desc(), DATA_BREACH.ID)
                .fetch(r -> toBreach(r, schools.getOrDefault(r.getId(), Set.of())));
    }

    public Optional<DataBreach> find(UUID id) {
        Set<UUID> schools = Set.copyOf(dsl.select(DATA_BREACH_SCHOOL.SCHOOL_ID).from(DATA_BREACH_SCHOOL)
                .where(DATA_BREACH_SCHOOL.BREACH_ID.eq(id)).fetchSet(DATA_BREACH_SCHOOL.SCHOOL_ID));
        return dsl.selectFrom(DATA_BREACH).where(DATA_BREACH.ID.eq(id)).fetchOptional(r -> toBreach(r, schools));
    }

    public UUID insert(UUID tenantId, DataBreachInput input, String actor) {
        UUID id = dsl.insertInto(DATA_BREACH)
                .set(DATA_BREACH.TENANT_ID, tenantId)
                .set(DATA_BREACH.REGISTERED_BY, actor)
                .set(values(input))
                .returning(DATA_BREACH.ID).fetchOne(DATA_BREACH.ID);
        insertSchools(tenantId, id, input.schoolIds());
        return id;
    }

    /** Changes the breach if nobody changed it since {@code version} was read; false otherwise. */
    public boolean update(UUID tenantId, UUID id, int version, DataBreachInput input) {
        int updated = dsl.update(DATA_BREACH).set(values(input)).set(DATA_BREACH.VERSION, DATA_BREACH.VERSION.plus(1))
                .where(DATA_BREACH.ID.eq(id)).and(DATA_BREACH.VERSION.eq(version)).execute();
        if (updated == 0) {
            return false;
        }
        dsl.deleteFrom(DATA_BREACH_SCHOOL).where(DATA_BREACH_SCHOOL.BREACH_ID.eq(id)).execute();
        insertSchools(tenantId, id, input.schoolIds());
        return true;
    }

    private void insertSchools(UUID tenantId, UUID breachId, Set<UUID> schoolIds) {
        for (UUID schoolId : schoolIds) {
            dsl.insertInto(DATA_BREACH_SCHOOL).set(DATA_BREACH_SCHOOL.TENANT_ID, tenantId)
                    .set(DATA_BREACH_SCHOOL.BREACH_ID, breachId).set(DATA_BREACH_SCHOOL.SCHOOL_ID, schoolId).execute();
        }
    }

    private static Map<Field<?>, Object> values(DataBreachInput input) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(DATA_BREACH.DISCOVERED_AT, input.discoveredAt());
        values.put(DATA_BREACH.NATURE, input.nature());
        values.put(DATA_BREACH.DATA_AFFECTED, input.dataAffected());
        values.put(DATA_BREACH.PEOPLE_AFFECTED, input.peopleAffected());
        values.put(DATA_BREACH.MEASURES, input.measures());
        values.put(DATA_BREACH.REPORT_REQUIRED, input.reportRequired());
        values.put(DATA_BREACH.REPORTED_AT, input.reportedAt());
        return values;
    }

    private static DataBreach toBreach(DataBreachRecord r, Set<UUID> schoolIds) {
        return new DataBreach(r.getId(), r.getDiscoveredAt(), r.getNature(), r.getDataAffected(), r.getPeopleAffected(), schoolIds,
                r.getMeasures(), r.getReportRequired(), r.getReportedAt(), r.getRegisteredBy(), r.getVersion());
    }
}
