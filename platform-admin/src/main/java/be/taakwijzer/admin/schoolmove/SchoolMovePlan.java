package be.taakwijzer.admin.schoolmove;

import static be.taakwijzer.db.Tables.ALLOCATION;
import static be.taakwijzer.db.Tables.ALLOCATION_SHARE;
import static be.taakwijzer.db.Tables.AUDIT_EVENT;
import static be.taakwijzer.db.Tables.CENTRAL_TASK;
import static be.taakwijzer.db.Tables.CENTRAL_TASK_SCHOOL;
import static be.taakwijzer.db.Tables.CONTRACT_SCHOOL;
import static be.taakwijzer.db.Tables.COVERAGE_NOTICE;
import static be.taakwijzer.db.Tables.DATA_BREACH_SCHOOL;
import static be.taakwijzer.db.Tables.IDENTITY_SYNC_REQUEST;
import static be.taakwijzer.db.Tables.LEERID_APPLICATION;
import static be.taakwijzer.db.Tables.LEERID_CHECKLIST_ITEM;
import static be.taakwijzer.db.Tables.LEERID_SCHOOL;
import static be.taakwijzer.db.Tables.LEERID_STATE_CHANGE;
import static be.taakwijzer.db.Tables.PRIVACY_QUESTION;
import static be.taakwijzer.db.Tables.PRIVACY_QUESTION_MESSAGE;
import static be.taakwijzer.db.Tables.PROCESSING_ACTIVITY_SCHOOL;
import static be.taakwijzer.db.Tables.PURCHASE_REQUEST;
import static be.taakwijzer.db.Tables.SCHOOL;
import static be.taakwijzer.db.Tables.SCHOOL_PERSON;
import static be.taakwijzer.db.Tables.SCHOOL_PERSON_COMPETENCE;
import static be.taakwijzer.db.Tables.SCHOOL_PERSON_HOURS;
import static be.taakwijzer.db.Tables.SCHOOL_PLAN;
import static be.taakwijzer.db.Tables.STAFF_MEMBER;
import static org.jooq.impl.DSL.select;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.Table;

/**
 * What happens to every table's rows of a school that moves to another group, decided table by table
 * (ADR 0012). The order is the order of execution: references emptied and links removed first, then the
 * rows that move, a referring table before the table it refers to, because a condition finds its parent
 * rows while they are still in the old group. Foreign keys are checked at the end (migration 016), when
 * every row has moved. SchoolMovePlanTest holds this list to the database: every tenant table with a
 * school_id, and every table referring to a table that moves, must be decided here.
 */
public final class SchoolMovePlan {

    /**
     * Audit events that stay with the old group although they name the school: a data breach stays in the
     * old group's register (the controller at the time), and so does its history.
     */
    static final Set<String> ENTITIES_STAYING = Set.of("data_breach");

