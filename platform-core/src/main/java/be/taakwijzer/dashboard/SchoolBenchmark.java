package be.taakwijzer.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import be.taakwijzer.allocation.SchoolYear;

/**
 * One school's own hours per cluster beside those of the comparable schools of its umbrella (same education
 * level and size band): their median and quartiles, suppressed when fewer than {@code minimumSchools} compare.
 */
public record SchoolBenchmark(UUID schoolId, SchoolYear year, SizeBand band, int minimumSchools, List<ClusterComparison> clusters) {

    public SchoolBenchmark {
        clusters = List.copyOf(clusters);
    }

    public record ClusterComparison(String clusterCode, BigDecimal ownHours, Integer schools, BigDecimal median, BigDecimal p25,
                                    BigDecimal p75, boolean suppressed) {
    }
}
