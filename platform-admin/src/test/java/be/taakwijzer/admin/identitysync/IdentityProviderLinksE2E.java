package be.taakwijzer.admin.identitysync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.SecureRandom;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import be.taakwijzer.admin.provisioning.IdentityProvisioningException;
import be.taakwijzer.admin.provisioning.ProvisioningFailure;
import be.taakwijzer.admin.testsupport.SignedIn;
import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.ui.testsupport.KeycloakInspector;

/**
 * Linking a school group's own identity provider to its organization, against the real Keycloak of
 * infra/keycloak: the provider is made in Keycloak (as an administrator would), the console links and
 * unlinks it, audited in the group's trail; an unknown alias or a malformed one is refused.
 */
@SpringBootTest(properties = "taakwijzer.keycloak.server-url=${TAAKWIJZER_E2E_KEYCLOAK_URL:http://localhost:8180}")
@ExtendWith(SignedIn.AsOperator.class)
class IdentityProviderLinksE2E {

    private static final URI KEYCLOAK = URI.create(System.getenv().getOrDefault("TAAKWIJZER_E2E_KEYCLOAK_URL", "http://localhost:8180"));
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String OPERATOR = "operator@taakwijzer.test";

    @Autowired
    IdentityProviderLinks links;
    @Autowired
    DSLContext dsl;

    private final String instellingsnummer = "96" + (1000 + RANDOM.nextInt(9000));
    private final String alias = "e2e-idp-" + instellingsnummer;

    @AfterEach
    void removeWhatTheTestMade() {
        try (KeycloakInspector keycloak = new KeycloakInspector(KEYCLOAK)) {
            keycloak.deleteOrganizationsWithInstellingsnummer(instellingsnummer);
            if (keycloak.identityProviderExists(alias)) {
                keycloak.deleteIdentityProvider(alias);
            }
        }
    }

    @Test
    void theOperatorLinksTheGroupsOwnLoginAndUnlinksItAudited() {
        UUID group = SyncFixtures.group("Scholengroep Eigen Login " + instellingsnummer, instellingsnummer, null);
        try (KeycloakInspector keycloak = new KeycloakInspector(KEYCLOAK)) {
            keycloak.createIdentityProvider(alias);
            assertThat(links.linked(group)).isEmpty();

            links.link(group, " " + alias + " ", OPERATOR);
            String organization = keycloak.organizationsWithInstellingsnummer(instellingsnummer).getFirst().getId();
            assertThat(keycloak.identityProviders(organization)).containsExactly(alias);
            assertThat(links.linked(group)).containsExactly(alias);
            links.link(group, alias, OPERATOR);

            assertThatThrownBy(() -> links.link(group, "bestaat-niet-" + instellingsnummer, OPERATOR))
                    .isInstanceOfSatisfying(IdentityProvisioningException.class,
                            refused -> assertThat(refused.failure()).isEqualTo(ProvisioningFailure.IDENTITY_PROVIDER_UNKNOWN));
            assertThatThrownBy(() -> links.link(group, "met spatie", OPERATOR))
                    .isInstanceOf(InvalidInputException.class).hasMessage("identityproviders.error.alias");

            links.unlink(group, alias, OPERATOR);
            assertThat(keycloak.identityProviders(organization)).isEmpty();
            assertThat(keycloak.identityProviderExists(alias)).as("the provider itself stays in the realm").isTrue();
        }
        assertThat(dsl.fetch("select action, actor from audit_event where tenant_id = ? and entity = 'identity_provider' order by occurred_at",
                        group).map(r -> r.get(0) + " " + r.get(1)))
                .as("linked once (the second time changed nothing), then unlinked, in the group's own trail")
                .containsExactly("LINKED " + OPERATOR, "DELETED " + OPERATOR);
    }
}
