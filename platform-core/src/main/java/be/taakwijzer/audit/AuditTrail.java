package be.taakwijzer.audit;

import static be.taakwijzer.db.Tables.AUDIT_EVENT;

import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change to tenant data in the same transaction as the change: who, when, what, and
 * the values before and after. A change whose audit cannot be written is not made.
 */
@Repository
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DSLContext dsl;
    private final MeterRegistry meters;

    /** Without a meter registry (an application without Actuator, the core's tests) the count goes to Micrometer's global one. */
    AuditTrail(DSLContext dsl, ObjectProvider<MeterRegistry> meters) {
        this.dsl = dsl;
        this.meters = meters.getIfAvailable(() -> Metrics.globalRegistry);
    }

    /** Records a change that concerns the group as a whole. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID tenantId, String actor, String entity, UUID entityId, AuditAction action,
                       Map<String, ?> before, Map<String, ?> after) {
        recordForSchool(tenantId, null, actor, entity, entityId, action, before, after);
    }

    /** Records a change that concerns one school, so that the school can read it in its history. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordForSchool(UUID tenantId, UUID schoolId, String actor, String entity, UUID entityId, AuditAction action,
                                Map<String, ?> before, Map<String, ?> after) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.TENANT_ID, tenantId)
                .set(AUDIT_EVENT.SCHOOL_ID, schoolId)
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ENTITY, entity)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.ACTION, action.name())
                .set(AUDIT_EVENT.BEFORE, json(before))
                .set(AUDIT_EVENT.AFTER, json(after))
                .execute();
        // changes per day and kind for the operators (Prometheus: increase over a day), counted once the change is committed
        Counter changes = Counter.builder("taakwijzer.changes").description("Changes to school groups' data, as the audit trail records them")
                .tag("entity", entity).tag("action", action.name()).register(meters);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                changes.increment();
            }
        });
    }

    private static JSONB json(Map<String, ?> values) {
        return values == null ? null : JSONB.jsonb(JSON.writeValueAsString(values));
    }
}
