package be.taakwijzer.shared;

import java.util.Locale;
import java.util.Objects;

/** A text held in Dutch (the first language) and English. */
public record LocalizedText(String nl, String en) {

    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    /** English for English locales, Dutch for everything else. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : nl;
    }
}
