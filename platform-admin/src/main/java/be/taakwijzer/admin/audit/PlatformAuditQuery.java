package be.taakwijzer.admin.audit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** What the operator looks for in the platform-wide audit log; empty parts do not filter. */
public record PlatformAuditQuery(Optional<UUID> tenantId, String actor, String entity, Optional<LocalDate> from, Optional<LocalDate> to) {

    public static final PlatformAuditQuery ALL = new PlatformAuditQuery(Optional.empty(), "", "", Optional.empty(), Optional.empty());

    public PlatformAuditQuery {
        actor = actor == null ? "" : actor.strip();
        entity = entity == null ? "" : entity.strip();
    }
}
