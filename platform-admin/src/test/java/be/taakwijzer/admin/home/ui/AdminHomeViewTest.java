package be.taakwijzer.admin.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import be.taakwijzer.ui.i18n.LanguageSwitcher;
import be.taakwijzer.ui.i18n.TaakwijzerI18NProvider;
import be.taakwijzer.ui.testsupport.KaribuViewTest;

@SpringBootTest
class AdminHomeViewTest extends KaribuViewTest {

    @Test
    void greetsTheLoggedInOperatorInDutchAndEnglish() {
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));
        UI.getCurrent().navigate(AdminHomeView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("Beheerconsole");
        assertThat(_get(Paragraph.class, spec -> spec.withId("admin-welcome")).getText()).startsWith("Welkom, Operator Eén.");

        LanguageSwitcher.switchTo(TaakwijzerI18NProvider.ENGLISH);
        assertThat(_get(H2.class).getText()).isEqualTo("Operator console");
    }

    @Test
    void aDirectorWhoLogsInHereIsRefused() {
        login("d-1", "Directeur Vlinder", "directeur.vlinder@noorderlicht.example", List.of());
        UI.getCurrent().navigate(AdminHomeView.class);

        _assertNone(AdminHomeView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Alleen voor operatoren");
    }
}
