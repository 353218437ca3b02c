package be.taakwijzer.admin.onboarding;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import be.taakwijzer.testsupport.AuthenticatedAs;
import be.taakwijzer.testsupport.TestDatabase;
import be.taakwijzer.testsupport.TestTenants;

/**
 * Fictional groups and schools for the import's tests, with instellingsnummers of their own (9xxxxx for
 * groups, 5xxxxx and 6xxxxx for schools) so that tests sharing the JVM's database never meet; and a
 * snapshot of what an import could change, to prove that it changed nothing.
 */
final class ImportFixtures {

    static final String HEADER = "instellingsnummer;naam;straat;postcode;gemeente;niveau;koepel;bestuur;aantal_leerlingen";
    static final String OPERATOR_EMAIL = "operator@taakwijzer.test";

    private static final AtomicInteger NEXT_GROUP = new AtomicInteger(900_000);
    private static final AtomicInteger NEXT_SCHOOL = new AtomicInteger(500_000);

    private ImportFixtures() {
    }

    record TestGroup(UUID tenantId, String instellingsnummer) {
    }

    static TestGroup group(String name) {
        UUID tenantId = TestTenants.createGroup(name);
        String number = String.valueOf(NEXT_GROUP.getAndIncrement());
        TestTenants.inTenant(tenantId, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("update school_group set instellingsnummer = ? where tenant_id = ?")) {
                statement.setString(1, number);
                statement.setObject(2, tenantId);
                statement.executeUpdate();
            }
        });
        return new TestGroup(tenantId, number);
    }

    static String schoolNumber() {
        return String.valueOf(NEXT_SCHOOL.getAndIncrement());
    }

    /** A school as the line {@link #line} with the same values would describe it. */
    static UUID school(TestGroup group, String number, String name) {
        UUID id = TestTenants.createSchool(group.tenantId(), name, number);
        TestTenants.inTenant(group.tenantId(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "update school set street = 'Verzonnenstraat 1', postal_code = '9999', municipality = 'Fantasiegem', pupil_count = 100, "
                            + "listed_umbrella = 'Testkoepel' where id = ?")) {
                statement.setObject(1, id);
                statement.executeUpdate();
            }
        });
        return id;
    }

    static String line(String number, String name, TestGroup group) {
        return line(number, name, group.instellingsnummer());
    }

    static String line(String number, String name, String board) {
        return number + ";" + name + ";Verzonnenstraat 1;9999;Fantasiegem;Basisonderwijs;Testkoepel;" + board + ";100";
    }

    static byte[] csv(String... lines) {
        return (HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static <T> T asOperator(Supplier<T> work) {
        return AuthenticatedAs.withRoles(null, List.of("PLATFORM_OPERATOR"), work);
    }

    /** Every row an import could write, as the operator sees them: schools, groups and the audit trail. */
    static List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        try (Connection connection = TestDatabase.get().connectAsOperator()) {
            read(connection, "select tenant_id, id, instellingsnummer, name, street, postal_code, municipality, education_level, "
                    + "pupil_count, network, listed_umbrella, school_community, recognition_status, version from school order by id", rows);
            read(connection, "select tenant_id, instellingsnummer, name, version from school_group order by tenant_id", rows);
            read(connection, "select count(*) from audit_event", rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    static void execute(String sql, Object... values) {
        try (Connection connection = TestDatabase.get().connectAsOperator();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void read(Connection connection, String sql, List<String> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
    }
}
