package be.taakwijzer.dashboard;

import static be.taakwijzer.db.Tables.CATALOGUE_TASK;
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
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record8;
import org.jooq.Select;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.db.tables.OwnAllocationShare;
import be.taakwijzer.db.tables.SchoolTaskCoverage;

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
        OwnAllocationShare own = OWN_ALLOCATION_SHARE;
        SchoolTaskCoverage covered = SCHOOL_TASK_COVERAGE;

        Select<Record8<UUID, Integer, String, String, UUID, String, BigDecimal, BigDecimal>> taskCount =
                dsl.select(NO_SCHOOL, inline(y), metric(Metric.TASK_COUNT), NO_KEY, NO_PERSON, NO_NAME, number(count()), NO_VALUE)
                        .from(CATALOGUE_TASK);
        var previousYear = dsl.select(NO_SCHOOL, SCHOOL_YEAR.START_YEAR, metric(Metric.PREVIOUS_YEAR), NO_KEY, NO_PERSON, NO_NAME, NO_VALUE,
                        NO_VALUE)
                .from(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(y - 1));
        var central =
                dsl.select(covered.SCHOOL_ID, covered.START_YEAR, metric(Metric.CENTRAL), NO_KEY, NO_PERSON, NO_NAME, number(count()), NO_VALUE)
                        .from(covered).where(covered.START_YEAR.in(bothYears))
                        .groupBy(covered.SCHOOL_ID, covered.START_YEAR);
        var allocated = dsl.select(own.SCHOOL_ID, own.START_YEAR, metric(Metric.ALLOCATED), NO_KEY, NO_PERSON, NO_NAME,
                        number(countDistinct(own.TASK_CODE)), NO_VALUE)
                .from(own).where(own.START_YEAR.in(bothYears))
                .groupBy(own.SCHOOL_ID, own.START_YEAR);
        var clusterHours = dsl.select(own.SCHOOL_ID, own.START_YEAR, metric(Metric.CLUSTER_HOURS), own.CLUSTER_CODE, NO_PERSON, NO_NAME,
                        sum(own.HOURS), NO_VALUE)
                .from(own).where(own.START_YEAR.in(bothYears))
                .groupBy(own.SCHOOL_ID, own.START_YEAR, own.CLUSTER_CODE);
        var fundingHours = dsl.select(own.SCHOOL_ID, own.START_YEAR, metric(Metric.FUNDING_HOURS), own.FUNDING_CODE, NO_PERSON, NO_NAME,
                        sum(own.HOURS), NO_VALUE)
                .from(own).where(own.START_YEAR.in(bothYears))
                .groupBy(own.SCHOOL_ID, own.START_YEAR, own.FUNDING_CODE);
        // the warnings, for the year itself
        var openCore = dsl.select(SCHOOL.ID, inline(y), metric(Metric.OPEN_CORE), NO_KEY, NO_PERSON, NO_NAME, number(count()), NO_VALUE)
                .from(SCHOOL).crossJoin(CATALOGUE_TASK)
                .where(CATALOGUE_TASK.LEVEL_CODE.eq(CORE_LEVEL))
                .andNotExists(selectOne().from(covered).where(covered.TENANT_ID.eq(SCHOOL.TENANT_ID), covered.SCHOOL_ID.eq(SCHOOL.ID),
                        covered.START_YEAR.eq(y), covered.TASK_CODE.eq(CATALOGUE_TASK.CODE)))
                .andNotExists(selectOne().from(own).where(own.TENANT_ID.eq(SCHOOL.TENANT_ID), own.SCHOOL_ID.eq(SCHOOL.ID),
                        own.START_YEAR.eq(y), own.TASK_CODE.eq(CATALOGUE_TASK.CODE)))
                .groupBy(SCHOOL.ID);
        var perFunding = dsl.select(own.TENANT_ID, own.SCHOOL_ID, own.PERSON_ID, own.FUNDING_CODE, sum(own.HOURS).as("allocated"))
                .from(own).where(own.START_YEAR.eq(y))
                .groupBy(own.TENANT_ID, own.SCHOOL_ID, own.PERSON_ID, own.FUNDING_CODE).asTable("per_funding");
        Field<BigDecimal> allocatedHours = perFunding.field("allocated", BigDecimal.class);
        Field<BigDecimal> availableHours = coalesce(SCHOOL_PERSON_HOURS.HOURS, BigDecimal.ZERO);
        var overHours = dsl.select(perFunding.field(own.SCHOOL_ID), inline(y), metric(Metric.OVER_HOURS), perFunding.field(own.FUNDING_CODE),
                        perFunding.field(own.PERSON_ID), SCHOOL_PERSON.NAME, allocatedHours, availableHours)
                .from(perFunding)
                .join(SCHOOL_PERSON).on(SCHOOL_PERSON.TENANT_ID.eq(perFunding.field(own.TENANT_ID)), SCHOOL_PERSON.ID.eq(perFunding.field(own.PERSON_ID)))
                .leftJoin(SCHOOL_PERSON_HOURS).on(SCHOOL_PERSON_HOURS.TENANT_ID.eq(perFunding.field(own.TENANT_ID)),
                        SCHOOL_PERSON_HOURS.PERSON_ID.eq(perFunding.field(own.PERSON_ID)),
                        SCHOOL_PERSON_HOURS.FUNDING_CODE.eq(perFunding.field(own.FUNDING_CODE)))
                .where(allocatedHours.gt(availableHours));
        // a firm is hired for its expertise: its competences are not recorded, nor asked
        var missingCompetence = dsl.select(own.SCHOOL_ID, inline(y), metric(Metric.MISSING_COMPETENCE), NO_KEY, NO_PERSON, NO_NAME,
                        number(count()), NO_VALUE)
                .from(own)
                .where(own.START_YEAR.eq(y), own.ROLE_TYPE.ne(PersonRole.EXTERNE_FIRMA.name()))
                .andExists(selectOne().from(COMPETENCE).where(COMPETENCE.CLUSTER_CODE.eq(own.CLUSTER_CODE)))
                .andNotExists(selectOne().from(SCHOOL_PERSON_COMPETENCE)
                        .join(COMPETENCE).on(COMPETENCE.CODE.eq(SCHOOL_PERSON_COMPETENCE.COMPETENCE_CODE))
                        .where(SCHOOL_PERSON_COMPETENCE.TENANT_ID.eq(own.TENANT_ID), SCHOOL_PERSON_COMPETENCE.PERSON_ID.eq(own.PERSON_ID),
                                COMPETENCE.CLUSTER_CODE.eq(own.CLUSTER_CODE)))
                .groupBy(own.SCHOOL_ID);
        var specialisation = dsl.select(own.SCHOOL_ID, inline(y), metric(Metric.SPECIALISATION_TO_NON_TECHNICAL_ROLE), NO_KEY, NO_PERSON,
                        NO_NAME, number(count()), NO_VALUE)
                .from(own)
                .where(own.START_YEAR.eq(y), own.NEEDS_SPECIALISATION.isTrue(), own.ROLE_TYPE.in(nonTechnicalRoles()))
                .groupBy(own.SCHOOL_ID);
        var onePerson = dsl.select(own.SCHOOL_ID, inline(y), metric(Metric.CLUSTER_ON_ONE_PERSON), own.CLUSTER_CODE, NO_PERSON, NO_NAME,
                        number(inline(1)), NO_VALUE)
                .from(own).where(own.START_YEAR.eq(y))
                .groupBy(own.SCHOOL_ID, own.CLUSTER_CODE)
                .having(countDistinct(own.PERSON_ID).eq(1));

        return taskCount.unionAll(previousYear).unionAll(central).unionAll(allocated).unionAll(clusterHours).unionAll(fundingHours).unionAll(openCore).unionAll(overHours)
                .unionAll(missingCompetence).unionAll(specialisation).unionAll(onePerson)
                .fetch(r -> new Figure(r.value1(), r.value2(), Metric.valueOf(r.value3()), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8()));
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
