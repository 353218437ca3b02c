package be.taakwijzer.admin.onboarding;

import java.text.Normalizer;
import java.util.Locale;

/** Compares names as people type them: case, accents, spaces, underscores and punctuation do not count. */
final class TextKey {

    private TextKey() {
    }

    static String of(String text) {
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
