package be.taakwijzer.privacy;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** An entry of the data-breach register (GDPR art. 33). */
public record DataBreach(UUID id, OffsetDateTime discoveredAt, String nature, String dataAffected, Integer peopleAffected,
                         Set<UUID> schoolIds, String measures, boolean reportRequired, OffsetDateTime reportedAt,
                         String registeredBy, int version) {

    public DataBreach {
        schoolIds = Set.copyOf(schoolIds);
    }

    public boolean reported() {
        return reportedAt != null;
    }
}
