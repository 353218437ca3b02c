package be.taakwijzer.dashboard;

import static be.taakwijzer.db.Routines.latestCatalogueVersion;
import static be.taakwijzer.db.Tables.CATALOGUE_TASK_AT;
import static be.taakwijzer.db.Tables.COMPETENCE;
import static be.taakwijzer.db.Tables.OWN_ALLOCATION_SHARE;
import static be.taakwijzer.db.Tables.SCHOOL;
import static be.taakwijzer.db.Tables.SCHOOL_PERSON;
import static be.taakwijzer.db.Tables.SCHOOL_PERSON_COMPETENCE;
import static be.taakwijzer.db.Tables.SCHOOL_PERSON_HOURS;
import static be.taakwijzer.db.Tables.SCHOOL_TASK_COVERAGE;
import static be.taakwijzer.db.Tables.SCHOOL_YEAR;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectFrom;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolYear;

/**
 * Every figure of the group dashboard in one statement, one row per figure: what a school covers and
 * carries itself in a year and the year before, and the warnings of its plan counted set-based (the
 * same rules as {@code allocation.PlanWarnings}, which a test holds both to). Row-level security keeps
 * it to the own group.
 */
@Repository
public class GroupDashboardRepository {

    /** What a figure counts; {@code key} is a cluster or funding code where the metric has one. */
    public enum Metric {
        TASK_COUNT, PREVIOUS_YEAR, CENTRAL, ALLOCATED, CLUSTER_HOURS, FUNDING_HOURS, OPEN_CORE, OVER_HOURS, MISSING_COMPETENCE, SPECIALISATION_TO_NON_TECHNICAL_ROLE,
        CLUSTER_ON_ONE_PERSON
    }

    /** One figure; without a school for the catalogue's size and whether the group had the year before; a person's name, hours and available hours only for {@link Metric#OVER_HOURS}. */
    public record Figure(UUID schoolId, int startYear, Metric metric, String key, UUID personId, String personName, BigDecimal value,
                         BigDecimal available) {
    }

    private static final String CORE_LEVEL = "KERNTAAK";
    private static final Field<UUID> NO_SCHOOL = castNull(SQLDataType.UUID);
    private static final Field<String> NO_KEY = castNull(SQLDataType.CLOB);
    private static final Field<UUID> NO_PERSON = castNull(SQLDataType.UUID);
    private static final Field<String> NO_NAME = castNull(SQLDataType.CLOB);
    private static final Field<BigDecimal> NO_VALUE = castNull(SQLDataType.NUMERIC);

    private final DSLContext dsl;

    GroupDashboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Figure> figures(SchoolYear year) {
        int y = year.startYear();
        List<Integer> bothYears = List.of(y, y - 1);
        // each view once, for the two years, then every figure from these two sets (not a view per row)
        CommonTableExpression<?> covered = name("covered").asMaterialized(
                selectFrom(SCHOOL_TASK_COVERAGE).where(SCHOOL_TASK_COVERAGE.START_YEAR.in(bothYears)));
        CommonTableExpression<?> ownShares = name("own").asMaterialized(
                selectFrom(OWN_ALLOCATION_SHARE).where(OWN_ALLOCATION_SHARE.START_YEAR.in(bothYears)));
        Own own = new Own(ownShares);
        Field<UUID> coveredSchool = covered.field(SCHOOL_TASK_COVERAGE.SCHOOL_ID);
        Field<Integer> coveredYear = covered.field(SCHOOL_TASK_COVERAGE.START_YEAR);
        Field<String> coveredTask = covered.field(SCHOOL_TASK_COVERAGE.TASK_CODE);

        // the tasks of the catalogue version the year uses
        Field<Integer> version = coalesce(field(select(SCHOOL_YEAR.CATALOGUE_VERSION).from(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(y))),
                latestCatalogueVersion());
        var taskCount = select(NO_SCHOOL, inline(y), metric(Metric.TASK_COUNT), NO_KEY, NO_PERSON, NO_NAME, number(count()), NO_VALUE)
                .from(CATALOGUE_TASK_AT).where(CATALOGUE_TASK_AT.CATALOGUE_VERSION.eq(version));
        var previousYear = select(NO_SCHOOL, SCHOOL_YEAR.START_YEAR, metric(Metric.PREVIOUS_YEAR), NO_KEY, NO_PERSON, NO_NAME, NO_VALUE, NO_VALUE)
                .from(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(y - 1));
        var central = select(coveredSchool, coveredYear, metric(Metric.CENTRAL), NO_KEY, NO_PERSON, NO_NAME, number(count()), NO_VALUE)
                .from(covered)
                .groupBy(coveredSchool, coveredYear);
        var allocated = select(own.school, own.year, metric(Metric.ALLOCATED), NO_KEY, NO_PERSON, NO_NAME, number(countDistinct(own.task)),
                NO_VALUE)
                .from(ownShares)
                .groupBy(own.school, own.year);
        var clusterHours = select(own.school, own.year, metric(Metric.CLUSTER_HOURS), own.cluster, NO_PERSON, NO_NAME, sum(own.hours), NO_VALUE)
                .from(ownShares)
                .groupBy(own.school, own.year, own.cluster);
        var fundingHours = select(own.school, own.year, metric(Metric.FUNDING_HOURS), own.funding, NO_PERSON, NO_NAME, sum(own.hours), NO_VALUE)
                .from(ownShares)
                .groupBy(own.school, own.year, own.funding);
        // the warnings, for the year itself
        var openCore = select(SCHOOL.ID, inline(y), metric(Metric.OPEN_CORE), NO_KEY, NO_PERSON, NO_NAME, number(count()), NO_VALUE)
                .from(SCHOOL).crossJoin(CATALOGUE_TASK_AT)
                .where(CATALOGUE_TASK_AT.CATALOGUE_VERSION.eq(version), CATALOGUE_TASK_AT.LEVEL_CODE.eq(CORE_LEVEL))
                .andNotExists(selectOne().from(covered).where(coveredSchool.eq(SCHOOL.ID), coveredYear.eq(y),
                        coveredTask.eq(CATALOGUE_TASK_AT.CODE)))
                .andNotExists(selectOne().from(ownShares).where(own.school.eq(SCHOOL.ID), own.year.eq(y), own.task.eq(CATALOGUE_TASK_AT.CODE)))
                .groupBy(SCHOOL.ID);
        var perFunding = select(own.tenant, own.school, own.person, own.funding, sum(own.hours).as("allocated"))
                .from(ownShares).where(own.year.eq(y))
                .groupBy(own.tenant, own.school, own.person, own.funding).asTable("per_funding");
        Field<BigDecimal> allocatedHours = perFunding.field("allocated", BigDecimal.class);
        Field<BigDecimal> availableHours = coalesce(SCHOOL_PERSON_HOURS.HOURS, BigDecimal.ZERO);
        var overHours = select(perFunding.field(own.school), inline(y), metric(Metric.OVER_HOURS), perFunding.field(own.funding),
                        perFunding.field(own.person), SCHOOL_PERSON.NAME, allocatedHours, availableHours)
                .from(perFunding)
                .join(SCHOOL_PERSON).on(SCHOOL_PERSON.TENANT_ID.eq(perFunding.field(own.tenant)), SCHOOL_PERSON.ID.eq(perFunding.field(own.person)))
                .leftJoin(SCHOOL_PERSON_HOURS).on(SCHOOL_PERSON_HOURS.TENANT_ID.eq(perFunding.field(own.tenant)),
                        SCHOOL_PERSON_HOURS.PERSON_ID.eq(perFunding.field(own.person)),
                        SCHOOL_PERSON_HOURS.FUNDING_CODE.eq(perFunding.field(own.funding)))
                .where(allocatedHours.gt(availableHours));
        // a firm is hired for its expertise: its competences are not recorded, nor asked
        var missingCompetence = select(own.school, inline(y), metric(Metric.MISSING_COMPETENCE), NO_KEY, NO_PERSON, NO_NAME, number(count()),
                NO_VALUE)
                .from(ownShares)
                .where(own.year.eq(y), own.role.ne(PersonRole.EXTERNE_FIRMA.name()))
                .andExists(selectOne().from(COMPETENCE).where(COMPETENCE.CLUSTER_CODE.eq(own.cluster)))
                .andNotExists(selectOne().from(SCHOOL_PERSON_COMPETENCE)
                        .join(COMPETENCE).on(COMPETENCE.CODE.eq(SCHOOL_PERSON_COMPETENCE.COMPETENCE_CODE))
                        .where(SCHOOL_PERSON_COMPETENCE.TENANT_ID.eq(own.tenant), SCHOOL_PERSON_COMPETENCE.PERSON_ID.eq(own.person),
                                COMPETENCE.CLUSTER_CODE.eq(own.cluster)))
                .groupBy(own.school);
        var specialisation = select(own.school, inline(y), metric(Metric.SPECIALISATION_TO_NON_TECHNICAL_ROLE), NO_KEY, NO_PERSON, NO_NAME,
                number(count()), NO_VALUE)
                .from(ownShares)
                .where(own.year.eq(y), own.needsSpecialisation.isTrue(), own.role.in(nonTechnicalRoles()))
                .groupBy(own.school);
        var onePerson = select(own.school, inline(y), metric(Metric.CLUSTER_ON_ONE_PERSON), own.cluster, NO_PERSON, NO_NAME,
                number(inline(1)), NO_VALUE)
                .from(ownShares).where(own.year.eq(y))
                .groupBy(own.school, own.cluster)
                .having(countDistinct(own.person).eq(1));

        var figures = taskCount.unionAll(previousYear).unionAll(central).unionAll(allocated).unionAll(clusterHours).unionAll(fundingHours)
                .unionAll(openCore).unionAll(overHours).unionAll(missingCompetence).unionAll(specialisation).unionAll(onePerson)
                .asTable("figure", "school_id", "start_year", "metric", "key", "person_id", "person_name", "value", "available");
        return dsl.with(covered, ownShares).select(figures.fields()).from(figures)
                .fetch(r -> new Figure((UUID) r.get(0), (Integer) r.get(1), Metric.valueOf((String) r.get(2)), (String) r.get(3),
                        (UUID) r.get(4), (String) r.get(5), (BigDecimal) r.get(6), (BigDecimal) r.get(7)));
    }

