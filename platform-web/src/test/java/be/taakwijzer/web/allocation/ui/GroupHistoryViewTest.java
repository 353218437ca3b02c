package be.taakwijzer.web.allocation.ui;

import static be.taakwijzer.web.allocation.ui.PlanViewFixture.grid;
import static be.taakwijzer.web.allocation.ui.PlanViewFixture.person;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;

import be.taakwijzer.allocation.PersonRole;
import be.taakwijzer.allocation.SchoolPlanService;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.audit.AuditEntry;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.web.testsupport.WebViewTest;

@SpringBootTest
class GroupHistoryViewTest extends WebViewTest {

    @Autowired
    SchoolPlanService plans;
    @Autowired
    SchoolYearService years;

    @Test
    void groupIctStaffReadEveryChangeOfTheirGroupOnly() {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        UUID vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        TestTenants.createSchool(group, "Basisschool Het Kompas");
        UUID other = TestTenants.createGroup("Scholengroep Zuiderzon");
        UUID zonnewijzer = TestTenants.createSchool(other, "Basisschool De Zonnewijzer");
        loginAsStaff(other, StaffRole.GROUP_ICT_STAFF, null, "ICT Zuiderzon");
        plans.addPerson(zonnewijzer, years.current(), 0, person("Nora Bedacht", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", 20), "ict@zuiderzon.example");

        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        plans.addPerson(vlinder, years.current(), 0, person("Ann Voorbeeld", PersonRole.TECHNISCH_ICT_COORDINATOR, "ICT_UREN", 100), "ict@noorderlicht.example");
        UI.getCurrent().navigate(GroupHistoryView.class);

        Grid<AuditEntry> history = grid("history-grid");
        assertThat(_size(history)).isEqualTo(1);
        assertThat(_getFormattedRow(history, 0)).contains("ict@noorderlicht.example", "Persoon van de school: toegevoegd", "Basisschool De Vlinder");
        assertThat(_getFormattedRow(history, 0).toString()).contains("Ann Voorbeeld").doesNotContain("Nora");

        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, vlinder, "Directeur Vlinder");
        UI.getCurrent().navigate(GroupHistoryView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title"))).isNotNull();
    }
}
