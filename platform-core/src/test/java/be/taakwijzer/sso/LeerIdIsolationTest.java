package be.taakwijzer.sso;

import static be.taakwijzer.testsupport.ServiceIsolation.assertMatrixCovers;
import static be.taakwijzer.testsupport.ServiceIsolation.assertRefused;
import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRoles;
import static be.taakwijzer.testsupport.AuthenticatedAs.withRolesAndSchool;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.allocation.HistoryService;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.testsupport.RowLevelSecurityChecks;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.testsupport.ServiceIsolation.AsUser;
import be.taakwijzer.testsupport.ServiceIsolation.PeopleOf;

/**
 * The isolation matrix of the LeerID workspace: with data in group A, group B's ICT staff, DPO and a
 * director of B call every public method; they see nothing of A or are refused, and A's data is the
 * same afterwards. And at the SQL level: each LeerID table shows no row of another group and takes none.
 */
@SpringBootTest
class LeerIdIsolationTest {

    private static final String ICT_A = "ict@noorderlicht.example";
    private static final String INTRUDER = "ict@zuiderzon.example";

    @Autowired
    LeerIdService leerId;

    @Autowired
    LeerIdCoverage coverage;

    @Autowired
    HistoryService history;

    @Autowired
    SchoolYearService years;

    UUID groupA;
    UUID schoolA1;
    UUID schoolA2;
    UUID groupB;
    UUID schoolB;
    PeopleOf peopleOfB;
    SchoolYear year;
    LeerIdSchool a1;

    @BeforeEach
    void twoGroups() {
        year = years.current();
        groupA = TestTenants.createGroup("Scholengroep Noorderlicht");
        schoolA1 = TestTenants.createSchool(groupA, "Basisschool De Vlinder");
        schoolA2 = TestTenants.createSchool(groupA, "Basisschool Het Kompas");
        groupB = TestTenants.createGroup("Scholengroep Zuiderzon");
        schoolB = TestTenants.createSchool(groupB, "Basisschool De Zonnewijzer");
        peopleOfB = new PeopleOf(groupB, schoolB);
        a1 = populate(groupA, schoolA1);
    }

    /** Fills every LeerID table of a group for one school: live, with a step back and forward, an application, a ticked item. */
    private LeerIdSchool populate(UUID group, UUID school) {
        LeerIdService service = leerId;
        return tenant(group, () -> {
            LeerIdSchool s = service.changeState(school, 0, LeerIdState.REQUESTED, "aangevraagd", ICT_A);
            s = service.changeState(school, s.version(), LeerIdState.TEST, "", ICT_A);
            s = service.changeState(school, s.version(), LeerIdState.LIVE, "", ICT_A);
            s = service.addApplication(school, s.version(), new ApplicationInput("Leerplatform Zeppelin", "Zeppelin Leren bv",
                    ConnectionState.CONNECTED, ""), ICT_A);
            return service.setChecklistItem(school, s.version(), ChecklistItem.REQUEST_SUBMITTED, true, ICT_A);
        });
    }

    // ---- the three users of group B





    /** All of A's LeerID data that A can read through the services. */
    private Map<String, Object> snapshotOfA() {
        return tenant(groupA, () -> {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("overview", leerId.overview());
            all.put("school 1", leerId.school(schoolA1).orElseThrow());
            all.put("school 2", leerId.school(schoolA2).orElseThrow());
            all.put("coverage", coverage.coveredTasks(year));
            all.put("history 1", history.schoolHistory(schoolA1));
            return all;
        });
    }

    @Test
    void theMatrixCoversEveryPublicMethodOfTheLeerIdServices() {
        Map<Class<?>, Set<String>> covered = Map.of(
                LeerIdService.class, Set.of("overview", "school", "changeState", "addApplication", "changeApplication",
                        "removeApplication", "setChecklistItem"),
                LeerIdCoverage.class, Set.of("providerCode", "governedTasks", "coveredTasks"));
        assertMatrixCovers(covered);
    }

