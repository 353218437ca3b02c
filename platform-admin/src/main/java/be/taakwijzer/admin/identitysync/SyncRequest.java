package be.taakwijzer.admin.identitysync;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.taakwijzer.admin.provisioning.ProvisioningFailure;
import be.taakwijzer.identitysync.IdentitySyncKind;

/**
 * One identity sync request as the console reads it: what it brings in step, since when, how often it failed
 * and why the last time ({@code failure} empty for a failure that is not Keycloak's, e.g. a bug: then
 * {@code lastError} says it).
 */
public record SyncRequest(UUID tenantId, UUID id, IdentitySyncKind kind, String subject, OffsetDateTime createdAt,
                          int attempts, OffsetDateTime nextAttemptAt, String lastError, Optional<ProvisioningFailure> failure,
                          List<String> failureArguments) {

    public SyncRequest {
        failureArguments = List.copyOf(failureArguments);
    }

    /** Tried at least once without success. */
    public boolean failed() {
        return attempts > 0;
    }
}
