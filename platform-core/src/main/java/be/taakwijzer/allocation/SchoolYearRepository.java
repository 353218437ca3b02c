package be.taakwijzer.allocation;

import static be.taakwijzer.db.Tables.SCHOOL_YEAR;

import java.util.List;
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

    /** Records the year if it is not there yet; true when it was new. */
    public boolean ensure(UUID tenantId, SchoolYear year) {
        return dsl.insertInto(SCHOOL_YEAR).set(SCHOOL_YEAR.TENANT_ID, tenantId).set(SCHOOL_YEAR.START_YEAR, year.startYear())
                .onConflictDoNothing().execute() == 1;
    }
}
