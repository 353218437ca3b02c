package be.taakwijzer.e2e;

import java.net.URI;
import java.util.List;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The realm {@code taakwijzer} of the development Keycloak through its admin API (admin/admin), past the
 * applications: whether a school group's organization and accounts are there, and removing them after
 * the test, since that Keycloak keeps its state until it stops.
 */
final class TaakwijzerRealm implements AutoCloseable {

    private final Keycloak keycloak;
    private final RealmResource realm;

    TaakwijzerRealm(URI server) {
        keycloak = KeycloakBuilder.builder().serverUrl(server.toString()).realm("master").clientId("admin-cli")
                .username("admin").password("admin").build();
        realm = keycloak.realm("taakwijzer");
    }

    /** Organizations carry the group's instellingsnummer as an attribute (platform-admin's provisioning). */
    List<OrganizationRepresentation> organizationsWithInstellingsnummer(String instellingsnummer) {
        return realm.organizations().searchByAttribute("instellingsnummer:" + instellingsnummer);
    }

    List<UserRepresentation> usersWithEmail(String email) {
        return realm.users().searchByEmail(email, true);
    }

    void removeGroup(String instellingsnummer, String ictEmail) {
        organizationsWithInstellingsnummer(instellingsnummer)
                .forEach(organization -> realm.organizations().get(organization.getId()).delete().close());
        usersWithEmail(ictEmail).forEach(user -> realm.users().delete(user.getId()).close());
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
