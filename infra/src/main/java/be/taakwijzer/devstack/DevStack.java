package be.taakwijzer.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import be.taakwijzer.shared.db.DatabaseProvisioner;
import be.taakwijzer.shared.db.DatabaseProvisioner.Credentials;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database of the demo: PostgreSQL (embedded, its data kept under {@code var/postgres}, or an
 * external server named by TAAKWIJZER_DB_ADMIN_URL) with the owner and application roles. It writes
 * the settings the applications need to {@code var/devstack.env} and runs until stopped.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        Path var = Path.of(env("TAAKWIJZER_VAR_DIR", "var")).toAbsolutePath();
        Files.createDirectories(var);
        Credentials owner = new Credentials(env("TAAKWIJZER_DB_OWNER_USER", "taakwijzer_owner"),
                env("TAAKWIJZER_DB_OWNER_PASSWORD", "taakwijzer-owner-dev"));
        Credentials app = new Credentials(env("TAAKWIJZER_DB_APP_USER", "taakwijzer_app"),
                env("TAAKWIJZER_DB_APP_PASSWORD", "taakwijzer-app-dev"));
        String reporting = env("TAAKWIJZER_DB_REPORTING_ROLE", "taakwijzer_reporting");
        Credentials operator = new Credentials(env("TAAKWIJZER_DB_OPERATOR_USER", "taakwijzer_operator"),
                env("TAAKWIJZER_DB_OPERATOR_PASSWORD", "taakwijzer-operator-dev"));
        String database = env("TAAKWIJZER_DB_NAME", "taakwijzer");

        String serverUrl = startDatabase(var);
        try (Connection admin = DriverManager.getConnection(serverUrl + "postgres",
                env("TAAKWIJZER_DB_ADMIN_USER", "postgres"), env("TAAKWIJZER_DB_ADMIN_PASSWORD", ""))) {
            DatabaseProvisioner.provision(admin, database, owner, app, reporting, operator);
        }

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("TAAKWIJZER_DB_URL", serverUrl + database);
        settings.put("TAAKWIJZER_DB_OWNER_USER", owner.user());
        settings.put("TAAKWIJZER_DB_OWNER_PASSWORD", owner.password());
        settings.put("TAAKWIJZER_DB_APP_USER", app.user());
        settings.put("TAAKWIJZER_DB_APP_PASSWORD", app.password());
        settings.put("TAAKWIJZER_DB_REPORTING_ROLE", reporting);
        settings.put("TAAKWIJZER_DB_OPERATOR_USER", operator.user());
        settings.put("TAAKWIJZER_DB_OPERATOR_PASSWORD", operator.password());
        writeSettings(var.resolve("devstack.env"), settings);

        System.out.println("Taakwijzer dev stack ready: database " + serverUrl + database);
        new CountDownLatch(1).await();
    }

    /** Returns {@code jdbc:postgresql://host:port/} of the server to use. */
    private static String startDatabase(Path var) throws IOException {
        String external = System.getenv("TAAKWIJZER_DB_ADMIN_URL");
        if (external != null && !external.isBlank()) {
            return external.substring(0, external.indexOf('/', "jdbc:postgresql://".length()) + 1);
        }
        int port = Integer.parseInt(env("TAAKWIJZER_DB_PORT", "5433"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(var.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL: " + e.getMessage());
            }
        }));
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
    }

    private static void writeSettings(Path file, Map<String, String> settings) throws IOException {
        StringBuilder text = new StringBuilder("# Written by the Taakwijzer dev stack; read by infra/run-demo.sh\n");
        settings.forEach((key, value) -> text.append("export ").append(key).append("='").append(value).append("'\n"));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
