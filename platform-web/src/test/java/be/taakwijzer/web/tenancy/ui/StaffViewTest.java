package be.taakwijzer.web.tenancy.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.StaffMember;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.web.testsupport.WebViewTest;

@SpringBootTest
class StaffViewTest extends WebViewTest {

    UUID group;

    @BeforeEach
    void groupWithASchool() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        TestTenants.createSchool(group, "Basisschool De Vlinder");
    }

    @Test
    void groupIctStaffRegisterADirectorAndSeeThemWaitingForTheirFirstLogin() {
        loginAs(StaffRole.GROUP_ICT_STAFF);
        UI.getCurrent().navigate(StaffView.class);
        Grid<StaffMember> grid = staffGrid();
        int before = _size(grid);

        String email = TestTenants.uniqueEmail("directeur", "noorderlicht.example");
        _get(EmailField.class, spec -> spec.withId("staff-email")).setValue(email);
        _get(TextField.class, spec -> spec.withId("staff-name")).setValue("Directeur Vlinder");
        select("staff-role").setValue(StaffRole.SCHOOL_DIRECTOR);
        Select<School> school = select("staff-school");
        assertThat(school.isVisible()).isTrue();
        school.setValue(school.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("staff-register")));

        assertThat(_size(grid)).isEqualTo(before + 1);
        assertThat(grid.getGenericDataView().getItems().filter(m -> m.email().equals(email)).findFirst()).get()
                .satisfies(m -> assertThat(m.linked()).isFalse());
        assertThat(_get(EmailField.class, spec -> spec.withId("staff-email")).getValue()).isEmpty();
    }

    @Test
    void badInputIsShownAtTheFieldInDutchAndNothingIsSaved() {
        loginAs(StaffRole.GROUP_ICT_STAFF);
        UI.getCurrent().navigate(StaffView.class);
        int before = _size(staffGrid());

        _get(EmailField.class, spec -> spec.withId("staff-email")).setValue("geen-adres");
        _get(TextField.class, spec -> spec.withId("staff-name")).setValue("Iemand");
        select("staff-role").setValue(StaffRole.GROUP_DPO);
        _click(_get(Button.class, spec -> spec.withId("staff-register")));

        EmailField email = _get(EmailField.class, spec -> spec.withId("staff-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Geef een geldig e-mailadres");
        assertThat(_size(staffGrid())).isEqualTo(before);

        email.setValue(TestTenants.uniqueEmail("directeur", "noorderlicht.example"));
        select("staff-role").setValue(StaffRole.SCHOOL_DIRECTOR);
        _click(_get(Button.class, spec -> spec.withId("staff-register")));
        assertThat(select("staff-school").isInvalid()).isTrue();
        assertThat(_size(staffGrid())).isEqualTo(before);
    }

    @Test
    void removingAfterSomeoneElseRemovedTheSameRegistrationSaysSoPlainly() {
        String email = TestTenants.uniqueEmail("dpo", "noorderlicht.example");
        UUID dpo = TestTenants.createStaff(group, email, "GROUP_DPO", null);
        loginAs(StaffRole.GROUP_ICT_STAFF);
        UI.getCurrent().navigate(StaffView.class);
        int before = _size(staffGrid());

        // someone else removes it first, on another screen
        TestTenants.inTenant(group, connection -> {
            try (var delete = connection.prepareStatement("delete from staff_member where id = ?")) {
                delete.setObject(1, dpo);
                delete.executeUpdate();
            }
        });
        _click(actionButton("staff-remove-", dpo));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("staff-confirm"));
        _fireConfirm(dialog);

        expectNotifications("Iemand anders heeft deze registratie intussen gewijzigd of verwijderd. "
                + "De lijst is opnieuw geladen; probeer het nog eens.");
        assertThat(_size(staffGrid())).as("the list was reloaded").isEqualTo(before - 1);
    }

    @Test
    void removingARegistrationAsksFirstAndRemovesIt() {
        String email = TestTenants.uniqueEmail("dpo", "noorderlicht.example");
        UUID dpo = TestTenants.createStaff(group, email, "GROUP_DPO", null);
        loginAs(StaffRole.GROUP_ICT_STAFF);
        UI.getCurrent().navigate(StaffView.class);
        int before = _size(staffGrid());

        _click(actionButton("staff-remove-", dpo));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("staff-confirm")));

        assertThat(_size(staffGrid())).isEqualTo(before - 1);
        assertThat(staffGrid().getGenericDataView().getItems()).noneMatch(m -> m.id().equals(dpo));
    }

    @Test
    void aRegistrationIsChangedInTheForm() {
        String email = TestTenants.uniqueEmail("dpo", "noorderlicht.example");
        UUID dpo = TestTenants.createStaff(group, email, "GROUP_DPO", null);
        loginAs(StaffRole.GROUP_ICT_STAFF);
        UI.getCurrent().navigate(StaffView.class);

        _click(actionButton("staff-change-", dpo));
        TextField name = _get(TextField.class, spec -> spec.withId("staff-name"));
        assertThat(name.getValue()).startsWith("Testpersoon");
        name.setValue("DPO Noorderlicht");
        _click(_get(Button.class, spec -> spec.withId("staff-register")));

        assertThat(staffGrid().getGenericDataView().getItems().filter(m -> m.id().equals(dpo)).findFirst()).get()
                .extracting(StaffMember::displayName).isEqualTo("DPO Noorderlicht");
        assertThat(_get(Button.class, spec -> spec.withId("staff-register")).getText()).isEqualTo("Registreren");
    }

    @Test
    void aDirectorCannotOpenTheStaffPage() {
        loginAs(StaffRole.SCHOOL_DIRECTOR);
        UI.getCurrent().navigate("medewerkers");
        _assertNone(StaffView.class);
        _assertNone(Grid.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Geen toegang tot deze pagina");
    }

    private void loginAs(StaffRole role) {
        loginAsStaff(group, role, null, "Testpersoon");
    }

    /** The button of a row's actions cell (grid cells are not in the component tree). */
    private static Button actionButton(String prefix, UUID member) {
        Grid<StaffMember> grid = staffGrid();
        List<StaffMember> rows = grid.getGenericDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(m -> m.id().equals(member)).findFirst().orElseThrow());
        return (Button) _getCellComponent(grid, row, "actions").getChildren()
                .filter(child -> child.getId().orElse("").equals(prefix + member)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<StaffMember> staffGrid() {
        return _get(Grid.class, spec -> spec.withId("staff-grid"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }
}
