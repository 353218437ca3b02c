package be.taakwijzer.ui.testsupport;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

/**
 * The end-to-end tests' own look at the realm, past the service under test: what Keycloak really
 * holds, and the clean-up after each test (the development Keycloak keeps its state until it stops).
 */
public final class KeycloakInspector implements AutoCloseable {

    private final Keycloak keycloak;
    private final RealmResource realm;

    public KeycloakInspector(URI serverUrl) {
        keycloak = KeycloakBuilder.builder().serverUrl(serverUrl.toString()).realm("master").clientId("admin-cli")
                .username("admin").password("admin").build();
        realm = keycloak.realm("taakwijzer");
    }

    public List<OrganizationRepresentation> organizationsWithInstellingsnummer(String instellingsnummer) {
        return realm.organizations().searchByAttribute("instellingsnummer:" + instellingsnummer);
    }

    public OrganizationRepresentation organization(String id) {
        return realm.organizations().get(id).toRepresentation();
    }

    public Set<String> domains(String organizationId) {
        return organization(organizationId).getDomains().stream().map(OrganizationDomainRepresentation::getName)
                .collect(Collectors.toSet());
    }

    public Set<String> identityProviders(String organizationId) {
        return realm.organizations().get(organizationId).identityProviders().getIdentityProviders().stream()
                .map(IdentityProviderRepresentation::getAlias).collect(Collectors.toSet());
    }

    public Set<String> memberIds(String organizationId) {
        return realm.organizations().get(organizationId).members().getAll().stream().map(MemberRepresentation::getId)
                .collect(Collectors.toSet());
    }

    public List<UserRepresentation> usersWithEmail(String email) {
        return realm.users().searchByEmail(email, true);
    }

    /** The types of the user's credentials ({@code password}, …): none for an account the identity sync made. */
    public List<String> credentialTypes(String userId) {
        return realm.users().get(userId).credentials().stream().map(CredentialRepresentation::getType).toList();
    }

    /** An identity provider of the test's own (never the demo's), so that linking it disturbs no other test. */
    public void createIdentityProvider(String alias) {
        IdentityProviderRepresentation provider = new IdentityProviderRepresentation();
        provider.setAlias(alias);
        provider.setProviderId("oidc");
        provider.setEnabled(true);
        provider.setConfig(Map.of("authorizationUrl", "http://localhost:1/auth", "tokenUrl", "http://localhost:1/token",
                "clientId", "e2e", "clientSecret", "e2e", "clientAuthMethod", "client_secret_post"));
        try (Response response = realm.identityProviders().create(provider)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Could not create identity provider " + alias + ": HTTP " + response.getStatus());
            }
        }
    }

    /** Points the realm's e-mail at a local SMTP server; {@link #removeSmtpServer()} undoes it. */
    public void useSmtpServer(int port) {
        RealmRepresentation change = new RealmRepresentation();
        change.setSmtpServer(Map.of("host", "localhost", "port", Integer.toString(port), "from", "taakwijzer@localhost"));
        realm.update(change);
    }

    /** The development realm has no SMTP server. */
    public void removeSmtpServer() {
        RealmRepresentation change = new RealmRepresentation();
        change.setSmtpServer(Map.of());
        realm.update(change);
    }

    public void deleteOrganizationsWithInstellingsnummer(String instellingsnummer) {
        organizationsWithInstellingsnummer(instellingsnummer)
                .forEach(organization -> realm.organizations().get(organization.getId()).delete().close());
    }

    public void deleteUsersWithEmail(String email) {
        usersWithEmail(email).forEach(user -> realm.users().delete(user.getId()).close());
    }

    /** Links an identity provider to an organization, as an administrator would in Keycloak's console. */
    public void linkIdentityProvider(String organizationId, String alias) {
        try (Response response = realm.organizations().get(organizationId).identityProviders().addIdentityProvider(alias)) {
            if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                throw new IllegalStateException("Could not link identity provider " + alias + ": HTTP " + response.getStatus());
            }
        }
    }

    public boolean identityProviderExists(String alias) {
        return realm.identityProviders().findAll().stream().anyMatch(provider -> provider.getAlias().equals(alias));
    }

    public void deleteIdentityProvider(String alias) {
        try {
            realm.identityProviders().get(alias).remove();
        } catch (NotFoundException alreadyGone) {
            // the test failed before it created it
        }
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
