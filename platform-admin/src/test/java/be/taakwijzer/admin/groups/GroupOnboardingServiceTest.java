package be.taakwijzer.admin.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.admin.testsupport.SignedIn;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.testsupport.TestDatabase;
import be.taakwijzer.testsupport.TestTenants;

/** Onboarding by hand, as the operator role: a group with its first ICT staff member, all or nothing, audited. */
@SpringBootTest
@ExtendWith(SignedIn.AsOperator.class)
class GroupOnboardingServiceTest {

    @Autowired
    GroupOnboardingService onboarding;


    @Test
    void aGroupWithItsFirstIctStaffMemberInItsOwnTenantAudited() throws SQLException {
        UUID umbrella = onboarding.addUmbrella("k-" + UUID.randomUUID().toString().substring(0, 6), "Koepel Proef");
        String nummer = TestTenants.uniqueInstellingsnummer();
        String email = TestTenants.uniqueEmail("ict", "nieuwegroep.example");
        UUID tenant = onboarding.addGroup(new NewSchoolGroup(" Scholengroep Nieuwland ", nummer.substring(1), umbrella,
                email.toUpperCase(), "Ilse Proef"), "operator@taakwijzer.test");

        try (Connection owner = TestDatabase.get().connectAsOwner()) {
            owner.setAutoCommit(false);
            setTenant(owner, tenant);
            assertThat(single(owner, "select name || '|' || instellingsnummer || '|' || umbrella_id || '|' || email_domain from school_group"))
                    .as("leading zero restored, name trimmed, the domain of the first ICT address")
                    .isEqualTo("Scholengroep Nieuwland|" + nummer + "|" + umbrella + "|nieuwegroep.example");
            assertThat(single(owner, "select email || '|' || role || '|' || display_name from staff_member"))
                    .isEqualTo(email + "|GROUP_ICT_STAFF|Ilse Proef");
            assertThat(single(owner, "select string_agg(entity || ':' || action || ':' || actor, ',' order by entity) from audit_event"))
                    .isEqualTo("school_group:CREATED:operator@taakwijzer.test,staff_member:CREATED:operator@taakwijzer.test");
            owner.rollback();
        }
    }

    @Test
    void refusedInputSavesNothing() throws SQLException {
        String nummer = TestTenants.uniqueInstellingsnummer();
        String email = TestTenants.uniqueEmail("ict", "nieuwegroep.example");
        onboarding.addGroup(new NewSchoolGroup("Scholengroep Eerste", nummer, null, email, ""), "op");
        long groups = countGroups();

        assertRefused("onboarding.error.group-number-taken", () -> onboarding.addGroup(
                new NewSchoolGroup("Scholengroep Tweede", nummer, null, TestTenants.uniqueEmail("ict", "x.example"), ""), "op"));
        assertRefused("onboarding.error.email-taken", () -> onboarding.addGroup(
                new NewSchoolGroup("Scholengroep Derde", TestTenants.uniqueInstellingsnummer(), null, email, ""), "op"));
        assertRefused("onboarding.error.instellingsnummer", () -> onboarding.addGroup(
                new NewSchoolGroup("Scholengroep Vierde", "12a45", null, TestTenants.uniqueEmail("ict", "x.example"), ""), "op"));
        assertRefused("onboarding.error.email", () -> onboarding.addGroup(
                new NewSchoolGroup("Scholengroep Vijfde", TestTenants.uniqueInstellingsnummer(), null, "geen-adres", ""), "op"));
        assertRefused("onboarding.error.name", () -> onboarding.addGroup(
                new NewSchoolGroup(" ", TestTenants.uniqueInstellingsnummer(), null, TestTenants.uniqueEmail("ict", "x.example"), ""), "op"));
        assertRefused("onboarding.error.umbrella-code", () -> onboarding.addUmbrella("x", "Koepel"));
        assertThat(countGroups()).isEqualTo(groups);
    }

    @Test
    void onlyAnOperator() {
        SignedIn.as("ict", "GROUP_ICT_STAFF");
        assertThatThrownBy(() -> onboarding.addUmbrella("KOEPEL-X", "Koepel X")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> onboarding.umbrellas()).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertRefused(String key, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo(key);
    }

    private static long countGroups() throws SQLException {
        try (Connection operator = TestDatabase.get().connectAsOperator()) {
            return Long.parseLong(single(operator, "select count(*) from school_group"));
        }
    }

    private static void setTenant(Connection connection, UUID tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenant.toString());
            statement.execute();
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
