package be.taakwijzer.purchasing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A framework contract of the group. {@code schoolIds} are the member schools that joined it; a
 * director reads only whether their own school did.
 */
public record Contract(UUID id, String title, UUID supplierId, String supplierName, PurchaseCategory category,
                       Procurement procurement, LocalDate startDate, LocalDate endDate, String note,
                       List<ContractDocument> documents, Set<UUID> schoolIds, int version) {

    public Contract {
        documents = List.copyOf(documents);
        schoolIds = Set.copyOf(schoolIds);
    }

    /** Whether the contract runs on that day (its first and last day included). */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    public boolean endedBefore(LocalDate day) {
        return endDate.isBefore(day);
    }

    /** Days from {@code day} to the last day of the contract (negative once it ended). */
    public long daysLeft(LocalDate day) {
        return ChronoUnit.DAYS.between(day, endDate);
    }

    public boolean joinedBy(UUID schoolId) {
        return schoolIds.contains(schoolId);
    }
}
