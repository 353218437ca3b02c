package be.taakwijzer.admin.schoolmove.ui;

import static be.taakwijzer.admin.schoolmove.MoveFixtures.EARLIER_YEAR;
import static be.taakwijzer.admin.schoolmove.MoveFixtures.YEAR;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import be.taakwijzer.admin.schoolmove.GroupChoice;
import be.taakwijzer.admin.schoolmove.MoveFixtures;
import be.taakwijzer.admin.groups.SchoolDetails;
import be.taakwijzer.admin.groups.ui.GroupView;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.i18n.LanguageSwitcher;
import be.taakwijzer.ui.i18n.TaakwijzerI18NProvider;
import be.taakwijzer.ui.table.DataTable;
import be.taakwijzer.ui.testsupport.KaribuViewTest;

@SpringBootTest
class SchoolMoveViewTest extends KaribuViewTest {

    UUID from;
    UUID to;
    UUID school;
    String schoolName;
    String schoolNumber;

    @BeforeEach
    void aSchoolInOneGroupAndAnotherGroup() {
        from = MoveFixtures.group("Scholengroep Noorderster", EARLIER_YEAR, YEAR);
        to = MoveFixtures.group("Scholengroep Zuiderkim", YEAR);
        schoolName = "Basisschool De Libel " + UUID.randomUUID().toString().substring(0, 4);
        schoolNumber = TestTenants.uniqueInstellingsnummer();
        school = TestTenants.createSchool(from, schoolName, schoolNumber);
        UUID director = MoveFixtures.director(from, school);
        MoveFixtures.schoolRows(from, school, director, YEAR);
        MoveFixtures.groupRecords(from, "BEL_CENTRAL_01", director, school);
    }

    @Test
    void theOperatorFindsTheSchoolReadsWhatMovesAndMovesItAfterARefusal() {
        operator();
        UI.getCurrent().navigate(GroupView.class, new RouteParameters("tenantId", from.toString()));
        assertThat(schoolsOfTheGroup()).containsExactly(schoolName);
        assertThat(GridKt._getCellComponent(schoolsGrid(), 0, "actions").getChildren().filter(RouterLink.class::isInstance)
                .map(link -> ((RouterLink) link).getText())).containsExactly("Verhuizen…");

        openMove();
        assertThat(_get(H2.class).getText()).isEqualTo("School verhuizen");
        assertThat(_get(Paragraph.class, spec -> spec.withId("move-current")).getText()).endsWith("hoort nu bij Scholengroep Noorderster.");
        chooseTarget();
        assertThat(rows("move-moving")).contains(List.of("De school zelf", "school", "1"), List.of("Directeurs (registraties met toegang)", "staff_member", "1"));
        assertThat(rows("move-not-moving")).contains(List.of("Gekozen voor centrale taken", "1",
                "De centrale taken van Scholengroep Noorderster gelden niet in de nieuwe scholengroep: de school wordt ervan losgekoppeld, "
                        + "hun dekking eindigt. De taken blijven voor de andere scholen."));
        assertThat(_get(Div.class, spec -> spec.withId("move-coverage-ending")).getElement().getTextRecursively())
                .contains(YEAR + "-" + (YEAR + 1) + ":", "(BEL_CENTRAL_01)", "(TECH_CORE_09)");

        _setValue(_get(TextField.class, spec -> spec.withId("move-confirmation")), "De Libel");
        _click(_get(Button.class, spec -> spec.withId("move-confirm")));
        TextField confirmation = _get(TextField.class, spec -> spec.withId("move-confirmation"));
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("Typ exact de naam (" + schoolName + ") of het instellingsnummer (" + schoolNumber + ") van de school.");
        _assertNone(Paragraph.class, spec -> spec.withId("move-done"));

        _setValue(confirmation, schoolNumber);
        _click(_get(Button.class, spec -> spec.withId("move-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("move-done")).getText())
                .startsWith(schoolName + " hoort nu bij Scholengroep Zuiderkim: ").contains("2 meldingen");
        UI.getCurrent().navigate(GroupView.class, new RouteParameters("tenantId", to.toString()));
        assertThat(schoolsOfTheGroup()).containsExactly(schoolName);
    }

    @Test
    void inEnglishWithARefusalWhenTheSchoolChangedSinceThePreview() {
        operator();
        openMove();
        LanguageSwitcher.switchTo(TaakwijzerI18NProvider.ENGLISH);
        assertThat(_get(H2.class).getText()).isEqualTo("Move a school");
        chooseTarget();
        assertThat(rows("move-moving")).contains(List.of("The school itself", "school", "1"));
        assertThat(rows("move-not-moving")).contains(List.of("Taking part in framework contracts", "1",
                "The framework contracts belong to Scholengroep Noorderster: the school leaves them, the contracts stay."));

        // meanwhile the director adds a person to the plan
        TestTenants.inTenant(from, connection -> connection.createStatement().execute(
                "insert into school_person (tenant_id, school_id, start_year, name, role_type) values ('" + from + "', '" + school + "', "
                        + YEAR + ", 'Nieuw', 'LEERKRACHT')"));
        _setValue(_get(TextField.class, spec -> spec.withId("move-confirmation")), schoolName);
        _click(_get(Button.class, spec -> spec.withId("move-confirm")));
        TextField confirmation = _get(TextField.class, spec -> spec.withId("move-confirmation"));
        assertThat(confirmation.getErrorMessage()).isEqualTo("The school's data changed since the overview. Read the new overview and confirm again.");
        assertThat(rows("move-moving")).as("the new overview").contains(List.of("People of the school", "school_person", "2"));
        _assertNone(Paragraph.class, spec -> spec.withId("move-done"));

        _click(_get(Button.class, spec -> spec.withId("move-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("move-done")).getText()).startsWith(schoolName + " now belongs to Scholengroep Zuiderkim: ");
    }

    @Test
    void aBreachStillToReportBlocksTheMove() {
        MoveFixtures.breachToReport(from, school);
        operator();
        openMove();
        chooseTarget();
        assertThat(_get(Div.class, spec -> spec.withId("move-blocked")).getElement().getTextRecursively())
                .startsWith("Verhuizen kan nu niet: de school heeft een datalek dat nog aan de toezichthouder gemeld moet worden");
        assertThat(_get(Button.class, spec -> spec.withId("move-confirm")).isEnabled()).isFalse();
    }

    @Test
    void aDirectorIsRefused() {
        login("d-1", "Directeur Libel", "directeur.libel@noorderster.example", List.of());
        UI.getCurrent().navigate(SchoolMoveView.class, new RouteParameters("schoolId", school.toString()));
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Alleen voor operatoren");
    }

    private void operator() {
        login("op-1", "Operator Eén", "operator@taakwijzer.test", List.of("PLATFORM_OPERATOR"));
    }

    private void openMove() {
        UI.getCurrent().navigate(SchoolMoveView.class, new RouteParameters("schoolId", school.toString()));
    }

    @SuppressWarnings("unchecked")
    private void chooseTarget() {
        Select<GroupChoice> target = _get(Select.class, spec -> spec.withId("move-target"));
        _setValue(target, target.getListDataView().getItems().filter(group -> group.tenantId().equals(to)).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static Grid<SchoolDetails> schoolsGrid() {
        return _get(Grid.class, spec -> spec.withId("group-schools"));
    }

    private static List<String> schoolsOfTheGroup() {
        return schoolsGrid().getGenericDataView().getItems().map(SchoolDetails::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(String id) {
        return ((DataTable<Object>) _get(DataTable.class, spec -> spec.withId(id))).rows();
    }
}
