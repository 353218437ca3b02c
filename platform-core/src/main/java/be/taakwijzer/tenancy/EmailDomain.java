package be.taakwijzer.tenancy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The domain of a group's or school's e-mail addresses ({@code noorderlicht.example}), as Keycloak routes a
 * login by it: lower case, no {@code @}, no spaces, a dot and a top-level domain of letters. The tables'
 * {@code email_domain} columns check the same.
 */
public record EmailDomain(String value) {

    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final int MAX_LENGTH = 253;

    public EmailDomain {
        if (value == null || value.length() > MAX_LENGTH || !DOMAIN.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an e-mail domain: " + value);
        }
    }

    /** Accepts what people type: spaces around it, capitals, a leading {@code @}. */
    public static EmailDomain parse(String raw) {
        String cleaned = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return new EmailDomain(cleaned.startsWith("@") ? cleaned.substring(1) : cleaned);
    }

    /** The domain of an e-mail address, when it has one that Keycloak could route by. */
    public static Optional<EmailDomain> ofAddress(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        try {
            return at < 0 ? Optional.empty() : Optional.of(parse(email.substring(at + 1)));
        } catch (IllegalArgumentException notRoutable) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
