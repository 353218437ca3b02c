package be.taakwijzer.dashboard;

import static be.taakwijzer.testsupport.UmbrellaFixtures.hours;
import static be.taakwijzer.testsupport.UmbrellaFixtures.school;
import static be.taakwijzer.testsupport.AuthenticatedAs.adviser;
import static be.taakwijzer.testsupport.AuthenticatedAs.noTenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withPrincipal;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRoles;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static be.taakwijzer.testsupport.ServiceIsolation.assertMatrixCovers;
import static be.taakwijzer.testsupport.ServiceIsolation.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.testsupport.RowLevelSecurityChecks;
import be.taakwijzer.testsupport.ServiceIsolation.AsUser;
import be.taakwijzer.testsupport.ServiceIsolation.PeopleOf;
import be.taakwijzer.testsupport.TestDatabase;
import be.taakwijzer.testsupport.UmbrellaFixtures;

/**
 * The reporting path is the only way across school groups, and only for aggregates: an adviser sees the
 * own umbrella's, a group its own schools, and nothing else can use the reporting role or its rows.
 */
@SpringBootTest
class UmbrellaReportingIsolationTest {

    static final SchoolYear YEAR = new SchoolYear(UmbrellaFixtures.YEAR);
    static final String COORDINATOR = "TECHNISCH_ICT_COORDINATOR";

    @Autowired
    UmbrellaDashboardService dashboards;
    @Autowired
    SchoolBenchmarkService benchmarks;

    UUID umbrellaA;
    UUID groupA;
    UUID schoolA;
    PeopleOf peopleOfA;
    UUID umbrellaB;
    UUID groupB;
    UUID schoolB;
    UUID otherGroupB;

    /** Two umbrellas of five schools each (A in one group, B in two); A's schools have 10 technical hours, B's 99. */
    @BeforeEach
    void twoUmbrellas() {
        umbrellaA = UmbrellaFixtures.umbrella();
        groupA = UmbrellaFixtures.group(umbrellaA);
        umbrellaB = UmbrellaFixtures.umbrella();
        groupB = UmbrellaFixtures.group(umbrellaB);
        otherGroupB = UmbrellaFixtures.group(umbrellaB);
        List<UUID> schoolsA = fiveSchools(groupA, groupA, "10");
        List<UUID> schoolsB = fiveSchools(groupB, otherGroupB, "99");
        schoolA = schoolsA.getFirst();
        schoolB = schoolsB.getFirst();
        peopleOfA = new PeopleOf(groupA, schoolA);
    }

