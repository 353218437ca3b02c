package be.taakwijzer.audit;

import static be.taakwijzer.db.Tables.AUDIT_EVENT;

import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads the audit trail of the current group, newest first. */
@Repository
public class AuditLogRepository {

    private final DSLContext dsl;

    AuditLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AuditEntry> forSchool(UUID schoolId, int limit) {
        return find(AUDIT_EVENT.SCHOOL_ID.eq(schoolId), limit);
    }

    public List<AuditEntry> forGroup(int limit) {
        return find(DSL.noCondition(), limit);
    }

    private List<AuditEntry> find(Condition condition, int limit) {
        return dsl.selectFrom(AUDIT_EVENT).where(condition)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID)
                .limit(limit)
                .fetch(r -> new AuditEntry(r.getOccurredAt(), r.getActor(), r.getEntity(), r.getEntityId(), r.getSchoolId(),
                        AuditAction.valueOf(r.getAction()), text(r.getBefore()), text(r.getAfter())));
    }

    private static String text(JSONB json) {
        return json == null ? null : json.data();
    }
}
