package be.taakwijzer.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import be.taakwijzer.ui.testsupport.Translations;

class TaakwijzerI18NProviderTest {

    private final TaakwijzerI18NProvider provider = new TaakwijzerI18NProvider();
    private final Locale jvmDefault = Locale.getDefault();

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void dutchIsTheFirstLanguageEvenOnAnEnglishServer() {
        Locale.setDefault(Locale.US);
        assertThat(provider.getTranslation("nav.logout", Locale.of("nl", "BE"))).isEqualTo("Afmelden");
        assertThat(provider.getTranslation("nav.logout", Locale.FRENCH)).isEqualTo("Afmelden");
        assertThat(provider.getTranslation("nav.logout", null)).isEqualTo("Afmelden");
    }

    @Test
    void englishForEveryEnglishLocale() {
        assertThat(provider.getTranslation("nav.logout", Locale.UK)).isEqualTo("Log out");
        assertThat(provider.getTranslation("nav.logout", Locale.ENGLISH)).isEqualTo("Log out");
    }

    @Test
    void aMissingKeyIsVisibleNotSilent() {
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @Test
    void theSharedBundleIsCompleteInBothLanguages() throws Exception {
        Translations.assertComplete("i18n/common");
    }
}