    private static List<UUID> fiveSchools(UUID group, UUID otherGroup, String technicalHours) {
        List<UUID> schools = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID in = i < 2 ? group : otherGroup;
            UUID school = school(in);
            hours(in, school, "TECH_CORE_01", COORDINATOR, technicalHours);
            schools.add(school);
        }
        return schools;
    }

    @Test
    void theMatrixCoversEveryPublicMethodOfTheReportingServices() {
        Map<Class<?>, Set<String>> covered = Map.of(
                UmbrellaDashboardService.class, Set.of("years", "dashboard"),
                SchoolBenchmarkService.class, Set.of("benchmark"));
        assertMatrixCovers(covered);
    }

    @Test
    void anAdviserSeesOnlyTheAggregatesOfTheOwnUmbrella() {
        UmbrellaDashboard a = adviser(umbrellaA, () -> dashboards.dashboard(YEAR));
        UmbrellaDashboard b = adviser(umbrellaB, () -> dashboards.dashboard(YEAR));
        assertThat(a.schools()).isEqualTo(5);
        assertThat(UmbrellaDashboardServiceTest.cell(a, SizeBand.FROM_150_TO_299, "TECHNISCH").median()).isEqualByComparingTo("10");
        assertThat(UmbrellaDashboardServiceTest.cell(b, SizeBand.FROM_150_TO_299, "TECHNISCH").median()).isEqualByComparingTo("99");
        assertThat(adviser(UUID.randomUUID(), () -> dashboards.dashboard(YEAR)).suppressed()).as("an umbrella without schools").isTrue();
    }

    @Test
    void nobodyButAnAdviserReadsTheDashboardAndAnAdviserComparesNoSchool() {
        List<AsUser> others = List.of(peopleOfA::ict, peopleOfA::dpo, peopleOfA::director, this::asIctWithAnUmbrellaButNotAnAdviser);
        for (AsUser other : others) {
            assertRefused(() -> other.run(() -> dashboards.dashboard(YEAR)));
            assertRefused(() -> other.run(dashboards::years));
        }
        assertRefused(() -> adviser(umbrellaA, () -> benchmarks.benchmark(schoolA, YEAR)));
        assertRefused(() -> peopleOfA.dpo(() -> benchmarks.benchmark(schoolA, YEAR)));
    }

    @Test
    void aSchoolOutsideTheOwnGroupCannotBeCompared() {
        UUID secondOfA = school(groupA);
        assertThat(peopleOfA.ict(() -> benchmarks.benchmark(schoolA, YEAR)).clusters()).hasSize(4);
        assertRefused(() -> peopleOfA.ict(() -> benchmarks.benchmark(schoolB, YEAR)));
        assertRefused(() -> peopleOfA.director(() -> benchmarks.benchmark(secondOfA, YEAR)));
        assertRefused(() -> peopleOfA.director(() -> benchmarks.benchmark(schoolB, YEAR)));
        assertRefused(() -> noTenant(() -> benchmarks.benchmark(schoolA, YEAR)));
    }




    /** The umbrella set in the transaction opens nothing without the adviser's role. */
    private <T> T asIctWithAnUmbrellaButNotAnAdviser(Supplier<T> work) {
        return withPrincipal(groupA, null, umbrellaA, List.of("GROUP_ICT_STAFF"), work);
    }

    // ---- the database itself

    @Test
    void theAppRoleCannotBecomeTheReportingRoleNorCallItsHelpers() throws SQLException {
        try (Connection connection = TestDatabase.get().connectAsApp()) {
            connection.setAutoCommit(false);
            assertThat(RowLevelSecurityChecks.sqlStateOf(connection, "set role " + TestDatabase.REPORTING)).isEqualTo("42501");
            assertThat(RowLevelSecurityChecks.sqlStateOf(connection,
                    "select * from reporting_schools('" + umbrellaA + "', " + YEAR.startYear() + ")")).isEqualTo("42501");
            assertThat(RowLevelSecurityChecks.sqlStateOf(connection, "select reporting_adviser_umbrella()")).isEqualTo("42501");
            connection.rollback();
        }
    }

    @Test
    void theUmbrellaSettingOpensNoTableRows() throws SQLException {
        try (Connection connection = TestDatabase.get().connectAsApp()) {
            connection.setAutoCommit(false);
            set(connection, "app.umbrella_id", umbrellaA.toString());
            for (String table : List.of("school_group", "school", "school_year", "allocation", "allocation_share", "school_person",
                    "own_allocation_share", "school_task_coverage")) {
                assertThat(count(connection, "select count(*) from " + table)).as(table).isZero();
            }
            set(connection, "app.tenant_id", groupA.toString());
            assertThat(count(connection, "select count(*) from school where tenant_id <> '" + groupA + "'")).isZero();
            assertThat(count(connection, "select count(*) from school")).as("the five of A").isEqualTo(5);
            connection.rollback();
        }
    }

    @Test
    void withoutAnAdviserOrATenantTheFunctionsReturnNothing() throws SQLException {
        try (Connection connection = TestDatabase.get().connectAsApp()) {
            connection.setAutoCommit(false);
            assertThat(count(connection, "select count(*) from umbrella_dashboard(" + YEAR.startYear() + ")")).isZero();
            assertThat(count(connection, "select count(*) from umbrella_years()")).isZero();
            assertThat(RowLevelSecurityChecks.sqlStateOf(connection,
                    "select * from school_benchmark('" + schoolA + "', " + YEAR.startYear() + ")")).isEqualTo("42501");
            set(connection, "app.tenant_id", groupA.toString());
            assertThat(count(connection, "select count(*) from umbrella_dashboard(" + YEAR.startYear() + ")"))
                    .as("a tenant is no umbrella").isZero();
            connection.rollback();
        }
    }

    @Test
    void theOwnerActsAsTheReportingRoleOnlyWhenItSaysSoAndSeesOnlyItsTenantOtherwise() throws SQLException {
        try (Connection connection = TestDatabase.get().connectAsOwner()) {
            connection.setAutoCommit(false);
            set(connection, "app.tenant_id", groupA.toString());
            assertThat(count(connection, "select count(*) from school")).as("the five of A").isEqualTo(5);
            assertThat(count(connection, "select count(*) from allocation_share where tenant_id <> '" + groupA + "'")).isZero();
            connection.rollback();
        }
        try (Connection connection = TestDatabase.get().connectAsOwner();
             ResultSet rs = connection.createStatement().executeQuery("""
                     select r.rolcanlogin, r.rolsuper, r.rolbypassrls,
                            (select bool_or(m.inherit_option) from pg_auth_members m where m.roleid = r.oid)
                     from pg_roles r where r.rolname = '%s'""".formatted(TestDatabase.REPORTING))) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("login").isFalse();
            assertThat(rs.getBoolean(2)).as("superuser").isFalse();
            assertThat(rs.getBoolean(3)).as("bypassrls").isFalse();
            assertThat(rs.getBoolean(4)).as("some member inherits the role's rights").isFalse();
        }
    }

    @Test
    void onlyTheReportingFunctionsRunWithTheReportingRolesRightsAndTheAppMayCallNoOther() throws SQLException {
        try (Connection connection = TestDatabase.get().connectAsOwner();
             ResultSet rs = connection.createStatement().executeQuery("""
                     select p.proname, pg_get_userbyid(p.proowner), coalesce(array_to_string(p.proconfig, ','), ''),
                            has_function_privilege('%s', p.oid, 'EXECUTE')
                     from pg_proc p where p.pronamespace = 'public'::regnamespace and p.prosecdef
                     order by 1""".formatted(TestDatabase.APP.user()))) {
            List<String> callable = new ArrayList<>();
            while (rs.next()) {
                assertThat(rs.getString(2)).as("owner of %s", rs.getString(1)).isEqualTo(TestDatabase.REPORTING);
                assertThat(rs.getString(3)).as("search path of %s", rs.getString(1)).isEqualTo("search_path=public, pg_temp");
                if (rs.getBoolean(4)) {
                    callable.add(rs.getString(1));
                }
            }
            assertThat(callable).containsExactly("school_benchmark", "umbrella_dashboard", "umbrella_years");
        }
    }

    @Test
    void theReportingPoliciesAreForTheReportingRoleOnlyAndOnlyForReading() throws SQLException {
        try (Connection connection = TestDatabase.get().connectAsOwner();
             ResultSet rs = connection.createStatement().executeQuery("""
                     select c.relname, p.polcmd, array(select pg_get_userbyid(r) from unnest(p.polroles) r)::text
                     from pg_policy p join pg_class c on c.oid = p.polrelid
                     where p.polname = 'umbrella_reporting' order by 1""")) {
            int policies = 0;
            while (rs.next()) {
                policies++;
                assertThat(rs.getString(2)).as("command of %s", rs.getString(1)).isEqualTo("r");
                assertThat(rs.getString(3)).as("roles of %s", rs.getString(1)).isEqualTo("{" + TestDatabase.REPORTING + "}");
            }
            assertThat(policies).isEqualTo(9);
        }
    }

    private static void set(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, name);
            statement.setString(2, value);
            statement.execute();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
