package be.taakwijzer.web.sso.ui;

import static be.taakwijzer.testsupport.AuthenticatedAs.tenant;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.sso.ChecklistItem;
import be.taakwijzer.sso.ConnectionState;
import be.taakwijzer.sso.LeerIdSchool;
import be.taakwijzer.sso.LeerIdService;
import be.taakwijzer.sso.LeerIdState;
import be.taakwijzer.sso.LeerIdSummary;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.web.testsupport.WebViewTest;

@SpringBootTest
class LeerIdViewTest extends WebViewTest {

    @Autowired
    LeerIdService leerId;

    UUID group;
    UUID vlinder;
    UUID kompas;
    String vlinderNummer;
    String kompasNummer;

    @BeforeEach
    void groupWithSchools() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinderNummer = TestTenants.uniqueInstellingsnummer();
        kompasNummer = TestTenants.uniqueInstellingsnummer();
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder", vlinderNummer);
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas", kompasNummer);
        // Vlinder in test with one application of two connected and two items ticked; written as the owner,
        // because once a real server ran in this JVM the login of a test decides who the services see
        TestTenants.inTenant(group, connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("insert into leerid_school (tenant_id, school_id, state, changed_by, version) values ('" + group + "', '"
                        + vlinder + "', 'TEST', 'ict', 6)");
                statement.execute("insert into leerid_state_change (tenant_id, school_id, from_state, to_state, changed_at, changed_by) values "
                        + "('" + group + "', '" + vlinder + "', 'NOT_STARTED', 'REQUESTED', now() - interval '2 days', 'ict'), "
                        + "('" + group + "', '" + vlinder + "', 'REQUESTED', 'TEST', now() - interval '1 day', 'ict')");
                statement.execute("insert into leerid_application (tenant_id, school_id, name, supplier, connection_state) values "
                        + "('" + group + "', '" + vlinder + "', 'Leerplatform Zeppelin', 'Zeppelin Leren bv', 'CONNECTED'), "
                        + "('" + group + "', '" + vlinder + "', 'Boekenkast Digitaal', '', 'PLANNED')");
                statement.execute("insert into leerid_checklist_item (tenant_id, school_id, item, done, changed_by) values "
                        + "('" + group + "', '" + vlinder + "', 'REQUEST_SUBMITTED', true, 'ict'), "
                        + "('" + group + "', '" + vlinder + "', 'CONTACT_APPOINTED', true, 'ict')");
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private LeerIdSchool school(UUID id) {
        return tenant(group, () -> leerId.school(id)).orElseThrow();
    }

    @Test
    void ictStaffSeeEverySchoolAtAGlanceAndOpenOne() {
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        UI.getCurrent().navigate(LeerIdView.class);

        Grid<LeerIdSummary> grid = grid("leerid-grid");
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0)).contains("2/6").anySatisfy(cell -> assertThat(cell).isEqualTo("1/2"));
        assertThat(_getFormattedRow(grid, 1)).contains("0/0", "0/6");
        assertThat(((Span) _getCellComponent(grid, 0, "state")).getText()).isEqualTo("Test");
        assertThat(((Span) _getCellComponent(grid, 1, "state")).getText()).isEqualTo("Niet gestart");
        _assertNone(H3.class, spec -> spec.withId("leerid-school-name"));

