package be.taakwijzer.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One recorded change as people read it: who, when, what, and the values before and after (as JSON). */
public record AuditEntry(OffsetDateTime occurredAt, String actor, String entity, UUID entityId, UUID schoolId,
                         AuditAction action, String before, String after) {
}
