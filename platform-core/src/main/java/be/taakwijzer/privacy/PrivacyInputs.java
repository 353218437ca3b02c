package be.taakwijzer.privacy;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;

import be.taakwijzer.shared.InvalidInputException;
import be.taakwijzer.tenancy.CurrentTenant;

/** Checks the privacy services share. */
final class PrivacyInputs {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2000;
    static final int MAX_MESSAGE = 5000;

    private PrivacyInputs() {
    }

    static UUID tenant() {
        return CurrentTenant.id().orElseThrow(() -> new InvalidInputException("plan.error.no-group"));
    }

    /** A director acts only for their own school; others are not limited to one. */
    static void requireOwnSchoolForDirector(UUID schoolId) {
        CurrentTenant.ownSchoolId().ifPresent(own -> {
            if (!own.equals(schoolId)) {
                throw new AccessDeniedException("A director acts only for their own school");
            }
        });
    }

    /** Stripped text that must be there and not be longer than {@code max}. */
    static String required(String value, int max, String key) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(key);
        }
        if (text.length() > max) {
            throw new InvalidInputException(key + "-too-long", max);
        }
        return text;
    }

    /** Stripped text, empty when not given, not longer than {@code max}. */
    static String optional(String value, int max, String key) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(key, max);
        }
        return text;
    }

    /** An http(s) address or nothing. */
    static String link(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && text.length() <= 1000
                    && text.chars().noneMatch(Character::isWhitespace)) {
                return text;
            }
        } catch (IllegalArgumentException notAnAddress) {
            // refused below
        }
        throw new InvalidInputException("privacy.agreement.error.link");
    }
}
