package be.taakwijzer.dashboard;

import java.math.BigDecimal;
import java.util.List;

import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolYear;

/**
 * What the schools of an umbrella do in a school year, in aggregates only: never a school, a person or a
 * figure about fewer than {@code minimumSchools} schools. A suppressed figure is null and says so.
 *
 * @param schools how many schools count (those of groups that have the year); null when too few
 */
public record UmbrellaDashboard(SchoolYear year, int minimumSchools, Integer schools, List<TaskCoverage> coverage,
                                List<ClusterHours> clusterHours, List<RoleShare> roles, List<Gap> gaps) {

    public UmbrellaDashboard {
        coverage = List.copyOf(coverage);
        clusterHours = List.copyOf(clusterHours);
        roles = List.copyOf(roles);
        gaps = List.copyOf(gaps);
    }

    /** Too few schools for any figure at all. */
    public boolean suppressed() {
        return schools == null;
    }

    /** A task covered centrally somewhere (or one of the level "centraal"): at how many schools, which share, by whom. */
    public record TaskCoverage(String taskCode, Integer schools, BigDecimal share, boolean suppressed, List<ProviderCount> providers) {

        public TaskCoverage {
            providers = List.copyOf(providers);
        }
    }

    /** At how many schools (and which share) one provider covers a task. */
    public record ProviderCount(String providerCode, Integer schools, BigDecimal share, boolean suppressed) {
    }

    /** The schools' own hours on a cluster in one size band: median and quartiles, schools without any counting 0. */
    public record ClusterHours(SizeBand band, String clusterCode, Integer schools, BigDecimal median, BigDecimal p25,
                               BigDecimal p75, boolean suppressed) {
    }

    /** At how many schools a role takes part in a cluster's own work, and its share of the cluster's hours. */
    public record RoleShare(String clusterCode, PersonRole role, Integer schools, BigDecimal hoursShare, boolean suppressed) {
    }

    /** A core task open (not covered centrally, nobody allocated) at this many schools, this share. */
    public record Gap(String taskCode, Integer schools, BigDecimal share, boolean suppressed) {
    }
}
