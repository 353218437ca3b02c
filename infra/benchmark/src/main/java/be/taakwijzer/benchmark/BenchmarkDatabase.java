package be.taakwijzer.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import be.taakwijzer.shared.db.DatabaseProvisioner;
import be.taakwijzer.shared.db.DatabaseProvisioner.Credentials;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmark's PostgreSQL: embedded (PostgreSQL 18, data kept under {@code var/benchmark/postgres})
 * or the server named by TAAKWIJZER_DB_ADMIN_URL, with a database of its own and roles of its own, so
 * that it never changes the passwords of the dev stack's roles on a shared server.
 */
final class BenchmarkDatabase {

    static final String NAME = "taakwijzer_benchmark";
    static final Credentials OWNER = new Credentials("taakwijzer_bench_owner", "bench-owner");
    static final Credentials APP = new Credentials("taakwijzer_bench_app", "bench-app");
    /** Owns the umbrella reporting functions (no login; see ADR 0009). */
    static final String REPORTING = "taakwijzer_bench_reporting";
    static final Credentials OPERATOR = new Credentials("taakwijzer_bench_operator", "bench-operator");

    private final String serverUrl;
    private final Credentials admin;

    private BenchmarkDatabase(String serverUrl, Credentials admin) {
        this.serverUrl = serverUrl;
        this.admin = admin;
    }

    static BenchmarkDatabase start(Path var) throws IOException {
        String external = System.getenv("TAAKWIJZER_DB_ADMIN_URL");
        Credentials admin = new Credentials(env("TAAKWIJZER_DB_ADMIN_USER", "postgres"), env("TAAKWIJZER_DB_ADMIN_PASSWORD", ""));
        if (external != null && !external.isBlank()) {
            return new BenchmarkDatabase(external.substring(0, external.indexOf('/', "jdbc:postgresql://".length()) + 1), admin);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(var.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPort(Integer.parseInt(env("TAAKWIJZER_BENCH_DB_PORT", "5434")))
                // the whole dataset (~300 MB on disk) fits in the buffer cache, as on a production server
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("max_wal_size", "4GB")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL: " + e.getMessage());
            }
        }));
        return new BenchmarkDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/", admin);
    }

    /** Creates the roles and the database when missing; keeps what is there. */
    void provision() throws SQLException {
        try (Connection connection = connectToServer()) {
            DatabaseProvisioner.provision(connection, NAME, OWNER, APP, REPORTING, OPERATOR);
        }
    }

    /** Drops the database, e.g. after a load that did not finish. */
    void drop() throws SQLException {
        try (Connection connection = connectToServer()) {
            DatabaseProvisioner.drop(connection, NAME);
        }
    }

    /**
     * Writes the load's dirty buffers now, rather than in the middle of the measurements. Needs a superuser
     * (or pg_checkpoint) as administrator; without one the checkpoint comes when PostgreSQL decides.
     */
    void checkpoint() {
        try (Connection connection = connectAsAdmin(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            System.out.println("No checkpoint after the load (" + e.getMessage() + "); the first measurements may pay for it.");
        }
    }

    String jdbcUrl() {
        return serverUrl + NAME;
    }

    Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), OWNER.user(), OWNER.password());
    }

    Connection connectAsApp() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), APP.user(), APP.password());
    }

    /** The administrator, on the benchmark's database: a superuser reads across tenants without row-level security. */
    Connection connectAsAdmin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), admin.user(), admin.password());
    }

    private Connection connectToServer() throws SQLException {
        return DriverManager.getConnection(serverUrl + "postgres", admin.user(), admin.password());
    }

    /** Spring properties of a core context that connects as the application role; the schema is migrated already. */
    Map<String, Object> springProperties() {
        return Map.of(
                "spring.datasource.url", jdbcUrl(),
                "spring.datasource.username", APP.user(),
                "spring.datasource.password", APP.password(),
                "spring.liquibase.enabled", "false",
                "spring.main.web-application-type", "none",
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
