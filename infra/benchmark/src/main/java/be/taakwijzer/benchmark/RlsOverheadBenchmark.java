package be.taakwijzer.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * The cost of row-level security on a per-tenant query: the same statement (with its explicit tenant
 * predicate) as the application role with {@code app.tenant_id} set, where the policy applies, against
 * the owner on tables whose FORCE is lifted for the measurement, where no policy applies. Only the
 * statement is timed; each side runs in one read transaction with the tenant set, so that BEGIN, the
 * setting and COMMIT do not water the ratio down.
 */
final class RlsOverheadBenchmark {

    private static final List<String> TABLES = List.of("allocation", "allocation_share");

    private final BenchmarkDatabase database;
    private final Measurement measurement;

    RlsOverheadBenchmark(BenchmarkDatabase database, Measurement measurement) {
        this.database = database;
        this.measurement = measurement;
    }

    void run(UUID tenant, int startYear) throws Exception {
        System.out.println();
        System.out.println("== Row-level security overhead: one group's hours per school, task and funding source, " + startYear);
        String sql = SqlFile.read("tenant-hours.sql");
        try (Connection app = database.connectAsApp(); Connection owner = database.connectAsOwner()) {
            setForce(owner, false);
            try {
                PreparedStatement withPolicy = inTenantTransaction(app, tenant, sql, startYear);
                PreparedStatement withoutPolicy = inTenantTransaction(owner, tenant, sql, startYear);
                int rowsWith = SqlFile.readAll(withPolicy);
                int rowsWithout = SqlFile.readAll(withoutPolicy);
                System.out.printf("rows: %d with the policy, %d without%n", rowsWith, rowsWithout);
                if (rowsWith != rowsWithout || rowsWith == 0) {
                    System.out.println("!!! MISMATCH: both sides must read the same, non-empty rows");
                }
                Measurement.SideBySide result = measurement.sideBySide(() -> SqlFile.readAll(withPolicy),
                        () -> SqlFile.readAll(withoutPolicy));
                app.commit();
                owner.commit();
                System.out.println("app role, policy applied: " + result.subject());
                System.out.println("owner, no policy:         " + result.baseline());
                System.out.printf("p95 ratio: %.2f%n", result.p95Ratio());
                System.out.printf("RLS overhead: %.2f%n", result.medianRatio());
            } finally {
                if (!app.getAutoCommit()) {
                    app.rollback(); // its lock on the tables would hold up the ALTER below
                }
                setForce(owner, true);
            }
        }
    }

    private static PreparedStatement inTenantTransaction(Connection connection, UUID tenant, String sql, int startYear)
            throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setObject(1, tenant);
        statement.setInt(2, startYear);
        return statement;
    }

    /** Without FORCE the owner bypasses the policies; the application role stays subject to them. */
    private static void setForce(Connection owner, boolean force) throws SQLException {
        owner.setAutoCommit(true);
        try (Statement statement = owner.createStatement()) {
            for (String table : TABLES) {
                statement.execute("ALTER TABLE " + table + (force ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
            }
        }
    }
}
