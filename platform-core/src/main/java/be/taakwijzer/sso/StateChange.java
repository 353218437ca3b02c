package be.taakwijzer.sso;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change of a school's LeerID state. */
public record StateChange(UUID id, LeerIdState from, LeerIdState to, OffsetDateTime changedAt, String changedBy, String note) {

    public boolean back() {
        return to.isBefore(from);
    }
}
