package be.taakwijzer.web.dashboard.ui;

import static be.taakwijzer.testsupport.UmbrellaFixtures.central;
import static be.taakwijzer.testsupport.UmbrellaFixtures.hours;
import static be.taakwijzer.testsupport.UmbrellaFixtures.school;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.testsupport.UmbrellaFixtures;
import be.taakwijzer.ui.chart.EChart;
import be.taakwijzer.ui.i18n.LanguageSwitcher;
import be.taakwijzer.ui.i18n.TaakwijzerI18NProvider;
import be.taakwijzer.web.testsupport.WebViewTest;

@SpringBootTest
class UmbrellaDashboardViewTest extends WebViewTest {

    /** Six schools in one group; the umbrella covers BEL_CENTRAL_01 at four of them; five have a coordinator on TECH_CORE_01. */
    private static UUID umbrellaOfSix() {
        UUID umbrella = UmbrellaFixtures.umbrella();
        UUID group = UmbrellaFixtures.group(umbrella);
        List<UUID> schools = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            UUID school = school(group);
            schools.add(school);
            if (i <= 5) {
                hours(group, school, "TECH_CORE_01", "TECHNISCH_ICT_COORDINATOR", String.valueOf(10 * i));
            }
        }
        central(group, "BEL_CENTRAL_01", "KOEPEL", schools.subList(0, 4).toArray(UUID[]::new));
        central(group, "BEL_CENTRAL_02", "AANKOOPCENTRALE");
        return umbrella;
    }

    @Test
    void anAdviserSeesTheUmbrellasFiguresAsChartsAndTablesWithSuppressedCellsExplained() {
        loginAsAdviser(umbrellaOfSix(), "Adviseur Koepel");
        UI.getCurrent().navigate(UmbrellaDashboardView.class);

        assertThat(_get(H2.class, spec -> spec.withText("Dashboard koepel"))).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("umbrella-schools")).getText()).startsWith("Dit schooljaar tellen 6 scholen mee");
        assertThat(_get(Paragraph.class, spec -> spec.withId("umbrella-anonymity-note")).getText())
                .contains("geen cijfer over minder dan 5 scholen", "\"< 5 scholen\"");

        Grid<?> coverage = _get(Grid.class, spec -> spec.withId("umbrella-coverage"));
        assertThat(rows(coverage)).anySatisfy(row -> assertThat(row).containsExactly(
                "Aankoopbeleid (offertes en leveranciers vergelijken)", "6", "100 %", "Aankoopcentrale: 6"));
        // four schools through the umbrella: too few, so neither the count, the share nor the provider's count
        assertThat(rows(coverage)).anySatisfy(row -> assertThat(row).containsExactly(
                "Juridische vraagstukken in verband met complexere zaken (gegevensbescherming)", "< 5 scholen", "< 5 scholen",
                "Onderwijskoepel: < 5 scholen"));
        assertThat(_get(EChart.class, spec -> spec.withId("umbrella-coverage-chart")).option()).contains("\"Centraal\"", "100");

        // technical hours 0, 10, 20, 30, 40, 50: median 25, quartiles at positions 1.25 and 3.75
        Grid<?> hoursGrid = _get(Grid.class, spec -> spec.withId("umbrella-hours"));
        assertThat(rows(hoursGrid)).anySatisfy(row -> assertThat(row).containsExactly(
                "150 tot 299 leerlingen", "Technische taken", "6", "25", "12.5 - 37.5"));
        assertThat(_get(EChart.class, spec -> spec.withId("umbrella-hours-chart")).option()).contains("\"boxplot\"", "\"150 tot 299 leerlingen\"");

        Grid<?> roles = _get(Grid.class, spec -> spec.withId("umbrella-roles"));
        assertThat(_getFormattedRow(roles, 0)).startsWith("Technisch ICT-coördinator", "100 % (5 scholen)");

        Grid<?> gaps = _get(Grid.class, spec -> spec.withId("umbrella-gaps"));
        assertThat(_size(gaps)).isEqualTo(10);
        assertThat(_getFormattedRow(gaps, 0)).endsWith("6", "100 %");
    }

    @Test
    void inEnglishASuppressedCellReadsFewerThanFiveSchools() {
        loginAsAdviser(umbrellaOfSix(), "Adviseur Koepel");
        UI.getCurrent().navigate(UmbrellaDashboardView.class);
        LanguageSwitcher.switchTo(TaakwijzerI18NProvider.ENGLISH);
        assertThat(_get(H2.class, spec -> spec.withText("Umbrella dashboard"))).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("umbrella-anonymity-note")).getText()).contains("no figure about fewer than 5 schools");
        Grid<?> coverage = _get(Grid.class, spec -> spec.withId("umbrella-coverage"));
        assertThat(rows(coverage)).anySatisfy(row -> assertThat(row).contains("< 5 schools", "Umbrella organisation: < 5 schools"));
    }

    @Test
    void withFewerThanFiveSchoolsThePageShowsNoFigureAtAll() {
        UUID umbrella = UmbrellaFixtures.umbrella();
        UUID group = UmbrellaFixtures.group(umbrella);
        for (int i = 0; i < 4; i++) {
            school(group);
        }
        loginAsAdviser(umbrella, "Adviseur Koepel");
        UI.getCurrent().navigate(UmbrellaDashboardView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("umbrella-too-few")).getText()).startsWith("Te weinig scholen");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(EChart.class)).isEmpty();
    }

    @Test
    void anAdviserStartsAtTheUmbrellaDashboardAndADirectorMayNotOpenIt() {
        loginAsAdviser(UmbrellaFixtures.umbrella(), "Adviseur Koepel");
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("koepel");

        UUID group = TestTenants.createGroup("Scholengroep Noorderlicht");
        UUID vlinder = TestTenants.createSchool(group, "Basisschool De Vlinder");
        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, vlinder, "Directeur Vlinder");
        UI.getCurrent().navigate(UmbrellaDashboardView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText()).isEqualTo("Geen toegang tot deze pagina");
    }

    private static List<List<String>> rows(Grid<?> grid) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_getFormattedRow(grid, i));
        }
        return rows;
    }
}
