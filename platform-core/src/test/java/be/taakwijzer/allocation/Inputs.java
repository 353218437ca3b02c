package be.taakwijzer.allocation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Short ways to write what a user enters, for the service tests. */
final class Inputs {

    private Inputs() {
    }

    /** A person with hours of one funding source ("ICT_UREN", "10") and competences. */
    static PersonInput person(String name, PersonRole role, String funding, String hours, String... competences) {
        Map<String, BigDecimal> available = new LinkedHashMap<>();
        available.put(funding, new BigDecimal(hours));
        return new PersonInput(name, null, role, available, Set.of(competences));
    }

    static AllocationShare share(UUID personId, String hours, String funding) {
        return new AllocationShare(personId, new BigDecimal(hours), funding);
    }

    static AllocationInput allocation(String taskCode, AllocationShare... shares) {
        return new AllocationInput(taskCode, "", Arrays.asList(shares));
    }

    static CentralTaskInput forAllSchools(String taskCode, CentralTaskStatus status) {
        return new CentralTaskInput(taskCode, "SCHOLENGROEP", null, new BigDecimal("20"), "ICT_UREN", status, "", true, Set.of());
    }

    static CentralTaskInput forSchools(String taskCode, CentralTaskStatus status, UUID... schoolIds) {
        return new CentralTaskInput(taskCode, "SCHOLENGROEP", null, new BigDecimal("20"), "ICT_UREN", status, "", false,
                Set.of(schoolIds));
    }

    static CentralTaskInput asInput(CentralTask task) {
        return new CentralTaskInput(task.taskCode(), task.providerCode(), task.responsibleStaffId(), task.hours(), task.fundingCode(),
                task.status(), task.note(), task.allSchools(), task.schoolIds());
    }

    static CentralTaskInput withStatus(CentralTask task, CentralTaskStatus status) {
        return new CentralTaskInput(task.taskCode(), task.providerCode(), task.responsibleStaffId(), task.hours(), task.fundingCode(),
                status, task.note(), task.allSchools(), task.schoolIds());
    }

    static CentralTaskInput withSchools(CentralTask task, UUID... schoolIds) {
        return new CentralTaskInput(task.taskCode(), task.providerCode(), task.responsibleStaffId(), task.hours(), task.fundingCode(),
                task.status(), task.note(), false, Set.of(schoolIds));
    }
}
