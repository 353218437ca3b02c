package be.taakwijzer.admin.schoolmove;

import static be.taakwijzer.admin.schoolmove.MoveFixtures.EARLIER_YEAR;
import static be.taakwijzer.admin.schoolmove.MoveFixtures.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.admin.testsupport.SignedIn;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.TestDatabase;
import be.taakwijzer.testsupport.TestTenants;

/**
 * Moving a school between two groups against the real database: every row of the school goes, the links to
 * the old group's records go, the other schools of both groups stay as they were, the old group sees
 * nothing of the school any more through the application's role while the new group sees its plans and
 * history, and a refused move changes nothing.
 */
@SpringBootTest
class SchoolMoveServiceTest {

    private static final String OPERATOR = "operator@taakwijzer.test";

    @Autowired
    SchoolMoveService moves;
    @Autowired
    DSLContext dsl;

    UUID from;
    UUID to;
    UUID school;
    UUID staying;
    UUID arrivedBefore;
    UUID director;
    String schoolName;
    String schoolNumber;

    @BeforeEach
    void twoGroupsWithEverything() {
        from = MoveFixtures.group("Scholengroep Noorderlicht", EARLIER_YEAR, YEAR);
        to = MoveFixtures.group("Scholengroep Zuiderzon", YEAR);
        schoolName = "Basisschool De Vlinder " + UUID.randomUUID().toString().substring(0, 4);
        schoolNumber = TestTenants.uniqueInstellingsnummer();
        school = TestTenants.createSchool(from, schoolName, schoolNumber);
        staying = TestTenants.createSchool(from, "Basisschool Het Kompas");
        arrivedBefore = TestTenants.createSchool(to, "Basisschool De Zonnewijzer");
        director = MoveFixtures.director(from, school);
        UUID stayingDirector = MoveFixtures.director(from, staying);
        UUID otherDirector = MoveFixtures.director(to, arrivedBefore);
        MoveFixtures.schoolRows(from, school, director, EARLIER_YEAR, YEAR);
        MoveFixtures.schoolRows(from, staying, stayingDirector, YEAR);
        MoveFixtures.schoolRows(to, arrivedBefore, otherDirector, YEAR);
        MoveFixtures.groupRecords(from, "BEL_CENTRAL_01", director, school, staying);
        MoveFixtures.groupRecords(to, "BEL_CENTRAL_02", otherDirector, arrivedBefore);
        SignedIn.asOperator();
    }

    @AfterEach
    void logOut() {
        SignedIn.out();
    }

    @Test
    void thePreviewShowsWhatMovesWhatDoesNotAndWhy() {
        MovePreview preview = moves.preview(school, to);

        assertThat(preview.school().group().tenantId()).isEqualTo(from);
        assertThat(preview.target().tenantId()).isEqualTo(to);
        assertThat(counts(preview.moving())).containsEntry("school", 1).containsEntry("school_plan", 2).containsEntry("school_person", 1)
                .containsEntry("school_person_hours", 1).containsEntry("school_person_competence", 1).containsEntry("allocation", 1)
                .containsEntry("allocation_share", 1).containsEntry("coverage_notice", 1).containsEntry("purchase_request", 1)
                .containsEntry("privacy_question", 1).containsEntry("privacy_question_message", 1).containsEntry("leerid_school", 1)
                .containsEntry("leerid_state_change", 1).containsEntry("leerid_application", 1).containsEntry("leerid_checklist_item", 1)
                .containsEntry("staff_member", 1).containsEntry("audit_event", 2);
        assertThat(counts(preview.notMoving())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "central_task.responsible_staff_id", 1, "purchase_request.contract_id", 1, "central_task_school", 1, "contract_school", 1,
                "processing_activity_school", 1, "data_breach_school", 1, "audit_event.stays", 1));
        assertThat(preview.directors()).extracting(MovingDirector::email).singleElement().asString().startsWith("directeur.");
        assertThat(preview.schoolYearsAdded()).containsExactly(new SchoolYear(EARLIER_YEAR));
        assertThat(preview.coverageEnding()).extracting(CentralCoverage::taskCode).containsExactly("BEL_CENTRAL_01", "TECH_CORE_09");
        assertThat(preview.coverageInTarget()).extracting(CentralCoverage::taskCode).containsExactly("BEL_CENTRAL_02");
        assertThat(preview.blocked()).isFalse();
        assertThat(preview.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(moves.preview(school, to).fingerprint()).as("the same rows, the same fingerprint").isEqualTo(preview.fingerprint());
        assertThat(moves.targets(school)).extracting(GroupChoice::tenantId).contains(to).doesNotContain(from);
    }

