package be.taakwijzer.web.sso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import be.taakwijzer.sso.ChecklistItem;
import be.taakwijzer.sso.ConnectionState;
import be.taakwijzer.sso.LeerIdState;
import be.taakwijzer.ui.testsupport.Translations;

class SsoMessagesTest {

    @Test
    void everyTextExistsInDutchAndEnglish() throws Exception {
        Translations.assertComplete("i18n/sso");
    }

    @Test
    void everyStateConnectionAndChecklistItemHasALabel() throws Exception {
        Properties dutch = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/sso.properties")) {
            dutch.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(dutch.stringPropertyNames())
                .containsAll(Arrays.stream(LeerIdState.values()).map(s -> "sso.state." + s.name()).toList())
                .containsAll(Arrays.stream(ConnectionState.values()).map(s -> "sso.connection." + s.name()).toList())
                .containsAll(Arrays.stream(ChecklistItem.values()).map(s -> "sso.checklist." + s.name()).toList());
        assertThat(dutch.getProperty("sso.checklist.TEACHERS_INFORMED")).isEqualTo("Leerkrachten geïnformeerd");
        assertThat(dutch.stringPropertyNames()).as("the entities LeerIdService writes to the audit trail, for the history pages")
                .contains("history.entity.leerid_school", "history.entity.leerid_application", "history.entity.leerid_checklist");
    }
}
