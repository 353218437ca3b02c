package be.taakwijzer.admin.offboarding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

import be.taakwijzer.admin.identitysync.SyncFixtures;
import be.taakwijzer.admin.tenants.ui.TenantsView;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.testsupport.KaribuViewTest;

/**
 * Off-boarding in the console while Keycloak is down: the group's data is deleted all the same, the page
 * says why Keycloak still holds the group and offers a retry, and the groups' page lists it until it is done.
 */
@SpringBootTest(properties = "taakwijzer.keycloak.server-url=http://localhost:9")
class OffboardingViewTest extends KaribuViewTest {

    @Test
    void theOperatorOffboardsAGroupAndLearnsKeycloakStillHoldsItWithARetry() {
        String number = "98" + TestTenants.uniqueInstellingsnummer().substring(2);
        UUID group = SyncFixtures.group("Scholengroep Vloed", number, "vloed.example");
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));

        UI.getCurrent().navigate(OffboardingView.class, new RouteParameters("tenantId", group.toString()));
        _setValue(_get(TextField.class, spec -> spec.withId("offboarding-name")), "Scholengroep Vloed");
        _click(_get(Button.class, spec -> spec.withId("offboarding-delete")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("offboarding-done")).getText()).startsWith("De scholengroep is verwijderd");
        String failed = "De gegevens zijn verwijderd, maar Keycloak verwijderde de organisatie van de scholengroep niet: "
                + "Keycloak is niet bereikbaar op http://localhost:9.";
        assertThat(_get(Paragraph.class, spec -> spec.withId("offboarding-keycloak")).getText()).startsWith(failed);
        _click(_get(Button.class, spec -> spec.withId("offboarding-keycloak-retry")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("offboarding-keycloak")).getText()).startsWith(failed);

        UI.getCurrent().navigate(TenantsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("offboarding-pending-" + group)).getText())
                .startsWith("Scholengroep Vloed (" + number + "), afgesloten op ")
                .contains("pogingen: 2. Keycloak is niet bereikbaar op http://localhost:9.");
        _click(_get(Button.class, spec -> spec.withId("offboarding-pending-retry-" + group)));
        NotificationsKt.expectNotifications("Scholengroep Vloed is nog niet uit Keycloak verwijderd; de reden staat erbij.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("offboarding-pending-" + group)).getText()).contains("pogingen: 3.");
    }
}
