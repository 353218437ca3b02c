package be.taakwijzer.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

import be.taakwijzer.allocation.SchoolYear;

/**
 * The umbrella dashboard over the umbrella of 1,000+ schools. Its baseline, the hand-written
 * {@code umbrella-aggregates.sql}, runs across tenants as a superuser; the service call, when there is
 * one ({@link UmbrellaDashboardCall}), is measured side by side with it.
 */
final class UmbrellaDashboardBenchmark {

    private final BenchmarkDatabase database;
    private final Measurement measurement;

    UmbrellaDashboardBenchmark(BenchmarkDatabase database, Measurement measurement) {
        this.database = database;
        this.measurement = measurement;
    }

    void run(UUID umbrella, int startYear, Optional<UmbrellaDashboardCall> service) throws Exception {
        System.out.println();
        System.out.println("== Umbrella dashboard: Koepel Noordster, " + startYear);
        try (Connection admin = database.connectAsAdmin();
             PreparedStatement handSql = admin.prepareStatement(SqlFile.read("umbrella-aggregates.sql"))) {
            if (!superuser(admin)) {
                System.out.println("skipped: the hand-written statement reads across tenants and needs a superuser as TAAKWIJZER_DB_ADMIN_USER");
                return;
            }
            handSql.setObject(1, umbrella);
            handSql.setInt(2, startYear);
            printSummary(handSql);
            Measurement.Call sqlCall = () -> SqlFile.readAll(handSql);
            if (service.isPresent()) {
                SchoolYear year = new SchoolYear(startYear);
                Measurement.SideBySide result = measurement.sideBySide(() -> service.get().dashboard(umbrella, year), sqlCall);
                System.out.println("service: " + result.subject());
                System.out.println("hand SQL: " + result.baseline());
                System.out.printf("Umbrella dashboard p95: %.1f ms; ratio service/SQL: %.2f%n", result.subject().p95Ms(), result.medianRatio());
            } else {
                Timings timings = measurement.alone(sqlCall);
                System.out.println("hand SQL: " + timings);
                System.out.printf("Umbrella hand SQL p95: %.1f ms%n", timings.p95Ms());
            }
        }
    }

    private static boolean superuser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static void printSummary(PreparedStatement handSql) throws SQLException {
        int tasks = 0;
        int bands = 0;
        int others = 0;
        long schools = 0;
        try (ResultSet rs = handSql.executeQuery()) {
            while (rs.next()) {
                if ("TASK".equals(rs.getString("kind"))) {
                    tasks++;
                    schools = rs.getLong("schools");
                } else if ("CLUSTER".equals(rs.getString("kind"))) {
                    bands++;
                    if ("TECHNISCH".equals(rs.getString("key"))) {
                        System.out.printf("  own hours on TECHNISCH, band %-8s (%d schools): p25 %.1f, median %.1f, p75 %.1f%n",
                                rs.getString("band"), rs.getLong("schools"), rs.getDouble("p25"), rs.getDouble("median"), rs.getDouble("p75"));
                    }
                } else {
                    others++;
                }
            }
        }
        System.out.printf("hand SQL: %d schools; central share of %d tasks; %d cluster x size band figures; %d provider, role and gap figures%n",
                schools, tasks, bands, others);
    }
}
