package be.taakwijzer.admin.groups.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

import be.taakwijzer.admin.groups.SchoolDetails;
import be.taakwijzer.admin.groups.SchoolGroupService;
import be.taakwijzer.admin.groups.SchoolInput;
import be.taakwijzer.admin.identitysync.SyncFixtures;
import be.taakwijzer.admin.tenants.ui.TenantsView;
import be.taakwijzer.tenancy.EducationLevel;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.table.DataTable;
import be.taakwijzer.ui.testsupport.KaribuViewTest;

/**
 * A school group's page: its facts and schools, edited by hand (a refusal at its field, someone else's change
 * refused), and its access in Keycloak with what waits and why (Keycloak down here).
 */
@SpringBootTest(properties = "taakwijzer.keycloak.server-url=http://localhost:9")
class GroupViewTest extends KaribuViewTest {

    @Autowired
    SchoolGroupService groups;

    @Test
    void theIdentityProvidersSayWhenKeycloakCannotBeReachedAndAMalformedAliasIsRefusedAtItsField() {
        UUID group = SyncFixtures.group("Scholengroep Eigen Login", "98" + TestTenants.uniqueInstellingsnummer().substring(2), null);
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));
        UI.getCurrent().navigate(GroupView.class, new RouteParameters("tenantId", group.toString()));

        assertThat(_get(Paragraph.class, spec -> spec.withId("identity-providers-state")).getText())
                .startsWith("Keycloak is niet bereikbaar op http://localhost:9");
        _setValue(_get(TextField.class, spec -> spec.withId("identity-provider-alias")), "met spatie");
        _click(_get(Button.class, spec -> spec.withId("identity-provider-link")));
        TextField alias = _get(TextField.class, spec -> spec.withId("identity-provider-alias"));
        assertThat(alias.isInvalid()).isTrue();
        assertThat(alias.getErrorMessage()).startsWith("Een alias bestaat uit letters, cijfers");
        _setValue(alias, "groep-eigen-login");
        _click(_get(Button.class, spec -> spec.withId("identity-provider-link")));
        assertThat(_get(TextField.class, spec -> spec.withId("identity-provider-alias")).getErrorMessage())
                .as("Keycloak's refusal shows at the field too").startsWith("Keycloak is niet bereikbaar");
    }

    @Test
    void theOperatorSeesWhatWaitsForKeycloakAndWhyAndCanSyncNow() {
        String number = "98" + TestTenants.uniqueInstellingsnummer().substring(2);
        UUID group = SyncFixtures.group("Scholengroep Getijde", number, "getijde.example");
        String email = TestTenants.uniqueEmail("dpo", "getijde.example");
        SyncFixtures.registerStaff(group, email, "Dirk Getijde");
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));

        UI.getCurrent().navigate(TenantsView.class);
        assertThat(rows("tenants-table")).anySatisfy(row -> assertThat(row).startsWith("Scholengroep Getijde").contains("1 wachtend"));

        UI.getCurrent().navigate(GroupView.class, new RouteParameters("tenantId", group.toString()));
        assertThat(_get(H2.class, spec -> spec.withId("group-title")).getText()).isEqualTo("Scholengroep Getijde");
        assertThat(_get(Paragraph.class, spec -> spec.withId("group-facts")).getText())
                .isEqualTo("Instellingsnummer: " + number + " · Koepel: geen · E-maildomein: getijde.example");
        assertThat(rows("identity-sync-table")).singleElement()
                .satisfies(row -> assertThat(row).startsWith("lid van de organisatie: " + email).endsWith("wacht op de volgende ronde", ""));

        _click(_get(Button.class, spec -> spec.withId("identity-sync-now")));

        NotificationsKt.expectNotifications("Gesynchroniseerd: 0 in orde, 1 mislukt.");
        assertThat(rows("identity-sync-table")).singleElement().satisfies(row -> {
            assertThat(row.get(2)).startsWith("1 keer mislukt; volgende poging");
            assertThat(row.get(3)).isEqualTo("Keycloak is niet bereikbaar op http://localhost:9. Er is niets gewijzigd; probeer het straks opnieuw.");
        });
        UI.getCurrent().navigate(TenantsView.class);
        assertThat(rows("tenants-table")).anySatisfy(row -> assertThat(row).startsWith("Scholengroep Getijde").contains("1 mislukt"));
    }

    @Test
    void aGroupWithNothingWaitingSaysSoAndAnUnknownGroupIsNotFound() {
        UUID group = SyncFixtures.group("Scholengroep Stil", "98" + TestTenants.uniqueInstellingsnummer().substring(2), null);
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));

        UI.getCurrent().navigate(GroupView.class, new RouteParameters("tenantId", group.toString()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("identity-sync-state")).getText()).isEqualTo("Keycloak is bij: er wacht niets.");
        assertThat(_get(Button.class, spec -> spec.withId("identity-sync-now")).isEnabled()).isFalse();
        _assertNone(DataTable.class, spec -> spec.withId("identity-sync-table"));

        assertThatThrownBy(() -> UI.getCurrent().navigate(GroupView.class, new RouteParameters("tenantId", UUID.randomUUID().toString())))
                .isInstanceOf(NotFoundError.class);
    }

    @Test
    void theOperatorEditsTheGroupAndARefusalShowsAtItsField() {
        UUID group = SyncFixtures.group("Scholengroep Branding", "98" + TestTenants.uniqueInstellingsnummer().substring(2), null);
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));
        UI.getCurrent().navigate(GroupView.class, new RouteParameters("tenantId", group.toString()));

        _click(_get(Button.class, spec -> spec.withId("group-edit")));
        _setValue(_get(TextField.class, spec -> spec.withId("group-edit-name")), "Scholengroep Branding Kust");
        TextField domain = _get(TextField.class, spec -> spec.withId("group-edit-domain"));
        _setValue(domain, "ict@branding.example");
        _click(_get(Button.class, spec -> spec.withId("group-edit-save")));
        assertThat(domain.isInvalid()).isTrue();
        assertThat(domain.getErrorMessage()).isEqualTo("Geen geldig e-maildomein: alleen het deel na de @, bv. scholengroep.be.");

        _setValue(domain, "branding.example");
        _click(_get(Button.class, spec -> spec.withId("group-edit-save")));
        assertThat(_get(H2.class, spec -> spec.withId("group-title")).getText()).isEqualTo("Scholengroep Branding Kust");
        assertThat(_get(Paragraph.class, spec -> spec.withId("group-facts")).getText()).endsWith("E-maildomein: branding.example");
        assertThat(rows("identity-sync-table")).extracting(List::getFirst).containsExactlyInAnyOrder(
                "de organisatie zelf (naam en domeinen)", "e-maildomein: branding.example");
    }

    @Test
    void theOperatorAddsAndEditsASchoolAndAConcurrentChangeIsRefused() {
        UUID group = SyncFixtures.group("Scholengroep Duin", "98" + TestTenants.uniqueInstellingsnummer().substring(2), null);
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));
        UI.getCurrent().navigate(GroupView.class, new RouteParameters("tenantId", group.toString()));
        String number = TestTenants.uniqueInstellingsnummer();

        _click(_get(Button.class, spec -> spec.withId("school-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("school-number")), number.substring(1));
        _setValue(_get(TextField.class, spec -> spec.withId("school-name")), "Basisschool Helm");
        TextField postalCode = _get(TextField.class, spec -> spec.withId("school-postal-code"));
        _setValue(postalCode, "99");
        _setValue(_get(Select.class, spec -> spec.withId("school-level")), EducationLevel.BASIS);
        _setValue(_get(IntegerField.class, spec -> spec.withId("school-pupils")), 140);
        _setValue(_get(TextField.class, spec -> spec.withId("school-network")), "Gemeenschapsonderwijs");
        _setValue(_get(TextField.class, spec -> spec.withId("school-recognition")), "Erkend");
        _click(_get(Button.class, spec -> spec.withId("school-save")));
        assertThat(postalCode.isInvalid()).isTrue();
        assertThat(postalCode.getErrorMessage()).isEqualTo("Een postcode heeft vier cijfers.");
        _setValue(postalCode, "9999");
        _click(_get(Button.class, spec -> spec.withId("school-save")));

        Grid<SchoolDetails> schools = _get(Grid.class, spec -> spec.withId("group-schools"));
        assertThat(GridKt._getFormattedRow(schools, 0)).startsWith("Basisschool Helm", number, "geen", "Basisonderwijs", "140", "geen");

        SchoolDetails read = GridKt._get(schools, 0);
        assertThat(read.network()).isEqualTo("Gemeenschapsonderwijs");
        assertThat(read.recognitionStatus()).isEqualTo("Erkend");
        GridKt._getCellComponent(schools, 0, "actions").getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .findFirst().orElseThrow().click();
        assertThat(_get(TextField.class, spec -> spec.withId("school-network")).getValue()).isEqualTo("Gemeenschapsonderwijs");
        _setValue(_get(TextField.class, spec -> spec.withId("school-name")), "Basisschool Het Helmgras");
        groups.changeSchool(read, new SchoolInput(number, "Basisschool Helm", null, "9999", "Duinkerke", EducationLevel.BASIS, 140, null,
                null, null, null, null), "andere-operator@taakwijzer.test");
        _click(_get(Button.class, spec -> spec.withId("school-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("school-problem")).getText())
                .isEqualTo("Iemand anders wijzigde dit intussen. Sluit het venster, kijk de nieuwe gegevens na en probeer opnieuw.");
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(String id) {
        return ((DataTable<Object>) _get(DataTable.class, spec -> spec.withId(id))).rows();
    }
}
