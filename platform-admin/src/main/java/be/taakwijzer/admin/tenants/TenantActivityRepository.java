package be.taakwijzer.admin.tenants;

import static be.taakwijzer.db.Tables.AUDIT_EVENT;
import static be.taakwijzer.db.Routines.latestCatalogueVersion;
import static be.taakwijzer.db.Tables.CATALOGUE_TASK_AT;
import static be.taakwijzer.db.Tables.OWN_ALLOCATION_SHARE;
import static be.taakwijzer.db.Tables.SCHOOL;
import static be.taakwijzer.db.Tables.SCHOOL_GROUP;
import static be.taakwijzer.db.Tables.SCHOOL_TASK_COVERAGE;
import static be.taakwijzer.db.Tables.SCHOOL_YEAR;
import static be.taakwijzer.db.Tables.UMBRELLA_ORGANISATION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import be.taakwijzer.allocation.SchoolYear;

/** Per school group its size, last change and coverage, read across all groups as the operator role (ADR 0010). */
@Repository
public class TenantActivityRepository {

    private final DSLContext dsl;

    TenantActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<GroupName> names() {
        return dsl.select(SCHOOL_GROUP.TENANT_ID, SCHOOL_GROUP.NAME).from(SCHOOL_GROUP).orderBy(SCHOOL_GROUP.NAME)
                .fetch(r -> new GroupName(r.value1(), r.value2()));
    }

    public List<TenantActivity> all(SchoolYear year) {
        var schools = field(select(count()).from(SCHOOL).where(SCHOOL.TENANT_ID.eq(SCHOOL_GROUP.TENANT_ID)));
        var lastActivity = field(select(max(AUDIT_EVENT.OCCURRED_AT)).from(AUDIT_EVENT).where(AUDIT_EVENT.TENANT_ID.eq(SCHOOL_GROUP.TENANT_ID)));
        var central = field(select(count()).from(SCHOOL_TASK_COVERAGE)
                .where(SCHOOL_TASK_COVERAGE.TENANT_ID.eq(SCHOOL_GROUP.TENANT_ID), SCHOOL_TASK_COVERAGE.START_YEAR.eq(year.startYear())));
        var allocated = field(select(countDistinct(OWN_ALLOCATION_SHARE.SCHOOL_ID, OWN_ALLOCATION_SHARE.TASK_CODE)).from(OWN_ALLOCATION_SHARE)
                .where(OWN_ALLOCATION_SHARE.TENANT_ID.eq(SCHOOL_GROUP.TENANT_ID), OWN_ALLOCATION_SHARE.START_YEAR.eq(year.startYear())));
        // the tasks of the group's catalogue version for that year (the newest when the year is not recorded)
        var version = coalesce(field(select(SCHOOL_YEAR.CATALOGUE_VERSION).from(SCHOOL_YEAR)
                .where(SCHOOL_YEAR.TENANT_ID.eq(SCHOOL_GROUP.TENANT_ID), SCHOOL_YEAR.START_YEAR.eq(year.startYear()))), latestCatalogueVersion());
        var tasks = field(select(count()).from(CATALOGUE_TASK_AT).where(CATALOGUE_TASK_AT.CATALOGUE_VERSION.eq(version)));
        return dsl.select(SCHOOL_GROUP.TENANT_ID, SCHOOL_GROUP.NAME, SCHOOL_GROUP.INSTELLINGSNUMMER, UMBRELLA_ORGANISATION.NAME, schools,
                        lastActivity, central, allocated, tasks)
                .from(SCHOOL_GROUP).leftJoin(UMBRELLA_ORGANISATION).on(UMBRELLA_ORGANISATION.ID.eq(SCHOOL_GROUP.UMBRELLA_ID))
                .orderBy(SCHOOL_GROUP.NAME)
                .fetch(r -> new TenantActivity(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), Optional.ofNullable(r.value6()),
                        r.value7() + r.value8(), r.value5() * r.value9()));
    }
}
