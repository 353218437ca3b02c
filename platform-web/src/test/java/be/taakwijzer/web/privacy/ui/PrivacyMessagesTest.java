package be.taakwijzer.web.privacy.ui;

import org.junit.jupiter.api.Test;

import be.taakwijzer.ui.testsupport.Translations;

class PrivacyMessagesTest {

    @Test
    void everyTextOfThePrivacyWorkspaceExistsInDutchAndEnglish() throws Exception {
        Translations.assertComplete("i18n/privacy");
    }
}
