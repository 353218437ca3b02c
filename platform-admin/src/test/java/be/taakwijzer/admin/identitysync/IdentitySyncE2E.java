package be.taakwijzer.admin.identitysync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.admin.provisioning.SmtpSink;
import be.taakwijzer.admin.testsupport.SignedIn;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.testsupport.KeycloakInspector;

/**
 * The identity sync end to end against the real Keycloak of infra/keycloak (TAAKWIJZER_E2E_KEYCLOAK_URL):
 * what platform-web leaves in the outbox — a registered person, a school's domain — becomes the
 * organization's member and domain, a removal removes them again, and processing twice changes nothing.
 * The group has an instellingsnummer of its own (97xxxx) and the test removes what it made in Keycloak.
 */
@SpringBootTest(properties = "taakwijzer.keycloak.server-url=${TAAKWIJZER_E2E_KEYCLOAK_URL:http://localhost:8180}")
@ExtendWith(SignedIn.AsOperator.class)
class IdentitySyncE2E {

    private static final URI KEYCLOAK = URI.create(System.getenv().getOrDefault("TAAKWIJZER_E2E_KEYCLOAK_URL", "http://localhost:8180"));
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    IdentitySyncService sync;

    private final String instellingsnummer = "97" + (1000 + RANDOM.nextInt(9000));
    private final String groupDomain = "e2e-" + instellingsnummer + ".example";
    private final String schoolDomain = "school-" + instellingsnummer + ".example";
    private final String email = "dpo@" + groupDomain;


    @AfterEach
    void removeWhatTheTestMade() {
        try (KeycloakInspector keycloak = new KeycloakInspector(KEYCLOAK)) {
            keycloak.deleteOrganizationsWithInstellingsnummer(instellingsnummer);
            keycloak.deleteUsersWithEmail(email);
        }
    }

    @Test
    void withoutAnIdentityProviderOfItsGroupAPersonIsInvitedToChooseAPasswordWithOneNoMailIsSent() throws Exception {
        UUID group = SyncFixtures.group("Scholengroep E2E " + instellingsnummer, instellingsnummer, groupDomain);
        String secondEmail = "ict@" + groupDomain;
        String identityProvider = "e2e-idp-" + instellingsnummer;
        try (KeycloakInspector keycloak = new KeycloakInspector(KEYCLOAK); SmtpSink smtp = new SmtpSink()) {
            keycloak.useSmtpServer(smtp.port());
            try {
                SyncFixtures.registerStaff(group, email, "Dirk Privé");
                assertThat(sync.syncNow(group).failed()).isZero();
                assertThat(smtp.nextMessage(Duration.ofSeconds(30))).as("the invitation to choose a password").contains("To: " + email);

                keycloak.createIdentityProvider(identityProvider);
                String organization = keycloak.organizationsWithInstellingsnummer(instellingsnummer).getFirst().getId();
                keycloak.linkIdentityProvider(organization, identityProvider);
                SyncFixtures.registerStaff(group, secondEmail, "Ilse Twee");
                assertThat(sync.syncNow(group).failed()).isZero();
                assertThat(keycloak.usersWithEmail(secondEmail)).as("the account is made").hasSize(1);
                assertThatThrownBy(() -> smtp.nextMessage(Duration.ofSeconds(5))).as("no mail: the group's own login links by e-mail")
                        .isInstanceOf(AssertionError.class).hasMessageStartingWith("No e-mail arrived");
            } finally {
                keycloak.removeSmtpServer();
                keycloak.deleteUsersWithEmail(secondEmail);
                keycloak.deleteOrganizationsWithInstellingsnummer(instellingsnummer);
                keycloak.deleteIdentityProvider(identityProvider);
            }
        }
    }

    @Test
    void aRegisteredPersonBecomesAMemberAndLeavesAgainAndASchoolsDomainFollowsTheSchool() {
        UUID group = SyncFixtures.group("Scholengroep E2E " + instellingsnummer, instellingsnummer, groupDomain);
        UUID school = TestTenants.createSchool(group, "Basisschool E2E");
        SyncFixtures.schoolDomain(group, school, null, schoolDomain);
        UUID staff = SyncFixtures.registerStaff(group, email, "Dirk Privé");

        SyncRun run = sync.processDue();

        assertThat(run.failed()).isZero();
        assertThat(SyncFixtures.requests(group)).as("every request processed, the organization's own one included")
                .allSatisfy(request -> assertThat(request).contains("|true|"))
                .anySatisfy(request -> assertThat(request).startsWith("ORGANIZATION|"));
        try (KeycloakInspector keycloak = new KeycloakInspector(KEYCLOAK)) {
            OrganizationRepresentation organization = keycloak.organizationsWithInstellingsnummer(instellingsnummer).getFirst();
            assertThat(organization.getAlias()).isEqualTo("groep-" + instellingsnummer);
            assertThat(organization.getName()).isEqualTo("Scholengroep E2E " + instellingsnummer);
            assertThat(keycloak.domains(organization.getId())).containsExactlyInAnyOrder(groupDomain, schoolDomain);
            UserRepresentation user = keycloak.usersWithEmail(email).getFirst();
            assertThat(user.getFirstName()).isEqualTo("Dirk");
            assertThat(user.getLastName()).isEqualTo("Privé");
            assertThat(user.isEmailVerified()).isTrue();
            assertThat(user.getRequiredActions()).as("no password to choose: the group's own login links by e-mail").isEmpty();
            assertThat(keycloak.credentialTypes(user.getId())).as("no secret passed through Taakwijzer").isEmpty();
            assertThat(keycloak.memberIds(organization.getId())).containsExactly(user.getId());

            SyncFixtures.registerStaffRequestAgain(group, email, staff);
            assertThat(sync.syncNow(group)).as("processing again changes nothing").isEqualTo(new SyncRun(1, 0));
            assertThat(keycloak.usersWithEmail(email)).extracting(UserRepresentation::getId).containsExactly(user.getId());

            SyncFixtures.removeStaff(group, staff, email);
            SyncFixtures.schoolDomain(group, school, schoolDomain, null);
            assertThat(sync.syncNow(group)).isEqualTo(new SyncRun(2, 0));

            assertThat(keycloak.memberIds(organization.getId())).as("no longer a member").isEmpty();
            assertThat(keycloak.usersWithEmail(email)).as("the account stays (ADR 0011)").extracting(UserRepresentation::getId)
                    .containsExactly(user.getId());
            assertThat(keycloak.domains(organization.getId())).as("the school's domain went with it, the group's stays")
                    .containsExactly(groupDomain);
        }
    }
}
