package be.taakwijzer.admin.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change to a school group's data: in which group, by whom, when, what, and the values before and after. */
public record PlatformAuditEntry(OffsetDateTime occurredAt, UUID tenantId, String groupName, String actor, String entity,
                                 UUID entityId, String action, String before, String after) {
}