    /** The columns of the materialised own shares. */
    private static final class Own {
        final Field<UUID> tenant;
        final Field<UUID> school;
        final Field<Integer> year;
        final Field<String> task;
        final Field<String> cluster;
        final Field<Boolean> needsSpecialisation;
        final Field<UUID> person;
        final Field<String> role;
        final Field<String> funding;
        final Field<BigDecimal> hours;

        Own(CommonTableExpression<?> shares) {
            tenant = shares.field(OWN_ALLOCATION_SHARE.TENANT_ID);
            school = shares.field(OWN_ALLOCATION_SHARE.SCHOOL_ID);
            year = shares.field(OWN_ALLOCATION_SHARE.START_YEAR);
            task = shares.field(OWN_ALLOCATION_SHARE.TASK_CODE);
            cluster = shares.field(OWN_ALLOCATION_SHARE.CLUSTER_CODE);
            needsSpecialisation = shares.field(OWN_ALLOCATION_SHARE.NEEDS_SPECIALISATION);
            person = shares.field(OWN_ALLOCATION_SHARE.PERSON_ID);
            role = shares.field(OWN_ALLOCATION_SHARE.ROLE_TYPE);
            funding = shares.field(OWN_ALLOCATION_SHARE.FUNDING_CODE);
            hours = shares.field(OWN_ALLOCATION_SHARE.HOURS);
        }
    }

    private static Field<String> metric(Metric metric) {
        return inline(metric.name());
    }

    private static Field<BigDecimal> number(Field<Integer> count) {
        return count.cast(SQLDataType.NUMERIC);
    }

    /** The roles of whom the guide's specialisation may not be expected; a firm is neither asked (as in the plan's warnings). */
    private static List<String> nonTechnicalRoles() {
        return Arrays.stream(PersonRole.values()).filter(role -> !role.technical()).map(PersonRole::name).toList();
    }
}