    @Test
    void everyRowOfTheSchoolMovesAndNothingElse() throws SQLException {
        dsl.execute("update school set email_domain = 'libel.example' where id = ?", school);
        String directorEmail = dsl.fetchValue("select email from staff_member where id = ?", director).toString();
        MovePreview preview = moves.preview(school, to);
        Map<String, String> othersBefore = rowsOfOtherSchools();
        int centralTasksBefore = count("select count(*) from central_task where tenant_id = ?", from);

        MoveResult result = moves.move(school, to, " " + schoolNumber + " ", preview.fingerprint(), OPERATOR);

        assertThat(result.school().group().tenantId()).isEqualTo(to);
        assertThat(counts(result.tables())).containsAllEntriesOf(counts(preview.tables()));
        // what the move adds in the new group: its own event in the school's history, the notices of tasks no longer covered
        Map<String, Integer> added = Map.of("audit_event", 1, "coverage_notice", 2);
        for (SchoolRows rule : SchoolMovePlan.plan()) {
            if (rule.disposition() == Disposition.MOVES) {
                assertThat(dsl.fetchCount(rule.table(), rule.of(to, school))).as(rule.key() + " in the new group")
                        .isEqualTo(counts(preview.tables()).get(rule.key()) + added.getOrDefault(rule.key(), 0));
            }
            if (rule.disposition() != Disposition.STAYS) {
                assertThat(dsl.fetchCount(rule.table(), rule.of(from, school))).as(rule.key() + " left in the old group").isZero();
            }
        }
        // nothing of the school is left in the old group but the history of its data breach, which stays with the breach
        for (String table : tablesWithSchoolId()) {
            if (table.equals("identity_sync_request")) {
                continue; // the move's own request for the old group's organization: checked below
            }
            int left = count("select count(*) from " + table + " where tenant_id = ? and school_id = ?" + (table.equals("audit_event")
                    ? " and entity <> 'data_breach'" : ""), from, school);
            assertThat(left).as(table).isZero();
        }
        assertThat(rowsOfOtherSchools()).as("the other schools of both groups").isEqualTo(othersBefore);
        assertThat(count("select count(*) from central_task where tenant_id = ?", from)).isEqualTo(centralTasksBefore);
        assertThat(count("select count(*) from central_task where tenant_id = ? and responsible_staff_id is not null and task_code = 'TECH_CORE_09'", from))
                .as("the director who left no longer answers for the old group's central task").isZero();
        assertThat(count("select count(*) from data_breach_school where tenant_id = ? and school_id = ?", from, staying))
                .as("the breach stays in the old group's register, with its other school").isEqualTo(1);
        assertThat(count("select count(*) from purchase_request where tenant_id = ? and school_id = ? and contract_id is null", to, school)).isEqualTo(1);
        assertThat(count("select count(*) from staff_member where tenant_id = ? and id = ?", to, director)).isEqualTo(1);
        assertThat(count("select count(*) from school_year where tenant_id = ? and start_year = ?", to, EARLIER_YEAR)).isEqualTo(1);
        assertThat(result.schoolYearsAdded()).containsExactly(new SchoolYear(EARLIER_YEAR));
        for (UUID group : List.of(from, to)) {
            assertThat(dsl.fetch("select kind, subject from identity_sync_request where tenant_id = ? and processed_at is null", group)
                    .map(r -> r.get(0) + " " + r.get(1)))
                    .as("Keycloak follows in both groups: the director and the school's domain")
                    .contains("MEMBER " + directorEmail, "DOMAIN libel.example");
        }
    }

