package be.taakwijzer.admin.provisioning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import jakarta.ws.rs.core.Response;

/** The realm's users, within one admin session: found by e-mail, created with the e-mail as user name. */
final class KeycloakUsers {

    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

    private final RealmResource realm;

    KeycloakUsers(RealmResource realm) {
        this.realm = realm;
    }

    Optional<String> findId(String email) {
        return realm.users().searchByEmail(email, true).stream().findFirst().map(UserRepresentation::getId);
    }

    /**
     * Enabled, e-mail verified (Taakwijzer links a login to its staff registration by verified e-mail),
     * and told to choose a password at the first login. No realm role: Taakwijzer's own staff
     * registration decides what the person may do.
     */
    String create(FirstAccount account) {
        return create(account, List.of(UPDATE_PASSWORD));
    }

    /**
     * As {@link #create(FirstAccount)}, without any required action: a person who logs in through the
     * group's identity provider is linked to this account by e-mail, and a required action would make them
     * choose a Keycloak password they never use. An invitation e-mail asks for a password by its own link.
     */
    String createWithoutPassword(FirstAccount account) {
        return create(account, List.of());
    }

    private String create(FirstAccount account, List<String> requiredActions) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.email());
        user.setEmail(account.email());
        user.setEmailVerified(true);
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setEnabled(true);
        user.setRequiredActions(requiredActions);
        try (Response response = realm.users().create(user)) {
            return KeycloakResponses.createdId(response);
        }
    }

    void setTemporaryPassword(String userId, String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        realm.users().get(userId).resetPassword(credential);
    }

    void sendPasswordInvitation(String userId, KeycloakSettings settings) {
        realm.users().get(userId).executeActionsEmail(settings.invitationClientId(), settings.invitationRedirectUri(),
                Math.toIntExact(settings.invitationLifespan().toSeconds()), List.of(UPDATE_PASSWORD));
    }

    /** Keycloak can only send the invitation when the realm has an SMTP server. */
    boolean realmSendsEmail() {
        Map<String, String> smtp = realm.toRepresentation().getSmtpServer();
        return smtp != null && smtp.get("host") != null && !smtp.get("host").isBlank();
    }

    void remove(String userId) {
        try (Response response = realm.users().delete(userId)) {
            KeycloakResponses.requireSuccess(response);
        }
    }
}
