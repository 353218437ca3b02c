package be.taakwijzer.admin.offboarding;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.taakwijzer.admin.provisioning.ProvisioningFailure;

/**
 * What is left of an off-boarded group, with the state of its removal from Keycloak: not done yet while
 * {@code identityRemoved} is false, with the attempts so far and the last error ({@code failure} empty
 * for an error that is not Keycloak's; {@code identityError} says it then).
 */
public record OffboardedGroup(UUID formerTenantId, String name, String instellingsnummer, OffsetDateTime offboardedAt,
                              boolean identityRemoved, int identityAttempts, String identityError,
                              Optional<ProvisioningFailure> failure, List<String> failureArguments) {

    public OffboardedGroup {
        failureArguments = List.copyOf(failureArguments);
    }
}
