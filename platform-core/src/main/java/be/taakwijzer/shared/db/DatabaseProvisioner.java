package be.taakwijzer.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates what Taakwijzer needs on a PostgreSQL server before Liquibase runs: the owner role that
 * runs the migrations, the application role (no owner, no superuser, no BYPASSRLS), the reporting role
 * (no login; owns the functions that report across school groups) and a database owned by the owner.
 * Runs as an administrator; used by the run command and the test support.
 */
public final class DatabaseProvisioner {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private DatabaseProvisioner() {
    }

    /**
     * The roles: the owner runs the migrations; the tenants' application connects as {@code app}, the
     * operator console as {@code operator} (its own policies, ADR 0010); the reporting role owns the
     * umbrella functions (ADR 0009). None is a superuser or bypasses row-level security.
     */
    public static void provision(Connection admin, String database, Credentials owner, Credentials app, String reportingRole,
                                 Credentials operator) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            ensureRole(statement, owner, "NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            ensureRole(statement, app, "NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            ensureRole(statement, operator, "NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            ensureReportingRole(statement, reportingRole, owner.user());
            boolean exists;
            try (var rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = " + literal(database))) {
                exists = rs.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(owner.user())
                        + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    public static void drop(Connection admin, String database) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + identifier(database) + " WITH (FORCE)");
        }
    }

    private static void ensureRole(Statement statement, Credentials role, String attributes) throws SQLException {
        boolean exists;
        try (var rs = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = " + literal(role.user()))) {
            exists = rs.next();
        }
        String verb = exists ? "ALTER" : "CREATE";
        statement.execute(verb + " ROLE " + identifier(role.user()) + " LOGIN " + attributes
                + " PASSWORD " + literal(role.password()));
    }

    /**
     * The owner may act as the reporting role (to hand it the functions it owns) but does not inherit its
     * rights: the role's policies show every school group.
     */
    private static void ensureReportingRole(Statement statement, String role, String owner) throws SQLException {
        boolean exists;
        try (var rs = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = " + literal(role))) {
            exists = rs.next();
        }
        statement.execute((exists ? "ALTER" : "CREATE") + " ROLE " + identifier(role)
                + " NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
        statement.execute("GRANT " + identifier(role) + " TO " + identifier(owner) + " WITH INHERIT FALSE, SET TRUE");
    }

    private static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case identifier: " + name);
        }
        return name;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    public record Credentials(String user, String password) {
    }
}
