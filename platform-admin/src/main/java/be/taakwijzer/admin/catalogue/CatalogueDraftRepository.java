package be.taakwijzer.admin.catalogue;

import static be.taakwijzer.db.Routines.latestCatalogueVersion;
import static be.taakwijzer.db.Tables.CATALOGUE_CHANGE;
import static be.taakwijzer.db.Tables.CATALOGUE_TASK;
import static be.taakwijzer.db.Tables.CATALOGUE_TASK_AT;
import static be.taakwijzer.db.Tables.CATALOGUE_TASK_WORDING;
import static be.taakwijzer.db.Tables.CATALOGUE_VERSION;
import static be.taakwijzer.db.Tables.CLUSTER;
import static be.taakwijzer.db.Tables.TASK_AREA;
import static be.taakwijzer.db.Tables.TASK_LEVEL;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.max;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import be.taakwijzer.db.tables.records.CatalogueTaskRecord;
import be.taakwijzer.shared.LocalizedText;

/** The catalogue's draft version and its edits, in SQL. The console's role alone may write the catalogue. */
@Repository
class CatalogueDraftRepository {

    /** A task of a version, as the draft screen needs it. */
    record VersionTask(String code, String clusterCode, String levelCode, LocalizedText name, int sortOrder) {
    }

    private static final String DRAFT = "DRAFT";

    private final DSLContext dsl;

    CatalogueDraftRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    int latestPublished() {
        return dsl.select(latestCatalogueVersion()).fetchSingle().value1();
    }

    Optional<DraftStamp> draft() {
        return dsl.select(CATALOGUE_VERSION.NUMBER, CATALOGUE_VERSION.LOCK_VERSION).from(CATALOGUE_VERSION)
                .where(CATALOGUE_VERSION.STATE.eq(DRAFT))
                .fetchOptional(r -> new DraftStamp(r.value1(), r.value2()));
    }

    void createDraft(int number, String actor) {
        dsl.insertInto(CATALOGUE_VERSION).set(CATALOGUE_VERSION.NUMBER, number).set(CATALOGUE_VERSION.STATE, DRAFT)
                .set(CATALOGUE_VERSION.CREATED_BY, actor).execute();
    }

    /** Counts a change of the draft; false when the draft is not at the stamp any more. */
    boolean claim(DraftStamp stamp) {
        return dsl.update(CATALOGUE_VERSION).set(CATALOGUE_VERSION.LOCK_VERSION, CATALOGUE_VERSION.LOCK_VERSION.plus(1))
                .where(CATALOGUE_VERSION.NUMBER.eq(stamp.number()), CATALOGUE_VERSION.STATE.eq(DRAFT),
                        CATALOGUE_VERSION.LOCK_VERSION.eq(stamp.lockVersion()))
                .execute() == 1;
    }

    boolean publish(DraftStamp stamp, LocalizedText note, String actor) {
        return dsl.update(CATALOGUE_VERSION).set(CATALOGUE_VERSION.STATE, "PUBLISHED")
                .set(CATALOGUE_VERSION.NOTE_NL, note.nl()).set(CATALOGUE_VERSION.NOTE_EN, note.en())
                .set(CATALOGUE_VERSION.PUBLISHED_AT, currentOffsetDateTime()).set(CATALOGUE_VERSION.PUBLISHED_BY, actor)
                .set(CATALOGUE_VERSION.LOCK_VERSION, CATALOGUE_VERSION.LOCK_VERSION.plus(1))
                .where(CATALOGUE_VERSION.NUMBER.eq(stamp.number()), CATALOGUE_VERSION.STATE.eq(DRAFT),
                        CATALOGUE_VERSION.LOCK_VERSION.eq(stamp.lockVersion()))
                .execute() == 1;
    }

    List<VersionTask> tasks(int version) {
        return dsl.select(CATALOGUE_TASK_AT.CODE, CATALOGUE_TASK_AT.CLUSTER_CODE, CATALOGUE_TASK_AT.LEVEL_CODE, CATALOGUE_TASK_AT.NAME_NL,
                        CATALOGUE_TASK_AT.NAME_EN, CATALOGUE_TASK_AT.SORT_ORDER)
                .from(CATALOGUE_TASK_AT).where(CATALOGUE_TASK_AT.CATALOGUE_VERSION.eq(version))
                .orderBy(CATALOGUE_TASK_AT.SORT_ORDER)
                .fetch(r -> new VersionTask(r.value1(), r.value2(), r.value3(), new LocalizedText(r.value4(), r.value5()), r.value6()));
    }

    Optional<CatalogueTaskRecord> task(String code) {
        return dsl.selectFrom(CATALOGUE_TASK).where(CATALOGUE_TASK.CODE.eq(code)).fetchOptional();
    }

    boolean clusterExists(String code) {
        return dsl.fetchExists(CLUSTER, CLUSTER.CODE.eq(code));
    }

    boolean levelExists(String code) {
        return dsl.fetchExists(TASK_LEVEL, TASK_LEVEL.CODE.eq(code));
    }

    boolean areaOfCluster(String areaCode, String clusterCode) {
        return dsl.fetchExists(TASK_AREA, TASK_AREA.CODE.eq(areaCode), TASK_AREA.CLUSTER_CODE.eq(clusterCode));
    }

