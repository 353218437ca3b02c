package be.taakwijzer.web.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import be.taakwijzer.allocation.AllocationInput;
import be.taakwijzer.allocation.AllocationShare;
import be.taakwijzer.allocation.PersonInput;
import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolPlan;
import be.taakwijzer.allocation.SchoolPlanService;
import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.web.allocation.ui.SelectedSchoolYear;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.chart.EChart;
import be.taakwijzer.ui.table.DataTable;
import be.taakwijzer.web.testsupport.WebViewTest;

@SpringBootTest
class GroupDashboardViewTest extends WebViewTest {

    @Autowired
    SchoolPlanService plans;
    @Autowired
    SchoolYearService years;

    @Test
    void groupIctStaffSeeTheHoursPerClusterAndFundingAsChartsAndAsATable() {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        UUID vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        TestTenants.createSchool(group, "Basisschool Het Kompas");
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        SchoolPlan plan = plans.addPerson(vlinder, years.current(), 0, new PersonInput("Ann", null, PersonRole.TECHNISCH_ICT_COORDINATOR,
                Map.of("ICT_UREN", new BigDecimal("50")), Set.of()), "ict");
        plans.allocate(vlinder, years.current(), plan.version(), new AllocationInput("TECH_CORE_01", "",
                List.of(new AllocationShare(plan.people().getFirst().id(), new BigDecimal("12.5"), "ICT_UREN"))), false, "ict");

        UI.getCurrent().navigate(GroupDashboardView.class);
        assertThat(_get(H2.class, spec -> spec.withText("Dashboard scholengroep"))).isNotNull();
        assertThat(_get(EChart.class, spec -> spec.withId("dashboard-clusters-chart")).option())
                .contains("\"Technische taken\"", "\"Basisschool De Vlinder\"", "12.5");
        assertThat(_get(EChart.class, spec -> spec.withId("dashboard-funding-chart")).option()).contains("\"ICT-uren\"");
        List<List<String>> table = table("dashboard-table");
        assertThat(table).hasSize(2);
        // school, central, allocated, open, the four clusters, total
        assertThat(table.getFirst()).containsExactly("Basisschool De Vlinder", "0", "1", "43", "12.5", "0", "0", "0", "12.5");
        assertThat(_get(EChart.class, spec -> spec.withId("dashboard-coverage-chart")).option()).contains("\"Toegewezen\"", "43");

        // De Vlinder: 24 core tasks without anyone, Ann alone on the technical cluster without its competences
        assertThat(table("dashboard-attention").getFirst())
                .containsExactly("Basisschool De Vlinder", "24", "0", "1", "1", "0", "Technische taken");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-change-none")).getText()).contains("staat niet in Taakwijzer");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-over-hours-none"))).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withId("export-dashboard-xlsx")).getText()).isEqualTo("Excel");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-dashboard-csv")).getText()).isEqualTo("CSV");
    }

    @Test
    void theChangeAgainstLastYearAndWhoIsOverTheirHoursInEnglish() {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        UUID vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        SchoolYear last = years.current();
        SchoolPlan plan = plans.addPerson(vlinder, last, 0, new PersonInput("Ann", null, PersonRole.TECHNISCH_ICT_COORDINATOR,
                Map.of("ICT_UREN", new BigDecimal("50")), Set.of()), "ict");
        plans.allocate(vlinder, last, plan.version(), new AllocationInput("TECH_CORE_01", "",
                List.of(new AllocationShare(plan.people().getFirst().id(), new BigDecimal("12.5"), "ICT_UREN"))), false, "ict");
        SchoolYear now = years.startNextYear(true, "ict");
        plan = plans.addPerson(vlinder, now, plans.plan(vlinder, now).orElseThrow().version(), new PersonInput("Bert", null,
                PersonRole.LEERKRACHT, Map.of("BPT_UREN", new BigDecimal("5")), Set.of()), "ict");
        UUID bert = plan.people().stream().filter(p -> p.name().equals("Bert")).findFirst().orElseThrow().id();
        plans.allocate(vlinder, now, plan.version(), new AllocationInput("PED_CORE_01", "",
                List.of(new AllocationShare(bert, new BigDecimal("8"), "BPT_UREN"))), true, "ict");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        SelectedSchoolYear.set(now);
        UI.getCurrent().navigate(GroupDashboardView.class);
        assertThat(_get(H2.class, spec -> spec.withText("School group dashboard"))).isNotNull();
        assertThat(_get(EChart.class, spec -> spec.withId("dashboard-change-chart")).option())
                .contains("\"" + last.label() + "\"", "\"" + now.label() + "\"", "12.5", "20.5");
        assertThat(table("dashboard-change")).containsExactly(
                List.of("Basisschool De Vlinder", "43 \u2192 42", "-1", "12.5 \u2192 20.5", "+8"));
        assertThat(table("dashboard-over-hours")).containsExactly(List.of("Basisschool De Vlinder", "Bert", "BPT hours", "8", "5", "3"));
        assertThat(_get(DataTable.class, spec -> spec.withId("dashboard-over-hours")).headers())
                .containsExactly("School", "Name", "Kind of funding", "Allocated", "Available", "Excess");
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> table(String id) {
        return ((DataTable<Object>) _get(DataTable.class, spec -> spec.withId(id))).rows();
    }

    @Test
    void aDirectorMayNotOpenTheDashboard() {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        UUID vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, vlinder, "Directeur Vlinder");
        UI.getCurrent().navigate(GroupDashboardView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Geen toegang tot deze pagina");
    }
}
