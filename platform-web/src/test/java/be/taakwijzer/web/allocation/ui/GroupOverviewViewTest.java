package be.taakwijzer.web.allocation.ui;

import static be.taakwijzer.web.allocation.ui.PlanViewFixture.grid;
import static be.taakwijzer.web.allocation.ui.PlanViewFixture.person;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

import be.taakwijzer.allocation.AllocationInput;
import be.taakwijzer.allocation.AllocationShare;
import be.taakwijzer.allocation.CentralTaskInput;
import be.taakwijzer.allocation.CentralTaskService;
import be.taakwijzer.allocation.CentralTaskStatus;
import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.allocation.SchoolPlanService;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.catalogue.Cluster;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.ui.chart.EChart;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.web.testsupport.WebViewTest;

@SpringBootTest
class GroupOverviewViewTest extends WebViewTest {

    @Autowired
    CentralTaskService centralTasks;
    @Autowired
    SchoolPlanService plans;
    @Autowired
    SchoolYearService years;

    UUID group;
    UUID vlinder;
    UUID kompas;
    String vlinderNummer = TestTenants.uniqueInstellingsnummer();
    String kompasNummer = TestTenants.uniqueInstellingsnummer();

    @BeforeEach
    void groupWithAPlan() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder", vlinderNummer);
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas", kompasNummer);
        TestTenants.createSchool(TestTenants.createGroup("Scholengroep Zuiderzon"), "Basisschool De Zonnewijzer");
    }

    @Test
    void everySchoolAgainstEveryTaskWithCountsAndALinkToTheSchool() {
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        centralTasks.add(years.current(), new CentralTaskInput("BEL_CENTRAL_01", "SCHOLENGROEP", null, BigDecimal.TEN, null,
                CentralTaskStatus.ACTIVE, "", true, Set.of()), "ict");
        SchoolPlan plan = plans.addPerson(vlinder, years.current(), 0, person("Ann Voorbeeld", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", 100), "ict");
        plans.allocate(vlinder, years.current(), plan.version(), new AllocationInput("TECH_CORE_01", "",
                List.of(new AllocationShare(plan.people().getFirst().id(), BigDecimal.TEN, "ICT_UREN"))), false, "ict");

        UI.getCurrent().navigate(GroupOverviewView.class);
        Grid<CatalogueTask> matrix = grid("overview-grid");
        assertThat(_size(matrix)).isEqualTo(44);
        assertThat(matrix.getColumns()).hasSize(3); // the task, and one column per school of the own group only
        assertThat(cell(matrix, "BEL_CENTRAL_01", kompasNummer)).isEqualTo("Centraal");
        assertThat(cell(matrix, "TECH_CORE_01", vlinderNummer)).isEqualTo("Toegewezen");
        assertThat(cell(matrix, "TECH_CORE_01", kompasNummer)).isEqualTo("Open");
        assertThat(_get(Span.class, spec -> spec.withId("overview-count-" + vlinderNummer)).getText()).isEqualTo("1 / 1 / 42");
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("overview-school-" + kompasNummer)).getHref())
                .isEqualTo("scholen/" + kompas);

        String chart = _get(EChart.class, spec -> spec.withId("overview-chart")).option();
        assertThat(chart).contains("\"Basisschool De Vlinder\"", "\"Centraal opgenomen\"", "\"Toegewezen\"", "\"Open\"")
                .contains("\"data\":[1,1]", "\"data\":[1,null]", "\"data\":[42,43]");

        String csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-overview-csv"))),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Basisschool De Vlinder (" + vlinderNummer + ")", "Basisschool Het Kompas (" + kompasNummer + ")")
                .doesNotContain("Zonnewijzer").contains("Aantal: Open;");

        Cluster technical = PlanViewFixture.<Cluster>select("overview-filter-cluster").getListDataView().getItems()
                .filter(c -> c.code().equals("TECHNISCH")).findFirst().orElseThrow();
        PlanViewFixture.<Cluster>select("overview-filter-cluster").setValue(technical);
        matrix = grid("overview-grid");
        assertThat(matrix.getGenericDataView().getItems()).allMatch(task -> task.clusterCode().equals("TECHNISCH")).hasSize(17);
        assertThat(_get(Span.class, spec -> spec.withId("overview-count-" + vlinderNummer)).getText()).isEqualTo("0 / 1 / 16");
    }

    @Test
    void aDirectorMayNotOpenTheGroupOverview() {
        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, vlinder, "Directeur Vlinder");
        UI.getCurrent().navigate(GroupOverviewView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Geen toegang tot deze pagina");
    }

    private static String cell(Grid<CatalogueTask> matrix, String taskCode, String instellingsnummer) {
        List<CatalogueTask> rows = matrix.getGenericDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(t -> t.code().equals(taskCode)).findFirst().orElseThrow());
        return ((Span) _getCellComponent(matrix, row, instellingsnummer)).getText();
    }
}
