package be.taakwijzer.dashboard;

import static be.taakwijzer.db.Tables.SCHOOL_BENCHMARK;
import static be.taakwijzer.db.Tables.UMBRELLA_DASHBOARD;
import static be.taakwijzer.db.Tables.UMBRELLA_YEARS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Result;
import org.springframework.stereotype.Repository;

import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.db.Routines;
import be.taakwijzer.db.tables.records.UmbrellaDashboardRecord;

/**
 * Calls the reporting functions of 013-umbrella-reporting.sql, the only path across school groups: they
 * read the umbrella from the transaction (the adviser's) or the caller's own group, and return aggregates
 * with the anonymity rule already applied.
 */
@Repository
public class UmbrellaReportingRepository {

    private final DSLContext dsl;

    UmbrellaReportingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** k: no figure over fewer schools. */
    public int minimumSchools() {
        return dsl.select(Routines.reportingMinSchools()).fetchSingle().value1();
    }

    public List<SchoolYear> years() {
        return dsl.selectFrom(UMBRELLA_YEARS.call()).fetch(r -> new SchoolYear(r.getUmbrellaYears()));
    }

    public UmbrellaDashboard dashboard(SchoolYear year) {
        Result<UmbrellaDashboardRecord> rows = dsl.selectFrom(UMBRELLA_DASHBOARD.call(year.startYear()))
                .orderBy(UMBRELLA_DASHBOARD.SECTION, UMBRELLA_DASHBOARD.POSITION).fetch();
        Integer schools = null;
        Map<String, List<UmbrellaDashboard.ProviderCount>> providers = new LinkedHashMap<>();
        List<UmbrellaDashboardRecord> tasks = new ArrayList<>();
        List<UmbrellaDashboard.ClusterHours> clusterHours = new ArrayList<>();
        List<UmbrellaDashboard.RoleShare> roles = new ArrayList<>();
        List<UmbrellaDashboard.Gap> gaps = new ArrayList<>();
        for (UmbrellaDashboardRecord row : rows) {
            switch (row.getSection()) {
                case "SCHOOLS" -> schools = row.getSchools();
                case "COVERAGE" -> tasks.add(row);
                case "PROVIDER" -> providers.computeIfAbsent(row.getTaskCode(), task -> new ArrayList<>()).add(
                        new UmbrellaDashboard.ProviderCount(row.getProviderCode(), row.getSchools(), row.getShare(), row.getSuppressed()));
                case "CLUSTER_HOURS" -> clusterHours.add(new UmbrellaDashboard.ClusterHours(SizeBand.valueOf(row.getSizeBand()),
                        row.getClusterCode(), row.getSchools(), row.getMedian(), row.getP25(), row.getP75(), row.getSuppressed()));
                case "ROLES" -> roles.add(new UmbrellaDashboard.RoleShare(row.getClusterCode(), PersonRole.valueOf(row.getRoleType()),
                        row.getSchools(), row.getShare(), row.getSuppressed()));
                case "GAPS" -> gaps.add(new UmbrellaDashboard.Gap(row.getTaskCode(), row.getSchools(), row.getShare(), row.getSuppressed()));
                default -> throw new IllegalStateException("Unknown section of umbrella_dashboard: " + row.getSection());
            }
        }
        List<UmbrellaDashboard.TaskCoverage> coverage = tasks.stream().map(row -> new UmbrellaDashboard.TaskCoverage(row.getTaskCode(),
                row.getSchools(), row.getShare(), row.getSuppressed(), providers.getOrDefault(row.getTaskCode(), List.of()))).toList();
        return new UmbrellaDashboard(year, minimumSchools(), schools, coverage, clusterHours, roles, gaps);
    }

    /** Refused by the database (row-level security's SQLState) when the school is not one of the caller's group. */
    public SchoolBenchmark benchmark(UUID schoolId, SchoolYear year) {
        var rows = dsl.selectFrom(SCHOOL_BENCHMARK.call(schoolId, year.startYear())).fetch();
        return new SchoolBenchmark(schoolId, year, SizeBand.valueOf(rows.getFirst().getSizeBand()), minimumSchools(),
                rows.map(r -> new SchoolBenchmark.ClusterComparison(r.getClusterCode(), r.getOwnHours(), r.getSchools(),
                        r.getMedian(), r.getP25(), r.getP75(), r.getSuppressed())));
    }
}
