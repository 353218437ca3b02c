package be.taakwijzer.allocation;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/** What group ICT staff enter for a central task. */
public record CentralTaskInput(String taskCode, String providerCode, UUID responsibleStaffId, BigDecimal hours,
                               String fundingCode, CentralTaskStatus status, String note, boolean allSchools,
                               Set<UUID> schoolIds) {

    public CentralTaskInput {
        schoolIds = schoolIds == null ? Set.of() : Set.copyOf(schoolIds);
    }
}
