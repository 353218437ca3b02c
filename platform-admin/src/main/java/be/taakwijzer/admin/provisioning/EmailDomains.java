package be.taakwijzer.admin.provisioning;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import be.taakwijzer.tenancy.EmailDomain;

/** E-mail domains as Keycloak compares them: lower case, no spaces, no {@code @} ({@link EmailDomain}). */
final class EmailDomains {

    private EmailDomains() {
    }

    static String normalize(String domain) {
        return EmailDomain.parse(domain).value();
    }

    /** Sorted, so that comparisons and logs are stable. */
    static Set<String> normalizeAll(Collection<String> domains) {
        Set<String> normalized = new TreeSet<>();
        domains.forEach(domain -> normalized.add(normalize(domain)));
        return normalized;
    }
}
