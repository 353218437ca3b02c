package be.taakwijzer.admin.identitysync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the console processes the identity sync requests (ADR 0013).
 *
 * @param enabled        whether the scheduler runs; the tests switch it off and process when they choose
 * @param interval       the pause between two runs
 * @param batchSize      at most this many requests per run (or per "Nu synchroniseren")
 * @param retryDelay     the wait after a first failure; it doubles with every further failure
 * @param maxRetryDelay  the longest wait between two attempts
 * @param keepProcessed  processed requests older than this are deleted
 */
@ConfigurationProperties("taakwijzer.identity-sync")
public record IdentitySyncSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration interval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("1m") Duration retryDelay,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("30d") Duration keepProcessed) {

    /** The wait after the {@code attempts}-th failure: 1, 2, 4 … times {@link #retryDelay}, at most {@link #maxRetryDelay}. */
    public Duration delayAfter(int attempts) {
        Duration delay = retryDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