    @Test
    void theSchoolFindsWhatIsNoLongerCoveredAndItsHistoryInTheNewGroup() throws SQLException {
        MovePreview preview = moves.preview(school, to);

        MoveResult result = moves.move(school, to, schoolName, preview.fingerprint(), OPERATOR);

        // the old group covered two tasks that the new group does not: the school reads that they are open again
        assertThat(result.noticesAdded()).isEqualTo(2);
        assertThat(strings("select task_code from coverage_notice where tenant_id = ? and school_id = ? and start_year = ? and dismissed_at is null order by 1",
                to, school, YEAR)).containsExactly("BEL_CENTRAL_01", "TECH_CORE_09");
        assertThat(count("select count(*) from coverage_notice where tenant_id = ? and school_id = ? and task_code = 'BEL_CENTRAL_02' and dismissed_by = ?",
                to, school, OPERATOR)).as("the new group covers it: the old notice is read").isEqualTo(1);

        // the old group, through the application's role, sees nothing of the school but the move itself
        try (Connection app = asApp(from)) {
            assertThat(count(app, "select count(*) from school where id = ?", school)).isZero();
            for (String table : tablesWithSchoolId()) {
                int seen = count(app, "select count(*) from " + table + " where school_id = ?" + (table.equals("audit_event")
                        ? " and entity <> 'data_breach'" : ""), school);
                assertThat(seen).as(table + " of the school, seen by the old group").isZero();
            }
            assertThat(strings(app, "select before->>'name' || ' → ' || (after->>'group') from audit_event where entity = 'school' and entity_id = ? and actor = ?",
                    school, OPERATOR)).containsExactly(schoolName + " → " + result.target().name());
            assertThat(strings(app, "select after->'linksRemoved'->>'central_task_school' from audit_event where entity = 'school' and entity_id = ? and actor = ?",
                    school, OPERATOR)).singleElement().asString().contains("-");
        }
        // the new group sees its plans, its people and its history, the move included
        try (Connection app = asApp(to)) {
            assertThat(count(app, "select count(*) from school_plan where school_id = ?", school)).isEqualTo(2);
            assertThat(count(app, "select count(*) from allocation_share s join allocation a on a.tenant_id = s.tenant_id and a.id = s.allocation_id "
                    + "where a.school_id = ?", school)).isEqualTo(1);
            assertThat(strings(app, "select entity || ' ' || actor from audit_event where school_id = ? order by occurred_at, entity", school))
                    .containsExactly("school_plan directeur", "school " + OPERATOR);
            assertThat(strings(app, "select before->>'group' from audit_event where school_id = ? and entity = 'school'", school))
                    .containsExactly(preview.school().group().name());
            assertThat(count(app, "select count(*) from audit_event where entity = 'staff_member' and entity_id = ?", director))
                    .as("the director's history came along").isEqualTo(1);
        }
        try (Connection operator = TestDatabase.get().connectAsOperator()) {
            assertThat(strings(operator, "select from_group_name || ' → ' || to_group_name || ' by ' || actor || ': ' || (rows_per_table->'moved'->>'school') "
                    + "from school_move where school_id = ?", school))
                    .containsExactly(preview.school().group().name() + " → " + preview.target().name() + " by " + OPERATOR + ": 1");
        }
    }

