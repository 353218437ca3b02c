package be.taakwijzer.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import be.taakwijzer.dashboard.SizeBand;
import be.taakwijzer.ui.testsupport.Translations;

class UmbrellaMessagesTest {

    @Test
    void everyTextExistsInDutchAndEnglishAndEverySizeBandHasALabel() throws Exception {
        Translations.assertComplete("i18n/umbrella");
        Properties dutch = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/umbrella.properties")) {
            dutch.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(dutch.stringPropertyNames()).containsAll(Arrays.stream(SizeBand.values()).map(b -> "umbrella.band." + b.name()).toList());
    }
}
