package be.taakwijzer.allocation;

import static be.taakwijzer.db.Tables.ALLOCATION;
import static be.taakwijzer.db.Tables.ALLOCATION_SHARE;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The tasks each school of the group has given to someone in a year, in one query. */
@Repository
public class GroupOverviewRepository {

    private final DSLContext dsl;

    GroupOverviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<UUID, List<String>> allocatedTasks(SchoolYear year) {
        return dsl.selectDistinct(ALLOCATION.SCHOOL_ID, ALLOCATION.TASK_CODE)
                .from(ALLOCATION).join(ALLOCATION_SHARE)
                .on(ALLOCATION_SHARE.TENANT_ID.eq(ALLOCATION.TENANT_ID), ALLOCATION_SHARE.ALLOCATION_ID.eq(ALLOCATION.ID))
                .where(ALLOCATION.START_YEAR.eq(year.startYear()))
                .fetchGroups(ALLOCATION.SCHOOL_ID, ALLOCATION.TASK_CODE);
    }
}