    @Test
    void groupBSeesNothingOfAInTheReadingMethods() {
        Map<String, Object> before = snapshotOfA();
        assertThat(tenant(groupA, () -> coverage.coveredTasks(year))).as("A has a live school").containsOnlyKeys(schoolA1);

        assertThat(peopleOfB.ict(leerId::overview)).extracting(s -> s.school().id()).containsExactly(schoolB);
        assertThat(peopleOfB.ict(leerId::overview)).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(LeerIdState.NOT_STARTED);
            assertThat(s.applicationsTotal()).isZero();
            assertThat(s.checklistDone()).isZero();
        });
        assertThat(peopleOfB.director(leerId::overview)).extracting(s -> s.school().id()).containsExactly(schoolB);
        assertRefused(() -> peopleOfB.dpo(leerId::overview));

        assertThat(peopleOfB.ict(() -> leerId.school(schoolA1))).isEmpty();
        assertThat(peopleOfB.ict(() -> leerId.school(schoolA2))).isEmpty();
        assertRefused(() -> peopleOfB.director(() -> leerId.school(schoolA1)));
        assertRefused(() -> peopleOfB.dpo(() -> leerId.school(schoolA1)));
        LeerIdSchool own = peopleOfB.ict(() -> leerId.school(schoolB)).orElseThrow();
        assertThat(own.history()).isEmpty();
        assertThat(own.applications()).isEmpty();
        assertThat(own.checklistDone()).isZero();

        for (AsUser b : peopleOfB.all()) {
            assertThat(b.run(() -> coverage.coveredTasks(year))).as("A's live school is not B's").isEmpty();
            assertThat(b.run(coverage::providerCode)).isEqualTo("LEERID");
        }
        assertThat(snapshotOfA()).isEqualTo(before);
    }

    @Test
    void groupBCannotChangeAnythingOfA() {
        Map<String, Object> before = snapshotOfA();
        int v = a1.version();
        UUID appOfA = a1.applications().getFirst().id();

        for (AsUser b : peopleOfB.all()) {
            for (UUID school : List.of(schoolA1, schoolA2)) {
                for (int version : List.of(v, 0)) {
                    assertRefused(() -> b.run(() -> leerId.changeState(school, version, LeerIdState.TEST, "overgenomen", INTRUDER)));
                    assertRefused(() -> b.run(() -> leerId.changeState(school, version, LeerIdState.REQUESTED, "", INTRUDER)));
                    assertRefused(() -> b.run(() -> leerId.addApplication(school, version,
                            new ApplicationInput("Indringer", "", ConnectionState.PLANNED, ""), INTRUDER)));
                    assertRefused(() -> b.run(() -> leerId.changeApplication(school, version, appOfA,
                            new ApplicationInput("Overgenomen", "", ConnectionState.NOT_SUPPORTED, ""), INTRUDER)));
                    assertRefused(() -> b.run(() -> leerId.removeApplication(school, version, appOfA, INTRUDER)));
                    assertRefused(() -> b.run(() -> leerId.setChecklistItem(school, version, ChecklistItem.REQUEST_SUBMITTED, false, INTRUDER)));
                    assertRefused(() -> b.run(() -> leerId.setChecklistItem(school, version, ChecklistItem.TEACHERS_INFORMED, true, INTRUDER)));
                }
            }
            // through their own school, naming A's application
            assertRefused(() -> b.run(() -> leerId.changeApplication(schoolB, 0, appOfA,
                    new ApplicationInput("Overgenomen", "", ConnectionState.NOT_SUPPORTED, ""), INTRUDER)));
            assertRefused(() -> b.run(() -> leerId.removeApplication(schoolB, 0, appOfA, INTRUDER)));
        }
        assertThat(snapshotOfA()).isEqualTo(before);
        assertThat(peopleOfB.ict(() -> leerId.school(schoolB)).orElseThrow().version())
                .as("B's own school was claimed and rolled back by the refused changes").isZero();
    }

    // ---- the database itself

    private static final List<String> TABLES = List.of("leerid_school", "leerid_state_change", "leerid_application", "leerid_checklist_item");

    @Test
    void eachLeerIdTableShowsNoRowOfAnotherGroupAndTakesNoneForIt() {
        UUID schoolB2 = TestTenants.createSchool(groupB, "Basisschool De Zonnewijzer II");
        populate(groupB, schoolB);

        Map<String, Long> rowsOfB = RowLevelSecurityChecks.countsPerTable(TABLES, groupB, groupB);
        assertThat(rowsOfB).as("B has rows in every table, so that a leak would show").allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(RowLevelSecurityChecks.countsPerTable(TABLES, groupA, groupB)).as("B's rows as seen by A").allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(RowLevelSecurityChecks.countsPerTable(TABLES, groupA, null)).as("every row A sees is A's")
                .isEqualTo(RowLevelSecurityChecks.countsPerTable(TABLES, groupA, groupA)).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

        Map<String, Function<UUID, String>> inserts = new LinkedHashMap<>();
        inserts.put("leerid_school", t -> "insert into leerid_school (tenant_id, school_id) values ('" + t + "', '" + schoolB2 + "')");
        inserts.put("leerid_state_change", t -> "insert into leerid_state_change (tenant_id, school_id, from_state, to_state, changed_by) "
                + "values ('" + t + "', '" + schoolB + "', 'LIVE', 'TEST', 'indringer')");
        inserts.put("leerid_application", t -> "insert into leerid_application (tenant_id, school_id, name, connection_state) "
                + "values ('" + t + "', '" + schoolB + "', 'Indringer', 'PLANNED')");
        inserts.put("leerid_checklist_item", t -> "insert into leerid_checklist_item (tenant_id, school_id, item, done, changed_by) "
                + "values ('" + t + "', '" + schoolB + "', 'TEACHERS_INFORMED', true, 'indringer')");
        assertThat(inserts.keySet()).containsExactlyElementsOf(TABLES);

        RowLevelSecurityChecks.assertInsertsIsolated(groupA, groupB, inserts, List.of("leerid_school", "leerid_state_change", "leerid_application", "leerid_checklist_item"));
        assertThat(RowLevelSecurityChecks.countsPerTable(TABLES, groupB, groupB)).as("B unchanged").isEqualTo(rowsOfB);
    }

    @Test
    void theDatabaseRefusesStatesItemsAndConnectionsItDoesNotKnow() {
        TestTenants.inTenant(groupA, connection -> {
            assertThat(RowLevelSecurityChecks.sqlStateOf(connection, "update leerid_school set state = 'HALFWAY' where school_id = '" + schoolA1 + "'"))
                    .isEqualTo("23514");
            assertThat(RowLevelSecurityChecks.sqlStateOf(connection, "update leerid_application set connection_state = 'MAYBE'")).isEqualTo("23514");
            assertThat(RowLevelSecurityChecks.sqlStateOf(connection, "update leerid_checklist_item set item = 'COFFEE'")).isEqualTo("23514");
            assertThat(RowLevelSecurityChecks.sqlStateOf(connection, "insert into leerid_state_change (tenant_id, school_id, from_state, to_state, changed_by) "
                    + "values ('" + groupA + "', '" + schoolA1 + "', 'LIVE', 'LIVE', 'x')")).as("no change is no change").isEqualTo("23514");
        });
    }

    private static int updated(Connection connection, String sql) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return statement.executeUpdate();
        } finally {
            connection.rollback(savepoint);
        }
    }

}
