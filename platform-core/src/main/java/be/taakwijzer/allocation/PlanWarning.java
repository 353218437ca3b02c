package be.taakwijzer.allocation;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One warning on a school plan, with what it is about: a task, a person, a cluster, a funding
 * source (and then the hours allocated against the hours available). Unused parts are null.
 */
public record PlanWarning(WarningKind kind, String taskCode, UUID personId, String clusterCode, String fundingCode,
                          BigDecimal allocatedHours, BigDecimal availableHours) {

    static PlanWarning forTask(WarningKind kind, String taskCode, UUID personId) {
        return new PlanWarning(kind, taskCode, personId, null, null, null, null);
    }
}
