package be.taakwijzer.admin.provisioning;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What Keycloak must know of a school group: its organization. Keycloak finds the group's organization
 * by the attribute {@code instellingsnummer} (also on the organizations imported with the demo realm);
 * a new one gets the alias {@link #alias()}, which the tokens' {@code organization} claim carries.
 *
 * @param instellingsnummer        the six digits of the group's board
 * @param name                     the organization's name, unique in the realm
 * @param emailDomains             the domains whose addresses belong to the group (login routing)
 * @param identityProviderAliases  the Keycloak identity providers of the group's own login (may be empty)
 */
public record GroupIdentity(String instellingsnummer, String name, Set<String> emailDomains, Set<String> identityProviderAliases) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public GroupIdentity {
        if (instellingsnummer == null || !SIX_DIGITS.matcher(instellingsnummer).matches()) {
            throw new IllegalArgumentException("An instellingsnummer has exactly six digits: " + instellingsnummer);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A school group needs a name");
        }
        name = name.strip();
        emailDomains = Collections.unmodifiableSet(EmailDomains.normalizeAll(emailDomains));
        identityProviderAliases = Collections.unmodifiableSet(new TreeSet<>(identityProviderAliases));
    }

    /** The alias of an organization created for this group. */
    public String alias() {
        return "groep-" + instellingsnummer;
    }
}
