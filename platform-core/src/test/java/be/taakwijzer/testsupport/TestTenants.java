package be.taakwijzer.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates school groups and schools for tests, as the owner role. The owner is subject to row-level
 * security too (FORCE), so every insert runs under the tenant it creates.
 */
public final class TestTenants {

    private static final AtomicInteger NEXT_INSTELLINGSNUMMER = new AtomicInteger(10_000);

    private TestTenants() {
    }

    public static UUID createGroup(String name) {
        UUID tenantId = UUID.randomUUID();
        inTenant(tenantId, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "insert into school_group (tenant_id, name) values (?, ?)")) {
                statement.setObject(1, tenantId);
                statement.setString(2, name);
                statement.executeUpdate();
            }
        });
        return tenantId;
    }

    public static UUID createSchool(UUID tenantId, String name) {
        return createSchool(tenantId, name, uniqueInstellingsnummer());
    }

    public static UUID createSchool(UUID tenantId, String name, String instellingsnummer) {
        return insertReturningId(tenantId,
                "insert into school (tenant_id, instellingsnummer, name, education_level) values (?, ?, ?, 'BASIS') returning id",
                tenantId, instellingsnummer, name);
    }

    public static UUID createStaff(UUID tenantId, String email, String role, UUID schoolId) {
        return insertReturningId(tenantId,
                "insert into staff_member (tenant_id, email, display_name, role, school_id) values (?, ?, ?, ?, ?) returning id",
                tenantId, email, "Testpersoon " + email.substring(0, email.indexOf('@')), role, schoolId);
    }

    /** Runs an insert with a {@code returning id} clause under the tenant and gives the id. */
    private static UUID insertReturningId(UUID tenantId, String sql, Object... values) {
        UUID[] id = new UUID[1];
        inTenant(tenantId, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    id[0] = rs.getObject(1, UUID.class);
                }
            }
        });
        return id[0];
    }

    public static UUID createUmbrella(String code) {
        try (Connection connection = TestDatabase.get().connectAsOwner();
             PreparedStatement statement = connection.prepareStatement(
                     "insert into umbrella_organisation (code, name) values (?, ?) returning id")) {
            statement.setString(1, code);
            statement.setString(2, "Koepel " + code);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the owner, who reaches an adviser's row only by naming its address, like the login does. */
    public static void createUmbrellaAdviser(UUID umbrellaId, String email) {
        try (Connection connection = TestDatabase.get().connectAsOwner()) {
            connection.setAutoCommit(false);
            try (PreparedStatement set = connection.prepareStatement("select set_config('app.login_email', ?, true)");
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into umbrella_adviser (umbrella_id, email, display_name) values (?, ?, ?)")) {
                set.setString(1, email);
                set.execute();
                insert.setObject(1, umbrellaId);
                insert.setString(2, email);
                insert.setString(3, "Adviseur " + email);
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh e-mail address for each test run, so tests never share a registration. */
    public static String uniqueEmail(String localPart, String domain) {
        return localPart + "." + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
    }

    /**
     * Unique within the test JVM, whose database is its own; with a leading zero on purpose: the number
     * must survive as text. (Random numbers collided now and then: the birthday problem.)
     */
    public static String uniqueInstellingsnummer() {
        return "0" + NEXT_INSTELLINGSNUMMER.getAndIncrement();
    }

    public static void inTenant(UUID tenantId, SqlWork work) {
        try (Connection connection = TestDatabase.get().connectAsOwner()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                statement.setString(1, tenantId.toString());
                statement.execute();
            }
            work.run(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    public interface SqlWork {
        void run(Connection connection) throws SQLException;
    }
}
