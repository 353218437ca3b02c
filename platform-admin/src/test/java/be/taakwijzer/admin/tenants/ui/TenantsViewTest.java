package be.taakwijzer.admin.tenants.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import be.taakwijzer.admin.audit.ui.PlatformAuditView;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.i18n.LanguageSwitcher;
import be.taakwijzer.ui.i18n.TaakwijzerI18NProvider;
import be.taakwijzer.ui.table.DataTable;
import be.taakwijzer.ui.testsupport.KaribuViewTest;

@SpringBootTest
class TenantsViewTest extends KaribuViewTest {

    @Test
    void theOperatorSeesEveryGroupAndTheAuditLog() {
        UUID group = TestTenants.createGroup("Scholengroep Poolster");
        TestTenants.createSchool(group, "Basisschool De Komeet");
        TestTenants.createSchool(group, "Atheneum Meteoor");
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));

        UI.getCurrent().navigate(TenantsView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Scholengroepen");
        assertThat(rows("tenants-table")).anySatisfy(row -> assertThat(row).startsWith("Scholengroep Poolster").contains("2", "nog niets"));

        UI.getCurrent().navigate(PlatformAuditView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Auditlogboek");
        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-count")).getText()).endsWith("de download bevat ze allemaal)");

        LanguageSwitcher.switchTo(TaakwijzerI18NProvider.ENGLISH);
        assertThat(_get(H2.class).getText()).isEqualTo("Audit log");
    }

    @Test
    void theOperatorOnboardsAGroupAndARefusalShowsAtItsField() {
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));
        UI.getCurrent().navigate(TenantsView.class);
        _click(_get(Button.class, spec -> spec.withId("group-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("group-name")), "Scholengroep Zeewind");
        _setValue(_get(TextField.class, spec -> spec.withId("group-instellingsnummer")), "12a");
        _setValue(_get(EmailField.class, spec -> spec.withId("group-ict-email")), TestTenants.uniqueEmail("ict", "zeewind.example"));
        _click(_get(Button.class, spec -> spec.withId("group-save")));
        TextField nummer = _get(TextField.class, spec -> spec.withId("group-instellingsnummer"));
        assertThat(nummer.isInvalid()).isTrue();
        assertThat(nummer.getErrorMessage()).isEqualTo("Een instellingsnummer heeft zes cijfers.");

        _setValue(nummer, TestTenants.uniqueInstellingsnummer());
        _click(_get(Button.class, spec -> spec.withId("group-save")));
        assertThat(rows("tenants-table")).anySatisfy(row -> assertThat(row.getFirst()).isEqualTo("Scholengroep Zeewind"));
    }

    @Test
    void aDirectorIsRefused() {
        login("d-1", "Directeur Vlinder", "directeur.vlinder@noorderlicht.example", List.of());
        UI.getCurrent().navigate(TenantsView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Alleen voor operatoren");
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(String id) {
        return ((DataTable<Object>) _get(DataTable.class, spec -> spec.withId(id))).rows();
    }
}
