package be.taakwijzer.ui.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Checks that a message bundle has every key in Dutch and in English, with text in both. */
public final class Translations {

    private Translations() {
    }

    public static void assertComplete(String baseName) throws IOException {
        Properties dutch = load(baseName + ".properties");
        Properties english = load(baseName + "_en.properties");
        assertThat(english.stringPropertyNames()).as("English keys of " + baseName).isEqualTo(dutch.stringPropertyNames());
        assertThat(dutch.values()).as("Dutch texts of " + baseName).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(english.values()).as("English texts of " + baseName).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
