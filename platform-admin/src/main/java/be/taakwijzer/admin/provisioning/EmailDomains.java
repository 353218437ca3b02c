package be.taakwijzer.admin.provisioning;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** E-mail domains as Keycloak compares them: lower case, no spaces, no {@code @}. */
final class EmailDomains {

    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,63}");

    private EmailDomains() {
    }

    static String normalize(String domain) {
        String normalized = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(normalized).matches()) {
            throw new IllegalArgumentException("Not an e-mail domain: " + domain);
        }
        return normalized;
    }

    /** Sorted, so that comparisons and logs are stable. */
    static Set<String> normalizeAll(Collection<String> domains) {
        Set<String> normalized = new TreeSet<>();
        domains.forEach(domain -> normalized.add(normalize(domain)));
        return normalized;
    }
}
