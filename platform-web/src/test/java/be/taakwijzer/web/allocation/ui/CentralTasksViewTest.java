package be.taakwijzer.web.allocation.ui;

import static be.taakwijzer.web.allocation.ui.PlanViewFixture.grid;
import static be.taakwijzer.web.allocation.ui.PlanViewFixture.select;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.BigDecimalField;

import be.taakwijzer.allocation.CentralTask;
import be.taakwijzer.allocation.CentralTaskInput;
import be.taakwijzer.allocation.CentralTaskService;
import be.taakwijzer.allocation.CentralTaskStatus;
import be.taakwijzer.allocation.SchoolPlanService;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.CentralProvider;
import be.taakwijzer.tenancy.School;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.web.testsupport.WebViewTest;

@SpringBootTest
class CentralTasksViewTest extends WebViewTest {

    @Autowired
    CentralTaskService centralTasks;
    @Autowired
    SchoolPlanService plans;
    @Autowired
    SchoolYearService years;

    UUID group;
    UUID vlinder;
    UUID kompas;

    @BeforeEach
    void groupWithSchools() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
    }

    @Test
    void groupIctStaffMarkATaskCentralForChosenSchoolsAndThoseSchoolsSeeItCovered() {
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        UI.getCurrent().navigate(CentralTasksView.class);
        Grid<CentralTask> grid = grid("central-grid");
        assertThat(_size(grid)).isZero();

        _click(_get(Button.class, spec -> spec.withId("central-add")));
        @SuppressWarnings("unchecked")
        ComboBox<CatalogueTask> task = _get(ComboBox.class, spec -> spec.withId("central-task-task"));
        task.setValue(task.getListDataView().getItems().filter(t -> t.code().equals("BEL_CENTRAL_03")).findFirst().orElseThrow());
        assertThat(PlanViewFixture.<CentralProvider>select("central-task-provider").getValue().code())
                .as("the guide's first suggested provider is proposed").isEqualTo("AANKOOPCENTRALE");
        _get(BigDecimalField.class, spec -> spec.withId("central-task-hours")).setValue(new BigDecimal("30"));
        _get(Checkbox.class, spec -> spec.withId("central-task-all-schools")).setValue(false);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<School> schools = _get(MultiSelectComboBox.class, spec -> spec.withId("central-task-schools"));
        schools.setValue(schools.getListDataView().getItems().filter(s -> s.id().equals(vlinder)).toList());
        _click(_get(Button.class, spec -> spec.withId("central-task-save")));

        expectNotifications("\"Offertes, bestekken, raamcontracten\" is opgeslagen.");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(plans.plan(vlinder, years.current()).orElseThrow().centralTask("BEL_CENTRAL_03")).isPresent();
        assertThat(plans.plan(kompas, years.current()).orElseThrow().centralTask("BEL_CENTRAL_03")).isEmpty();
    }

    @Test
    void choosingNoSchoolIsRefusedAtTheFieldAndNothingIsSaved() {
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        UI.getCurrent().navigate(CentralTasksView.class);
        _click(_get(Button.class, spec -> spec.withId("central-add")));
        @SuppressWarnings("unchecked")
        ComboBox<CatalogueTask> task = _get(ComboBox.class, spec -> spec.withId("central-task-task"));
        task.setValue(task.getListDataView().getItems().filter(t -> t.code().equals("BEL_CENTRAL_02")).findFirst().orElseThrow());
        _get(Checkbox.class, spec -> spec.withId("central-task-all-schools")).setValue(false);
        _click(_get(Button.class, spec -> spec.withId("central-task-save")));

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<School> schools = _get(MultiSelectComboBox.class, spec -> spec.withId("central-task-schools"));
        assertThat(schools.isInvalid()).isTrue();
        assertThat(schools.getErrorMessage()).isEqualTo("Kies minstens één school, of kies \"Voor alle scholen\".");
        assertThat(centralTasks.centralTasks(years.current())).isEmpty();
    }

    @Test
    void stoppingATaskAsksFirstAndLeavesItStopped() {
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        centralTasks.add(years.current(), new CentralTaskInput("BEL_CENTRAL_01", "SCHOLENGROEP", null, BigDecimal.TEN, null,
                CentralTaskStatus.ACTIVE, "", true, Set.of()), "ict");
        UI.getCurrent().navigate(CentralTasksView.class);
        _click(actionButton("central-stop-BEL_CENTRAL_01").orElseThrow());
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("central-confirm"));
        _fireConfirm(dialog);

        assertThat(centralTasks.centralTasks(years.current()).getFirst().status()).isEqualTo(CentralTaskStatus.STOPPED);
        assertThat(plans.plan(kompas, years.current()).orElseThrow().notices()).extracting(n -> n.taskCode()).containsExactly("BEL_CENTRAL_01");
        assertThat(actionButton("central-stop-BEL_CENTRAL_01")).as("a stopped task cannot be stopped again").isEmpty();
    }

    private static java.util.Optional<Button> actionButton(String id) {
        Grid<CentralTask> grid = grid("central-grid");
        return PlanViewFixture.actionOf(grid, task -> task.taskCode().equals("BEL_CENTRAL_01")).getChildren()
                .filter(c -> c.getId().orElse("").equals(id)).map(Button.class::cast).findFirst();
    }

    @Test
    void startingTheNextSchoolYearTakesTheCentralTasksAlongAndShowsTheNewYear() {
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        SchoolYear now = years.current();
        centralTasks.add(now, new CentralTaskInput("BEL_CENTRAL_02", "AANKOOPCENTRALE", null, BigDecimal.TEN, null,
                CentralTaskStatus.ACTIVE, "", true, Set.of()), "ict");
        UI.getCurrent().navigate(CentralTasksView.class);

        _click(_get(Button.class, spec -> spec.withId("year-start-next")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("year-confirm")));

        expectNotifications("Schooljaar " + now.next().label() + " is gestart.");
        assertThat(PlanViewFixture.<SchoolYear>select("school-year").getValue()).isEqualTo(now.next());
        assertThat(grid("central-grid").getGenericDataView().getItems().map(t -> ((CentralTask) t).taskCode()))
                .containsExactly("BEL_CENTRAL_02");
        assertThat(centralTasks.centralTasks(now.next())).extracting(CentralTask::year).containsExactly(now.next());
        assertThat(centralTasks.centralTasks(now)).hasSize(1);
    }

    @Test
    void theDpoReadsTheCentralTasksWithoutChangingThemAndADirectorMayNotOpenThePage() {
        loginAsStaff(group, StaffRole.GROUP_DPO, null, "DPO Noorderlicht");
        UI.getCurrent().navigate(CentralTasksView.class);
        assertThat(grid("central-grid")).isNotNull();
        _assertNone(Button.class, spec -> spec.withId("central-add"));

        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, vlinder, "Directeur Vlinder");
        UI.getCurrent().navigate(CentralTasksView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Geen toegang tot deze pagina");
    }
}
