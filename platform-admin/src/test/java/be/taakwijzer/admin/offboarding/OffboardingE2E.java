package be.taakwijzer.admin.offboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.admin.identitysync.SyncFixtures;
import be.taakwijzer.admin.provisioning.FirstAccount;
import be.taakwijzer.admin.provisioning.GroupIdentity;
import be.taakwijzer.admin.provisioning.IdentityProvisioning;
import be.taakwijzer.admin.provisioning.RemovedGroup;
import be.taakwijzer.admin.testsupport.SignedIn;
import be.taakwijzer.ui.testsupport.KeycloakInspector;

/**
 * Off-boarding end to end against the real Keycloak of infra/keycloak (TAAKWIJZER_E2E_KEYCLOAK_URL): once the
 * group's data is deleted, its organization goes, with its own identity provider and the accounts of its
 * members — except an account that also belongs to another group's organization, which only loses this
 * membership. A second removal finds nothing more to do.
 */
@SpringBootTest(properties = "taakwijzer.keycloak.server-url=${TAAKWIJZER_E2E_KEYCLOAK_URL:http://localhost:8180}")
@ExtendWith(SignedIn.AsOperator.class)
class OffboardingE2E {

    private static final URI KEYCLOAK = URI.create(System.getenv().getOrDefault("TAAKWIJZER_E2E_KEYCLOAK_URL", "http://localhost:8180"));
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    OffboardingService offboarding;
    @Autowired
    OffboardedIdentityService identity;
    @Autowired
    IdentityProvisioning provisioning;

    private final String leaving = "97" + (1000 + RANDOM.nextInt(9000));
    private final String staying = "96" + (1000 + RANDOM.nextInt(9000));
    private final String ictEmail = "ict@e2e-" + leaving + ".example";
    private final String sharedEmail = "gedeeld@e2e-" + staying + ".example";
    private final String identityProvider = "e2e-idp-" + leaving;


    @AfterEach
    void removeWhatTheTestMade() {
        try (KeycloakInspector keycloak = new KeycloakInspector(KEYCLOAK)) {
            keycloak.deleteOrganizationsWithInstellingsnummer(leaving);
            keycloak.deleteOrganizationsWithInstellingsnummer(staying);
            keycloak.deleteUsersWithEmail(ictEmail);
            keycloak.deleteUsersWithEmail(sharedEmail);
            keycloak.deleteIdentityProvider(identityProvider);
        }
    }

    @Test
    void offboardingRemovesTheOrganizationItsIdentityProviderAndTheAccountsThatAreOnlyItsOwn() {
        try (KeycloakInspector keycloak = new KeycloakInspector(KEYCLOAK)) {
            keycloak.createIdentityProvider(identityProvider);
            String organization = provisioning.ensureGroup(new GroupIdentity(leaving, "Scholengroep E2E " + leaving,
                    Set.of("e2e-" + leaving + ".example"), Set.of(identityProvider))).organizationId();
            String own = provisioning.ensureFirstIctAccount(organization, new FirstAccount(ictEmail, "Ilse", "Eigen")).userId();
            String other = provisioning.ensureGroup(new GroupIdentity(staying, "Scholengroep E2E " + staying,
                    Set.of("e2e-" + staying + ".example"), Set.of())).organizationId();
            String shared = provisioning.ensureFirstIctAccount(other, new FirstAccount(sharedEmail, "Gert", "Gedeeld")).userId();
            provisioning.addMember(organization, sharedEmail);
            assertThat(keycloak.memberIds(organization)).containsExactlyInAnyOrder(own, shared);

            UUID group = SyncFixtures.group("Scholengroep E2E " + leaving, leaving, "e2e-" + leaving + ".example");
            GroupExport export = offboarding.export(group);
            offboarding.offboard(group, "Scholengroep E2E " + leaving, export.sha256(), "operator@taakwijzer.test");

            assertThat(identity.removeFromKeycloak(group)).isEqualTo(new RemovedGroup(true, 1, 1, 1));

            assertThat(keycloak.organizationsWithInstellingsnummer(leaving)).isEmpty();
            assertThat(keycloak.identityProviderExists(identityProvider)).isFalse();
            assertThat(keycloak.usersWithEmail(ictEmail)).as("the group's own account").isEmpty();
            assertThat(keycloak.usersWithEmail(sharedEmail)).as("an account of another group too").extracting(UserRepresentation::getId)
                    .containsExactly(shared);
            assertThat(keycloak.memberIds(other)).containsExactly(shared);
            assertThat(identity.pending()).extracting(OffboardedGroup::formerTenantId).doesNotContain(group);
            assertThat(identity.removeFromKeycloak(group)).as("done: nothing more").isEqualTo(RemovedGroup.NOTHING_FOUND);
        }
    }
}
