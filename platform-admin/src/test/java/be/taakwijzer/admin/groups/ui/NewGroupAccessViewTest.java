package be.taakwijzer.admin.groups.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.admin.tenants.ui.TenantsView;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.table.DataTable;
import be.taakwijzer.ui.testsupport.KaribuViewTest;

/**
 * Keycloak down while a group is onboarded: the group is saved all the same and the operator reads why
 * its access is not ready (the path with a running Keycloak: IdentityProvisioningE2E).
 */
@SpringBootTest(properties = "taakwijzer.keycloak.server-url=http://localhost:9")
class NewGroupAccessViewTest extends KaribuViewTest {

    @Test
    void theGroupIsSavedAndTheOperatorLearnsKeycloakIsUnreachable() {
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));
        UI.getCurrent().navigate(TenantsView.class);
        _click(_get(Button.class, spec -> spec.withId("group-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("group-name")), "Scholengroep Kustlicht");
        _setValue(_get(TextField.class, spec -> spec.withId("group-instellingsnummer")), TestTenants.uniqueInstellingsnummer());
        _setValue(_get(EmailField.class, spec -> spec.withId("group-ict-email")), TestTenants.uniqueEmail("ict", "kustlicht.example"));
        _setValue(_get(TextField.class, spec -> spec.withId("group-ict-name")), "Ilse Proef");
        _click(_get(Button.class, spec -> spec.withId("group-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("access-message")).getText())
                .startsWith("De scholengroep is opgeslagen, maar Keycloak zette de toegang niet klaar:");
        _assertNone(Paragraph.class, spec -> spec.withId("access-password"));
        @SuppressWarnings("unchecked")
        DataTable<Object> table = _get(DataTable.class, spec -> spec.withId("tenants-table"));
        assertThat(table.rows()).anySatisfy(row -> assertThat(row.getFirst()).isEqualTo("Scholengroep Kustlicht"));
    }
}
