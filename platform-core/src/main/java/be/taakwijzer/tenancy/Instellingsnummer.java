package be.taakwijzer.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number the Department of Education gives every school and board: six characters, leading
 * zeros included ({@code 044693}). Never a number, because files and spreadsheets drop the zeros.
 */
public record Instellingsnummer(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern ONE_TO_SIX_DIGITS = Pattern.compile("\\d{1,6}");

    public Instellingsnummer {
        Objects.requireNonNull(value, "value");
        if (!SIX_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("An instellingsnummer has exactly six digits: " + value);
        }
    }

    /** Accepts what files give (spaces, dropped leading zeros) and restores the six characters. */
    public static Instellingsnummer parse(String raw) {
        String trimmed = raw == null ? "" : raw.strip();
        if (!ONE_TO_SIX_DIGITS.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("Not an instellingsnummer: " + raw);
        }
        return new Instellingsnummer("0".repeat(6 - trimmed.length()) + trimmed);
    }

    @Override
    public String toString() {
        return value;
    }
}
