package be.taakwijzer.sso;

import static be.taakwijzer.db.Tables.LEERID_APPLICATION;
import static be.taakwijzer.db.Tables.LEERID_CHECKLIST_ITEM;
import static be.taakwijzer.db.Tables.LEERID_SCHOOL;
import static be.taakwijzer.db.Tables.LEERID_STATE_CHANGE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.lower;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The LeerID data of the current group's schools; row-level security limits every query to the current tenant. */
@Repository
public class LeerIdRepository {

    private final DSLContext dsl;

    LeerIdRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A school's current state, version and last change; empty when nothing was ever recorded (not started, version 0). */
    public Optional<Current> current(UUID schoolId) {
        return dsl.selectFrom(LEERID_SCHOOL).where(LEERID_SCHOOL.SCHOOL_ID.eq(schoolId))
                .fetchOptional(r -> new Current(r.getSchoolId(), LeerIdState.valueOf(r.getState()), r.getVersion(),
                        r.getChangedAt(), r.getChangedBy()));
    }

    public Map<UUID, Current> currentOfAll() {
        Map<UUID, Current> all = new HashMap<>();
        dsl.selectFrom(LEERID_SCHOOL).forEach(r -> all.put(r.getSchoolId(), new Current(r.getSchoolId(),
                LeerIdState.valueOf(r.getState()), r.getVersion(), r.getChangedAt(), r.getChangedBy())));
        return all;
    }

    public Set<UUID> schoolsIn(LeerIdState state) {
        return dsl.select(LEERID_SCHOOL.SCHOOL_ID).from(LEERID_SCHOOL).where(LEERID_SCHOOL.STATE.eq(state.name()))
                .fetchSet(LEERID_SCHOOL.SCHOOL_ID);
    }

    /**
     * Takes the school's LeerID row for a change if nobody changed it since {@code expectedVersion} was
     * read (creating it, not started, on the first change); false otherwise.
     */
    public boolean claim(UUID tenantId, UUID schoolId, int expectedVersion, String actor) {
        dsl.insertInto(LEERID_SCHOOL).set(LEERID_SCHOOL.TENANT_ID, tenantId).set(LEERID_SCHOOL.SCHOOL_ID, schoolId)
                .onConflictDoNothing().execute();
        return dsl.update(LEERID_SCHOOL)
                .set(LEERID_SCHOOL.VERSION, LEERID_SCHOOL.VERSION.plus(1))
                .set(LEERID_SCHOOL.CHANGED_AT, currentOffsetDateTime())
                .set(LEERID_SCHOOL.CHANGED_BY, actor)
                .where(LEERID_SCHOOL.SCHOOL_ID.eq(schoolId), LEERID_SCHOOL.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    public void changeState(UUID tenantId, UUID schoolId, LeerIdState from, LeerIdState to, String actor, String note) {
        dsl.update(LEERID_SCHOOL).set(LEERID_SCHOOL.STATE, to.name()).where(LEERID_SCHOOL.SCHOOL_ID.eq(schoolId)).execute();
        dsl.insertInto(LEERID_STATE_CHANGE)
                .set(LEERID_STATE_CHANGE.TENANT_ID, tenantId)
                .set(LEERID_STATE_CHANGE.SCHOOL_ID, schoolId)
                .set(LEERID_STATE_CHANGE.FROM_STATE, from.name())
                .set(LEERID_STATE_CHANGE.TO_STATE, to.name())
                .set(LEERID_STATE_CHANGE.CHANGED_AT, currentOffsetDateTime())
                .set(LEERID_STATE_CHANGE.CHANGED_BY, actor)
                .set(LEERID_STATE_CHANGE.NOTE, note)
                .execute();
    }

    /** The school's state changes, newest first. */
    public List<StateChange> history(UUID schoolId) {
        return dsl.selectFrom(LEERID_STATE_CHANGE).where(LEERID_STATE_CHANGE.SCHOOL_ID.eq(schoolId))
                .orderBy(LEERID_STATE_CHANGE.CHANGED_AT.desc(), LEERID_STATE_CHANGE.ID)
                .fetch(r -> new StateChange(r.getId(), LeerIdState.valueOf(r.getFromState()), LeerIdState.valueOf(r.getToState()),
                        r.getChangedAt(), r.getChangedBy(), r.getNote()));
    }

    public List<LeerIdApplication> applications(UUID schoolId) {
        return dsl.selectFrom(LEERID_APPLICATION).where(LEERID_APPLICATION.SCHOOL_ID.eq(schoolId))
                .orderBy(lower(LEERID_APPLICATION.NAME), LEERID_APPLICATION.ID)
                .fetch(r -> new LeerIdApplication(r.getId(), r.getSchoolId(), r.getName(), r.getSupplier(),
                        ConnectionState.valueOf(r.getConnectionState()), r.getNote()));
    }

    /** Per school: applications connected and in total. */
    public Map<UUID, int[]> applicationCounts() {
        Map<UUID, int[]> counts = new HashMap<>();
        dsl.select(LEERID_APPLICATION.SCHOOL_ID, count().filterWhere(LEERID_APPLICATION.CONNECTION_STATE.eq(ConnectionState.CONNECTED.name())),
                        count())
                .from(LEERID_APPLICATION).groupBy(LEERID_APPLICATION.SCHOOL_ID)
                .forEach(r -> counts.put(r.value1(), new int[] {r.value2(), r.value3()}));
        return counts;
    }

    public boolean nameTaken(UUID schoolId, String name, UUID except) {
        return dsl.fetchExists(LEERID_APPLICATION, LEERID_APPLICATION.SCHOOL_ID.eq(schoolId),
                lower(LEERID_APPLICATION.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)),
                except == null ? DSL.noCondition() : LEERID_APPLICATION.ID.ne(except));
    }

    public UUID insertApplication(UUID tenantId, UUID schoolId, ApplicationInput input) {
        return dsl.insertInto(LEERID_APPLICATION)
                .set(LEERID_APPLICATION.TENANT_ID, tenantId)
                .set(LEERID_APPLICATION.SCHOOL_ID, schoolId)
                .set(LEERID_APPLICATION.NAME, input.name())
                .set(LEERID_APPLICATION.SUPPLIER, input.supplier())
                .set(LEERID_APPLICATION.CONNECTION_STATE, input.connectionState().name())
                .set(LEERID_APPLICATION.NOTE, input.note())
                .returning(LEERID_APPLICATION.ID).fetchOne(LEERID_APPLICATION.ID);
    }

    public void updateApplication(UUID id, ApplicationInput input) {
        dsl.update(LEERID_APPLICATION)
                .set(LEERID_APPLICATION.NAME, input.name())
                .set(LEERID_APPLICATION.SUPPLIER, input.supplier())
                .set(LEERID_APPLICATION.CONNECTION_STATE, input.connectionState().name())
                .set(LEERID_APPLICATION.NOTE, input.note())
                .where(LEERID_APPLICATION.ID.eq(id)).execute();
    }

    public void deleteApplication(UUID id) {
        dsl.deleteFrom(LEERID_APPLICATION).where(LEERID_APPLICATION.ID.eq(id)).execute();
    }

    public Map<ChecklistItem, ChecklistEntry> checklist(UUID schoolId) {
        Map<ChecklistItem, ChecklistEntry> checklist = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            checklist.put(item, ChecklistEntry.untouched(item));
        }
        dsl.selectFrom(LEERID_CHECKLIST_ITEM).where(LEERID_CHECKLIST_ITEM.SCHOOL_ID.eq(schoolId))
                .forEach(r -> checklist.put(ChecklistItem.valueOf(r.getItem()),
                        new ChecklistEntry(ChecklistItem.valueOf(r.getItem()), r.getDone(), r.getChangedAt(), r.getChangedBy())));
        return checklist;
    }

