package be.taakwijzer.admin.offboarding;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import be.taakwijzer.admin.identitysync.IdentitySyncSettings;
import be.taakwijzer.admin.provisioning.IdentityProvisioning;
import be.taakwijzer.admin.provisioning.IdentityProvisioningException;
import be.taakwijzer.admin.provisioning.RemovedGroup;
import be.taakwijzer.admin.security.OperatorRoles;
import be.taakwijzer.shared.InvalidInputException;

/**
 * Removes an off-boarded group from Keycloak once its data is deleted (ADR 0011): its organization, the
 * accounts of its members and its identity providers. Keycloak is another system: when it refuses or cannot
 * be reached, the off-boarding stands, the record keeps the error and the attempts, the scheduler tries again
 * (1, 2, 4 … minutes, at most hourly) and the operator can retry. Operators only.
 */
@Service
@PreAuthorize(OperatorRoles.OPERATOR)
public class OffboardedIdentityService {

    private static final Logger LOG = LoggerFactory.getLogger(OffboardedIdentityService.class);

    private final OffboardingRepository repository;
    private final IdentityProvisioning provisioning;
    private final IdentitySyncSettings retries;
    private final TransactionTemplate transactions;

    OffboardedIdentityService(OffboardingRepository repository, IdentityProvisioning provisioning, IdentitySyncSettings retries,
                              PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.provisioning = provisioning;
        this.retries = retries;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What the attempt left: what was removed, or why not. */
    private record Attempt(RemovedGroup removed, RuntimeException failure) {
    }

    /**
     * Removes the off-boarded group from Keycloak now; its record notes the result. A failure is recorded and
     * then thrown ({@link IdentityProvisioningException} when Keycloak refused or could not be reached).
     * Nothing left to do (done before, or no instellingsnummer to find an organization by) answers
     * {@link RemovedGroup#NOTHING_FOUND}.
     */
    public RemovedGroup removeFromKeycloak(UUID formerTenantId) {
        Attempt attempt = transactions.execute(status -> {
            OffboardedGroup group = repository.lockOffboarded(formerTenantId)
                    .orElseThrow(() -> new InvalidInputException("offboarding.error.unknown"));
            if (group.identityRemoved()) {
                return new Attempt(RemovedGroup.NOTHING_FOUND, null);
            }
            try {
                RemovedGroup removed = group.instellingsnummer() == null ? RemovedGroup.NOTHING_FOUND
                        : provisioning.removeGroup(group.instellingsnummer());
                repository.markIdentityRemoved(formerTenantId);
                return new Attempt(removed, null);
            } catch (DataAccessException database) {
                throw database;
            } catch (IdentityProvisioningException refused) {
                LOG.warn("Off-boarded group {} ({}) not removed from Keycloak: {}", group.name(), formerTenantId, refused.toString());
                repository.markIdentityFailed(formerTenantId, retries.delayAfter(group.identityAttempts() + 1), refused.getMessage(),
                        refused.failure(), Arrays.stream(refused.arguments()).map(String::valueOf).toList());
                return new Attempt(null, refused);
            } catch (RuntimeException unexpected) {
                LOG.error("Off-boarded group {} ({}) not removed from Keycloak", group.name(), formerTenantId, unexpected);
                repository.markIdentityFailed(formerTenantId, retries.delayAfter(group.identityAttempts() + 1), unexpected.toString(),
                        null, List.of());
                return new Attempt(null, unexpected);
            }
        });
        if (attempt.failure() != null) {
            throw attempt.failure();
        }
        return attempt.removed();
    }

    /** Off-boarded groups that Keycloak still holds (a removal failed, or never ran), oldest first. */
    @Transactional(readOnly = true)
    public List<OffboardedGroup> pending() {
        return repository.identityPending();
    }

    /** The scheduler's retries: every off-boarded group whose next attempt is due; how many are done now. */
    public int retryDue() {
        List<UUID> due = transactions.execute(status -> repository.identityDue());
        int done = 0;
        for (UUID formerTenantId : due == null ? List.<UUID>of() : due) {
            try {
                removeFromKeycloak(formerTenantId);
                done++;
            } catch (RuntimeException loggedAndRecorded) {
                // its record holds the error; the next attempt comes later, the other groups go on now
            }
        }
        return done;
    }
}
