package be.taakwijzer.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Publishes catalogue versions straight into the database, as the operator console would, and takes them
 * away again: the catalogue is shared by every test of the run, so a test that publishes must leave the
 * guide (version 1) as the only version when it ends.
 */
public final class CatalogueVersionFixture {

    private CatalogueVersionFixture() {
    }

    /** Publishes the next version: adds a task (code, cluster, level, Dutch name), rewords one (code, Dutch name) and retires one. */
    public static int publish(String addCode, String addCluster, String addLevel, String addName, String rewordCode, String rewording,
                              String retireCode) {
        try (Connection owner = TestDatabase.get().connectAsOwner()) {
            int version;
            try (var statement = owner.createStatement(); var rs = statement.executeQuery("select max(number) + 1 from catalogue_version")) {
                rs.next();
                version = rs.getInt(1);
            }
            execute(owner, "insert into catalogue_version (number, state, note_nl, note_en, created_by, published_at, published_by) "
                    + "values (?, 'PUBLISHED', 'Testversie', 'Test version', 'test', now(), 'test')", version);
            execute(owner, "insert into catalogue_task (code, cluster_code, level_code, name_nl, name_en, sort_order, introduced_in) "
                    + "values (?, ?, ?, ?, ?, (select max(sort_order) + 1 from catalogue_task), ?)",
                    addCode, addCluster, addLevel, addName, addName + " (en)", version);
            execute(owner, "insert into catalogue_task_wording (task_code, version, name_nl, name_en) values (?, ?, ?, ?)",
                    rewordCode, version, rewording, rewording + " (en)");
            execute(owner, "update catalogue_task set retired_in = ? where code = ?", version, retireCode);
            return version;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Back to the guide alone: every year, allocation and central task on version 1, later versions and their tasks gone. */
    public static void resetToTheGuide() {
        try (Connection operator = TestDatabase.get().connectAsOperator(); Connection owner = TestDatabase.get().connectAsOwner()) {
            String added = "(select code from catalogue_task where introduced_in > 1)";
            for (String table : new String[] {"allocation", "central_task", "coverage_notice"}) {
                execute(operator, "delete from " + table + " where task_code in " + added);
            }
            for (String table : new String[] {"school_year", "allocation", "central_task"}) {
                execute(operator, "update " + table + " set catalogue_version = 1 where catalogue_version > 1");
            }
            execute(owner, "delete from catalogue_change");
            execute(owner, "delete from catalogue_task_wording");
            execute(owner, "update catalogue_task set retired_in = null where retired_in is not null");
            execute(owner, "delete from catalogue_task where introduced_in > 1");
            execute(owner, "delete from catalogue_version where number > 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.execute();
        }
    }
}