    private static final List<SchoolRows> PLAN = List.of(
            // a director who moves no longer answers for the old group's central tasks
            cleared("central_task.responsible_staff_id", CENTRAL_TASK, CENTRAL_TASK.ID, CENTRAL_TASK.RESPONSIBLE_STAFF_ID,
                    (group, school) -> CENTRAL_TASK.TENANT_ID.eq(group).and(CENTRAL_TASK.RESPONSIBLE_STAFF_ID.in(directors(group, school)))),
            // the school's requests move; the old group's contract they were filed against does not
            cleared("purchase_request.contract_id", PURCHASE_REQUEST, PURCHASE_REQUEST.CONTRACT_ID, PURCHASE_REQUEST.CONTRACT_ID,
                    (group, school) -> PURCHASE_REQUEST.TENANT_ID.eq(group).and(PURCHASE_REQUEST.SCHOOL_ID.eq(school))
                            .and(PURCHASE_REQUEST.CONTRACT_ID.isNotNull())),
            removed(CENTRAL_TASK_SCHOOL, CENTRAL_TASK_SCHOOL.CENTRAL_TASK_ID,
                    (group, school) -> CENTRAL_TASK_SCHOOL.TENANT_ID.eq(group).and(CENTRAL_TASK_SCHOOL.SCHOOL_ID.eq(school))),
            removed(CONTRACT_SCHOOL, CONTRACT_SCHOOL.CONTRACT_ID,
                    (group, school) -> CONTRACT_SCHOOL.TENANT_ID.eq(group).and(CONTRACT_SCHOOL.SCHOOL_ID.eq(school))),
            removed(PROCESSING_ACTIVITY_SCHOOL, PROCESSING_ACTIVITY_SCHOOL.ACTIVITY_ID,
                    (group, school) -> PROCESSING_ACTIVITY_SCHOOL.TENANT_ID.eq(group).and(PROCESSING_ACTIVITY_SCHOOL.SCHOOL_ID.eq(school))),
            removed(DATA_BREACH_SCHOOL, DATA_BREACH_SCHOOL.BREACH_ID,
                    (group, school) -> DATA_BREACH_SCHOOL.TENANT_ID.eq(group).and(DATA_BREACH_SCHOOL.SCHOOL_ID.eq(school))),
            // the old group's requests bring the old group's organization to its state; the move writes new ones for both
            new SchoolRows(IDENTITY_SYNC_REQUEST.getName(), IDENTITY_SYNC_REQUEST, Disposition.STAYS,
                    (group, school) -> IDENTITY_SYNC_REQUEST.TENANT_ID.eq(group).and(IDENTITY_SYNC_REQUEST.SCHOOL_ID.eq(school)),
                    IDENTITY_SYNC_REQUEST.ID, null),
            new SchoolRows("audit_event.stays", AUDIT_EVENT, Disposition.STAYS,
                    (group, school) -> AUDIT_EVENT.TENANT_ID.eq(group).and(AUDIT_EVENT.SCHOOL_ID.eq(school))
                            .and(AUDIT_EVENT.ENTITY.in(ENTITIES_STAYING)), AUDIT_EVENT.ENTITY_ID, null),
            moves(ALLOCATION_SHARE, (group, school) -> ALLOCATION_SHARE.TENANT_ID.eq(group).and(ALLOCATION_SHARE.ALLOCATION_ID.in(
                    select(ALLOCATION.ID).from(ALLOCATION).where(ALLOCATION.TENANT_ID.eq(group), ALLOCATION.SCHOOL_ID.eq(school))))),
            moves(ALLOCATION, (group, school) -> ALLOCATION.TENANT_ID.eq(group).and(ALLOCATION.SCHOOL_ID.eq(school))),
            moves(SCHOOL_PERSON_HOURS, (group, school) -> SCHOOL_PERSON_HOURS.TENANT_ID.eq(group)
                    .and(SCHOOL_PERSON_HOURS.PERSON_ID.in(people(group, school)))),
            moves(SCHOOL_PERSON_COMPETENCE, (group, school) -> SCHOOL_PERSON_COMPETENCE.TENANT_ID.eq(group)
                    .and(SCHOOL_PERSON_COMPETENCE.PERSON_ID.in(people(group, school)))),
            moves(SCHOOL_PERSON, (group, school) -> SCHOOL_PERSON.TENANT_ID.eq(group).and(SCHOOL_PERSON.SCHOOL_ID.eq(school))),
            moves(COVERAGE_NOTICE, (group, school) -> COVERAGE_NOTICE.TENANT_ID.eq(group).and(COVERAGE_NOTICE.SCHOOL_ID.eq(school))),
            moves(SCHOOL_PLAN, (group, school) -> SCHOOL_PLAN.TENANT_ID.eq(group).and(SCHOOL_PLAN.SCHOOL_ID.eq(school))),
            moves(PRIVACY_QUESTION_MESSAGE, (group, school) -> PRIVACY_QUESTION_MESSAGE.TENANT_ID.eq(group).and(
                    PRIVACY_QUESTION_MESSAGE.QUESTION_ID.in(select(PRIVACY_QUESTION.ID).from(PRIVACY_QUESTION)
                            .where(PRIVACY_QUESTION.TENANT_ID.eq(group), PRIVACY_QUESTION.SCHOOL_ID.eq(school))))),
            moves(PRIVACY_QUESTION, (group, school) -> PRIVACY_QUESTION.TENANT_ID.eq(group).and(PRIVACY_QUESTION.SCHOOL_ID.eq(school))),
            moves(PURCHASE_REQUEST, (group, school) -> PURCHASE_REQUEST.TENANT_ID.eq(group).and(PURCHASE_REQUEST.SCHOOL_ID.eq(school))),
            moves(LEERID_STATE_CHANGE, (group, school) -> LEERID_STATE_CHANGE.TENANT_ID.eq(group).and(LEERID_STATE_CHANGE.SCHOOL_ID.eq(school))),
            moves(LEERID_APPLICATION, (group, school) -> LEERID_APPLICATION.TENANT_ID.eq(group).and(LEERID_APPLICATION.SCHOOL_ID.eq(school))),
            moves(LEERID_CHECKLIST_ITEM, (group, school) -> LEERID_CHECKLIST_ITEM.TENANT_ID.eq(group)
                    .and(LEERID_CHECKLIST_ITEM.SCHOOL_ID.eq(school))),
            moves(LEERID_SCHOOL, (group, school) -> LEERID_SCHOOL.TENANT_ID.eq(group).and(LEERID_SCHOOL.SCHOOL_ID.eq(school))),
            // the school's history, and the history of the directors who move with it (recorded for the group as a whole)
            moves(AUDIT_EVENT, (group, school) -> AUDIT_EVENT.TENANT_ID.eq(group).and(
                    AUDIT_EVENT.SCHOOL_ID.eq(school).and(AUDIT_EVENT.ENTITY.notIn(ENTITIES_STAYING))
                            .or(AUDIT_EVENT.SCHOOL_ID.isNull().and(AUDIT_EVENT.ENTITY.eq("staff_member"))
                                    .and(AUDIT_EVENT.ENTITY_ID.in(directors(group, school)))))),
            // its directors: their registration names the school, so they go with it (group staff have no school)
            moves(STAFF_MEMBER, (group, school) -> STAFF_MEMBER.TENANT_ID.eq(group).and(STAFF_MEMBER.SCHOOL_ID.eq(school))),
            moves(SCHOOL, (group, school) -> SCHOOL.TENANT_ID.eq(group).and(SCHOOL.ID.eq(school))));

