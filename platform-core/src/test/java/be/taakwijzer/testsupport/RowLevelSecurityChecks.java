package be.taakwijzer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The per-table row-level security checks every feature's isolation test makes, at the SQL level. */
public final class RowLevelSecurityChecks {

    private RowLevelSecurityChecks() {
    }

    /** Rows of {@code owner} (all rows when null) in each table, as the tenant {@code as} sees them. */
    public static Map<String, Long> countsPerTable(List<String> tables, UUID as, UUID owner) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TestTenants.inTenant(as, connection -> {
            for (String table : tables) {
                String sql = "select count(*) from " + table + (owner == null ? "" : " where tenant_id = '" + owner + "'");
                try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        });
        return counts;
    }

    /**
     * For each table's insert (a statement for a given tenant id): A inserting B's row is refused by
     * row-level security (42501); the same row inserted by B itself is valid (so the refusal is not bad
     * data); and A's own rows in {@code referencing} tables that point at B's rows fail their foreign keys (23503).
     */
    public static void assertInsertsIsolated(UUID groupA, UUID groupB, Map<String, Function<UUID, String>> inserts,
                                             List<String> referencing) {
        TestTenants.inTenant(groupA, connection -> {
            for (Map.Entry<String, Function<UUID, String>> insert : inserts.entrySet()) {
                assertThat(sqlStateOf(connection, insert.getValue().apply(groupB)))
                        .as("A inserting a row of B into %s", insert.getKey()).isEqualTo("42501");
            }
        });
        TestTenants.inTenant(groupB, connection -> {
            for (Map.Entry<String, Function<UUID, String>> insert : inserts.entrySet()) {
                assertThat(sqlStateOf(connection, insert.getValue().apply(groupB)))
                        .as("the same row inserted by B itself is valid: %s", insert.getKey()).isNull();
            }
            connection.rollback();
        });
        TestTenants.inTenant(groupA, connection -> {
            for (String table : referencing) {
                assertThat(sqlStateOf(connection, inserts.get(table).apply(groupA)))
                        .as("A's row in %s pointing to B's rows", table).isEqualTo("23503");
            }
        });
    }

    /** Runs a statement inside a savepoint; the SQLState it failed with, or null when it worked (and is rolled back). */
    public static String sqlStateOf(Connection connection, String sql) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
            return null;
        } catch (SQLException e) {
            return e.getSQLState();
        } finally {
            connection.rollback(savepoint);
        }
    }
}
