package be.taakwijzer.tenancy;

import static be.taakwijzer.testsupport.AuthenticatedAs.noTenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.tenancy.LoginResult.Refusal;
import be.taakwijzer.testsupport.TestDatabase;
import be.taakwijzer.testsupport.TestTenants;

@SpringBootTest
class LoginLinkServiceTest {

    static final String ISSUER = "https://login.example/realms/taakwijzer";

    @Autowired
    LoginLinkService loginLinks;

    UUID group;
    UUID otherGroup;
    UUID school;
    String directorEmail;
    UUID directorId;
    String subject;

    @BeforeEach
    void registeredDirector() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        otherGroup = TestTenants.createGroup("Scholengroep Zuiderzon");
        school = TestTenants.createSchool(group, "Basisschool De Vlinder");
        directorEmail = TestTenants.uniqueEmail("directeur", "noorderlicht.example");
        directorId = TestTenants.createStaff(group, directorEmail, "SCHOOL_DIRECTOR", school);
        subject = "sub-" + UUID.randomUUID();
    }

    @Test
    void theFirstLoginWithTheVerifiedEmailLinksTheRegistration() throws SQLException {
        LoginResult result = login(subject, directorEmail.toUpperCase(), true);

        assertThat(result.linked()).get().satisfies(l -> {
            assertThat(l.tenantId()).isEqualTo(group);
            assertThat(l.registrationId()).isEqualTo(directorId);
            assertThat(l.role()).isEqualTo(StaffRole.SCHOOL_DIRECTOR);
            assertThat(l.schoolId()).isEqualTo(school);
        });
        assertThat(auditEvents(group, directorId, "LINKED")).isEqualTo(1);
    }

    @Test
    void laterLoginsOfTheSameAccountGetTheSameLinkWithoutNewAudit() throws SQLException {
        login(subject, directorEmail, true);
        assertThat(login(subject, directorEmail, true).linked()).get().extracting(LoginLink::registrationId).isEqualTo(directorId);
        assertThat(auditEvents(group, directorId, "LINKED")).isEqualTo(1);
    }

    @Test
    void anAccountOfAnotherProviderWithTheSameEmailGetsNothingOnceLinked() {
        login(subject, directorEmail, true);
        assertThat(noTenant(() -> loginLinks.link("https://elders.example/op", subject, directorEmail, true)).refusal())
                .isEqualTo(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
    }

    @Test
    void theSameProviderMayVouchForTheAddressUnderANewSubjectAndTheMoveIsAudited() throws SQLException {
        login(subject, directorEmail, true);
        String recreated = "sub-" + UUID.randomUUID();
        assertThat(login(recreated, directorEmail, true).linked()).get().extracting(LoginLink::registrationId).isEqualTo(directorId);
        assertThat(login(subject, directorEmail, true).refusal()).as("moving back is a move too").isNull();
        assertThat(auditEvents(group, directorId, "LINKED")).isEqualTo(3);
    }

    @Test
    void anAccountLinkedToOneRegistrationCannotTakeASecondOne() {
        login(subject, directorEmail, true);
        String secondEmail = TestTenants.uniqueEmail("tweede", "noorderlicht.example");
        TestTenants.createStaff(group, secondEmail, "GROUP_DPO", null);
        assertThat(login(subject, secondEmail, true).refusal()).isEqualTo(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
    }

    @Test
    void anOrganisationCodeFromTheProviderMustBeTheDirectorsSchool() {
        String number = TestTenants.uniqueInstellingsnummer();
        UUID poolster = TestTenants.createSchool(group, "Atheneum Poolster", number);
        String email = TestTenants.uniqueEmail("directeur.poolster", "noorderlicht.example");
        TestTenants.createStaff(group, email, "SCHOOL_DIRECTOR", poolster);

        assertThat(noTenant(() -> loginLinks.link(ISSUER, subject, email, true, "999999")).refusal())
                .isEqualTo(Refusal.ORGANISATION_MISMATCH);
        assertThat(noTenant(() -> loginLinks.link(ISSUER, subject, email, true, number)).linked()).get()
                .extracting(LoginLink::schoolId).isEqualTo(poolster);
    }

    @Test
    void groupStaffOfAGroupWithoutAKnownBoardNumberAreFoundByEmailAlone() {
        String email = TestTenants.uniqueEmail("ict", "noorderlicht.example");
        TestTenants.createStaff(group, email, "GROUP_ICT_STAFF", null);
        assertThat(noTenant(() -> loginLinks.link(ISSUER, subject, email, true, "123456")).linked()).isPresent();
    }

    @Test
    void anUmbrellaAdviserLinksWithoutATenant() {
        String code = "KOEPEL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID umbrella = TestTenants.createUmbrella(code);
        String email = TestTenants.uniqueEmail("adviseur", "koepel.example");
        TestTenants.createUmbrellaAdviser(umbrella, email);

        assertThat(noTenant(() -> loginLinks.link(ISSUER, subject, email, true, "099999")).refusal())
                .isEqualTo(Refusal.ORGANISATION_MISMATCH);
        LoginResult result = noTenant(() -> loginLinks.link(ISSUER, subject, email, true, code));
        assertThat(result.linked()).get().satisfies(l -> {
            assertThat(l.role()).isEqualTo(StaffRole.UMBRELLA_ADVISER);
            assertThat(l.tenantId()).isNull();
            assertThat(l.umbrellaId()).isEqualTo(umbrella);
        });
        assertThat(noTenant(() -> loginLinks.link("https://elders.example/op", subject, email, true)).refusal())
                .isEqualTo(Refusal.LINKED_TO_ANOTHER_ACCOUNT);
    }

    @Test
    void theApplicationCannotReadAdvisersWithoutNamingTheirAddress() throws SQLException {
        UUID umbrella = TestTenants.createUmbrella("KOEPEL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        TestTenants.createUmbrellaAdviser(umbrella, TestTenants.uniqueEmail("adviseur", "koepel.example"));
        try (Connection connection = TestDatabase.get().connectAsApp(); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from umbrella_adviser")).isZero();
            assertThat(statement.executeUpdate("update umbrella_adviser set display_name = 'x'")).isZero();
        }
    }

    @Test
    void unverifiedUnknownOrMissingEmailGetsNothing() {
        assertThat(login(subject, directorEmail, false).refusal()).isEqualTo(Refusal.EMAIL_NOT_VERIFIED);
        assertThat(login(subject, "onbekend@noorderlicht.example", true).refusal()).isEqualTo(Refusal.NOT_REGISTERED);
        assertThat(login(subject, null, true).refusal()).isEqualTo(Refusal.EMAIL_NOT_VERIFIED);
    }

    @Test
    void theLoginPathReadsOneRowOnlyAndNeverWrites() throws SQLException {
        String otherEmail = TestTenants.uniqueEmail("ict", "zuiderzon.example");
        TestTenants.createStaff(otherGroup, otherEmail, "GROUP_ICT_STAFF", null);
        try (Connection connection = TestDatabase.get().connectAsApp(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try (PreparedStatement set = connection.prepareStatement("select set_config('app.login_email', ?, true)")) {
                set.setString(1, directorEmail);
                set.execute();
            }
            assertThat(count(statement, "select count(*) from staff_member")).isEqualTo(1);
            assertThat(statement.executeUpdate("update staff_member set display_name = 'x'")).isZero();
            assertThat(count(statement, "select count(*) from school")).isZero();
            connection.commit();
            assertThat(count(statement, "select count(*) from staff_member")).as("after the transaction").isZero();
        }
    }

    private LoginResult login(String subject, String email, boolean verified) {
        return noTenant(() -> loginLinks.link(ISSUER, subject, email, verified));
    }

    private static long auditEvents(UUID tenant, UUID entity, String action) throws SQLException {
        long[] count = new long[1];
        TestTenants.inTenant(tenant, connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select count(*) from audit_event where entity_id = ? and action = ?")) {
                query.setObject(1, entity);
                query.setString(2, action);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    count[0] = rs.getLong(1);
                }
            }
        });
        return count[0];
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
