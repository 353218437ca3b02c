package be.taakwijzer.privacy;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A data breach as it is registered or changed. {@code peopleAffected} null means not known (yet);
 * {@code reportRequired} false when the breach is unlikely to harm anyone (art. 33(1)): the reason goes in the measures.
 */
public record DataBreachInput(OffsetDateTime discoveredAt, String nature, String dataAffected, Integer peopleAffected,
                              Set<UUID> schoolIds, String measures, boolean reportRequired, OffsetDateTime reportedAt) {

    public DataBreachInput {
        schoolIds = schoolIds == null ? Set.of() : Set.copyOf(schoolIds);
    }
}
