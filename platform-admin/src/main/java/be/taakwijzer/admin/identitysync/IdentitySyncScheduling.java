package be.taakwijzer.admin.identitysync;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import be.taakwijzer.admin.offboarding.OffboardedIdentityService;
import be.taakwijzer.admin.security.SystemOperator;

/**
 * Every {@code taakwijzer.identity-sync.interval}, as the system operator: processes the due identity sync
 * requests, and retries removing off-boarded groups from Keycloak. Off with
 * {@code taakwijzer.identity-sync.enabled=false} (the tests, which process when they choose).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "taakwijzer.identity-sync.enabled", havingValue = "true", matchIfMissing = true)
class IdentitySyncScheduling {

    private final IdentitySyncService sync;
    private final OffboardedIdentityService offboarded;

    IdentitySyncScheduling(IdentitySyncService sync, OffboardedIdentityService offboarded) {
        this.sync = sync;
        this.offboarded = offboarded;
    }

    @Scheduled(initialDelayString = "${taakwijzer.identity-sync.interval:1m}", fixedDelayString = "${taakwijzer.identity-sync.interval:1m}")
    void processDue() {
        try {
            SystemOperator.run("identity-sync", sync::processDue);
        } finally {
            SystemOperator.run("identity-sync", offboarded::retryDue);
        }
    }
}
