package be.taakwijzer.dashboard;

import static be.taakwijzer.db.Tables.ALLOCATION;
import static be.taakwijzer.db.Tables.ALLOCATION_SHARE;
import static be.taakwijzer.db.Tables.CATALOGUE_TASK;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import be.taakwijzer.allocation.SchoolYear;

/** The group's allocated hours per school, task and funding source in a year, in one query. */
@Repository
public class GroupDashboardRepository {

    /** Hours of one school on one task from one funding source. */
    public record TaskHours(UUID schoolId, String taskCode, String clusterCode, String fundingCode, BigDecimal hours) {
    }

    private final DSLContext dsl;

    GroupDashboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<TaskHours> taskHours(SchoolYear year) {
        return dsl.select(ALLOCATION.SCHOOL_ID, ALLOCATION.TASK_CODE, CATALOGUE_TASK.CLUSTER_CODE, ALLOCATION_SHARE.FUNDING_CODE,
                        sum(ALLOCATION_SHARE.HOURS))
                .from(ALLOCATION)
                .join(ALLOCATION_SHARE).on(ALLOCATION_SHARE.TENANT_ID.eq(ALLOCATION.TENANT_ID), ALLOCATION_SHARE.ALLOCATION_ID.eq(ALLOCATION.ID))
                .join(CATALOGUE_TASK).on(CATALOGUE_TASK.CODE.eq(ALLOCATION.TASK_CODE))
                .where(ALLOCATION.START_YEAR.eq(year.startYear()))
                .groupBy(ALLOCATION.SCHOOL_ID, ALLOCATION.TASK_CODE, CATALOGUE_TASK.CLUSTER_CODE, ALLOCATION_SHARE.FUNDING_CODE)
                .fetch(r -> new TaskHours(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