    @Test
    void refusalsChangeNothing() throws SQLException {
        MovePreview preview = moves.preview(school, to);
        Map<String, String> before = rowsOfEverySchool();

        assertRefused(() -> moves.preview(school, from), "move.error.same-group");
        assertRefused(() -> moves.move(school, from, schoolName, preview.fingerprint(), OPERATOR), "move.error.same-group");
        assertRefused(() -> moves.preview(UUID.randomUUID(), to), "move.error.unknown-school");
        assertRefused(() -> moves.move(school, UUID.randomUUID(), schoolName, preview.fingerprint(), OPERATOR), "move.error.unknown-group");
        assertRefused(() -> moves.move(school, to, "De Vlinder", preview.fingerprint(), OPERATOR), "move.error.confirmation");
        assertRefused(() -> moves.move(school, to, null, preview.fingerprint(), OPERATOR), "move.error.confirmation");
        assertThat(rowsOfEverySchool()).isEqualTo(before);

        // the school changed since the preview: a person was added to its plan
        TestTenants.inTenant(from, connection -> MoveFixtures.run(connection,
                "insert into school_person (tenant_id, school_id, start_year, name, role_type) values (?, ?, ?, 'Nieuw', 'LEERKRACHT')", from, school, YEAR));
        Map<String, String> changed = rowsOfEverySchool();
        assertRefused(() -> moves.move(school, to, schoolName, preview.fingerprint(), OPERATOR), "move.error.changed");
        assertThat(rowsOfEverySchool()).isEqualTo(changed);
        assertThat(count("select count(*) from school_move where school_id = ?", school)).isZero();
    }

    @Test
    void aBreachThatMustStillBeReportedBlocksTheMove() throws SQLException {
        MoveFixtures.breachToReport(from, school);
        MovePreview preview = moves.preview(school, to);
        assertThat(preview.blocked()).isTrue();
        Map<String, String> before = rowsOfEverySchool();

        assertRefused(() -> moves.move(school, to, schoolName, preview.fingerprint(), OPERATOR), "move.error.breach");
        assertThat(rowsOfEverySchool()).isEqualTo(before);
    }

    @Test
    void onlyAnOperator() {
        SignedIn.as("ict", "GROUP_ICT_STAFF");
        assertThatThrownBy(() -> moves.preview(school, to)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moves.move(school, to, schoolName, "x", "ict")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moves.targets(school)).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertRefused(Runnable move, String key) {
        assertThatThrownBy(move::run).isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo(key);
    }

    private static Map<String, Integer> counts(List<TableRows> tables) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach(t -> counts.put(t.key(), t.rows()));
        return counts;
    }

    /** Every row of the staying schools of both groups, in every table with a school_id, as text. */
    private Map<String, String> rowsOfOtherSchools() throws SQLException {
        return rowsOf("school_id in ('" + staying + "', '" + arrivedBefore + "')");
    }

    private Map<String, String> rowsOfEverySchool() throws SQLException {
        return rowsOf("school_id in ('" + school + "', '" + staying + "', '" + arrivedBefore + "')");
    }

    private static Map<String, String> rowsOf(String which) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String table : tablesWithSchoolId()) {
            rows.put(table, strings("select coalesce(string_agg(t::text, '\n' order by t::text), '') from " + table + " t where " + which).getFirst());
        }
        return rows;
    }

    private static List<String> tablesWithSchoolId() throws SQLException {
        return strings("""
                select c.relname from pg_class c
                where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relforcerowsecurity
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'school_id' and not a.attisdropped)
                order by 1""");
    }

    private static Connection asApp(UUID tenant) throws SQLException {
        Connection app = TestDatabase.get().connectAsApp();
        app.setAutoCommit(false);
        try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
        return app;
    }

    private static int count(String sql, Object... values) throws SQLException {
        try (Connection operator = TestDatabase.get().connectAsOperator()) {
            return count(operator, sql, values);
        }
    }

    private static int count(Connection connection, String sql, Object... values) throws SQLException {
        return Integer.parseInt(strings(connection, sql, values).getFirst());
    }

    private static List<String> strings(String sql, Object... values) throws SQLException {
        try (Connection operator = TestDatabase.get().connectAsOperator()) {
            return strings(operator, sql, values);
        }
    }

    private static List<String> strings(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            List<String> strings = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    strings.add(rs.getString(1));
                }
            }
            return strings;
        }
    }
}
