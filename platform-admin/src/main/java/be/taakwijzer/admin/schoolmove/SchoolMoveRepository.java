package be.taakwijzer.admin.schoolmove;

import static be.taakwijzer.db.Tables.CATALOGUE_TASK;
import static be.taakwijzer.db.Tables.CENTRAL_TASK;
import static be.taakwijzer.db.Tables.CENTRAL_TASK_SCHOOL;
import static be.taakwijzer.db.Tables.COVERAGE_NOTICE;
import static be.taakwijzer.db.Tables.DATA_BREACH;
import static be.taakwijzer.db.Tables.DATA_BREACH_SCHOOL;
import static be.taakwijzer.db.Tables.SCHOOL;
import static be.taakwijzer.db.Tables.SCHOOL_GROUP;
import static be.taakwijzer.db.Tables.SCHOOL_MOVE;
import static be.taakwijzer.db.Tables.SCHOOL_PLAN;
import static be.taakwijzer.db.Tables.SCHOOL_TASK_COVERAGE;
import static be.taakwijzer.db.Tables.SCHOOL_YEAR;
import static be.taakwijzer.db.Tables.STAFF_MEMBER;
import static be.taakwijzer.db.Tables.UMBRELLA_ORGANISATION;
import static org.jooq.impl.DSL.asterisk;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.shared.LocalizedText;

/** The rows a school move reads and writes, across both groups through the operator role (ADR 0010, ADR 0012). */
@Repository
class SchoolMoveRepository {

    /** A task covered centrally at the school in a year (school_task_coverage). */
    record Covered(int startYear, String taskCode) {
    }

    private final DSLContext dsl;

    SchoolMoveRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<MovingSchool> school(UUID schoolId) {
        return dsl.select(SCHOOL.ID, SCHOOL.NAME, SCHOOL.INSTELLINGSNUMMER, SCHOOL_GROUP.TENANT_ID, SCHOOL_GROUP.NAME,
                        SCHOOL_GROUP.INSTELLINGSNUMMER, UMBRELLA_ORGANISATION.NAME)
                .from(SCHOOL).join(SCHOOL_GROUP).on(SCHOOL_GROUP.TENANT_ID.eq(SCHOOL.TENANT_ID))
                .leftJoin(UMBRELLA_ORGANISATION).on(UMBRELLA_ORGANISATION.ID.eq(SCHOOL_GROUP.UMBRELLA_ID))
                .where(SCHOOL.ID.eq(schoolId))
                .fetchOptional(r -> new MovingSchool(r.value1(), r.value2(), r.value3(),
                        new GroupChoice(r.value4(), r.value5(), r.value6(), r.value7())));
    }

