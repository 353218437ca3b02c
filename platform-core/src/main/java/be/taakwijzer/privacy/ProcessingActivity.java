package be.taakwijzer.privacy;

import java.util.Set;
import java.util.UUID;

/** One entry of the register of processing activities (GDPR art. 30), for all or chosen member schools. */
public record ProcessingActivity(UUID id, String name, String purpose, LegalBasis legalBasis, String dataSubjects,
                                 String personalData, String recipients, String transfers, String transferSafeguards,
                                 String retention, String securityMeasures, boolean allSchools, Set<UUID> schoolIds,
                                 int version) {

    public ProcessingActivity {
        schoolIds = Set.copyOf(schoolIds);
    }

    public boolean appliesTo(UUID schoolId) {
        return allSchools || schoolIds.contains(schoolId);
    }

    public boolean transfersOutsideEea() {
        return !transfers.isEmpty();
    }
}