    private SchoolMovePlan() {
    }

    /** Every decision, in the order of execution. */
    public static List<SchoolRows> plan() {
        return PLAN;
    }

    private static SchoolRows moves(Table<?> table, BiFunction<UUID, UUID, Condition> rows) {
        return new SchoolRows(table.getName(), table, Disposition.MOVES, rows, null, null);
    }

    private static SchoolRows removed(Table<?> table, Field<UUID> recorded, BiFunction<UUID, UUID, Condition> rows) {
        return new SchoolRows(table.getName(), table, Disposition.LINK_REMOVED, rows, recorded, null);
    }

    private static SchoolRows cleared(String key, Table<?> table, Field<UUID> recorded, Field<UUID> cleared,
                                      BiFunction<UUID, UUID, Condition> rows) {
        return new SchoolRows(key, table, Disposition.REFERENCE_CLEARED, rows, recorded, cleared);
    }

    private static Select<org.jooq.Record1<UUID>> directors(UUID group, UUID school) {
        return select(STAFF_MEMBER.ID).from(STAFF_MEMBER).where(STAFF_MEMBER.TENANT_ID.eq(group), STAFF_MEMBER.SCHOOL_ID.eq(school));
    }

    private static Select<org.jooq.Record1<UUID>> people(UUID group, UUID school) {
        return select(SCHOOL_PERSON.ID).from(SCHOOL_PERSON).where(SCHOOL_PERSON.TENANT_ID.eq(group), SCHOOL_PERSON.SCHOOL_ID.eq(school));
    }
}
