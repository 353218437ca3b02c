package be.taakwijzer.catalogue;

import static be.taakwijzer.db.Tables.CATALOGUE_TASK_AT;
import static be.taakwijzer.db.Tables.CATALOGUE_TASK_PROVIDER;
import static be.taakwijzer.db.Tables.CATALOGUE_TASK_TAKER;
import static be.taakwijzer.db.Tables.CATALOGUE_VERSION;
import static be.taakwijzer.db.Tables.CENTRAL_PROVIDER;
import static be.taakwijzer.db.Tables.CLUSTER;
import static be.taakwijzer.db.Tables.COMPETENCE;
import static be.taakwijzer.db.Tables.FUNDING_SOURCE;
import static be.taakwijzer.db.Tables.TAKER_TYPE;
import static be.taakwijzer.db.Tables.TASK_AREA;
import static be.taakwijzer.db.Tables.TASK_LEVEL;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;

import be.taakwijzer.shared.LocalizedText;

/** Reads the task catalogue in its published versions. The catalogue is shared by all tenants and read-only to the application. */
@Repository
public class CatalogueRepository {

    private final DSLContext dsl;

    CatalogueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Cluster> clusters() {
        return dsl.selectFrom(CLUSTER).orderBy(CLUSTER.SORT_ORDER).fetch(r -> new Cluster(r.getCode(),
                new LocalizedText(r.getNameNl(), r.getNameEn()),
                new LocalizedText(r.getDescriptionNl(), r.getDescriptionEn()), r.getCore()));
    }

    public List<TaskLevel> levels() {
        return dsl.selectFrom(TASK_LEVEL).orderBy(TASK_LEVEL.SORT_ORDER).fetch(r -> new TaskLevel(r.getCode(),
                new LocalizedText(r.getNameNl(), r.getNameEn()),
                new LocalizedText(r.getDescriptionNl(), r.getDescriptionEn())));
    }

    public List<TaskArea> areas() {
        return dsl.selectFrom(TASK_AREA).orderBy(TASK_AREA.SORT_ORDER).fetch(r -> new TaskArea(r.getCode(),
                r.getClusterCode(), new LocalizedText(r.getNameNl(), r.getNameEn())));
    }

    public List<Competence> competences() {
        return dsl.selectFrom(COMPETENCE).orderBy(COMPETENCE.SORT_ORDER).fetch(r -> new Competence(r.getCode(),
                r.getClusterCode(), CompetenceKind.valueOf(r.getKind()),
                new LocalizedText(r.getNameNl(), r.getNameEn()), r.getFromGuide()));
    }

    public List<CentralProvider> providers() {
        return dsl.selectFrom(CENTRAL_PROVIDER).orderBy(CENTRAL_PROVIDER.SORT_ORDER).fetch(r -> new CentralProvider(
                r.getCode(), new LocalizedText(r.getNameNl(), r.getNameEn()),
                new LocalizedText(r.getDescriptionNl(), r.getDescriptionEn())));
    }

    public List<TakerType> takers() {
        return dsl.selectFrom(TAKER_TYPE).orderBy(TAKER_TYPE.SORT_ORDER).fetch(r -> new TakerType(r.getCode(),
                new LocalizedText(r.getNameNl(), r.getNameEn())));
    }

    public List<FundingSource> fundingSources() {
        return dsl.selectFrom(FUNDING_SOURCE).orderBy(FUNDING_SOURCE.SORT_ORDER).fetch(r -> new FundingSource(
                r.getCode(), new LocalizedText(r.getNameNl(), r.getNameEn()),
                new LocalizedText(r.getDescriptionNl(), r.getDescriptionEn())));
    }

    /** The tasks of a published version, worded as in that version. */
    public List<CatalogueTask> tasks(int version, TaskFilter filter) {
        return dsl.select(CATALOGUE_TASK_AT.CODE, CATALOGUE_TASK_AT.CLUSTER_CODE, CATALOGUE_TASK_AT.LEVEL_CODE,
                        CATALOGUE_TASK_AT.AREA_CODE, CATALOGUE_TASK_AT.NAME_NL, CATALOGUE_TASK_AT.NAME_EN,
                        CATALOGUE_TASK_AT.NEEDS_SPECIALISATION,
                        multiset(select(CATALOGUE_TASK_PROVIDER.PROVIDER_CODE).from(CATALOGUE_TASK_PROVIDER)
                                .where(CATALOGUE_TASK_PROVIDER.TASK_CODE.eq(CATALOGUE_TASK_AT.CODE))
                                .orderBy(CATALOGUE_TASK_PROVIDER.PROVIDER_CODE))
                                .convertFrom(r -> r.map(Record1::value1)),
                        multiset(select(CATALOGUE_TASK_TAKER.TAKER_CODE).from(CATALOGUE_TASK_TAKER)
                                .where(CATALOGUE_TASK_TAKER.TASK_CODE.eq(CATALOGUE_TASK_AT.CODE))
                                .orderBy(CATALOGUE_TASK_TAKER.TAKER_CODE))
                                .convertFrom(r -> r.map(Record1::value1)))
                .from(CATALOGUE_TASK_AT)
                .where(CATALOGUE_TASK_AT.CATALOGUE_VERSION.eq(version), matching(filter))
                .orderBy(CATALOGUE_TASK_AT.SORT_ORDER)
                .fetch(r -> new CatalogueTask(r.value1(), r.value2(), r.value3(), r.value4(),
                        new LocalizedText(r.value5(), r.value6()), r.value7(), r.value8(), r.value9()));
    }

    /** The published versions, oldest first. */
    public List<CatalogueVersion> publishedVersions() {
        return dsl.selectFrom(CATALOGUE_VERSION).where(CATALOGUE_VERSION.STATE.eq(CatalogueVersion.PUBLISHED))
                .orderBy(CATALOGUE_VERSION.NUMBER)
                .fetch(r -> new CatalogueVersion(r.getNumber(), new LocalizedText(r.getNoteNl(), r.getNoteEn()),
                        r.getPublishedAt(), r.getPublishedBy()));
    }

    private static Condition matching(TaskFilter filter) {
        Condition condition = noCondition();
        if (isGiven(filter.clusterCode())) {
            condition = condition.and(CATALOGUE_TASK_AT.CLUSTER_CODE.eq(filter.clusterCode()));
        }
        if (isGiven(filter.levelCode())) {
            condition = condition.and(CATALOGUE_TASK_AT.LEVEL_CODE.eq(filter.levelCode()));
        }
        if (isGiven(filter.text())) {
            String text = filter.text().strip();
            condition = condition.and(CATALOGUE_TASK_AT.NAME_NL.containsIgnoreCase(text)
                    .or(CATALOGUE_TASK_AT.NAME_EN.containsIgnoreCase(text))
                    .or(CATALOGUE_TASK_AT.CODE.equalIgnoreCase(text)));
        }
        return condition;
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }
}