    /** The codes that start with a prefix, also of retired tasks: a code is never given twice. */
    List<String> codesStartingWith(String prefix) {
        return dsl.select(CATALOGUE_TASK.CODE).from(CATALOGUE_TASK).where(CATALOGUE_TASK.CODE.startsWith(prefix)).fetch(CATALOGUE_TASK.CODE);
    }

    /**
     * Adds a task right after the last task of its cluster and level (or at the end), so that lists in
     * catalogue order show it among its kind. The order is presentation only; the tasks after it move up one.
     */
    void insertTask(String code, NewTask task, int version) {
        Integer last = dsl.select(max(CATALOGUE_TASK.SORT_ORDER)).from(CATALOGUE_TASK)
                .where(CATALOGUE_TASK.CLUSTER_CODE.eq(task.clusterCode()), CATALOGUE_TASK.LEVEL_CODE.eq(task.levelCode()))
                .fetchOne(0, Integer.class);
        int position = last != null ? last + 1
                : dsl.select(coalesce(max(CATALOGUE_TASK.SORT_ORDER), 0).plus(1)).from(CATALOGUE_TASK).fetchOne(0, Integer.class);
        // two steps, because the order is unique row by row: out of the way (negative), then back one further
        dsl.update(CATALOGUE_TASK).set(CATALOGUE_TASK.SORT_ORDER, CATALOGUE_TASK.SORT_ORDER.plus(1).neg())
                .where(CATALOGUE_TASK.SORT_ORDER.ge(position)).execute();
        dsl.update(CATALOGUE_TASK).set(CATALOGUE_TASK.SORT_ORDER, CATALOGUE_TASK.SORT_ORDER.neg())
                .where(CATALOGUE_TASK.SORT_ORDER.lt(0)).execute();
        dsl.insertInto(CATALOGUE_TASK)
                .set(CATALOGUE_TASK.CODE, code)
                .set(CATALOGUE_TASK.CLUSTER_CODE, task.clusterCode())
                .set(CATALOGUE_TASK.LEVEL_CODE, task.levelCode())
                .set(CATALOGUE_TASK.AREA_CODE, task.areaCode())
                .set(CATALOGUE_TASK.NAME_NL, task.nameNl())
                .set(CATALOGUE_TASK.NAME_EN, task.nameEn())
                .set(CATALOGUE_TASK.NEEDS_SPECIALISATION, task.needsSpecialisation())
                .set(CATALOGUE_TASK.SORT_ORDER, position)
                .set(CATALOGUE_TASK.INTRODUCED_IN, version)
                .execute();
    }

    void renameTask(String code, LocalizedText name) {
        dsl.update(CATALOGUE_TASK).set(CATALOGUE_TASK.NAME_NL, name.nl()).set(CATALOGUE_TASK.NAME_EN, name.en())
                .where(CATALOGUE_TASK.CODE.eq(code)).execute();
    }

    void deleteTask(String code) {
        dsl.deleteFrom(CATALOGUE_TASK).where(CATALOGUE_TASK.CODE.eq(code)).execute();
    }

    void retire(String code, Integer version) {
        dsl.update(CATALOGUE_TASK).set(CATALOGUE_TASK.RETIRED_IN, version).where(CATALOGUE_TASK.CODE.eq(code)).execute();
    }

    void reword(String code, int version, LocalizedText name) {
        dsl.insertInto(CATALOGUE_TASK_WORDING)
                .set(CATALOGUE_TASK_WORDING.TASK_CODE, code).set(CATALOGUE_TASK_WORDING.VERSION, version)
                .set(CATALOGUE_TASK_WORDING.NAME_NL, name.nl()).set(CATALOGUE_TASK_WORDING.NAME_EN, name.en())
                .onConflict(CATALOGUE_TASK_WORDING.TASK_CODE, CATALOGUE_TASK_WORDING.VERSION).doUpdate()
                .set(CATALOGUE_TASK_WORDING.NAME_NL, name.nl()).set(CATALOGUE_TASK_WORDING.NAME_EN, name.en())
                .execute();
    }

    void dropWording(String code, int version) {
        dsl.deleteFrom(CATALOGUE_TASK_WORDING)
                .where(CATALOGUE_TASK_WORDING.TASK_CODE.eq(code), CATALOGUE_TASK_WORDING.VERSION.eq(version)).execute();
    }

    void log(int version, String code, String kind, LocalizedText before, LocalizedText after, String actor) {
        dsl.insertInto(CATALOGUE_CHANGE)
                .set(CATALOGUE_CHANGE.VERSION, version).set(CATALOGUE_CHANGE.TASK_CODE, code).set(CATALOGUE_CHANGE.KIND, kind)
                .set(CATALOGUE_CHANGE.BEFORE_NL, before == null ? null : before.nl())
                .set(CATALOGUE_CHANGE.BEFORE_EN, before == null ? null : before.en())
                .set(CATALOGUE_CHANGE.AFTER_NL, after == null ? null : after.nl())
                .set(CATALOGUE_CHANGE.AFTER_EN, after == null ? null : after.en())
                .set(CATALOGUE_CHANGE.CHANGED_BY, actor)
                .execute();
    }

    List<CatalogueChangeEntry> changes() {
        return dsl.selectFrom(CATALOGUE_CHANGE).orderBy(CATALOGUE_CHANGE.ID.desc())
                .fetch(r -> new CatalogueChangeEntry(r.getVersion(), r.getTaskCode(), r.getKind(), r.getBeforeNl(), r.getAfterNl(),
                        r.getChangedAt(), r.getChangedBy()));
    }
}
