package be.taakwijzer.testsupport;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * Umbrellas, their groups and schools with plans, written straight into the database as the owner (under
 * each group's own tenant), so that a test states exactly the hours and coverage its figures come from.
 */
public final class UmbrellaFixtures {

    /** A year no other test uses, so that nothing else counts. */
    public static final int YEAR = 2031;

    private UmbrellaFixtures() {
    }

    public static UUID umbrella() {
        return TestTenants.createUmbrella("U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
    }

    /** A group in the umbrella that has set up {@link #YEAR}. */
    public static UUID group(UUID umbrella) {
        UUID group = TestTenants.createGroup("Scholengroep " + UUID.randomUUID().toString().substring(0, 6));
        TestTenants.inTenant(group, connection -> {
            update(connection, "update school_group set umbrella_id = ? where tenant_id = ?", umbrella, group);
            update(connection, "insert into school_year (tenant_id, start_year) values (?, ?)", group, YEAR);
        });
        return group;
    }

    public static UUID school(UUID group, String level, Integer pupils) {
        UUID school = TestTenants.createSchool(group, "School " + UUID.randomUUID().toString().substring(0, 6));
        TestTenants.inTenant(group, connection -> update(connection,
                "update school set education_level = ?, pupil_count = ? where id = ?", level, pupils, school));
        return school;
    }

    /** A school of 200 pupils (150–299), basic education. */
    public static UUID school(UUID group) {
        return school(group, "BASIS", 200);
    }

    /** Someone of this role at the school takes the task for these hours (the plan, person and allocation made as needed). */
    public static void hours(UUID group, UUID school, String task, String role, String hours) {
        TestTenants.inTenant(group, connection -> {
            update(connection, "insert into school_plan (tenant_id, school_id, start_year) values (?, ?, ?) on conflict do nothing",
                    group, school, YEAR);
            UUID person = id(connection, "select id from school_person where school_id = ? and start_year = ? and role_type = ?",
                    school, YEAR, role);
            if (person == null) {
                person = id(connection, "insert into school_person (tenant_id, school_id, start_year, name, role_type) "
                        + "values (?, ?, ?, 'Testpersoon', ?) returning id", group, school, YEAR, role);
            }
            UUID allocation = id(connection, "insert into allocation (tenant_id, school_id, start_year, task_code) values (?, ?, ?, ?) "
                    + "on conflict (tenant_id, school_id, start_year, task_code) do update set note = allocation.note returning id",
                    group, school, YEAR, task);
            update(connection, "insert into allocation_share (tenant_id, allocation_id, person_id, hours, funding_code) "
                    + "values (?, ?, ?, ?, 'ICT_UREN')", group, allocation, person, new BigDecimal(hours));
        });
    }

    /** The group covers the task centrally through this provider: for the given schools, or for all when none are given. */
    public static void central(UUID group, String task, String provider, UUID... schools) {
        TestTenants.inTenant(group, connection -> {
            UUID central = id(connection, "insert into central_task (tenant_id, start_year, task_code, provider_code, status, all_schools) "
                    + "values (?, ?, ?, ?, 'ACTIVE', ?) returning id", group, YEAR, task, provider, schools.length == 0);
            for (UUID school : schools) {
                update(connection, "insert into central_task_school (tenant_id, central_task_id, school_id) values (?, ?, ?)",
                        group, central, school);
            }
        });
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            statement.execute();
        }
    }

    private static UUID id(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getObject(1, UUID.class) : null;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
