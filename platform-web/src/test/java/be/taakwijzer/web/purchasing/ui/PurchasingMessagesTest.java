package be.taakwijzer.web.purchasing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import be.taakwijzer.purchasing.Procurement;
import be.taakwijzer.purchasing.PurchaseCategory;
import be.taakwijzer.purchasing.RequestStatus;
import be.taakwijzer.purchasing.TenderStatus;
import be.taakwijzer.ui.testsupport.Translations;

class PurchasingMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(purchasing\\.[a-z0-9.-]+[a-z0-9])\"");

    @Test
    void everyTextExistsInDutchAndEnglish() throws Exception {
        Translations.assertComplete("i18n/purchasing");
    }

    @Test
    void everyKeyTheServicesAndTheViewUseIsThere() throws Exception {
        Properties dutch = load();
        Set<String> used = new TreeSet<>();
        for (Path folder : new Path[] {Path.of("src/main/java/be/taakwijzer/web/purchasing/ui"),
                Path.of("../platform-core/src/main/java/be/taakwijzer/purchasing")}) {
            assertThat(folder).isDirectory();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).as("keys found in the sources").contains("purchasing.error.score", "purchasing.title");
        assertThat(dutch.stringPropertyNames()).containsAll(used);
        for (PurchaseCategory category : PurchaseCategory.values()) {
            assertThat(dutch).containsKey("purchasing.category." + category.name());
        }
        for (Procurement procurement : Procurement.values()) {
            assertThat(dutch).containsKey("purchasing.procurement." + procurement.name());
        }
        for (RequestStatus status : RequestStatus.values()) {
            assertThat(dutch).containsKey("purchasing.request.status." + status.name());
        }
        for (TenderStatus status : TenderStatus.values()) {
            assertThat(dutch).containsKey("purchasing.tender.status." + status.name());
        }
        for (String entity : new String[] {"supplier", "framework_contract", "contract_school", "tender", "tender_quote", "purchase_request"}) {
            assertThat(dutch).as("the history names what changed").containsKey("history.entity." + entity);
        }
    }

    private static Properties load() throws IOException {
        try (InputStream in = PurchasingMessagesTest.class.getClassLoader().getResourceAsStream("i18n/purchasing.properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
