package be.taakwijzer.privacy;

import java.util.Set;
import java.util.UUID;

/** A processing activity as the DPO enters it; {@code transfers} empty means no transfer outside the EEA. */
public record ProcessingActivityInput(String name, String purpose, LegalBasis legalBasis, String dataSubjects,
                                      String personalData, String recipients, String transfers, String transferSafeguards,
                                      String retention, String securityMeasures, boolean allSchools, Set<UUID> schoolIds) {

    public ProcessingActivityInput {
        schoolIds = schoolIds == null ? Set.of() : Set.copyOf(schoolIds);
    }
}