        _click((Button) _getCellComponent(grid, 0, "school"));
        assertThat(_get(H3.class, spec -> spec.withId("leerid-school-name")).getText()).isEqualTo("Basisschool De Vlinder");
        assertThat(text("leerid-state")).isEqualTo("Test");
        assertThat(_size(grid("leerid-app-grid"))).isEqualTo(2);
        assertThat(_size(grid("leerid-history-grid"))).isEqualTo(2);
        assertThat(_get(Checkbox.class, spec -> spec.withId("leerid-check-REQUEST_SUBMITTED")).getValue()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("leerid-check-TEACHERS_INFORMED")).getValue()).isFalse();
    }

    @Test
    void ictStaffMoveASchoolToLiveAndTheGridShowsIt() {
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        UI.getCurrent().navigate(LeerIdView.class);
        _click((Button) _getCellComponent(grid("leerid-grid"), 0, "school"));
        _click(_get(Button.class, spec -> spec.withId("leerid-change-state")));
        @SuppressWarnings("unchecked")
        Select<LeerIdState> target = _get(Select.class, spec -> spec.withId("leerid-state-target"));
        assertThat(target.getValue()).as("the next step is proposed").isEqualTo(LeerIdState.LIVE);
        assertThat(target.getListDataView().getItems().toList()).as("forward one step or back")
                .containsExactly(LeerIdState.NOT_STARTED, LeerIdState.REQUESTED, LeerIdState.LIVE);
        _click(_get(Button.class, spec -> spec.withId("leerid-state-save")));

        expectNotifications("Basisschool De Vlinder staat nu op \"Live\".");
        assertThat(school(vlinder).state()).isEqualTo(LeerIdState.LIVE);
        assertThat(text("leerid-state")).isEqualTo("Live");
        assertThat(((Span) _getCellComponent(grid("leerid-grid"), 0, "state")).getText()).isEqualTo("Live");
        assertThat(_size(grid("leerid-history-grid"))).isEqualTo(3);
    }

    @Test
    void goingBackWithoutAReasonIsRefusedAtTheFieldAndNothingIsSaved() {
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        UI.getCurrent().navigate(LeerIdView.class);
        _click((Button) _getCellComponent(grid("leerid-grid"), 0, "school"));
        _click(_get(Button.class, spec -> spec.withId("leerid-change-state")));
        @SuppressWarnings("unchecked")
        Select<LeerIdState> target = _get(Select.class, spec -> spec.withId("leerid-state-target"));
        target.setValue(LeerIdState.REQUESTED);
        TextArea note = _get(TextArea.class, spec -> spec.withId("leerid-state-note"));
        assertThat(note.getLabel()).isEqualTo("Reden");
        _click(_get(Button.class, spec -> spec.withId("leerid-state-save")));

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Geef een reden op voor een stap terug.");
        assertThat(school(vlinder).state()).isEqualTo(LeerIdState.TEST);

        note.setValue("Leerlingen niet gesynchroniseerd");
        _click(_get(Button.class, spec -> spec.withId("leerid-state-save")));
        assertThat(school(vlinder).state()).isEqualTo(LeerIdState.REQUESTED);
        assertThat(school(vlinder).history().getFirst().note()).isEqualTo("Leerlingen niet gesynchroniseerd");
    }

    @Test
    void someoneElsesChangeInTheMeantimeIsNotOverwritten() {
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        UI.getCurrent().navigate(LeerIdView.class);
        _click((Button) _getCellComponent(grid("leerid-grid"), 0, "school"));
        // a colleague ticks an item while this page is open
        LeerIdSchool read = school(vlinder);
        tenant(group, () -> leerId.setChecklistItem(vlinder, read.version(), ChecklistItem.TEACHERS_INFORMED, true, "collega"));

        _click(_get(Button.class, spec -> spec.withId("leerid-change-state")));
        _click(_get(Button.class, spec -> spec.withId("leerid-state-save")));
        expectNotifications("Iemand anders heeft dit intussen gewijzigd. We hebben de pagina opnieuw geladen met de huidige gegevens; "
                + "je wijziging is niet opgeslagen. Kijk ze na en probeer het nog eens.");
        assertThat(school(vlinder).state()).isEqualTo(LeerIdState.TEST);
        assertThat(_get(Checkbox.class, spec -> spec.withId("leerid-check-TEACHERS_INFORMED")).getValue())
                .as("the page shows the colleague's change").isTrue();
    }

    @Test
    void ictStaffAddAndRemoveApplicationsAndTickTheChecklist() {
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        UI.getCurrent().navigate(LeerIdView.class);
        _click((Button) _getCellComponent(grid("leerid-grid"), 1, "school"));
        assertThat(_get(H3.class, spec -> spec.withId("leerid-school-name")).getText()).isEqualTo("Basisschool Het Kompas");

        _click(_get(Button.class, spec -> spec.withId("leerid-app-add")));
        _get(TextField.class, spec -> spec.withId("leerid-app-name")).setValue("Rekenrups");
        _get(TextField.class, spec -> spec.withId("leerid-app-supplier")).setValue("Rups Educatief");
        _click(_get(Button.class, spec -> spec.withId("leerid-app-save")));
        expectNotifications("\"Rekenrups\" is opgeslagen.");
        assertThat(school(kompas).applications()).singleElement()
                .satisfies(app -> assertThat(app.connectionState()).isEqualTo(ConnectionState.PLANNED));
        assertThat(_getFormattedRow(grid("leerid-grid"), 1)).contains("0/1");

        _click(_get(Button.class, spec -> spec.withId("leerid-app-add")));
        _get(TextField.class, spec -> spec.withId("leerid-app-name")).setValue("rekenrups");
        _click(_get(Button.class, spec -> spec.withId("leerid-app-save")));
        TextField name = _get(TextField.class, spec -> spec.withId("leerid-app-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Deze school heeft al een applicatie \"rekenrups\".");
        _click(_get(Button.class, spec -> spec.withId("leerid-app-cancel")));

        _get(Checkbox.class, spec -> spec.withId("leerid-check-REQUEST_SUBMITTED")).setValue(true);
        assertThat(school(kompas).entry(ChecklistItem.REQUEST_SUBMITTED).done()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("leerid-check-REQUEST_SUBMITTED")).getHelperText()).startsWith("Afgevinkt door ");
        assertThat(_getFormattedRow(grid("leerid-grid"), 1)).contains("1/6");

        _click(_getCellComponent(grid("leerid-app-grid"), 0, "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals("leerid-app-remove")).map(Button.class::cast).findFirst().orElseThrow());
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("leerid-confirm")));
        assertThat(school(kompas).applications()).isEmpty();
        assertThat(_size(grid("leerid-app-grid"))).isZero();
    }

    @Test
    void aDirectorSeesOnlyTheirOwnSchoolReadOnly() {
        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, vlinder, "Directeur Vlinder");
        UI.getCurrent().navigate(LeerIdView.class);

        _assertNone(Grid.class, spec -> spec.withId("leerid-grid"));
        assertThat(_get(H3.class, spec -> spec.withId("leerid-school-name")).getText()).isEqualTo("Basisschool De Vlinder");
        assertThat(text("leerid-state")).isEqualTo("Test");
        assertThat(_size(grid("leerid-app-grid"))).isEqualTo(2);
        _assertNone(Button.class, spec -> spec.withId("leerid-change-state"));
        _assertNone(Button.class, spec -> spec.withId("leerid-app-add"));
        assertThat(grid("leerid-app-grid").getColumnByKey("actions")).isNull();
        for (ChecklistItem item : ChecklistItem.values()) {
            assertThat(_get(Checkbox.class, spec -> spec.withId("leerid-check-" + item.name())).isReadOnly()).isTrue();
        }
        assertThat(_get(LeerIdView.class).getElement().getTextRecursively()).doesNotContain("Het Kompas");
    }

    @Test
    void aDirectorOfAnotherSchoolNeverSeesThisOne() {
        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, kompas, "Directeur Kompas");
        UI.getCurrent().navigate(LeerIdView.class);
        assertThat(_get(H3.class, spec -> spec.withId("leerid-school-name")).getText()).isEqualTo("Basisschool Het Kompas");
        assertThat(text("leerid-state")).isEqualTo("Niet gestart");
        assertThat(_get(LeerIdView.class).getElement().getTextRecursively()).doesNotContain("De Vlinder", "Zeppelin");
    }

    @Test
    void theDpoHasNoAccess() {
        loginAsStaff(group, StaffRole.GROUP_DPO, null, "DPO Noorderlicht");
        UI.getCurrent().navigate(LeerIdView.class);
        _assertNone(LeerIdView.class);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("access-denied-title")).getText())
                .isEqualTo("Geen toegang tot deze pagina");
    }
}
