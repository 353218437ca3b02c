package be.taakwijzer.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.WarningKind;
import be.taakwijzer.dashboard.GroupDashboard;
import be.taakwijzer.dashboard.GroupDashboardService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The group dashboard of the group of 30 schools: {@link GroupDashboardService#dashboard(SchoolYear)} as
 * its ICT staff, against the single hand-written statement {@code group-dashboard.sql} as the
 * application role with the tenant set. Both are timed as whole read transactions.
 */
final class GroupDashboardBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BenchmarkDatabase database;
    private final Measurement measurement;

    GroupDashboardBenchmark(BenchmarkDatabase database, Measurement measurement) {
        this.database = database;
        this.measurement = measurement;
    }

    void run(ApplicationContext core, UUID tenant, int startYear) throws Exception {
        System.out.println();
        System.out.println("== Group dashboard: Scholengroep Dertig (" + FlandersDataset.SCHOOLS_IN_GROUP_OF_30 + " schools), " + startYear);
        GroupDashboardService service = core.getBean(GroupDashboardService.class);
        SchoolYear year = new SchoolYear(startYear);
        new BenchmarkPrincipal(tenant).logIn("GROUP_ICT_STAFF");
        try (Connection app = database.connectAsApp();
             PreparedStatement setTenant = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
             PreparedStatement handSql = app.prepareStatement(SqlFile.read("group-dashboard.sql"))) {
            app.setAutoCommit(false);
            setTenant.setString(1, tenant.toString());
            handSql.setInt(1, startYear);
            Measurement.Call sqlCall = () -> {
                setTenant.execute();
                SqlFile.readAll(handSql);
                app.commit();
            };

            setTenant.execute();
            List<SchoolFigures> figures = figures(handSql);
            app.commit();
            printSummary(figures);
            compare(service.dashboard(year), figures, clusters(app));

            Measurement.SideBySide result = measurement.sideBySide(() -> service.dashboard(year), sqlCall);
            System.out.println("service: " + result.subject());
            System.out.println("hand SQL: " + result.baseline());
            System.out.printf("p95 ratio service/SQL: %.2f%n", result.p95Ratio());
            System.out.printf("Group dashboard p95: %.1f ms; ratio service/SQL: %.2f%n", result.subject().p95Ms(), result.medianRatio());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** One school's row of the hand-written statement. */
    private record SchoolFigures(UUID schoolId, long central, long allocated, long open, Map<String, BigDecimal> hoursByCluster,
                                 long overHours, long clustersOnOnePerson, long openCore, long missingCompetence, long specialisation,
                                 BigDecimal previousYearHours, long previousYearCentral, long previousYearAllocated) {
    }

    private static List<SchoolFigures> figures(PreparedStatement handSql) throws SQLException {
        List<SchoolFigures> figures = new ArrayList<>();
        try (ResultSet rs = handSql.executeQuery()) {
            while (rs.next()) {
                figures.add(new SchoolFigures(rs.getObject("id", UUID.class), rs.getLong("central"), rs.getLong("allocated"),
                        rs.getLong("open"), decimals(rs.getString("hours_by_cluster")), rs.getLong("over_hours"),
                        rs.getLong("clusters_on_one_person"), rs.getLong("open_core_tasks"), rs.getLong("missing_competence"),
                        rs.getLong("specialisation_to_non_technical_role"), rs.getBigDecimal("previous_year_hours"),
                        rs.getLong("previous_year_central"), rs.getLong("previous_year_allocated")));
            }
        }
        return figures;
    }

    private static Map<String, BigDecimal> decimals(String jsonObject) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : JSON.readTree(jsonObject).properties()) {
            values.put(entry.getKey(), entry.getValue().decimalValue());
        }
        return values;
    }

    private static List<String> clusters(Connection app) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement statement = app.createStatement(); ResultSet rs = statement.executeQuery("SELECT code FROM cluster ORDER BY sort_order")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        app.commit();
        return codes;
    }

    private static void printSummary(List<SchoolFigures> figures) {
        System.out.printf("hand SQL: %d schools; tasks central %d, allocated %d, open %d; own hours %s (year before %s);"
                        + " people over their hours %d; clusters on one person %d%n",
                figures.size(), figures.stream().mapToLong(SchoolFigures::central).sum(),
                figures.stream().mapToLong(SchoolFigures::allocated).sum(), figures.stream().mapToLong(SchoolFigures::open).sum(),
                figures.stream().flatMap(f -> f.hoursByCluster().values().stream()).reduce(BigDecimal.ZERO, BigDecimal::add),
                figures.stream().map(SchoolFigures::previousYearHours).reduce(BigDecimal.ZERO, BigDecimal::add),
                figures.stream().mapToLong(SchoolFigures::overHours).sum(),
                figures.stream().mapToLong(SchoolFigures::clustersOnOnePerson).sum());
    }

    /** Before timing: service and statement must agree on every school's numbers, or the ratio means nothing. */
    private static void compare(GroupDashboard dashboard, List<SchoolFigures> figures, List<String> clusters) {
        int mismatches = 0;
        for (SchoolFigures school : figures) {
            GroupDashboard.SchoolFigures ofService = dashboard.of(school.schoolId());
            GroupDashboard.SchoolFigures previous = dashboard.previous(school.schoolId()).orElse(GroupDashboard.SchoolFigures.NONE);
            Map<String, Object> fromService = Map.ofEntries(Map.entry("central", (long) ofService.central()),
                    Map.entry("allocated", (long) ofService.allocated()), Map.entry("open", (long) dashboard.open(ofService)),
                    Map.entry("over hours", dashboard.warnings(school.schoolId(), WarningKind.PERSON_OVER_HOURS)),
                    Map.entry("clusters on one person", dashboard.warnings(school.schoolId(), WarningKind.CLUSTER_ON_ONE_PERSON)),
                    Map.entry("open core", dashboard.warnings(school.schoolId(), WarningKind.CORE_TASK_WITHOUT_ANYONE)),
                    Map.entry("missing competence", dashboard.warnings(school.schoolId(), WarningKind.MISSING_COMPETENCE)),
                    Map.entry("specialisation", dashboard.warnings(school.schoolId(), WarningKind.SPECIALISATION_TO_NON_TECHNICAL_ROLE)),
                    Map.entry("previous hours", previous.totalHours().stripTrailingZeros()),
                    Map.entry("previous central", (long) previous.central()), Map.entry("previous allocated", (long) previous.allocated()));
            Map<String, Object> fromSql = Map.ofEntries(Map.entry("central", school.central()), Map.entry("allocated", school.allocated()),
                    Map.entry("open", school.open()), Map.entry("over hours", school.overHours()),
                    Map.entry("clusters on one person", school.clustersOnOnePerson()), Map.entry("open core", school.openCore()),
                    Map.entry("missing competence", school.missingCompetence()), Map.entry("specialisation", school.specialisation()),
                    Map.entry("previous hours", school.previousYearHours().stripTrailingZeros()),
                    Map.entry("previous central", school.previousYearCentral()),
                    Map.entry("previous allocated", school.previousYearAllocated()));
            for (String figure : fromService.keySet()) {
                if (!fromService.get(figure).equals(fromSql.get(figure))) {
                    mismatches++;
                    System.out.printf("!!! MISMATCH school %s, %s: service %s, hand SQL %s%n", school.schoolId(), figure,
                            fromService.get(figure), fromSql.get(figure));
                }
            }
            for (String cluster : clusters) {
                BigDecimal bySql = school.hoursByCluster().getOrDefault(cluster, BigDecimal.ZERO);
                BigDecimal byService = dashboard.clusterHours(school.schoolId(), cluster);
                if (bySql.compareTo(byService) != 0) {
                    mismatches++;
                    System.out.printf("!!! MISMATCH school %s, cluster %s: service %s, hand SQL %s%n", school.schoolId(), cluster,
                            byService, bySql);
                }
            }
        }
        if (figures.size() != FlandersDataset.SCHOOLS_IN_GROUP_OF_30 || dashboard.schools().size() != figures.size()) {
            mismatches++;
            System.out.printf("!!! MISMATCH in schools: service %d, hand SQL %d, expected %d%n", dashboard.schools().size(),
                    figures.size(), FlandersDataset.SCHOOLS_IN_GROUP_OF_30);
        }
        System.out.println(mismatches == 0
                ? "check: service and hand SQL agree on every school's coverage, hours per cluster, warnings and year before"
                : "!!! CHECK FAILED: " + mismatches + " differences between service and hand SQL; the ratio below compares different work");
    }
}
