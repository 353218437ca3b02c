package be.taakwijzer.purchasing;

import java.util.Optional;

/**
 * A Belgian enterprise number (KBO/BCE): ten digits, starting with 0 or 1, whose last two digits are
 * 97 minus the first eight modulo 97. People write it with dots, spaces or a "BE" in front.
 */
public final class EnterpriseNumber {

    private EnterpriseNumber() {
    }

    /** The ten digits of a valid number, or empty when the text is not one. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^BE", "").replaceAll("[\\s.]", "");
        if (digits.length() == 9) {
            digits = "0" + digits; // the old nine-digit form
        }
        if (!digits.matches("[01][0-9]{9}")) {
            return Optional.empty();
        }
        long base = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return 97 - (base % 97) == check ? Optional.of(digits) : Optional.empty();
    }

    /** 0123456749 as 0123.456.749. */
    public static String format(String digits) {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }
}
