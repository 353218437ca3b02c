package be.taakwijzer.admin.provisioning;

import java.util.Locale;

/** The school group's first ICT staff member, who logs in with a Keycloak password until the group's own login is linked. */
public record FirstAccount(String email, String firstName, String lastName) {

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
