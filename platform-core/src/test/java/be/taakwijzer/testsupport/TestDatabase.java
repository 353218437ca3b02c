package be.taakwijzer.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import be.taakwijzer.shared.db.DatabaseProvisioner;
import be.taakwijzer.shared.db.DatabaseProvisioner.Credentials;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL per test JVM, with a fresh database for this run. In this order: a server named
 * by {@code TAAKWIJZER_TEST_DB_URL} (plus {@code _USER}, {@code _PASSWORD}), Testcontainers when a
 * Docker engine runs, else the embedded PostgreSQL from Maven Central.
 */
public final class TestDatabase {

    public static final Credentials OWNER = new Credentials("taakwijzer_owner", "owner-test-secret");
    public static final Credentials APP = new Credentials("taakwijzer_app", "app-test-secret");
    /** Owns the functions that report across school groups; nobody logs in as it. */
    public static final String REPORTING = "taakwijzer_reporting";
    /** The operator console's own login (ADR 0010). */
    public static final Credentials OPERATOR = new Credentials("taakwijzer_operator", "operator-test-secret");

    private static TestDatabase instance;

    private final String serverUrl;
    private final Credentials admin;
    private final String database;

    private TestDatabase(String serverUrl, Credentials admin) {
        this.serverUrl = serverUrl;
        this.admin = admin;
        this.database = "taakwijzer_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", admin.user(), admin.password())) {
            DatabaseProvisioner.provision(connection, database, OWNER, APP, REPORTING, OPERATOR);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database on " + serverUrl, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::dropQuietly));
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestDatabase start() {
        String url = System.getenv("TAAKWIJZER_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new TestDatabase(serverPart(url), new Credentials(
                    System.getenv().getOrDefault("TAAKWIJZER_TEST_DB_USER", "postgres"),
                    System.getenv().getOrDefault("TAAKWIJZER_TEST_DB_PASSWORD", "")));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:18");
            container.start();
            return new TestDatabase(serverPart(container.getJdbcUrl()),
                    new Credentials(container.getUsername(), container.getPassword()));
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
            return new TestDatabase("jdbc:postgresql://localhost:" + embedded.getPort() + "/", new Credentials("postgres", ""));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL", e);
        }
    }

    /** {@code jdbc:postgresql://host:port/db?x} becomes {@code jdbc:postgresql://host:port/}. */
    private static String serverPart(String jdbcUrl) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        return slash < 0 ? jdbcUrl + "/" : jdbcUrl.substring(0, slash + 1);
    }

    public String jdbcUrl() {
        return serverUrl + database;
    }

    /** Spring properties: the application connects as the app role, Liquibase migrates as the owner. */
    public Map<String, Object> springProperties() {
        return Map.of(
                "spring.datasource.url", jdbcUrl(),
                "spring.datasource.username", APP.user(),
                "spring.datasource.password", APP.password(),
                "spring.liquibase.url", jdbcUrl(),
                "spring.liquibase.user", OWNER.user(),
                "spring.liquibase.password", OWNER.password(),
                "spring.liquibase.parameters.app_role", APP.user(),
                "spring.liquibase.parameters.reporting_role", REPORTING,
                "spring.liquibase.parameters.operator_role", OPERATOR.user(),
                // no demo data in tests: every test makes what it needs
                "spring.liquibase.contexts", "test");
    }

    /** As {@link #springProperties()}, for the operator console: it connects as the operator role and migrates the fresh database. */
    public Map<String, Object> operatorSpringProperties() {
        Map<String, Object> properties = new HashMap<>(springProperties());
        properties.put("spring.datasource.username", OPERATOR.user());
        properties.put("spring.datasource.password", OPERATOR.password());
        properties.put("spring.liquibase.enabled", "true");
        return Map.copyOf(properties);
    }

    public Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), OWNER.user(), OWNER.password());
    }

    public Connection connectAsOperator() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), OPERATOR.user(), OPERATOR.password());
    }

    public Connection connectAsApp() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), APP.user(), APP.password());
    }

    private void dropQuietly() {
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", admin.user(), admin.password())) {
            DatabaseProvisioner.drop(connection, database);
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + database + ": " + e.getMessage().toLowerCase(Locale.ROOT));
        }
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (Exception ignored) {
            // the JVM is ending; the embedded server's directory is temporary
        }
    }
}
