package be.taakwijzer.web.i18n;

import org.junit.jupiter.api.Test;

import be.taakwijzer.ui.testsupport.Translations;

class MessagesTest {

    @Test
    void everyTextExistsInDutchAndEnglish() throws Exception {
        Translations.assertComplete("i18n/messages");
    }
}
