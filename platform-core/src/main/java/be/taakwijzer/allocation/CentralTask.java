package be.taakwijzer.allocation;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * A catalogue task the group handles once for all its member schools, or for the chosen ones, in a
 * school year: who provides it, who at the group is responsible, hours and funding, status and note.
 */
public record CentralTask(UUID id, SchoolYear year, String taskCode, String providerCode, UUID responsibleStaffId,
                          BigDecimal hours, String fundingCode, CentralTaskStatus status, String note,
                          boolean allSchools, Set<UUID> schoolIds, int version) {

    public CentralTask {
        schoolIds = Set.copyOf(schoolIds);
    }

    /** Whether this task takes the work off the given school this year. */
    public boolean covers(UUID schoolId) {
        return status.covers() && (allSchools || schoolIds.contains(schoolId));
    }
}
