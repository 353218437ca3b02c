package be.taakwijzer.ui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Dutch first, English second. The base bundles are Dutch and there is no fallback to the JVM's
 * default locale, so a Dutch user on an English server still reads Dutch. The application's own
 * bundle ({@code i18n/messages}) comes first, then the workspaces' own bundles, then the shared one
 * ({@code i18n/common}).
 */
@Component
public class TaakwijzerI18NProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The application's bundle, then one per feature workspace (absent in an application without it), then the shared one. */
    private static final List<String> BUNDLES = List.of("i18n/messages", "i18n/purchasing", "i18n/privacy", "i18n/sso", "i18n/umbrella",
            "i18n/common");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        for (String bundle : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, language, getClass().getClassLoader(), NO_FALLBACK).getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
            } catch (MissingResourceException notInThisBundle) {
                // try the next bundle
            }
        }
        return "!" + key;
    }

    /** English when asked for English, Dutch for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }
}
