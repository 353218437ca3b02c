package be.taakwijzer.web.tenancy.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;

import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.web.testsupport.WebViewTest;

/** A school's page by its address: the own school opens; another school or group's school does not. */
@SpringBootTest
class SchoolViewTest extends WebViewTest {

    UUID group;
    UUID vlinder;
    UUID kompas;
    UUID otherGroupsSchool;

    @BeforeEach
    void schools() {
        group = TestTenants.createGroup("Scholengroep Noorderlicht");
        vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        kompas = TestTenants.createSchool(group, "Basisschool Het Kompas");
        otherGroupsSchool = TestTenants.createSchool(TestTenants.createGroup("Scholengroep Zuiderzon"), "Basisschool De Zonnewijzer");
    }

    @Test
    void aDirectorSeesAndOpensOnlyTheirOwnSchool() {
        loginAs(StaffRole.SCHOOL_DIRECTOR, vlinder);
        UI.getCurrent().navigate("scholen");
        assertThat(_size(schoolGrid())).isEqualTo(1);

        UI.getCurrent().navigate("scholen/" + vlinder);
        assertThat(_get(H2.class, spec -> spec.withId("school-title")).getText()).isEqualTo("Basisschool De Vlinder");

        UI.getCurrent().navigate("scholen/" + kompas);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Geen toegang tot deze pagina");
        _assertNone(SchoolView.class);

        // another group's school: the same refusal, which tells nothing about whether it exists
        UI.getCurrent().navigate("scholen/" + otherGroupsSchool);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Geen toegang tot deze pagina");
        _assertNone(SchoolView.class);
    }

    @Test
    void groupStaffOpenEverySchoolOfTheGroupAndNoneOfAnother() {
        loginAs(StaffRole.GROUP_ICT_STAFF, null);
        UI.getCurrent().navigate("scholen");
        assertThat(_size(schoolGrid())).isEqualTo(2);

        UI.getCurrent().navigate("scholen/" + kompas);
        assertThat(_get(H2.class, spec -> spec.withId("school-title")).getText()).isEqualTo("Basisschool Het Kompas");

        UI.getCurrent().navigate("scholen/" + otherGroupsSchool);
        _assertNone(SchoolView.class);
        assertThat(_get(H2.class, spec -> spec.withId("not-found-title")).getText()).isEqualTo("Deze pagina bestaat niet");

        UI.getCurrent().navigate("scholen/geen-id");
        assertThat(_get(H2.class, spec -> spec.withId("not-found-title"))).isNotNull();
    }

    private void loginAs(StaffRole role, UUID school) {
        loginAsStaff(group, role, school, "Testpersoon");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> schoolGrid() {
        return _get(Grid.class, spec -> spec.withId("school-grid"));
    }
}
