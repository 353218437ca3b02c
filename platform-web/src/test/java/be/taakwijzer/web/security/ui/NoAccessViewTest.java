package be.taakwijzer.web.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import be.taakwijzer.tenancy.LoginResult;
import be.taakwijzer.ui.i18n.LanguageSwitcher;
import be.taakwijzer.ui.i18n.TaakwijzerI18NProvider;
import be.taakwijzer.ui.testsupport.KaribuViewTest;
import be.taakwijzer.web.catalogue.ui.CatalogueView;
import be.taakwijzer.web.security.TaakwijzerUser;

@SpringBootTest
class NoAccessViewTest extends KaribuViewTest {

    @Test
    void aPersonNoSchoolGroupRegisteredSeesWhyAndNothingElse() {
        login(new TaakwijzerUser(authorities(List.of()), idToken("x-1", "Onbekende Bezoeker", "bezoeker@elders.example"), null,
                new LoginResult(null, LoginResult.Refusal.NOT_REGISTERED)),
                List.of());
        UI.getCurrent().navigate(CatalogueView.class);

        assertThat(_get(H2.class, spec -> spec.withId("no-access-title")).getText()).isEqualTo("Je hebt nog geen toegang");
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-access-explanation")).getText()).contains("bezoeker@elders.example");
        _assertNone(Grid.class);

        LanguageSwitcher.switchTo(TaakwijzerI18NProvider.ENGLISH);
        assertThat(_get(H2.class, spec -> spec.withId("no-access-title")).getText()).isEqualTo("You have no access yet");
    }

    @Test
    void aRegistrationLinkedToAnotherAccountIsExplainedAsSuch() {
        login(new TaakwijzerUser(authorities(List.of()), idToken("x-2", "Tweede Account", "directeur@noorderlicht.example"), null,
                new LoginResult(null, LoginResult.Refusal.LINKED_TO_ANOTHER_ACCOUNT)), List.of());
        UI.getCurrent().navigate(CatalogueView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("no-access-explanation")).getText())
                .contains("directeur@noorderlicht.example", "al gekoppeld aan een ander account");
        _assertNone(Grid.class);
    }
}
