package be.taakwijzer.admin.audit;

import static be.taakwijzer.db.Tables.AUDIT_EVENT;
import static be.taakwijzer.db.Tables.SCHOOL_GROUP;
import static org.jooq.impl.DSL.noCondition;

import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import be.taakwijzer.shared.FlemishTime;

/** The audit trails of all school groups, read as the operator role (ADR 0010), newest first. */
@Repository
public class PlatformAuditRepository {

    private final DSLContext dsl;

    PlatformAuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<PlatformAuditEntry> search(PlatformAuditQuery query, int limit) {
        Condition where = noCondition();
        if (query.tenantId().isPresent()) {
            where = where.and(AUDIT_EVENT.TENANT_ID.eq(query.tenantId().get()));
        }
        if (!query.actor().isEmpty()) {
            where = where.and(AUDIT_EVENT.ACTOR.containsIgnoreCase(query.actor()));
        }
        if (!query.entity().isEmpty()) {
            where = where.and(AUDIT_EVENT.ENTITY.containsIgnoreCase(query.entity()));
        }
        if (query.from().isPresent()) {
            where = where.and(AUDIT_EVENT.OCCURRED_AT.ge(query.from().get().atStartOfDay(FlemishTime.ZONE).toOffsetDateTime()));
        }
        if (query.to().isPresent()) {
            where = where.and(AUDIT_EVENT.OCCURRED_AT.lt(query.to().get().plusDays(1).atStartOfDay(FlemishTime.ZONE).toOffsetDateTime()));
        }
        return dsl.select(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.TENANT_ID, SCHOOL_GROUP.NAME, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ENTITY,
                        AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.ACTION, AUDIT_EVENT.BEFORE, AUDIT_EVENT.AFTER)
                .from(AUDIT_EVENT).join(SCHOOL_GROUP).on(SCHOOL_GROUP.TENANT_ID.eq(AUDIT_EVENT.TENANT_ID))
                .where(where)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID)
                .limit(limit)
                .fetch(r -> new PlatformAuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8() == null ? "" : r.value8().data(), r.value9() == null ? "" : r.value9().data()));
    }
}
