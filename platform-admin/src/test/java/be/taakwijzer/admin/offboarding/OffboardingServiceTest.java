package be.taakwijzer.admin.offboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.admin.testsupport.SignedIn;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.TestDatabase;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.testsupport.UmbrellaFixtures;

/** Off-boarding: the export holds every tenant table's rows; the deletion takes exactly those and nothing of another group. */
@SpringBootTest
class OffboardingServiceTest {

    @Autowired
    OffboardingService offboarding;
    @Autowired
    OffboardingRepository repository;

    UUID leaving;
    UUID staying;

    @BeforeEach
    void twoGroupsWithPlans() {
        UUID umbrella = UmbrellaFixtures.umbrella();
        leaving = UmbrellaFixtures.group(umbrella);
        staying = UmbrellaFixtures.group(umbrella);
        for (UUID group : List.of(leaving, staying)) {
            UUID school = UmbrellaFixtures.school(group);
            UmbrellaFixtures.hours(group, school, "TECH_CORE_01", "TECHNISCH_ICT_COORDINATOR", "12");
            UmbrellaFixtures.central(group, "BEL_CENTRAL_01", "SCHOLENGROEP");
            TestTenants.createStaff(group, TestTenants.uniqueEmail("ict", "groep.example"), "GROUP_ICT_STAFF", null);
            TestTenants.inTenant(group, connection -> connection.createStatement().execute(
                    "insert into audit_event (tenant_id, actor, entity, entity_id, action) values ('" + group + "', 'ict', 'school', gen_random_uuid(), 'CREATED')"));
        }
        SignedIn.asOperator();
    }

    @AfterEach
    void logOut() {
        SignedIn.out();
    }

    @Test
    void exportThenDeleteEveryRowOfTheGroupAndNothingElse() throws SQLException {
        GroupExport export = offboarding.export(leaving);
        String json = new String(export.json(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"school_group\": [", "\"school\": [", "\"allocation_share\": [", "\"staff_member\": [", "\"audit_event\": [")
                .contains(leaving.toString());
        assertThat(json).doesNotContain(staying.toString());
        String name = groupName(leaving);

        Map<String, Integer> deleted = offboarding.offboard(leaving, " " + name + " ", export.sha256(), "operator@taakwijzer.test");
        assertThat(deleted).containsEntry("school_group", 1).containsEntry("school", 1).containsEntry("allocation_share", 1)
                .containsEntry("staff_member", 1).containsEntry("audit_event", 1);
        for (String table : repository.deletionPlan().tables()) {
            assertThat(rows(table, leaving)).as(table + " of the group that left").isZero();
        }
        assertThat(rows("school", staying)).isEqualTo(1);
        assertThat(rows("allocation_share", staying)).isEqualTo(1);
        try (Connection operator = TestDatabase.get().connectAsOperator();
             PreparedStatement query = operator.prepareStatement("select name, actor, export_sha256, rows_deleted->>'school' from offboarded_group where former_tenant_id = ?")) {
            query.setObject(1, leaving);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(name);
                assertThat(rs.getString(2)).isEqualTo("operator@taakwijzer.test");
                assertThat(rs.getString(3)).isEqualTo(export.sha256());
                assertThat(rs.getString(4)).isEqualTo("1");
            }
        }
    }

    @Test
    void aWrongNameOrDataChangedSinceTheExportDeletesNothing() throws SQLException {
        GroupExport export = offboarding.export(leaving);
        assertThatThrownBy(() -> offboarding.offboard(leaving, "Een andere naam", export.sha256(), "op"))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("offboarding.error.name");
        TestTenants.createSchool(leaving, "Nog een school");
        assertThatThrownBy(() -> offboarding.offboard(leaving, groupName(leaving), export.sha256(), "op"))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("offboarding.error.changed");
        assertThat(rows("school", leaving)).isEqualTo(2);
        assertThat(rows("school_group", leaving)).isEqualTo(1);
    }

    @Test
    void onlyAnOperator() {
        SignedIn.as("ict", "GROUP_ICT_STAFF");
        assertThatThrownBy(() -> offboarding.export(leaving)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offboarding.offboard(leaving, "x", "y", "z")).isInstanceOf(AccessDeniedException.class);
    }

    private static String groupName(UUID tenant) throws SQLException {
        try (Connection operator = TestDatabase.get().connectAsOperator();
             PreparedStatement query = operator.prepareStatement("select name from school_group where tenant_id = ?")) {
            query.setObject(1, tenant);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long rows(String table, UUID tenant) throws SQLException {
        try (Connection operator = TestDatabase.get().connectAsOperator();
             PreparedStatement query = operator.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
            query.setObject(1, tenant);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
