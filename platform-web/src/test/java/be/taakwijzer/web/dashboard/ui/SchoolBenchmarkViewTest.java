package be.taakwijzer.web.dashboard.ui;

import static be.taakwijzer.testsupport.UmbrellaFixtures.hours;
import static be.taakwijzer.testsupport.UmbrellaFixtures.school;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.UmbrellaFixtures;
import be.taakwijzer.ui.chart.EChart;
import be.taakwijzer.ui.i18n.LanguageSwitcher;
import be.taakwijzer.ui.i18n.TaakwijzerI18NProvider;
import be.taakwijzer.web.allocation.ui.SelectedSchoolYear;
import be.taakwijzer.web.testsupport.WebViewTest;

@SpringBootTest
class SchoolBenchmarkViewTest extends WebViewTest {

    record Setting(UUID umbrella, UUID group, UUID own) {
    }

    /** The own school with 15 technical hours; {@code peers} comparable schools of another group with 10, 20, 30, ... */
    private static Setting umbrellaWith(int peers) {
        UUID umbrella = UmbrellaFixtures.umbrella();
        UUID group = UmbrellaFixtures.group(umbrella);
        UUID other = UmbrellaFixtures.group(umbrella);
        UUID own = school(group);
        hours(group, own, "TECH_CORE_01", "TECHNISCH_ICT_COORDINATOR", "15");
        for (int i = 1; i <= peers; i++) {
            hours(other, school(other), "TECH_CORE_01", "TECHNISCH_ICT_COORDINATOR", String.valueOf(10 * i));
        }
        return new Setting(umbrella, group, own);
    }

    private void openAsDirector(Setting setting) {
        loginAsStaff(setting.group(), StaffRole.SCHOOL_DIRECTOR, setting.own(), "Directeur");
        SelectedSchoolYear.set(new SchoolYear(UmbrellaFixtures.YEAR));
        UI.getCurrent().navigate(SchoolBenchmarkView.class);
    }

    @Test
    void aDirectorSeesTheOwnSchoolBesideTheMedianOfComparableSchools() {
        openAsDirector(umbrellaWith(5));
        assertThat(_get(H2.class, spec -> spec.withText("Je school vergelijken"))).isNotNull();
        Grid<?> table = _get(Grid.class, spec -> spec.withId("benchmark-table"));
        assertThat(_getFormattedRow(table, 0)).containsExactly("Technische taken", "15", "30", "20 - 40", "5");
        assertThat(_get(EChart.class, spec -> spec.withId("benchmark-chart")).option()).contains("\"Jouw school\"", "\"boxplot\"", "15");
    }

    @Test
    void withFourComparableSchoolsTheFiguresAreSuppressedInBothLanguages() {
        openAsDirector(umbrellaWith(4));
        Grid<?> table = _get(Grid.class, spec -> spec.withId("benchmark-table"));
        assertThat(_getFormattedRow(table, 0)).containsExactly("Technische taken", "15", "< 5 scholen", "< 5 scholen", "< 5 scholen");
        LanguageSwitcher.switchTo(TaakwijzerI18NProvider.ENGLISH);
        table = _get(Grid.class, spec -> spec.withId("benchmark-table"));
        assertThat(_getFormattedRow(table, 0)).contains("Technical tasks", "< 5 schools");
    }

    @Test
    void anAdviserMayNotOpenTheComparison() {
        loginAsAdviser(umbrellaWith(5).umbrella(), "Adviseur");
        UI.getCurrent().navigate(SchoolBenchmarkView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Geen toegang tot deze pagina");
    }
}
