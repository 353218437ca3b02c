package be.taakwijzer.admin.identitysync;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import be.taakwijzer.admin.security.SystemOperator;

/**
 * Processes the due identity sync requests every {@code taakwijzer.identity-sync.interval}, as the system
 * operator. Off with {@code taakwijzer.identity-sync.enabled=false} (the tests, which process when they choose).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "taakwijzer.identity-sync.enabled", havingValue = "true", matchIfMissing = true)
class IdentitySyncScheduling {

    private final IdentitySyncService sync;

    IdentitySyncScheduling(IdentitySyncService sync) {
        this.sync = sync;
    }

    @Scheduled(initialDelayString = "${taakwijzer.identity-sync.interval:1m}", fixedDelayString = "${taakwijzer.identity-sync.interval:1m}")
    void processDue() {
        SystemOperator.run("identity-sync", sync::processDue);
    }
}
