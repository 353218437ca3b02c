package be.taakwijzer.admin.identitysync;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import be.taakwijzer.admin.provisioning.FirstAccount;
import be.taakwijzer.admin.provisioning.IdentityProvisioning;
import be.taakwijzer.admin.provisioning.IdentityProvisioningException;
import be.taakwijzer.admin.provisioning.ProvisionedGroup;
import be.taakwijzer.admin.provisioning.ProvisioningFailure;
import be.taakwijzer.admin.provisioning.ProvisioningOutcome;
import be.taakwijzer.admin.security.OperatorRoles;
import be.taakwijzer.identitysync.IdentitySyncKind;
import be.taakwijzer.identitysync.IdentitySyncRequests;

/**
 * Processes the identity sync requests (ADR 0013): each brings one subject of one group to the database's
 * state in Keycloak — a person is a member of the group's organization exactly while the group registers
 * them, a domain is on it exactly while the group or one of its schools has it, the organization carries the
 * group's name. Each request is processed in a transaction of its own that holds it (and the other open
 * requests for the same subject) locked, so two consoles never process it twice at once; a failure counts
 * the attempt, keeps the error and waits longer before the next try. Operators only; the scheduler runs
 * as the system operator.
 */
@Service
@PreAuthorize(OperatorRoles.OPERATOR)
public class IdentitySyncService {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySyncService.class);

    private final IdentitySyncRepository repository;
    private final IdentitySyncRequests requests;
    private final IdentityProvisioning provisioning;
    private final IdentitySyncSettings settings;
    private final TransactionTemplate transactions;

    IdentitySyncService(IdentitySyncRepository repository, IdentitySyncRequests requests, IdentityProvisioning provisioning,
                        IdentitySyncSettings settings, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.requests = requests;
        this.provisioning = provisioning;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The requests that are due, of every group, at most a batch; and processed requests past their keeping time are deleted. */
    public SyncRun processDue() {
        SyncRun run = processUpTo(null, settings.batchSize());
        Integer deleted = transactions.execute(status -> repository.deleteProcessedBefore(settings.keepProcessed()));
        if (run.processed() + run.failed() > 0 || deleted != null && deleted > 0) {
            LOG.info("Identity sync: {} processed, {} failed, {} old requests deleted", run.processed(), run.failed(), deleted);
        }
        return run;
    }

    /** The operator's "Nu synchroniseren": every open request of the group, at once, failed ones too. */
    public SyncRun syncNow(UUID tenantId) {
        transactions.executeWithoutResult(status -> repository.makeDue(tenantId));
        return processUpTo(tenantId, settings.batchSize());
    }

    @Transactional(readOnly = true)
    public List<SyncRequest> open(UUID tenantId) {
        return repository.open(tenantId);
    }

    /** Per group with open requests: how many, and how many failed. Groups without any are absent. */
    @Transactional(readOnly = true)
    public Map<UUID, GroupSyncSummary> openPerGroup() {
        return repository.openPerGroup();
    }

    private SyncRun processUpTo(UUID tenantId, int limit) {
        SyncRun run = SyncRun.NOTHING;
        for (int i = 0; i < limit; i++) {
            Optional<SyncRun> one = transactions.execute(status -> repository.lockNextDue(tenantId).map(this::process));
            if (one == null || one.isEmpty()) {
                break;
            }
            run = run.plus(one.get());
        }
        return run;
    }

    private SyncRun process(SyncRequest request) {
        List<UUID> sameSubject = repository.lockOpenForSameSubject(request);
        try {
            reconcile(request);
            repository.markProcessed(request.tenantId(), sameSubject);
            return new SyncRun(1, 0);
        } catch (DataAccessException database) {
            // the transaction is lost: the request stays open as it was and comes back at the next run
            throw database;
        } catch (IdentityProvisioningException refused) {
            LOG.warn("Identity sync {} {} of group {} failed: {}", request.kind(), request.subject(), request.tenantId(), refused.toString());
            repository.markFailed(request.tenantId(), sameSubject, settings.delayAfter(request.attempts() + 1), refused.getMessage(),
                    refused.failure(), Arrays.stream(refused.arguments()).map(String::valueOf).toList());
            return new SyncRun(0, 1);
        } catch (RuntimeException unexpected) {
            LOG.error("Identity sync {} {} of group {} failed unexpectedly", request.kind(), request.subject(), request.tenantId(), unexpected);
            repository.markFailed(request.tenantId(), sameSubject, settings.delayAfter(request.attempts() + 1), unexpected.toString(),
                    null, List.of());
            return new SyncRun(0, 1);
        }
    }

    private void reconcile(SyncRequest request) {
        GroupIdentityState group = repository.group(request.tenantId())
                .orElseThrow(() -> new IllegalStateException("No school group " + request.tenantId()));
        if (group.instellingsnummer() == null) {
            throw new IdentityProvisioningException(ProvisioningFailure.GROUP_WITHOUT_INSTELLINGSNUMMER,
                    "School group " + request.tenantId() + " has no instellingsnummer", group.name());
        }
        ProvisionedGroup organization = provisioning.ensureOrganization(group.instellingsnummer(), group.name());
        if (organization.outcome() == ProvisioningOutcome.CREATED && request.kind() != IdentitySyncKind.ORGANIZATION) {
            // a new organization has none of the group's domains yet: a request of its own adds them
            requests.organization(request.tenantId());
        }
        String organizationId = organization.organizationId();
        switch (request.kind()) {
            case ORGANIZATION -> provisioning.addDomains(organizationId, group.domains());
            case DOMAIN -> {
                if (group.domains().contains(request.subject())) {
                    provisioning.addDomain(organizationId, request.subject());
                } else {
                    provisioning.removeDomain(organizationId, request.subject());
                }
            }
            case MEMBER -> repository.staffName(request.tenantId(), request.subject()).ifPresentOrElse(
                    name -> provisioning.ensureStaffAccount(organizationId, FirstAccount.fromDisplayName(request.subject(), name)),
                    () -> provisioning.removeMember(organizationId, request.subject()));
        }
    }
}
