package be.taakwijzer.allocation;

import static be.taakwijzer.db.Tables.ALLOCATION;
import static be.taakwijzer.db.Tables.CENTRAL_TASK;
import static be.taakwijzer.db.Tables.SCHOOL_YEAR;
import static org.jooq.impl.DSL.select;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The school years the current group has set up. */
@Repository
public class SchoolYearRepository {

    private final DSLContext dsl;

    SchoolYearRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<SchoolYear> findAll() {
        return dsl.select(SCHOOL_YEAR.START_YEAR).from(SCHOOL_YEAR).orderBy(SCHOOL_YEAR.START_YEAR)
                .fetch(r -> new SchoolYear(r.value1()));
    }

    public boolean exists(SchoolYear year) {
        return dsl.fetchExists(SCHOOL_YEAR, SCHOOL_YEAR.START_YEAR.eq(year.startYear()));
    }

    /** The catalogue version the year uses; empty when the group has not recorded the year. */
    public Optional<Integer> catalogueVersion(SchoolYear year) {
        return dsl.select(SCHOOL_YEAR.CATALOGUE_VERSION).from(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(year.startYear()))
                .fetchOptional(SCHOOL_YEAR.CATALOGUE_VERSION);
    }

    /** The tasks the year's allocations and central tasks are about. */
    public Set<String> tasksInUse(SchoolYear year) {
        return new TreeSet<>(dsl.select(ALLOCATION.TASK_CODE).from(ALLOCATION).where(ALLOCATION.START_YEAR.eq(year.startYear()))
                .union(select(CENTRAL_TASK.TASK_CODE).from(CENTRAL_TASK).where(CENTRAL_TASK.START_YEAR.eq(year.startYear())))
                .fetch(0, String.class));
    }

    /** Moves the year to a later version; false when the year is not at {@code expected} any more. */
    public boolean adoptCatalogue(SchoolYear year, int expected, int version) {
        return dsl.update(SCHOOL_YEAR).set(SCHOOL_YEAR.CATALOGUE_VERSION, version)
                .where(SCHOOL_YEAR.START_YEAR.eq(year.startYear()), SCHOOL_YEAR.CATALOGUE_VERSION.eq(expected))
                .execute() == 1;
    }

    /** Records the year if it is not there yet; true when it was new. */
    public boolean ensure(UUID tenantId, SchoolYear year) {
        return dsl.insertInto(SCHOOL_YEAR).set(SCHOOL_YEAR.TENANT_ID, tenantId).set(SCHOOL_YEAR.START_YEAR, year.startYear())
                .onConflictDoNothing().execute() == 1;
    }
}
