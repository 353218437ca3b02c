package be.taakwijzer.web.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

import be.taakwijzer.allocation.SchoolYear;
import be.taakwijzer.allocation.SchoolYearService;
import be.taakwijzer.catalogue.CatalogueTask;
import be.taakwijzer.tenancy.StaffRole;
import be.taakwijzer.testsupport.CatalogueVersionFixture;
import be.taakwijzer.testsupport.TestTenants;
import be.taakwijzer.ui.i18n.LanguageSwitcher;
import be.taakwijzer.ui.i18n.TaakwijzerI18NProvider;
import be.taakwijzer.web.allocation.ui.CentralTasksView;
import be.taakwijzer.web.testsupport.WebViewTest;

/** The catalogue page shows the version of the chosen school year, what a newer one changes, and lets the group adopt it in time. */
@SpringBootTest
class CatalogueVersionViewTest extends WebViewTest {

    @Autowired
    SchoolYearService years;

    UUID group;
    UUID school;
    SchoolYear now;
    SchoolYear next;

    @BeforeEach
    void aGroupWithNextYearOnTheGuideAndThenANewVersion() {
        group = TestTenants.createGroup("Scholengroep Versiepagina");
        school = TestTenants.createSchool(group, "Basisschool De Nieuwe Versie");
        loginAsStaff(group, StaffRole.GROUP_ICT_STAFF, null, "ICT Versiepagina");
        now = years.current();
        next = years.startNextYear(false, "ict");
        CatalogueVersionFixture.publish("PED_CORE_93", "PEDAGOGISCH", "KERNTAAK", "Een kerntaak uit versie 2", "TECH_CORE_02",
                "Een nieuwe verwoording uit versie 2", "ADM_CORE_04");
    }

    @AfterEach
    void backToTheGuide() {
        CatalogueVersionFixture.resetToTheGuide();
    }

    @Test
    void theGroupsIctStaffSeeWhatChangedAndAdoptTheNewVersionForTheYearThatHasNotStarted() {
        UI.getCurrent().navigate(CatalogueView.class);
        assertThat(versionText()).contains("Schooljaar " + now.label() + " gebruikt versie 1 van de takencatalogus");
        assertThat(newer()).contains("Nieuwe versie 2", "Testversie", "Nieuw: Een kerntaak uit versie 2",
                "„Een nieuwe verwoording uit versie 2”", "Vervalt: ").contains("is al begonnen en houdt versie 1");
        _assertNone(Button.class, spec -> spec.withId("catalogue-adopt"));

        _setValue(yearSelect(), next);
        assertThat(versionText()).contains("Schooljaar " + next.label() + " gebruikt versie 1");
        _click(_get(Button.class, spec -> spec.withId("catalogue-adopt")));

        expectNotifications("Schooljaar " + next.label() + " gebruikt nu versie 2 van de takencatalogus. "
                + "Bestaande toewijzingen blijven bij de versie waarmee ze gemaakt zijn.");
        assertThat(versionText()).contains("Schooljaar " + next.label() + " gebruikt versie 2");
        _assertNone(Div.class, spec -> spec.withId("catalogue-newer"));
        assertThat(taskCodes()).contains("PED_CORE_93").doesNotContain("ADM_CORE_04");
        assertThat(years.catalogueVersion(next)).isEqualTo(2);
        assertThat(years.catalogueVersion(now)).isEqualTo(1);

        _setValue(yearSelect(), now);
        assertThat(taskCodes()).as("the running year keeps the guide").contains("ADM_CORE_04").doesNotContain("PED_CORE_93");
        LanguageSwitcher.switchTo(TaakwijzerI18NProvider.ENGLISH);
        assertThat(newer()).contains("New version 2", "Test version", "has already started and keeps version 1");
    }

    @Test
    void aDirectorSeesTheNewVersionButCannotAdoptIt() {
        loginAsStaff(group, StaffRole.SCHOOL_DIRECTOR, school, "Directeur Nieuwe Versie");
        UI.getCurrent().navigate(CatalogueView.class);
        _setValue(yearSelect(), next);
        assertThat(newer()).contains("Nieuwe versie 2");
        _assertNone(Button.class, spec -> spec.withId("catalogue-adopt"));
    }

    @Test
    void startingANewYearSaysWhichVersionItTakesAndWhatChanged() {
        UI.getCurrent().navigate(CentralTasksView.class);
        _click(_get(Button.class, spec -> spec.withId("year-start-next")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("year-catalogue-note")).getText())
                .startsWith("Het nieuwe schooljaar gebruikt versie 2 van de takencatalogus (nu versie 1): 1 nieuwe, 1 geherformuleerde en 1 vervallen taken.");
    }

    private static String versionText() {
        return _get(Div.class, spec -> spec.withId("catalogue-version")).getElement().getTextRecursively();
    }

    private static String newer() {
        return _get(Div.class, spec -> spec.withId("catalogue-newer")).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Select<SchoolYear> yearSelect() {
        return _get(Select.class, spec -> spec.withId("school-year"));
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> taskCodes() {
        return ((Grid<CatalogueTask>) _get(Grid.class, spec -> spec.withId("task-grid"))).getGenericDataView().getItems()
                .map(CatalogueTask::code).toList();
    }
}
