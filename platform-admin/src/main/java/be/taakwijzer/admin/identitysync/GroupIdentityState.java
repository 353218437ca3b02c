package be.taakwijzer.admin.identitysync;

import java.util.Set;

/**
 * What the database says Keycloak must know of a group: its organization's key and name, and the e-mail
 * domains of the group and its schools.
 */
record GroupIdentityState(String instellingsnummer, String name, Set<String> domains) {

    GroupIdentityState {
        domains = Set.copyOf(domains);
    }
}