    /** Per school: checklist items done. */
    public Map<UUID, Integer> checklistDoneCounts() {
        Map<UUID, Integer> counts = new HashMap<>();
        dsl.select(LEERID_CHECKLIST_ITEM.SCHOOL_ID, count()).from(LEERID_CHECKLIST_ITEM)
                .where(LEERID_CHECKLIST_ITEM.DONE.isTrue()).groupBy(LEERID_CHECKLIST_ITEM.SCHOOL_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    public void saveChecklistItem(UUID tenantId, UUID schoolId, ChecklistItem item, boolean done, String actor) {
        dsl.insertInto(LEERID_CHECKLIST_ITEM)
                .set(LEERID_CHECKLIST_ITEM.TENANT_ID, tenantId)
                .set(LEERID_CHECKLIST_ITEM.SCHOOL_ID, schoolId)
                .set(LEERID_CHECKLIST_ITEM.ITEM, item.name())
                .set(LEERID_CHECKLIST_ITEM.DONE, done)
                .set(LEERID_CHECKLIST_ITEM.CHANGED_AT, currentOffsetDateTime())
                .set(LEERID_CHECKLIST_ITEM.CHANGED_BY, actor)
                .onConflict(LEERID_CHECKLIST_ITEM.TENANT_ID, LEERID_CHECKLIST_ITEM.SCHOOL_ID, LEERID_CHECKLIST_ITEM.ITEM)
                .doUpdate()
                .set(LEERID_CHECKLIST_ITEM.DONE, done)
                .set(LEERID_CHECKLIST_ITEM.CHANGED_AT, currentOffsetDateTime())
                .set(LEERID_CHECKLIST_ITEM.CHANGED_BY, actor)
                .execute();
    }

    /** A school's state row as stored. */
    public record Current(UUID schoolId, LeerIdState state, int version, OffsetDateTime changedAt, String changedBy) {
    }
}
