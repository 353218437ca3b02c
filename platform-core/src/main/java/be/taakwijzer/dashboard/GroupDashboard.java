package be.taakwijzer.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.WarningKind;
import be.taakwijzer.tenancy.School;

/**
 * How a group's schools spread their own hours in a school year: per school the allocated hours per
 * cluster and per funding source (tasks the group covers centrally are not the school's hours), and
 * the warnings of its plan by kind.
 */
public record GroupDashboard(SchoolYear year, List<School> schools, Map<UUID, Map<String, BigDecimal>> hoursByCluster,
                             Map<UUID, Map<String, BigDecimal>> hoursByFunding, Map<UUID, Map<WarningKind, Long>> warnings) {

    public GroupDashboard {
        schools = List.copyOf(schools);
        hoursByCluster = Map.copyOf(hoursByCluster);
        hoursByFunding = Map.copyOf(hoursByFunding);
        warnings = Map.copyOf(warnings);
    }

    /** How many warnings of a kind a school's plan raises (e.g. people over their hours, clusters on one person). */
    public long warnings(UUID schoolId, WarningKind kind) {
        return warnings.getOrDefault(schoolId, Map.of()).getOrDefault(kind, 0L);
    }

    public BigDecimal clusterHours(UUID schoolId, String clusterCode) {
        return hoursByCluster.getOrDefault(schoolId, Map.of()).getOrDefault(clusterCode, BigDecimal.ZERO);
    }

    public BigDecimal fundingHours(UUID schoolId, String fundingCode) {
        return hoursByFunding.getOrDefault(schoolId, Map.of()).getOrDefault(fundingCode, BigDecimal.ZERO);
    }

    public BigDecimal totalHours(UUID schoolId) {
        return hoursByFunding.getOrDefault(schoolId, Map.of()).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
