package be.taakwijzer.admin.provisioning;

import java.util.Locale;

/**
 * A person's Keycloak account: the school group's first ICT staff member, who logs in with a Keycloak
 * password until the group's own login is linked, or any other registered staff member (identity sync).
 */
public record FirstAccount(String email, String firstName, String lastName) {

    /**
     * From a registration's display name: "Ilse Proef" gives first and last name; one word (or none) stands
     * for both, Keycloak needs two; no name at all takes the address's local part.
     */
    public static FirstAccount fromDisplayName(String email, String displayName) {
        String address = email == null ? "" : email.strip();
        int at = address.indexOf('@');
        String full = displayName == null || displayName.isBlank() ? (at > 0 ? address.substring(0, at) : address) : displayName.strip();
        int space = full.indexOf(' ');
        return space < 0 ? new FirstAccount(address, full, full) : new FirstAccount(address, full.substring(0, space), full.substring(space + 1).strip());
    }

    public FirstAccount {
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@')) {
            throw new IllegalArgumentException("Not an e-mail address: " + email);
        }
        EmailDomains.normalize(email.substring(at + 1));
        if (firstName == null || firstName.isBlank() || lastName == null || lastName.isBlank()) {
            throw new IllegalArgumentException("The first ICT account needs a first and a last name");
        }
        firstName = firstName.strip();
        lastName = lastName.strip();
    }
}