    List<GroupChoice> groups() {
        return dsl.select(SCHOOL_GROUP.TENANT_ID, SCHOOL_GROUP.NAME, SCHOOL_GROUP.INSTELLINGSNUMMER, UMBRELLA_ORGANISATION.NAME)
                .from(SCHOOL_GROUP).leftJoin(UMBRELLA_ORGANISATION).on(UMBRELLA_ORGANISATION.ID.eq(SCHOOL_GROUP.UMBRELLA_ID))
                .orderBy(SCHOOL_GROUP.NAME, SCHOOL_GROUP.TENANT_ID)
                .fetch(r -> new GroupChoice(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    Optional<GroupChoice> group(UUID tenantId) {
        return groups().stream().filter(group -> group.tenantId().equals(tenantId)).findFirst();
    }

    /** Neither group may change or be off-boarded while the school moves between them. */
    void lockGroups(UUID from, UUID to) {
        dsl.select(SCHOOL_GROUP.TENANT_ID).from(SCHOOL_GROUP).where(SCHOOL_GROUP.TENANT_ID.in(from, to))
                .orderBy(SCHOOL_GROUP.TENANT_ID).forShare().fetch();
    }

    /** Checks the foreign keys at the end of the transaction (migration 016): the rows of a school move table by table. */
    void deferConstraints() {
        dsl.execute("set constraints all deferred");
    }

    /** Checks the deferred foreign keys now, so that a violation surfaces here rather than at the commit. */
    void checkConstraints() {
        dsl.execute("set constraints all immediate");
    }

    /**
     * Per decision of the plan, the SHA-256 of the school's rows as a JSON array in a stable order (computed in the
     * database: a school's history may be large); the rows locked for the move when asked.
     */
    Map<String, String> rowDigests(UUID tenantId, UUID schoolId, boolean lock) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (SchoolRows rule : SchoolMovePlan.plan()) {
            SelectConditionStep<Record> selected = dsl.select(asterisk()).from(rule.table()).where(rule.of(tenantId, schoolId));
            Table<?> rows = (lock ? selected.forUpdate() : selected).asTable("t");
            digests.put(rule.key(), dsl.select(field(
                            "encode(sha256(convert_to(coalesce(json_agg(t order by t::text), '[]'::json)::text, 'UTF8')), 'hex')", String.class))
                    .from(rows).fetchOne(0, String.class));
        }
        return digests;
    }

    int count(SchoolRows rule, UUID tenantId, UUID schoolId) {
        return dsl.fetchCount(rule.table(), rule.of(tenantId, schoolId));
    }

    /** The values of the rule's recorded column (which central task, which contract), for the old group's audit event. */
    List<UUID> recorded(SchoolRows rule, UUID tenantId, UUID schoolId) {
        return dsl.selectDistinct(rule.recorded()).from(rule.table()).where(rule.of(tenantId, schoolId)).orderBy(rule.recorded())
                .fetch(rule.recorded());
    }

    /** Does what the rule says to the school's rows in {@code from}; the number of rows. */
    int apply(SchoolRows rule, UUID from, UUID to, UUID schoolId) {
        Condition rows = rule.of(from, schoolId);
        return switch (rule.disposition()) {
            case MOVES -> dsl.update(rule.table()).set(rule.table().field("tenant_id", UUID.class), to).where(rows).execute();
            case LINK_REMOVED -> dsl.deleteFrom(rule.table()).where(rows).execute();
            case REFERENCE_CLEARED -> dsl.update(rule.table()).set(rule.cleared(), (UUID) null).where(rows).execute();
            case STAYS -> count(rule, from, schoolId);
        };
    }

    /** The school's own e-mail domain, if it has one: Keycloak routes logins by it. */
    Optional<String> emailDomain(UUID tenantId, UUID schoolId) {
        return dsl.select(SCHOOL.EMAIL_DOMAIN).from(SCHOOL).where(SCHOOL.TENANT_ID.eq(tenantId), SCHOOL.ID.eq(schoolId))
                .fetchOptional(SCHOOL.EMAIL_DOMAIN);
    }

    List<MovingDirector> directors(UUID tenantId, UUID schoolId) {
        return dsl.select(STAFF_MEMBER.DISPLAY_NAME, STAFF_MEMBER.EMAIL).from(STAFF_MEMBER)
                .where(STAFF_MEMBER.TENANT_ID.eq(tenantId), STAFF_MEMBER.SCHOOL_ID.eq(schoolId))
                .orderBy(STAFF_MEMBER.DISPLAY_NAME, STAFF_MEMBER.EMAIL)
                .fetch(r -> new MovingDirector(r.value1(), r.value2()));
    }

    /** The school years the school's moving rows refer to (its plans and notices): the new group must have them. */
    Set<Integer> yearsUsed(UUID tenantId, UUID schoolId) {
        return new TreeSet<>(dsl.select(SCHOOL_PLAN.START_YEAR).from(SCHOOL_PLAN)
                .where(SCHOOL_PLAN.TENANT_ID.eq(tenantId), SCHOOL_PLAN.SCHOOL_ID.eq(schoolId))
                .union(select(COVERAGE_NOTICE.START_YEAR).from(COVERAGE_NOTICE)
                        .where(COVERAGE_NOTICE.TENANT_ID.eq(tenantId), COVERAGE_NOTICE.SCHOOL_ID.eq(schoolId)))
                .fetch(0, Integer.class));
    }

    Set<Integer> years(UUID tenantId) {
        return new TreeSet<>(dsl.select(SCHOOL_YEAR.START_YEAR).from(SCHOOL_YEAR).where(SCHOOL_YEAR.TENANT_ID.eq(tenantId))
                .fetch(SCHOOL_YEAR.START_YEAR));
    }

    void addYear(UUID tenantId, int startYear) {
        dsl.insertInto(SCHOOL_YEAR).set(SCHOOL_YEAR.TENANT_ID, tenantId).set(SCHOOL_YEAR.START_YEAR, startYear)
                .onConflictDoNothing().execute();
    }

    /** The old group's central tasks (not stopped) that cover the school: for all schools or chosen for it. */
    List<CentralCoverage> centralTasksCovering(UUID tenantId, UUID schoolId) {
        return centralTasks(CENTRAL_TASK.TENANT_ID.eq(tenantId).and(CENTRAL_TASK.ALL_SCHOOLS.isTrue().or(
                exists(selectOne().from(CENTRAL_TASK_SCHOOL).where(CENTRAL_TASK_SCHOOL.TENANT_ID.eq(CENTRAL_TASK.TENANT_ID),
                        CENTRAL_TASK_SCHOOL.CENTRAL_TASK_ID.eq(CENTRAL_TASK.ID), CENTRAL_TASK_SCHOOL.SCHOOL_ID.eq(schoolId))))));
    }

    /** The new group's central tasks (not stopped) for all of its schools: they cover the school once it arrives. */
    List<CentralCoverage> centralTasksForAll(UUID tenantId) {
        return centralTasks(CENTRAL_TASK.TENANT_ID.eq(tenantId).and(CENTRAL_TASK.ALL_SCHOOLS.isTrue()));
    }

    private List<CentralCoverage> centralTasks(Condition which) {
        return dsl.select(CENTRAL_TASK.START_YEAR, CENTRAL_TASK.TASK_CODE, CATALOGUE_TASK.NAME_NL, CATALOGUE_TASK.NAME_EN)
                .from(CENTRAL_TASK).join(CATALOGUE_TASK).on(CATALOGUE_TASK.CODE.eq(CENTRAL_TASK.TASK_CODE))
                .where(which, CENTRAL_TASK.STATUS.ne("STOPPED"))
                .orderBy(CENTRAL_TASK.START_YEAR, CATALOGUE_TASK.SORT_ORDER)
                .fetch(r -> new CentralCoverage(new SchoolYear(r.value1()), r.value2(), new LocalizedText(r.value3(), r.value4())));
    }

    /** When the school's breaches that must still be reported to the supervisory authority were discovered. */
    List<OffsetDateTime> breachesToReport(UUID tenantId, UUID schoolId) {
        return dsl.select(DATA_BREACH.DISCOVERED_AT).from(DATA_BREACH)
                .join(DATA_BREACH_SCHOOL).on(DATA_BREACH_SCHOOL.TENANT_ID.eq(DATA_BREACH.TENANT_ID), DATA_BREACH_SCHOOL.BREACH_ID.eq(DATA_BREACH.ID))
                .where(DATA_BREACH.TENANT_ID.eq(tenantId), DATA_BREACH_SCHOOL.SCHOOL_ID.eq(schoolId), DATA_BREACH.REPORT_REQUIRED.isTrue(),
                        DATA_BREACH.REPORTED_AT.isNull())
                .orderBy(DATA_BREACH.DISCOVERED_AT)
                .fetch(DATA_BREACH.DISCOVERED_AT);
    }

    /** The tasks covered centrally at the school per year, as its group's plans see them. */
    Set<Covered> coverage(UUID tenantId, UUID schoolId) {
        return Set.copyOf(dsl.select(SCHOOL_TASK_COVERAGE.START_YEAR, SCHOOL_TASK_COVERAGE.TASK_CODE).from(SCHOOL_TASK_COVERAGE)
                .where(SCHOOL_TASK_COVERAGE.TENANT_ID.eq(tenantId), SCHOOL_TASK_COVERAGE.SCHOOL_ID.eq(schoolId))
                .fetch(r -> new Covered(r.value1(), r.value2())));
    }

    /** Tells the school that a task is open again, unless an unread notice already says so; true when one was added. */
    boolean notifyOpenAgain(UUID tenantId, UUID schoolId, Covered task, String actor) {
        boolean unread = dsl.fetchExists(COVERAGE_NOTICE, COVERAGE_NOTICE.TENANT_ID.eq(tenantId), COVERAGE_NOTICE.SCHOOL_ID.eq(schoolId),
                COVERAGE_NOTICE.START_YEAR.eq(task.startYear()), COVERAGE_NOTICE.TASK_CODE.eq(task.taskCode()),
                COVERAGE_NOTICE.DISMISSED_AT.isNull());
        if (unread) {
            return false;
        }
        dsl.insertInto(COVERAGE_NOTICE).set(COVERAGE_NOTICE.TENANT_ID, tenantId).set(COVERAGE_NOTICE.SCHOOL_ID, schoolId)
                .set(COVERAGE_NOTICE.START_YEAR, task.startYear()).set(COVERAGE_NOTICE.TASK_CODE, task.taskCode())
                .set(COVERAGE_NOTICE.CREATED_BY, actor).execute();
        return true;
    }

    /** Marks the school's unread notices of a task read: the new group covers it. */
    int dismissNotices(UUID tenantId, UUID schoolId, Covered task, String actor) {
        return dsl.update(COVERAGE_NOTICE).set(COVERAGE_NOTICE.DISMISSED_AT, currentOffsetDateTime()).set(COVERAGE_NOTICE.DISMISSED_BY, actor)
                .where(COVERAGE_NOTICE.TENANT_ID.eq(tenantId), COVERAGE_NOTICE.SCHOOL_ID.eq(schoolId),
                        COVERAGE_NOTICE.START_YEAR.eq(task.startYear()), COVERAGE_NOTICE.TASK_CODE.eq(task.taskCode()),
                        COVERAGE_NOTICE.DISMISSED_AT.isNull())
                .execute();
    }

    void record(MovingSchool school, GroupChoice to, String actor, JSONB rowsPerTable, String fingerprint) {
        dsl.insertInto(SCHOOL_MOVE).set(SCHOOL_MOVE.SCHOOL_ID, school.id()).set(SCHOOL_MOVE.SCHOOL_NAME, school.name())
                .set(SCHOOL_MOVE.INSTELLINGSNUMMER, school.instellingsnummer())
                .set(SCHOOL_MOVE.FROM_TENANT_ID, school.group().tenantId()).set(SCHOOL_MOVE.FROM_GROUP_NAME, school.group().name())
                .set(SCHOOL_MOVE.TO_TENANT_ID, to.tenantId()).set(SCHOOL_MOVE.TO_GROUP_NAME, to.name())
                .set(SCHOOL_MOVE.ACTOR, actor).set(SCHOOL_MOVE.ROWS_PER_TABLE, rowsPerTable).set(SCHOOL_MOVE.FINGERPRINT, fingerprint)
                .execute();
    }
}
