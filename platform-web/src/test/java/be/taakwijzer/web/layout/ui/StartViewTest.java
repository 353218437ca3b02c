package be.taakwijzer.web.layout.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;

import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.web.testsupport.WebViewTest;

/** Everyone starts where their work is. */
@SpringBootTest
class StartViewTest extends WebViewTest {

    @Test
    void aDirectorStartsAtTheirSchoolGroupStaffAtTheOverviewTheDpoAtTheCentralTasks() {
        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        UUID vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");

        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, vlinder, "Directeur Vlinder");
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class, spec -> spec.withId("school-title")).getText()).isEqualTo("Basisschool De Vlinder");

        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Noorderlicht");
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("overzicht");

        loginAsStaff(group, StaffRole.GROUP_DPO, null, "DPO Noorderlicht");
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("centrale-taken");
    }
}
