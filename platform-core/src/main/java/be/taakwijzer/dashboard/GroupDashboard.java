package be.taakwijzer.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.WarningKind;
import be.taakwijzer.tenancy.School;

/**
 * How a group's schools share the work in a school year, beside the year before: per school what the
 * group covers and the school carries itself, the school's own hours per cluster and funding source,
 * the warnings of its plan, and who is over their hours.
 */
public record GroupDashboard(SchoolYear year, int taskCount, List<School> schools, Map<UUID, SchoolFigures> figures,
                             Optional<SchoolYear> previousYear, Map<UUID, SchoolFigures> previousFigures, List<PersonOverHours> overHours) {

    /** One school's figures in one year; tasks neither central nor allocated are open. */
    public record SchoolFigures(int central, int allocated, Map<String, BigDecimal> clusterHours, Map<String, BigDecimal> fundingHours,
                                Map<WarningKind, Long> warnings, Set<String> clustersOnOnePerson) {

        public static final SchoolFigures NONE = new SchoolFigures(0, 0, Map.of(), Map.of(), Map.of(), Set.of());

        public SchoolFigures {
            clusterHours = Map.copyOf(clusterHours);
            fundingHours = Map.copyOf(fundingHours);
            warnings = Map.copyOf(warnings);
            clustersOnOnePerson = Set.copyOf(clustersOnOnePerson);
        }

        public BigDecimal totalHours() {
            return fundingHours.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A person whose allocated hours of one funding source exceed what they have of it. */
    public record PersonOverHours(UUID schoolId, UUID personId, String name, String fundingCode, BigDecimal allocated, BigDecimal available) {

        public BigDecimal excess() {
            return allocated.subtract(available);
        }
    }

    public GroupDashboard {
        schools = List.copyOf(schools);
        figures = Map.copyOf(figures);
        previousFigures = Map.copyOf(previousFigures);
        overHours = List.copyOf(overHours);
    }

    public SchoolFigures of(UUID schoolId) {
        return figures.getOrDefault(schoolId, SchoolFigures.NONE);
    }

    /** The school's figures of the year before, when the group had that year. */
    public Optional<SchoolFigures> previous(UUID schoolId) {
        return previousYear.map(previous -> previousFigures.getOrDefault(schoolId, SchoolFigures.NONE));
    }

    public int open(SchoolFigures school) {
        return taskCount - school.central() - school.allocated();
    }

    /** How many warnings of a kind a school's plan raises (e.g. people over their hours, clusters on one person). */
    public long warnings(UUID schoolId, WarningKind kind) {
        return of(schoolId).warnings().getOrDefault(kind, 0L);
    }

    public BigDecimal clusterHours(UUID schoolId, String clusterCode) {
        return of(schoolId).clusterHours().getOrDefault(clusterCode, BigDecimal.ZERO);
    }

    public BigDecimal fundingHours(UUID schoolId, String fundingCode) {
        return of(schoolId).fundingHours().getOrDefault(fundingCode, BigDecimal.ZERO);
    }

    public BigDecimal totalHours(UUID schoolId) {
        return of(schoolId).totalHours();
    }
}
